import { GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { expect } from 'vitest';
import type { AssignableRole } from '../../shared/members/domain/permissions.ts';
import { db, tableName } from '../../shared/platform/dynamo/client.ts';
import { keys } from '../../shared/platform/dynamo/keys.ts';
import { type ApiResponse, api, newUser, type TestUser } from './http.ts';

/**
 * Helpers for the member and invitation suites. Everything goes through the real
 * HTTP API except the two documented shortcuts (`setMemberLimit`, `expireInvitationNow`).
 */

/** A member that joined through the real invitation flow. */
export interface JoinedMember extends TestUser {
  role: AssignableRole;
  invitationId: string;
}

/** A response must have this status (and problem code), with the body in the failure message. */
export function expectStatus(response: ApiResponse, status: number, code?: string) {
  expect(response.status, `${response.status} ${JSON.stringify(response.body)}`).toBe(status);
  if (code !== undefined) {
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(response.body).toMatchObject({ status, code, requestId: expect.any(String) });
  }
}

/** A fresh registered user and the org they own (their one org). */
export async function newOrg(): Promise<{ owner: TestUser; orgId: string }> {
  const owner = await newUser({ name: 'Owner' });
  const response = await api('POST', '/orgs', {
    token: owner.token,
    body: { name: `Org ${owner.userId.slice(-8)}`, timeZone: 'Europe/Berlin' },
  });
  expectStatus(response, 201);
  return { owner, orgId: response.body.id as string };
}

export const invite = (
  actor: TestUser,
  orgId: string,
  email: string,
  role: string,
  headers?: Record<string, string>,
) => api('POST', `/orgs/${orgId}/invitations`, { token: actor.token, body: { email, role }, headers });

export const accept = (user: TestUser, invitationId: string) =>
  api('POST', `/invitations/${invitationId}/accept`, { token: user.token });

export const decline = (user: TestUser, invitationId: string) =>
  api('POST', `/invitations/${invitationId}/decline`, { token: user.token });

export const revoke = (actor: TestUser, orgId: string, invitationId: string) =>
  api('DELETE', `/orgs/${orgId}/invitations/${invitationId}`, { token: actor.token });

export const resend = (actor: TestUser, orgId: string, invitationId: string) =>
  api('POST', `/orgs/${orgId}/invitations/${invitationId}/resend`, { token: actor.token });

/** `POST /orgs/{orgId}/invitations` that must succeed; returns the invitation id. */
export async function inviteOk(actor: TestUser, orgId: string, email: string, role: AssignableRole) {
  const response = await invite(actor, orgId, email, role);
  expectStatus(response, 201);
  return response.body.id as string;
}

/** Invites `user` with `role` as `inviter` and accepts as `user`, both through the API. */
export async function join(inviter: TestUser, orgId: string, user: TestUser, role: AssignableRole) {
  const invitationId = await inviteOk(inviter, orgId, user.email, role);
  const accepted = await accept(user, invitationId);
  expectStatus(accepted, 200);
  expect(accepted.body).toMatchObject({ orgId, userId: user.userId, role, status: 'active' });
  return invitationId;
}

/** A new registered user who is an active member of `orgId` with `role`, via invite + accept. */
export async function inviteAndAccept(
  inviter: TestUser,
  orgId: string,
  role: AssignableRole,
): Promise<JoinedMember> {
  const user = await newUser({ name: `Member ${role}` });
  const invitationId = await join(inviter, orgId, user, role);
  return { ...user, role, invitationId };
}

/** `GET path` as `user`, which must answer 200: the body. */
// biome-ignore lint/suspicious/noExplicitAny: a JSON body, typed by the caller when it matters
export async function getOk<T = any>(user: TestUser, path: string): Promise<T> {
  const response = await api('GET', path, { token: user.token });
  expectStatus(response, 200);
  return response.body;
}

/** `GET /orgs/{orgId}` body as `user` (must be 200). */
export const getOrg = (user: TestUser, orgId: string) =>
  getOk<{
    id: string;
    ownerId: string;
    memberLimit: number;
    activeMemberCount: number;
  }>(user, `/orgs/${orgId}`);

export interface RosterEntry {
  userId?: string;
  invitationId?: string;
  email: string | null;
  name?: string | null;
  role: string;
  status: 'invited' | 'active' | 'blocked';
  joinedAt?: string;
  invitedAt?: string;
  expiresAt?: string;
}

/** Walks every page of a paginated list (following nextCursor). */
// biome-ignore lint/suspicious/noExplicitAny: list items as the API returns them
export async function walk<T = any>(user: TestUser, path: string, query: Record<string, string> = {}) {
  const items: T[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const params: URLSearchParams = new URLSearchParams({ ...query, ...(cursor ? { cursor } : {}) });
    const page: ApiResponse = await api('GET', `${path}?${params}`, { token: user.token });
    expectStatus(page, 200);
    expect(page.body.items.length).toBeLessThanOrEqual(Number(query.limit ?? 25));
    items.push(...page.body.items);
    cursor = page.body.nextCursor;
    pages++;
    expect(pages, 'pagination does not terminate').toBeLessThan(500);
  } while (cursor !== null);
  return { items, pages };
}

/** The whole roster (members and pending invitees). */
export async function roster(user: TestUser, orgId: string, query: Record<string, string> = {}) {
  return (await walk<RosterEntry>(user, `/orgs/${orgId}/members`, { limit: '100', ...query })).items;
}

/** The invitations of an org (owner/admin), optionally filtered by status. */
export async function invitations(user: TestUser, orgId: string, query: Record<string, string> = {}) {
  return (await walk(user, `/orgs/${orgId}/invitations`, { limit: '100', ...query })).items;
}

export { setMemberLimit } from './orgs.ts';

/**
 * Moves a pending invitation's `expiresAt` (and its roster entry's) into the past
 * straight in DynamoDB, so an expired invitation exists without waiting 7 days;
 * the real TTL/cleanup path is tested elsewhere. TTL attributes are left as they were.
 */
export async function expireInvitationNow(orgId: string, invitationId: string, email: string) {
  const past = new Date(Date.now() - 60_000).toISOString();
  const update = (key: Record<string, string>, condition: string, values: Record<string, unknown>) => ({
    Update: {
      TableName: tableName(),
      Key: key,
      UpdateExpression: 'SET expiresAt = :past',
      ConditionExpression: condition,
      ExpressionAttributeValues: { ':past': past, ...values },
    },
  });
  await db().send(
    new TransactWriteCommand({
      TransactItems: [
        update(keys.invitation(orgId, invitationId), 'attribute_exists(PK)', {}),
        update(keys.inviteeGuard(orgId, email), 'invitationId = :id', { ':id': invitationId }),
      ],
    }),
  );
}

/** Maps with at most `limit` calls in flight (set-up work that is not the race under test). */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
) {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** The invitation item as stored now (a strongly consistent read); undefined once deleted. */
export async function storedInvitation(orgId: string, invitationId: string) {
  const { Item } = await db().send(
    new GetCommand({
      TableName: tableName(),
      Key: keys.invitation(orgId, invitationId),
      ConsistentRead: true,
    }),
  );
  return Item;
}
