import { inviteDomainAllowed, securityPolicyOf } from '../../../shared/access/domain/security-policy.ts';
import { assertNotRestricted } from '../../../shared/billing/dunning.ts';
import {
  type InvitationRecord,
  toInvitationResponse,
} from '../../../shared/invitations/domain/invitation.ts';
import { createInvitation } from '../../../shared/invitations/invitations.ts';
import { inviteesFor } from '../../../shared/me/users.ts';
import { assertMayGive } from '../../../shared/members/members.ts';
import { ApiError } from '../../../shared/platform/errors.ts';
import { requireVerifiedEmail } from '../../../shared/platform/http/auth.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { idempotently } from '../../../shared/platform/idempotency/idempotency.ts';
import { invitationSpend, invitationWindowKey, spendAlone } from '../../../shared/platform/rate-limits.ts';
import { invitationsRoutes } from './routes.ts';

const created = (invitation: InvitationRecord) => ({
  status: 201,
  body: toInvitationResponse(invitation),
  headers: { location: `/orgs/${invitation.orgId}/invitations/${invitation.id}` },
});

export const handler = route(
  invitationsRoutes.createInvitation,
  async ({ actor, caller, org, params, body, idempotency, readWithAccess: [window] }) => {
    requireVerifiedEmail(caller);
    // a restricted org (payment overdue) invites nobody until it is paid
    assertNotRestricted(org, 'inviting');
    // no escalation: the role given holds nothing the inviter lacks (before any rate limit is spent)
    assertMayGive(actor, org, body.role, 'members:invite');
    if (!inviteDomainAllowed(securityPolicyOf(org), body.email)) {
      throw new ApiError(
        'EMAIL_DOMAIN_NOT_ALLOWED',
        "The organization's security policy allows invitations only to its own email domains.",
      );
    }
    return idempotently(idempotency, created, async (append) => {
      // over a cap is 429 before anything is looked up
      const spend = invitationSpend(params.orgId, caller.userId, body.email, window);
      const found = await inviteesFor(body.email);
      if ('refusal' in found) {
        // the not-registered answer costs an invitation too: no free probing of who is registered
        await spendAlone(spend);
        throw found.refusal;
      }
      if (found.invitees.some((user) => user.id === actor.userId)) {
        throw new ApiError('ALREADY_MEMBER', 'You are already a member of this organization.');
      }
      const inviteeUserIds = found.invitees.map((user) => user.id);
      return createInvitation(
        actor,
        org,
        { email: body.email, role: body.role, inviteeUserIds, spend },
        append,
      );
    });
  },
  // the email's rolling-day counter, read with the membership and the org: one round trip
  { readWithAccess: ({ params, body }) => [invitationWindowKey(params.orgId, body.email)] },
);
