import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { getOrgLimit, setOrgLimit } from '../../shared/orgs/org-limit.ts';
import { db, tableName } from '../../shared/platform/dynamo/client.ts';
import { keys } from '../../shared/platform/dynamo/keys.ts';
import { api, newUser, type TestUser } from '../support/http.ts';
import { expectProblem } from '../support/orgs.ts';

/** The one-org rule as a per-user limit: the creation transaction's condition, raised by operators. */

const create = (user: TestUser, name = `Org ${Math.random().toString(36).slice(2, 8)}`) =>
  api('POST', '/orgs', { token: user.token, body: { name, timeZone: 'UTC' } });

describe('organization limit per user', () => {
  it('is 1 by default; raised to 3, twelve concurrent creates give exactly two more', async () => {
    const user = await newUser();
    expect((await create(user)).status).toBe(201);
    const refused = await create(user);
    expectProblem(refused, 409, 'ORG_LIMIT_REACHED');
    expect(refused.body.detail).toContain('limit of 1 organization');

    expect(await setOrgLimit(user.userId, 3)).toEqual({ ownedCount: 1, orgLimit: 3 });
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => create(user, `Race ${i}`)));
    expect(results.filter((response) => response.status === 201)).toHaveLength(2);
    for (const response of results.filter((r) => r.status !== 201))
      expectProblem(response, 409, 'ORG_LIMIT_REACHED');
    expect(await getOrgLimit(user.userId)).toEqual({ ownedCount: 3, orgLimit: 3 });
  });

  it('a guard written before the count stands for one org; raising the limit counts it', async () => {
    const user = await newUser();
    // arranging: the guard as org creation wrote it before the limit existed
    await db().send(
      new PutCommand({
        TableName: tableName(),
        Item: {
          ...keys.orgOwnership(user.userId),
          type: 'ownership',
          orgId: 'org_legacy',
          createdAt: '2026-01-01T00:00:00.000Z',
        },
      }),
    );
    expect(await getOrgLimit(user.userId)).toEqual({ ownedCount: 1, orgLimit: 1, legacyOrgId: 'org_legacy' });
    expectProblem(await create(user), 409, 'ORG_LIMIT_REACHED');
    expect(await setOrgLimit(user.userId, 2)).toEqual({ ownedCount: 1, orgLimit: 2 });
    expect((await create(user)).status).toBe(201);
    expectProblem(await create(user), 409, 'ORG_LIMIT_REACHED');
  });
});
