import { randomUUID } from 'node:crypto';
import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterEach, describe, expect, it } from 'vitest';
import { tryActivate } from '../../shared/billing/activation.ts';
import { choosePlan, saveBilling } from '../../shared/billing/billing.ts';
import { planById } from '../../shared/billing/domain/plans.ts';
import { recordPaymentFailed, recordPaymentSucceeded } from '../../shared/billing/stripe-event-log.ts';
import type { InvitationRecord } from '../../shared/invitations/domain/invitation.ts';
import {
  createInvitation,
  declineInvitation,
  expireInvitation,
  resendInvitation,
  revokeInvitation,
} from '../../shared/invitations/invitations.ts';
import { pendingInvitationLimit } from '../../shared/invitations/pending-count.ts';
import { updateProfile } from '../../shared/me/users.ts';
import type { MemberRecord } from '../../shared/members/domain/membership.ts';
import type { AssignableRole, Role } from '../../shared/members/domain/permissions.ts';
import {
  acceptInvitation,
  blockMember,
  changeRole,
  removeMember,
  unblockMember,
} from '../../shared/members/members.ts';
import { createOrg, updateOrg } from '../../shared/orgs/orgs.ts';
import { acceptTransfer, cancelTransfer, startTransfer } from '../../shared/ownership/transfers.ts';
import { db, tableName } from '../../shared/platform/dynamo/client.ts';
import { keys } from '../../shared/platform/dynamo/keys.ts';
import { AppendedItemFailed } from '../../shared/platform/dynamo/transact.ts';
import type { Caller } from '../../shared/platform/http/auth.ts';
import { idempotencyPut } from '../../shared/platform/idempotency/idempotency.ts';
import { createWorkspace, deleteWorkspace, renameWorkspace } from '../../shared/workspaces/workspaces.ts';
import { setMemberLimit, setMemberRole, setMemberStatus } from '../support/orgs.ts';
import { setAttributes } from '../support/table.ts';

/**
 * Every condition of every transaction, forced to fail, answers with its own
 * meaning. Repositories run against the shared stack's DynamoDB Local. Most
 * conditions guard against a change made between a repository's read and its
 * transaction: `meanwhile(change)` makes that change, for real, just before the
 * next TransactWriteItems is sent.
 */

let pending: (() => Promise<unknown>) | undefined;
db().middlewareStack.add(
  (next, context) => async (args) => {
    if (context.commandName === 'TransactWriteItemsCommand' && pending) {
      const change = pending;
      pending = undefined;
      await change();
    }
    return next(args);
  },
  { step: 'initialize', name: 'raceBeforeNextTransaction' },
);
const meanwhile = (change: () => Promise<unknown>) => {
  pending = change;
};
afterEach(() => {
  pending = undefined;
});

const id = () => randomUUID().slice(0, 12);
const email = (name: string) => `${name}-${id()}@example.com`;

async function newOrg(): Promise<MemberRecord> {
  const userId = `user_tf_${id()}`;
  const owner = { userId, email: `${userId}@example.com`, name: null };
  const org = await createOrg({ name: 'Failures', timeZone: 'Europe/Berlin', owner });
  return {
    orgId: org.id,
    ...owner,
    role: 'owner',
    status: 'active',
    joinedAt: org.createdAt,
    updatedAt: org.createdAt,
  };
}

/** A membership written straight into the table (seat counted when active). */
async function addMember(orgId: string, role: AssignableRole, status: 'active' | 'blocked' = 'active') {
  const userId = `user_tf_${id()}`;
  const now = new Date().toISOString();
  const member: MemberRecord = {
    orgId,
    userId,
    email: `${userId}@example.com`,
    name: null,
    role,
    status,
    joinedAt: now,
    updatedAt: now,
  };
  await db().send(
    new PutCommand({
      TableName: tableName(),
      Item: { ...keys.member(orgId, userId), ...keys.memberOfUser(userId, orgId), type: 'member', ...member },
    }),
  );
  if (status === 'active') {
    await db().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.org(orgId),
        UpdateExpression: 'SET activeMemberCount = activeMemberCount + :one',
        ExpressionAttributeValues: { ':one': 1 },
      }),
    );
  }
  return member;
}

