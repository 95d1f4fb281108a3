import { describe, expect, it } from 'vitest';
import { api, newUser } from '../support/http.ts';

describe('GET /me', () => {
  it('creates the profile on first call and returns it after', async () => {
    const user = await newUser({ register: false, name: 'Ada' });
    const first = await api('GET', '/me', { token: user.token });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ id: user.userId, email: user.email, name: 'Ada', defaultOrgId: null });
    const second = await api('GET', '/me', { token: user.token });
    expect(second.body).toEqual(first.body);
  });

  it('PATCH /me renames and refuses an empty name without changing anything', async () => {
    const user = await newUser();
    const renamed = await api('PATCH', '/me', { token: user.token, body: { name: '  Grace  ' } });
    expect(renamed.status).toBe(200);
    expect(renamed.body.name).toBe('Grace');
    const refused = await api('PATCH', '/me', { token: user.token, body: { name: '' } });
    expect(refused.status).toBe(400);
    expect(refused.headers.get('content-type')).toBe('application/problem+json');
    expect(refused.body.code).toBe('VALIDATION_FAILED');
    expect(refused.body.errors[0].path).toBe('body.name');
    expect((await api('GET', '/me', { token: user.token })).body.name).toBe('Grace');
  });
});
