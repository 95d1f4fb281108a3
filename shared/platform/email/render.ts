import { apiKeysSuspendedEmail, liveApiKeyCreatedEmail } from '../../api-keys/emails.ts';
import {
  orgActivatedEmail,
  paymentFailedEmail,
  paymentRestoredEmail,
  paymentRestrictedEmail,
} from '../../billing/emails.ts';
import {
  domainUnverifiedEmail,
  joinRequestApprovedEmail,
  joinRequestDeniedEmail,
} from '../../domains/emails.ts';
import { invitationEmail, invitationExpiredEmail, invitationRevokedEmail } from '../../invitations/emails.ts';
import { orgDeletionScheduledEmail, orgPurgedEmail, orgRestoredEmail } from '../../lifecycle/emails.ts';
import {
  memberBlockedEmail,
  memberRemovedEmail,
  memberUnblockedEmail,
  ownershipReceivedEmail,
  ownershipTransferredEmail,
} from '../../members/emails.ts';
import { memberProvisionedEmail } from '../../scim/emails.ts';
import { webhookEndpointDisabledEmail } from '../../webhooks/emails.ts';
import { layout } from './layout.ts';
import type { EmailContent, EmailParts, RenderContext, RenderedEmail } from './types.ts';

function parts(content: EmailContent, context: RenderContext): EmailParts {
  switch (content.kind) {
    case 'invitation':
      return invitationEmail(content, context);
    case 'invitationRevoked':
      return invitationRevokedEmail(content, context);
    case 'invitationExpired':
      return invitationExpiredEmail(content, context);
    case 'memberRemoved':
      return memberRemovedEmail(content, context);
    case 'memberBlocked':
      return memberBlockedEmail(content, context);
    case 'memberUnblocked':
      return memberUnblockedEmail(content, context);
    case 'ownershipReceived':
      return ownershipReceivedEmail(content, context);
    case 'ownershipTransferred':
      return ownershipTransferredEmail(content, context);
    case 'orgActivated':
      return orgActivatedEmail(content, context);
    case 'paymentFailed':
      return paymentFailedEmail(content, context);
    case 'paymentRestricted':
      return paymentRestrictedEmail(content, context);
    case 'paymentRestored':
      return paymentRestoredEmail(content, context);
    case 'orgDeletionScheduled':
      return orgDeletionScheduledEmail(content, context);
    case 'orgRestored':
      return orgRestoredEmail(content, context);
    case 'orgPurged':
      return orgPurgedEmail(content, context);
    case 'apiKeysSuspended':
      return apiKeysSuspendedEmail(content, context);
    case 'liveApiKeyCreated':
      return liveApiKeyCreatedEmail(content, context);
    case 'webhookEndpointDisabled':
      return webhookEndpointDisabledEmail(content, context);
    case 'joinRequestApproved':
      return joinRequestApprovedEmail(content, context);
    case 'joinRequestDenied':
      return joinRequestDeniedEmail(content, context);
    case 'domainUnverified':
      return domainUnverifiedEmail(content, context);
    case 'memberProvisioned':
      return memberProvisionedEmail(content, context);
  }
}

/** Subject, plain text and HTML (every value escaped) of one email. Pure: no I/O, no clock. */
export function renderEmail(content: EmailContent, context: RenderContext): RenderedEmail {
  return layout(parts(content, context), context);
}