const callerOf = (user: { userId: string; email: string | null }): Caller => ({
  userId: user.userId,
  email: user.email ?? undefined,
  emailVerified: true,
});

const invite = (actor: MemberRecord, to = email('invitee'), inviteeUserIds: string[] = []) =>
  createInvitation(actor, {}, { email: to, role: 'member', inviteeUserIds });

const get = async (key: Record<string, string>) =>
  (await db().send(new GetCommand({ TableName: tableName(), Key: key, ConsistentRead: true }))).Item;

/** Hands the invitee guard of this invitation's email to another invitation id. */
const retakeGuard = (invitation: InvitationRecord) =>
  setAttributes(keys.inviteeGuard(invitation.orgId, invitation.email), { invitationId: `inv_other_${id()}` });

/** Sets the org's pending-invitation counter (undefined: deletes it, as before the cap existed). */
const setPendingCount = async (orgId: string, count: number | undefined) => {
  if (count === undefined) {
    await db().send(new DeleteCommand({ TableName: tableName(), Key: keys.pendingInvitationCount(orgId) }));
  } else {
    await db().send(
      new PutCommand({ TableName: tableName(), Item: { ...keys.pendingInvitationCount(orgId), count } }),
    );
  }
};

const demote = (actor: MemberRecord) => () => setMemberRole(actor.orgId, actor.userId, 'developer' as Role);
const code = (code: string) => expect.objectContaining({ code });
const problem = (code: string, detail: string) => expect.objectContaining({ code, detail });

describe('createOrg', () => {
  it('the ownership guard → ORG_LIMIT_REACHED', async () => {
    const owner = await newOrg();
    await expect(
      createOrg({
        name: 'Second',
        timeZone: 'UTC',
        owner: { userId: owner.userId, email: owner.email, name: null },
      }),
    ).rejects.toEqual(code('ORG_LIMIT_REACHED'));
  });

  it('the idempotency record a twin wrote wins over the guard it also fails → AppendedItemFailed', async () => {
    const userId = `user_tf_${id()}`;
    const key = { scope: `test:${userId}`, keyHash: id(), requestHash: 'h' };
    const append = () => [idempotencyPut(key, { statusCode: 201, body: '{}' } as never)];
    const owner = { userId, email: null, name: null };
    meanwhile(() => createOrg({ name: 'Twin', timeZone: 'UTC', owner }, append));
    await expect(createOrg({ name: 'Twin', timeZone: 'UTC', owner }, append)).rejects.toBeInstanceOf(
      AppendedItemFailed,
    );
  });
});

describe('updateOrg', () => {
  it('the actor → 404; the version → PRECONDITION_FAILED', async () => {
    const owner = await newOrg();
    const org = { id: owner.orgId, version: 1 } as never;
    meanwhile(demote(owner));
    await expect(updateOrg(owner, org, { name: 'X' }, 1)).rejects.toEqual(code('NOT_FOUND'));
    const other = await newOrg();
    await expect(updateOrg(other, { id: other.orgId } as never, { name: 'X' }, 7)).rejects.toEqual(
      code('PRECONDITION_FAILED'),
    );
  });
});

describe('createInvitation', () => {
  it('the actor → 404', async () => {
    const owner = await newOrg();
    meanwhile(demote(owner));
    await expect(invite(owner)).rejects.toEqual(code('NOT_FOUND'));
  });

  it('a membership of the invitee → ALREADY_MEMBER', async () => {
    const owner = await newOrg();
    const member = await addMember(owner.orgId, 'developer');
    await expect(invite(owner, member.email ?? '', [member.userId])).rejects.toEqual(code('ALREADY_MEMBER'));
  });

  it('the pending-invitee guard → INVITATION_PENDING', async () => {
    const owner = await newOrg();
    const to = email('twice');
    meanwhile(() => invite(owner, to));
    await expect(invite(owner, to)).rejects.toEqual(code('INVITATION_PENDING'));
  });

  it('the pending-invitation cap → PENDING_INVITATION_LIMIT_REACHED, after the guard', async () => {
    const owner = await newOrg();
    meanwhile(() => setPendingCount(owner.orgId, pendingInvitationLimit()));
    await expect(invite(owner)).rejects.toEqual(code('PENDING_INVITATION_LIMIT_REACHED'));
    const to = email('both');
    meanwhile(async () => {
      await setPendingCount(owner.orgId, 0);
      await invite(owner, to);
      await setPendingCount(owner.orgId, pendingInvitationLimit());
    });
    await expect(invite(owner, to)).rejects.toEqual(code('INVITATION_PENDING'));
  });

  it('an appended idempotency record a twin wrote → AppendedItemFailed, before the guard', async () => {
    const owner = await newOrg();
    const to = email('twin');
    const key = { scope: `test:${owner.userId}`, keyHash: id(), requestHash: 'h' };
    const append = () => [idempotencyPut(key, { statusCode: 201, body: '{}' } as never)];
    meanwhile(() => createInvitation(owner, {}, { email: to, role: 'member', inviteeUserIds: [] }, append));
    await expect(
      createInvitation(owner, {}, { email: to, role: 'member', inviteeUserIds: [] }, append),
    ).rejects.toBeInstanceOf(AppendedItemFailed);
  });
});

