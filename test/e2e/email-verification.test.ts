import { describe, expect, it } from 'vitest';
import { signDevToken } from '../../infra/local/dev-issuer.ts';
import { api, newUser } from '../support/http.ts';
import { expectStatus, invite, newOrg } from '../support/members.ts';

describe('a verified email stays verified for the same user and address', () => {
  it('an unverified token later does not make the user uninvitable; another address does', async () => {
    const { owner, orgId } = await newOrg();
    const grace = await newUser({ name: 'Grace' });
    const unverifiedToken = await signDevToken({
      email: grace.email,
      sub: grace.userId,
      emailVerified: false,
    });
    expect((await api('GET', '/me', { token: unverifiedToken })).body.email).toBe(grace.email);

    const invited = await invite(owner, orgId, grace.email, 'member');
    expect(invited.status).toBe(201);

    // the same user moves to another address that is not verified: that one is not invitable, and says why
    const other = `other-${grace.userId}@example.com`;
    const moved = await signDevToken({ email: other, sub: grace.userId, emailVerified: false });
    expect((await api('GET', '/me', { token: moved })).status).toBe(200);
    expectStatus(await invite(owner, orgId, other, 'member'), 422, 'EMAIL_NOT_VERIFIED');
    // the old address is nobody's now
    const { owner: second, orgId: secondOrg } = await newOrg();
    expectStatus(await invite(second, secondOrg, grace.email, 'member'), 422, 'USER_NOT_REGISTERED');
  });
});
