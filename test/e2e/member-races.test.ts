import { describe, expect, it } from 'vitest';
import { type ApiResponse, api, newUser, type TestUser } from '../support/http.ts';
import {
  accept,
  expectStatus,
  getOrg,
  inviteAndAccept,
  inviteOk,
  mapLimit,
  newOrg,
  revoke,
  roster,
  setMemberLimit,
} from '../support/members.ts';

/**
 * Concurrency: each race is played several times, every contender fired at once
 * with Promise.all. The assertions are on outcomes that must hold whatever the
 * interleaving, plus the stored state read back afterwards.
 */

const ROUNDS = 3;

const codeOf = (response: ApiResponse) => `${response.status} ${response.body?.code ?? ''}`.trim();
const count = (responses: ApiResponse[], status: number) =>
  responses.filter((r) => r.status === status).length;

/** activeMemberCount must equal the active members the roster really holds, within the limit. */
async function expectSeatsConsistent(owner: TestUser, orgId: string) {
  const org = await getOrg(owner, orgId);
  const active = await roster(owner, orgId, { status: 'active' });
  expect(org.activeMemberCount).toBe(active.length);
  expect(org.activeMemberCount).toBeLessThanOrEqual(org.memberLimit);
  return { org, active };
}

describe('member races', () => {
  it('30 concurrent accepts into an org with 3 free seats: exactly 3 win, the rest 409 MEMBER_LIMIT_REACHED', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { owner, orgId } = await newOrg();
      // memberLimit set directly in DynamoDB (plans come later): owner + 3 free seats
      await setMemberLimit(orgId, 4);
      const users = await Promise.all(Array.from({ length: 30 }, () => newUser()));
      // set-up, not the race: invitations all check the owner's membership, so few at a time
      const ids = await mapLimit(users, 4, (user) => inviteOk(owner, orgId, user.email, 'member'));

      const results = await Promise.all(users.map((user, i) => accept(user, ids[i] as string)));

      const codes = results.map(codeOf);
      expect(count(results, 200), codes.join(', ')).toBe(3);
      expect(codes.filter((c) => c !== '200')).toEqual(Array(27).fill('409 MEMBER_LIMIT_REACHED'));
      const { org, active } = await expectSeatsConsistent(owner, orgId);
      expect(org.activeMemberCount).toBe(4);
      const winners = users.filter((_, i) => results[i]?.status === 200).map((u) => u.userId);
      expect(active.map((m) => m.userId).sort()).toEqual([owner.userId, ...winners].sort());
      // the losers' invitations are still pending: they can join once a seat is free
      const loser = users.find((_, i) => results[i]?.status === 409) as TestUser;
      const loserId = ids[users.indexOf(loser)] as string;
      expectStatus(await api('DELETE', `/orgs/${orgId}/members/${winners[0]}`, { token: owner.token }), 204);
      expectStatus(await accept(loser, loserId), 200);
      await expectSeatsConsistent(owner, orgId);
    }
  }, 120_000);

  it('the same invitation accepted 10 times at once: exactly one 200, one seat taken', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { owner, orgId } = await newOrg();
      const user = await newUser();
      const id = await inviteOk(owner, orgId, user.email, 'developer');

      const results = await Promise.all(Array.from({ length: 10 }, () => accept(user, id)));

      const codes = results.map(codeOf);
      expect(count(results, 200), codes.join(', ')).toBe(1);
      for (const code of codes.filter((c) => c !== '200')) {
        expect(['409 INVITATION_ALREADY_USED', '409 ALREADY_MEMBER']).toContain(code);
      }
      const { org, active } = await expectSeatsConsistent(owner, orgId);
      expect(org.activeMemberCount).toBe(2);
      expect(active.filter((m) => m.userId === user.userId)).toEqual([
        expect.objectContaining({ role: 'developer', status: 'active' }),
      ]);
    }
  });

  it('accept racing revoke: either accepted and a member, or revoked and not a member, never both', async () => {
    const outcomes = new Set<string>();
    for (let round = 0; round < ROUNDS + 2; round++) {
      const { owner, orgId } = await newOrg();
      const admin = await inviteAndAccept(owner, orgId, 'admin');
      const user = await newUser();
      const id = await inviteOk(owner, orgId, user.email, 'member');

      const [accepted, revoked] = await Promise.all([accept(user, id), revoke(admin, orgId, id)]);

      const member = await api('GET', `/orgs/${orgId}`, { token: user.token });
      const byId = async (status: string) =>
        (
          await api('GET', `/orgs/${orgId}/invitations?status=${status}`, { token: owner.token })
        ).body.items.map((i: { id: string }) => i.id);
      if (accepted.status === 200) {
        outcomes.add('accepted');
        expect(codeOf(revoked)).toBe('409 INVITATION_ALREADY_USED');
        expectStatus(member, 200);
        expect(await byId('accepted')).toContain(id);
        expect(await byId('revoked')).toEqual([]);
      } else {
        outcomes.add('revoked');
        expect(codeOf(accepted)).toBe('410 INVITATION_REVOKED');
        expectStatus(revoked, 204);
        expectStatus(member, 404, 'NOT_FOUND');
        expect(await byId('revoked')).toEqual([id]);
        expect(await byId('accepted')).not.toContain(id);
      }
      await expectSeatsConsistent(owner, orgId);
    }
    expect(outcomes.size).toBeGreaterThan(0);
  });

  it('two transfers racing (offered to two admins, both accept): exactly one owner, matching org.ownerId', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { owner, orgId } = await newOrg();
      const [a, b] = await Promise.all([
        inviteAndAccept(owner, orgId, 'admin'),
        inviteAndAccept(owner, orgId, 'admin'),
      ]);
      const offerAndAccept = async (target: TestUser) => {
        const offer = await api('POST', `/orgs/${orgId}/ownership-transfer`, {
          token: owner.token,
          body: { toUserId: target.userId },
        });
        const accepted = await api('POST', `/orgs/${orgId}/ownership-transfer/accept`, {
          token: target.token,
        });
        return { offer, accepted };
      };

      const [ra, rb] = await Promise.all([offerAndAccept(a), offerAndAccept(b)]);

      for (const r of [ra, rb]) {
        // an offer made after the other transfer completed is refused: 403 (no longer owner) or,
        // when the role changed between its authorization and its write, 404
        expect([201, 403, 404], JSON.stringify(r.offer.body)).toContain(r.offer.status);
        expect([200, 404, 409], JSON.stringify(r.accepted.body)).toContain(r.accepted.status);
      }
      const winners = [ra, rb].filter((r) => r.accepted.status === 200);
      expect(winners.length, JSON.stringify([ra, rb].map((r) => [codeOf(r.offer), codeOf(r.accepted)]))).toBe(
        1,
      );
      const winner = ra.accepted.status === 200 ? a : b;
      const loser = winner === a ? b : a;

      const all = await roster(owner, orgId);
      const owners = all.filter((m) => m.role === 'owner');
      expect(owners.map((m) => m.userId)).toEqual([winner.userId]);
      expect(all.find((m) => m.userId === owner.userId)?.role).toBe('admin');
      expect(all.find((m) => m.userId === loser.userId)?.role).toBe('admin');
      expect((await getOrg(owner, orgId)).ownerId).toBe(winner.userId);
      await expectSeatsConsistent(owner, orgId);
    }
  });

  it('a transfer accepted while the owner cancels it: either completed or cancelled, never half', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { owner, orgId } = await newOrg();
      const admin = await inviteAndAccept(owner, orgId, 'admin');
      expectStatus(
        await api('POST', `/orgs/${orgId}/ownership-transfer`, {
          token: owner.token,
          body: { toUserId: admin.userId },
        }),
        201,
      );
      const [accepted, cancelled] = await Promise.all([
        api('POST', `/orgs/${orgId}/ownership-transfer/accept`, { token: admin.token }),
        api('DELETE', `/orgs/${orgId}/ownership-transfer`, { token: owner.token }),
      ]);
      const ownerId = (await getOrg(owner, orgId)).ownerId;
      const owners = (await roster(owner, orgId)).filter((m) => m.role === 'owner').map((m) => m.userId);
      if (accepted.status === 200) {
        expect([403, 404]).toContain(cancelled.status);
        expect(ownerId).toBe(admin.userId);
      } else {
        expect(codeOf(accepted)).toBe('404 NOT_FOUND');
        expectStatus(cancelled, 204);
        expect(ownerId).toBe(owner.userId);
      }
      expect(owners).toEqual([ownerId]);
    }
  });

  it('unblock racing accept for the last seat: exactly one wins', async () => {
    const winners = new Set<string>();
    for (let round = 0; round < ROUNDS + 1; round++) {
      const { owner, orgId } = await newOrg();
      // memberLimit set directly in DynamoDB (plans come later)
      await setMemberLimit(orgId, 3);
      const kept = await inviteAndAccept(owner, orgId, 'member');
      const blocked = await inviteAndAccept(owner, orgId, 'developer');
      expectStatus(
        await api('POST', `/orgs/${orgId}/members/${blocked.userId}/block`, { token: owner.token }),
        200,
      );
      const newcomer = await newUser();
      const id = await inviteOk(owner, orgId, newcomer.email, 'member');
      expect((await getOrg(owner, orgId)).activeMemberCount).toBe(2);

      const [unblocked, accepted] = await Promise.all([
        api('POST', `/orgs/${orgId}/members/${blocked.userId}/unblock`, { token: owner.token }),
        accept(newcomer, id),
      ]);

      const codes = [codeOf(unblocked), codeOf(accepted)].sort();
      expect(codes).toEqual(['200', '409 MEMBER_LIMIT_REACHED']);
      const { org, active } = await expectSeatsConsistent(owner, orgId);
      expect(org.activeMemberCount).toBe(3);
      const winner = unblocked.status === 200 ? blocked : newcomer;
      winners.add(winner === blocked ? 'unblock' : 'accept');
      expect(active.map((m) => m.userId).sort()).toEqual([owner.userId, kept.userId, winner.userId].sort());
      const loserAccess = await api('GET', `/orgs/${orgId}`, {
        token: (winner === blocked ? newcomer : blocked).token,
      });
      expectStatus(loserAccess, 404, 'NOT_FOUND');
    }
    expect(winners.size).toBeGreaterThan(0);
  });
});