describe('revokeInvitation', () => {
  it('the actor → 404', async () => {
    const owner = await newOrg();
    const invitation = await invite(owner);
    meanwhile(demote(owner));
    await expect(revokeInvitation(owner, invitation.id)).rejects.toEqual(code('NOT_FOUND'));
  });

  it('revoked meanwhile → done; declined meanwhile → INVITATION_ALREADY_USED', async () => {
    const owner = await newOrg();
    const first = await invite(owner);
    meanwhile(() => revokeInvitation(owner, first.id));
    await expect(revokeInvitation(owner, first.id)).resolves.toBeUndefined();
    const second = await invite(owner);
    meanwhile(() =>
      declineInvitation(callerOf({ userId: `user_tf_${id()}`, email: second.email }), second.id),
    );
    await expect(revokeInvitation(owner, second.id)).rejects.toEqual(code('INVITATION_ALREADY_USED'));
  });

  it('the guard retaken → INVITATION_EXPIRED', async () => {
    const owner = await newOrg();
    const invitation = await invite(owner);
    meanwhile(() => retakeGuard(invitation));
    await expect(revokeInvitation(owner, invitation.id)).rejects.toEqual(code('INVITATION_EXPIRED'));
  });

  it('nothing counted (no counter, or at zero) → revoked all the same, the counter never below zero', async () => {
    const owner = await newOrg();
    const first = await invite(owner);
    const second = await invite(owner);
    meanwhile(() => setPendingCount(owner.orgId, undefined));
    await expect(revokeInvitation(owner, first.id)).resolves.toBeUndefined();
    expect((await get(keys.invitation(owner.orgId, first.id)))?.status).toBe('revoked');
    expect(await get(keys.pendingInvitationCount(owner.orgId))).toBeUndefined();
    meanwhile(() => setPendingCount(owner.orgId, 0));
    await expect(revokeInvitation(owner, second.id)).resolves.toBeUndefined();
    expect((await get(keys.invitation(owner.orgId, second.id)))?.status).toBe('revoked');
    expect((await get(keys.pendingInvitationCount(owner.orgId)))?.count).toBe(0);
  });
});

describe('resendInvitation', () => {
  it('the actor → 404', async () => {
    const owner = await newOrg();
    const invitation = await invite(owner);
    meanwhile(demote(owner));
    await expect(resendInvitation(owner, invitation.id)).rejects.toEqual(code('NOT_FOUND'));
  });

  it('resent meanwhile → CONFLICT; revoked meanwhile → INVITATION_REVOKED', async () => {
    const owner = await newOrg();
    const invitation = await invite(owner);
    meanwhile(() => resendInvitation(owner, invitation.id));
    await expect(resendInvitation(owner, invitation.id)).rejects.toEqual(code('CONFLICT'));
    meanwhile(() => revokeInvitation(owner, invitation.id));
    await expect(resendInvitation(owner, invitation.id)).rejects.toEqual(code('INVITATION_REVOKED'));
  });

  it('the guard retaken → INVITATION_PENDING', async () => {
    const owner = await newOrg();
    const invitation = await invite(owner);
    meanwhile(() => retakeGuard(invitation));
    await expect(resendInvitation(owner, invitation.id)).rejects.toEqual(code('INVITATION_PENDING'));
  });
});

