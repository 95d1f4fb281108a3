import { describe, expect, inject, it } from 'vitest';
import { workspaceLimit } from '../../shared/workspaces/workspaces.ts';
import { api } from '../support/http.ts';
import { expectStatus, newOrg } from '../support/members.ts';

/** The cap the test stack runs with (test/support/global-setup.ts), else the default. */
const limit = Number(inject('stack').env.WORKSPACE_LIMIT) || workspaceLimit();

const create = (token: string, orgId: string, name: string) =>
  api('POST', `/orgs/${orgId}/workspaces`, { token, body: { name } });

describe('workspaces per organization are capped (abuse limits)', () => {
  it('concurrent creations stop exactly at the cap with 409 WORKSPACE_LIMIT_REACHED; a deletion makes room', async () => {
    const { owner, orgId } = await newOrg();
    // the default workspace counts: limit - 1 more fit, and 5 more race for them
    const answers = await Promise.all(
      Array.from({ length: limit + 4 }, (_, i) => create(owner.token, orgId, `Team ${i}`)),
    );
    const created = answers.filter((answer) => answer.status === 201);
    const refused = answers.filter((answer) => answer.status !== 201);
    expect(created).toHaveLength(limit - 1);
    for (const answer of refused) expectStatus(answer, 409, 'WORKSPACE_LIMIT_REACHED');

    const listed = await api('GET', `/orgs/${orgId}/workspaces?limit=100`, { token: owner.token });
    expectStatus(listed, 200);
    expect(listed.body.items).toHaveLength(limit);

    const removed = await api('DELETE', `/orgs/${orgId}/workspaces/${created[0]?.body.id}`, {
      token: owner.token,
    });
    expectStatus(removed, 204);
    expectStatus(await create(owner.token, orgId, 'Room again'), 201);
    expectStatus(await create(owner.token, orgId, 'One too many'), 409, 'WORKSPACE_LIMIT_REACHED');
  });
});
