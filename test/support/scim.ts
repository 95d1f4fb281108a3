import { expect } from 'vitest';
import { type ApiResponse, api } from './http.ts';
import { newOrg } from './members.ts';

/** SCIM requests against the local stack, as identity providers send them. */

export const USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
export const GROUP = 'urn:ietf:params:scim:schemas:core:2.0:Group';
export const PATCH = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
export const LIST = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';
export const ERROR = 'urn:ietf:params:scim:api:messages:2.0:Error';

/** An organization on the enterprise plan (it has `scim`) with one SCIM token. */
export async function enterpriseOrg() {
  const { owner, orgId } = await newOrg();
  const plan = await api('PUT', `/orgs/${orgId}/plan`, {
    token: owner.token,
    body: { planId: 'enterprise' },
  });
  expect(plan.status, JSON.stringify(plan.body)).toBe(200);
  const created = await api('POST', `/orgs/${orgId}/scim-tokens`, {
    token: owner.token,
    body: { name: 'Okta' },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return { owner, orgId, token: created.body.token as string, tokenId: created.body.id as string };
}

export const scim = (
  token: string,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
) =>
  api(method, `/scim/v2${path}`, {
    token,
    body,
    headers: body === undefined ? headers : { 'content-type': 'application/scim+json', ...headers },
  });

export function expectScimError(response: ApiResponse, status: number, scimType?: string) {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  expect(response.headers.get('content-type')).toBe('application/scim+json');
  expect(response.body).toMatchObject({
    schemas: [ERROR],
    status: String(status),
    detail: expect.any(String),
  });
  if (scimType) expect(response.body.scimType).toBe(scimType);
}