describe('declineInvitation', () => {
  it('another email → INVITATION_EMAIL_MISMATCH; revoked meanwhile → INVITATION_REVOKED', async () => {
    const owner = await newOrg();
    const invitation = await invite(owner);
    await expect(
      declineInvitation({ userId: 'someone', email: email('other'), emailVerified: true }, invitation.id),
    ).rejects.toEqual(code('INVITATION_EMAIL_MISMATCH'));
    meanwhile(() => revokeInvitation(owner, invitation.id));
    await expect(
      declineInvitation(callerOf({ userId: `user_tf_${id()}`, email: invitation.email }), invitation.id),
    ).rejects.toEqual(code('INVITATION_REVOKED'));
  });

  it('the guard retaken → INVITATION_EXPIRED', async () => {
    const owner = await newOrg();
    const invitation = await invite(owner);
    meanwhile(() => retakeGuard(invitation));
    await expect(
      declineInvitation(callerOf({ userId: `user_tf_${id()}`, email: invitation.email }), invitation.id),
    ).rejects.toEqual(code('INVITATION_EXPIRED'));
  });
});

describe('expireInvitation', () => {
  it('not overdue → false, nothing changed', async () => {
    const owner = await newOrg();
    const invitation = await invite(owner);
    await expect(expireInvitation(invitation)).resolves.toBe(false);
    expect((await get(keys.invitation(owner.orgId, invitation.id)))?.status).toBe('pending');
  });

  it('the guard retaken → expired all the same, the newer guard kept', async () => {
    const owner = await newOrg();
    const invitation = await invite(owner);
    await setAttributes(keys.invitation(owner.orgId, invitation.id), {
      expiresAt: new Date(Date.now() - 60_000).toISOString(),
    });
    await retakeGuard(invitation);
    await expect(expireInvitation(invitation)).resolves.toBe(true);
    expect((await get(keys.invitation(owner.orgId, invitation.id)))?.status).toBe('expired');
    expect(await get(keys.inviteeGuard(owner.orgId, invitation.email))).toBeDefined();
  });
});

describe('acceptInvitation', () => {
  const accept = (invitation: InvitationRecord) =>
    acceptInvitation(callerOf({ userId: `user_tf_${id()}`, email: invitation.email }), invitation.id, {
      name: null,
    });

  it('revoked meanwhile → INVITATION_REVOKED', async () => {
    const owner = await newOrg();
    const invitation = await invite(owner);
    meanwhile(() => revokeInvitation(owner, invitation.id));
    await expect(accept(invitation)).rejects.toEqual(code('INVITATION_REVOKED'));
  });

  it('already a member → ALREADY_MEMBER', async () => {
    const owner = await newOrg();
    const member = await addMember(owner.orgId, 'developer', 'blocked');
    const invitation = await invite(owner, member.email ?? '');
    await expect(acceptInvitation(callerOf(member), invitation.id, { name: null })).rejects.toEqual(
      code('ALREADY_MEMBER'),
    );
  });

  it('no free seat → MEMBER_LIMIT_REACHED', async () => {
    const owner = await newOrg();
    const invitation = await invite(owner);
    await setMemberLimit(owner.orgId, 1);
    await expect(accept(invitation)).rejects.toEqual(code('MEMBER_LIMIT_REACHED'));
  });

  it('the guard retaken → INVITATION_EXPIRED', async () => {
    const owner = await newOrg();
    const invitation = await invite(owner);
    meanwhile(() => retakeGuard(invitation));
    await expect(accept(invitation)).rejects.toEqual(code('INVITATION_EXPIRED'));
  });
});

