import { randomUUID } from 'node:crypto';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { beforeAll, describe, expect, it } from 'vitest';
import { meRoutes } from '../../functions/http/me/routes.ts';
import { membersRoutes } from '../../functions/http/members/routes.ts';
import { enforceGrants, runAs } from '../../infra/local/grants.ts';
import { loadHandler } from '../../infra/local/handler-loader.ts';
import { lambdaContext } from '../../infra/local/lambda-context.ts';
import { listMyOrgs } from '../../shared/me/my-orgs.ts';
import { getMemberAndOrg } from '../../shared/members/access.ts';
import type { FunctionDef, TableAction } from '../../shared/platform/http/route-definition.ts';
import { newUser, type TestUser } from '../support/http.ts';
import { createOrgFor } from '../support/orgs.ts';

/**
 * The local stack runs every function with the grants of its definition (infra/local/grants.ts):
 * a definition that lacks a grant its code uses fails here, as it would deployed.
 */
const without = (def: FunctionDef, action: TableAction): FunctionDef => ({
  ...def,
  id: `${def.id}Without${action}`,
  tableActions: def.tableActions.filter((granted) => granted !== action),
});

function getMemberEvent(orgId: string, user: TestUser): APIGatewayProxyEventV2 {
  const path = `/orgs/${orgId}/members/${user.userId}`;
  return {
    version: '2.0',
    routeKey: 'GET /orgs/{orgId}/members/{userId}',
    rawPath: path,
    rawQueryString: '',
    headers: { authorization: `Bearer ${user.token}` },
    pathParameters: { orgId, userId: user.userId },
    requestContext: {
      requestId: randomUUID(),
      routeKey: 'GET /orgs/{orgId}/members/{userId}',
      http: { method: 'GET', path, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'test' },
    },
    isBase64Encoded: false,
  } as unknown as APIGatewayProxyEventV2;
}

describe('least privilege, enforced locally', () => {
  let owner: TestUser;
  let orgId: string;

  beforeAll(async () => {
    enforceGrants();
    owner = await newUser();
    orgId = (await createOrgFor(owner)).id;
  });

  it('a route whose definition lacks a grant its code uses fails; with the grant it answers', async () => {
    const event = getMemberEvent(orgId, owner);
    const granted = await loadHandler(membersRoutes.getMember);
    const ok = await granted(event, lambdaContext('getMember', 10_000));
    expect(ok.statusCode, ok.body).toBe(200);

    const ungranted = await loadHandler(without(membersRoutes.getMember, 'BatchGetItem'));
    const refused = await ungranted(event, lambdaContext('getMember', 10_000));
    expect(refused.statusCode).toBe(500);
    expect(JSON.parse(refused.body).code).toBe('INTERNAL');
  });

  it('the refusal is IAM’s AccessDeniedException naming the action and the resource', async () => {
    await expect(getMemberAndOrg(orgId, owner.userId)).resolves.toMatchObject({ member: { role: 'owner' } });
    const refused = runAs(without(membersRoutes.getMember, 'BatchGetItem'), () =>
      getMemberAndOrg(orgId, owner.userId),
    );
    await expect(refused).rejects.toMatchObject({
      name: 'AccessDeniedException',
      message: expect.stringMatching(/not authorized to perform: dynamodb:BatchGetItem on resource: table\//),
    });
  });

  it('a Query of an index is allowed only on the indexes the definition names', async () => {
    const def = meRoutes.listMyOrganizations;
    const page = await runAs(def, () => listMyOrgs(owner.userId, { limit: 5 }));
    expect(page.items.map((item: { orgId?: string; id?: string }) => item.orgId ?? item.id)).toContain(orgId);
    const noIndex: FunctionDef = { ...def, id: 'listMyOrganizationsWithoutIndex', queryIndexes: [] };
    await expect(runAs(noIndex, () => listMyOrgs(owner.userId, { limit: 5 }))).rejects.toMatchObject({
      name: 'AccessDeniedException',
      message: expect.stringContaining('dynamodb:Query on resource: table/'),
    });
  });
});
