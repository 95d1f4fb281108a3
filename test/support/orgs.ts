import { TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { expect } from 'vitest';
import { memberItem } from '../../shared/members/access.ts';
import type { MemberRecord, MemberStatus } from '../../shared/members/domain/membership.ts';
import type { AssignableRole, Role } from '../../shared/members/domain/permissions.ts';
import { db, tableName } from '../../shared/platform/dynamo/client.ts';
import { keys } from '../../shared/platform/dynamo/keys.ts';
import { type ApiResponse, api, type TestUser } from './http.ts';
import { setAttributes } from './table.ts';

export interface CreatedOrg {
  id: string;
  etag: string;
  // biome-ignore lint/suspicious/noExplicitAny: the org response as the API returns it
  body: any;
  response: ApiResponse;
}

/** `POST /orgs` as `user`; fails the test unless the org is created (201). */
export async function createOrgFor(
  user: TestUser,
  body: Record<string, unknown> = { name: `Org ${user.userId.slice(-8)}`, timeZone: 'Europe/Berlin' },
): Promise<CreatedOrg> {
  const response = await api('POST', '/orgs', { token: user.token, body });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return { id: response.body.id, etag: response.headers.get('etag') ?? '', body: response.body, response };
}

/**
 * Makes `user` a member of `orgId` with `role` and `status` by writing the
 * membership straight into DynamoDB with the project's own keys and record shape.
 *
 * This STANDS IN FOR invite + accept (written before those routes existed, and
 * kept because it needs no inviter and seeds large role matrices fast): one
 * transaction puts the member item (`memberItem`, as accepting writes it) and, for an
 * active member, takes a seat (`activeMemberCount + 1`, only while below
 * `memberLimit`) exactly as accepting an invitation does. It writes no invitation
 * and no audit entry. Suites about invitations themselves must use the routes.
 * `owner` is refused: an org has exactly one, its creator.
 */
export async function seedMember(
  orgId: string,
  user: TestUser,
  role: AssignableRole,
  status: MemberStatus = 'active',
): Promise<MemberRecord> {
  if ((role as string) === 'owner') throw new Error('seedMember: an org has exactly one owner, its creator');
  const now = new Date().toISOString();
  const member: MemberRecord = {
    orgId,
    userId: user.userId,
    email: user.email,
    name: null,
    role,
    status,
    joinedAt: now,
    updatedAt: now,
  };
  await db().send(
    new TransactWriteCommand({
      TransactItems: [
        {
          Put: {
            TableName: tableName(),
            Item: memberItem(member),
            ConditionExpression: 'attribute_not_exists(PK)',
          },
        },
        ...(status === 'active'
          ? [
              {
                Update: {
                  TableName: tableName(),
                  Key: keys.org(orgId),
                  // the seat rule accepting an invitation enforces: fails when the plan is full
                  UpdateExpression: 'SET activeMemberCount = activeMemberCount + :one',
                  ConditionExpression: 'activeMemberCount < memberLimit',
                  ExpressionAttributeValues: { ':one': 1 },
                },
              },
            ]
          : []),
      ],
    }),
  );
  return member;
}

/**
 * Blocks (or unblocks) an existing membership directly in DynamoDB, keeping the
 * org's `activeMemberCount` in step, without any actor or audit entry. For
 * arranging state; tests of blocking itself use `POST .../members/{userId}/block`.
 */
export async function setMemberStatus(orgId: string, userId: string, status: MemberStatus): Promise<void> {
  const from: MemberStatus = status === 'blocked' ? 'active' : 'blocked';
  await db().send(
    new TransactWriteCommand({
      TransactItems: [
        {
          Update: {
            TableName: tableName(),
            Key: keys.member(orgId, userId),
            UpdateExpression: 'SET #status = :to, updatedAt = :now',
            ConditionExpression: '#status = :from',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':to': status, ':from': from, ':now': new Date().toISOString() },
          },
        },
        {
          Update: {
            TableName: tableName(),
            Key: keys.org(orgId),
            UpdateExpression: 'SET activeMemberCount = activeMemberCount + :delta',
            // as the block/unblock routes: unblocking needs a free seat
            ConditionExpression:
              status === 'blocked' ? 'activeMemberCount > :zero' : 'activeMemberCount < memberLimit',
            ExpressionAttributeValues: {
              ':delta': status === 'blocked' ? -1 : 1,
              ...(status === 'blocked' ? { ':zero': 0 } : {}),
            },
          },
        },
      ],
    }),
  );
}

/** Changes a member's role directly in DynamoDB (arranging state; the route is `PATCH .../members/{userId}`). */
export async function setMemberRole(orgId: string, userId: string, role: Role): Promise<void> {
  await db().send(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.member(orgId, userId),
      UpdateExpression: 'SET #role = :role, updatedAt = :now',
      ConditionExpression: 'attribute_exists(PK)',
      ExpressionAttributeNames: { '#role': 'role' },
      ExpressionAttributeValues: { ':role': role, ':now': new Date().toISOString() },
    }),
  );
}

/**
 * Sets the org's `memberLimit` straight in DynamoDB, so a suite can seat more
 * members than the default plan allows without going through billing.
 */
export async function setMemberLimit(orgId: string, memberLimit: number): Promise<void> {
  await setAttributes(keys.org(orgId), { memberLimit }, { mustExist: true });
}

/** A problem+json response with the contract's fields and the expected status and code. */
export function expectProblem(response: ApiResponse, status: number, code?: string) {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  expect(response.headers.get('content-type')).toBe('application/problem+json');
  expect(response.body).toMatchObject({
    type: expect.any(String),
    title: expect.any(String),
    status,
    detail: expect.any(String),
    code: code ?? expect.stringMatching(/^[A-Z][A-Z_]*$/),
    requestId: expect.any(String),
  });
}

/** The owner schedules the org's deletion as a client would (If-Match, the exact name); returns `deleteAt`. */
export async function scheduleDeletion(owner: TestUser, orgId: string): Promise<string> {
  const read = await api('GET', `/orgs/${orgId}`, { token: owner.token });
  const deleted = await api('DELETE', `/orgs/${orgId}`, {
    token: owner.token,
    headers: { 'if-match': read.headers.get('etag') ?? '' },
    body: { confirmName: read.body.name },
  });
  expect(deleted.status, JSON.stringify(deleted.body)).toBe(202);
  return deleted.body.deleteAt as string;
}