describe('member changes', () => {
  it('the actor → 404', async () => {
    const owner = await newOrg();
    const target = await addMember(owner.orgId, 'developer');
    meanwhile(demote(owner));
    await expect(blockMember(owner, {}, target.userId)).rejects.toEqual(code('NOT_FOUND'));
  });

  it('the target changed meanwhile → CONFLICT; removed meanwhile → 404 Member', async () => {
    const owner = await newOrg();
    const target = await addMember(owner.orgId, 'developer');
    meanwhile(() => setMemberRole(owner.orgId, target.userId, 'finance'));
    await expect(changeRole(owner, {}, target.userId, 'admin')).rejects.toEqual(code('CONFLICT'));
    meanwhile(() => removeMember(owner, {}, target.userId));
    await expect(blockMember(owner, {}, target.userId)).rejects.toEqual(
      problem('NOT_FOUND', 'Member not found.'),
    );
  });

  it('unblocking without a free seat → MEMBER_LIMIT_REACHED', async () => {
    const owner = await newOrg();
    const target = await addMember(owner.orgId, 'developer', 'blocked');
    await setMemberLimit(owner.orgId, 1);
    await expect(unblockMember(owner, {}, target.userId)).rejects.toEqual(code('MEMBER_LIMIT_REACHED'));
  });

  it('removing a member that changed meanwhile → CONFLICT; leaving after one’s role changed → CONFLICT', async () => {
    const owner = await newOrg();
    const target = await addMember(owner.orgId, 'developer');
    meanwhile(() => setMemberStatus(owner.orgId, target.userId, 'blocked'));
    await expect(removeMember(owner, {}, target.userId)).rejects.toEqual(code('CONFLICT'));
    const leaver = await addMember(owner.orgId, 'developer');
    meanwhile(() => setMemberRole(owner.orgId, leaver.userId, 'finance'));
    await expect(removeMember(leaver, {}, leaver.userId)).rejects.toEqual(code('CONFLICT'));
  });
});

describe('workspaces', () => {
  it('create: the actor → 404; the name guard → CONFLICT', async () => {
    const owner = await newOrg();
    meanwhile(demote(owner));
    await expect(createWorkspace(owner, 'Alpha')).rejects.toEqual(code('NOT_FOUND'));
    const other = await newOrg();
    await expect(createWorkspace(other, 'default')).rejects.toEqual(
      problem('CONFLICT', 'A workspace with this name already exists.'),
    );
  });

  it('rename: renamed meanwhile → CONFLICT; the new name taken meanwhile → name taken', async () => {
    const owner = await newOrg();
    const workspace = await createWorkspace(owner, 'Beta');
    meanwhile(() => renameWorkspace(owner, workspace.id, 'Gamma'));
    await expect(renameWorkspace(owner, workspace.id, 'Delta')).rejects.toEqual(
      problem('CONFLICT', 'The workspace changed while renaming it. Retry.'),
    );
    meanwhile(() => createWorkspace(owner, 'Epsilon'));
    await expect(renameWorkspace(owner, workspace.id, 'epsilon')).rejects.toEqual(
      problem('CONFLICT', 'A workspace with this name already exists.'),
    );
  });

  it('delete: deleted meanwhile → 404 Workspace', async () => {
    const owner = await newOrg();
    const workspace = await createWorkspace(owner, 'Zeta');
    meanwhile(() => deleteWorkspace(owner, workspace.id));
    await expect(deleteWorkspace(owner, workspace.id)).rejects.toEqual(
      problem('NOT_FOUND', 'Workspace not found.'),
    );
  });
});

describe('billing', () => {
  it('choosePlan: the actor → 404; more active members than the plan allows → MEMBER_LIMIT_REACHED', async () => {
    const owner = await newOrg();
    meanwhile(demote(owner));
    await expect(choosePlan(owner, planById('pro'))).rejects.toEqual(code('NOT_FOUND'));
    const other = await newOrg();
    await setAttributes(keys.org(other.orgId), { activeMemberCount: 11 });
    await expect(choosePlan(other, planById('basic'))).rejects.toEqual(code('MEMBER_LIMIT_REACHED'));
  });

  it('saveBilling: the actor → 404; another customer recorded → CONFLICT', async () => {
    const details = {
      customerName: 'Acme',
      billingEmail: 'billing@example.com',
      address: { line1: 'Main 1', city: 'Berlin', postalCode: '10115', country: 'DE' },
    };
    const owner = await newOrg();
    meanwhile(demote(owner));
    await expect(saveBilling(owner, details, `cus_${id()}`)).rejects.toEqual(code('NOT_FOUND'));
    const other = await newOrg();
    await saveBilling(other, details, `cus_${id()}`);
    await expect(saveBilling(other, details, `cus_${id()}`)).rejects.toEqual(code('CONFLICT'));
  });
});

describe('ownership transfers', () => {
  it('start: the actor → 404; the target not an active admin → TRANSFER_NOT_ALLOWED', async () => {
    const owner = await newOrg();
    const admin = await addMember(owner.orgId, 'admin');
    meanwhile(demote(owner));
    await expect(startTransfer(owner, admin.userId)).rejects.toEqual(code('NOT_FOUND'));
    const other = await newOrg();
    const developer = await addMember(other.orgId, 'developer');
    await expect(startTransfer(other, developer.userId)).rejects.toEqual(code('TRANSFER_NOT_ALLOWED'));
  });

  it('accept: the offer withdrawn meanwhile → 404; the target demoted or the owner changed meanwhile → stale', async () => {
    const owner = await newOrg();
    const admin = await addMember(owner.orgId, 'admin');
    await startTransfer(owner, admin.userId);
    meanwhile(() => cancelTransfer(owner));
    await expect(acceptTransfer(owner.orgId, admin.userId)).rejects.toEqual(code('NOT_FOUND'));

    await startTransfer(owner, admin.userId);
    meanwhile(() => setMemberRole(owner.orgId, admin.userId, 'developer'));
    await expect(acceptTransfer(owner.orgId, admin.userId)).rejects.toEqual(code('TRANSFER_NOT_ALLOWED'));

    await setMemberRole(owner.orgId, admin.userId, 'admin');
    meanwhile(() => setMemberRole(owner.orgId, owner.userId, 'admin'));
    await expect(acceptTransfer(owner.orgId, admin.userId)).rejects.toEqual(code('TRANSFER_NOT_ALLOWED'));

    await setMemberRole(owner.orgId, owner.userId, 'owner');
    meanwhile(() =>
      db().send(
        new UpdateCommand({
          TableName: tableName(),
          Key: keys.org(owner.orgId),
          UpdateExpression: 'SET ownerId = :someone',
          ExpressionAttributeValues: { ':someone': 'someone-else' },
        }),
      ),
    );
    await expect(acceptTransfer(owner.orgId, admin.userId)).rejects.toEqual(code('TRANSFER_NOT_ALLOWED'));
  });

  it('cancel: the actor → 404; no offer → 404 Ownership transfer', async () => {
    const owner = await newOrg();
    const admin = await addMember(owner.orgId, 'admin');
    await startTransfer(owner, admin.userId);
    meanwhile(demote(owner));
    await expect(cancelTransfer(owner)).rejects.toEqual(problem('NOT_FOUND', 'Organization not found.'));
    const other = await newOrg();
    await expect(cancelTransfer(other)).rejects.toEqual(
      problem('NOT_FOUND', 'Ownership transfer not found.'),
    );
  });
});

describe('updateProfile', () => {
  it('a defaultOrgId where the user is not an active member → VALIDATION_FAILED', async () => {
    const owner = await newOrg();
    const blocked = await addMember(owner.orgId, 'developer', 'blocked');
    await expect(updateProfile(blocked.userId, { defaultOrgId: owner.orgId })).rejects.toEqual(
      code('VALIDATION_FAILED'),
    );
  });
});

describe('tryActivate', () => {
  it('a sandbox org with steps missing → false, still sandbox', async () => {
    const owner = await newOrg();
    await expect(tryActivate(owner.orgId, owner.userId)).resolves.toBe(false);
    expect((await get(keys.org(owner.orgId)))?.mode).toBe('sandbox');
  });
});

describe('Stripe events', () => {
  const event = (type: string, createdAt: string) => ({ id: `evt_${id()}`, type, createdAt });

  it('the event record → duplicate; a later state recorded → applied as superseded, nothing changed', async () => {
    const owner = await newOrg();
    const paid = event('invoice.paid', '2026-11-02T00:00:00.000Z');
    await expect(recordPaymentSucceeded(owner.orgId, paid, {})).resolves.toBe('applied');
    await expect(recordPaymentSucceeded(owner.orgId, paid, {})).resolves.toBe('duplicate');

    const olderFailure = event('invoice.payment_failed', '2026-11-01T00:00:00.000Z');
    await expect(recordPaymentFailed(owner.orgId, olderFailure, {})).resolves.toBe('applied');
    expect((await get(keys.org(owner.orgId)))?.paymentFailedAt).toBeUndefined();
    expect((await get(keys.stripeEvent(olderFailure.id)))?.superseded).toBe(true);
  });
});
