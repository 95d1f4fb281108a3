import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { type RouteId, routes } from '../../functions/http/routes.ts';
import { LOCAL_APP_PERMISSIONS } from '../../shared/members/domain/app-permissions.ts';
import {
  type AssignableRole,
  builtInPermissions,
  type Role,
  roles,
  rolesWith,
} from '../../shared/members/domain/permissions.ts';
import { keys } from '../../shared/platform/dynamo/keys.ts';
import type { RouteDefinition } from '../../shared/platform/http/route-definition.ts';
import { addDomain, setEnrollment, setTxt, uniqueDomain, verifiedDomain } from '../support/domains.ts';
import { type ApiResponse, api, newUser, type TestUser } from '../support/http.ts';
import { accept, invite } from '../support/members.ts';
import { createOrgFor, expectProblem, seedMember, setMemberLimit } from '../support/orgs.ts';
import { setAttributes } from '../support/table.ts';

/**
 * Who may call each `/orgs/{orgId}…` route: the roles holding its definition's
 * `permission` (the contract's roles table), unless an entry says otherwise (a person,
 * not a role: a key's creator, a transfer's target). Active members whose role is not
 * allowed get 403 FORBIDDEN; non-members and blocked members get 404 NOT_FOUND. A route
 * without an entry here fails the suite: add how to call it.
 */
/**
 * A custom role holding exactly a built-in role’s permissions, under a key of its own: it
 * must be answered as the role it mirrors (every check is by permission, never by role name).
 */
const customPrincipals = {
  // one is enough to prove it (each principal adds a full walk of every route to the run)
  'custom role with the developer’s permissions': 'developer',
} as const satisfies Record<string, Role>;
type CustomPrincipal = keyof typeof customPrincipals;
const isCustom = (principal: string): principal is CustomPrincipal => principal in customPrincipals;
type Principal = Role | 'non-member' | 'blocked' | CustomPrincipal;
const principals: readonly Principal[] = [
  ...roles,
  ...(Object.keys(customPrincipals) as CustomPrincipal[]),
  'non-member',
  'blocked',
];

interface Ctx {
  orgId: string;
  owner: TestUser;
  defaultWorkspaceId: string;
}

/** Ids a call needs, made (as the owner) before the call and before the "nothing changed" snapshot. */
type Prepared = Record<string, string>;

interface Expectation {
  /** default: the roles holding the route's permission */
  allowed?: readonly Role[];
  /** the success status for an allowed role */
  status: number;
  /** changes state: a refused call must leave the org as it was */
  write?: boolean;
  /** overrides the role rule (routes whose caller is a person, not a role) */
  expectFor?: (principal: Principal) => { status: number; code?: string };
  prepare?: (ctx: Ctx) => Promise<Prepared>;
  call: (ctx: Ctx, user: TestUser, label: string, prepared: Prepared) => Promise<ApiResponse>;
}

const managers: readonly Role[] = ['owner', 'admin'];

/** SCIM tokens: the holders of access:manage (owner and admin), others as the role rule says. */
function scimTokenExpectation(principal: Principal, forManagers: { status: number; code?: string }) {
  if (principal === 'non-member' || principal === 'blocked') return { status: 404, code: 'NOT_FOUND' };
  return (managers as readonly string[]).includes(principal)
    ? forManagers
    : { status: 403, code: 'FORBIDDEN' };
}
const unique = () => randomUUID().slice(0, 8);

/** Preparation helpers: each makes a fresh target so no call depends on another. */
async function freshWorkspace(ctx: Ctx) {
  const created = await api('POST', `/orgs/${ctx.orgId}/workspaces`, {
    token: ctx.owner.token,
    body: { name: `Target ${randomUUID()}` },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body.id as string;
}

async function freshMember(
  ctx: Ctx,
  role: AssignableRole = 'member',
  status: 'active' | 'blocked' = 'active',
) {
  const user = await newUser({ name: `Target ${role}` });
  await seedMember(ctx.orgId, user, role, status);
  return user.userId;
}

async function freshInvitation(ctx: Ctx) {
  const invitee = await newUser({ name: 'Invitee' });
  const created = await api('POST', `/orgs/${ctx.orgId}/invitations`, {
    token: ctx.owner.token,
    body: { email: invitee.email, role: 'member' },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body.id as string;
}

async function pendingTransfer(ctx: Ctx) {
  const toUserId = await freshMember(ctx, 'admin');
  const started = await api('POST', `/orgs/${ctx.orgId}/ownership-transfer`, {
    token: ctx.owner.token,
    body: { toUserId },
  });
  expect(started.status, JSON.stringify(started.body)).toBe(201);
  return toUserId;
}

async function freshApiKey(ctx: Ctx) {
  const created = await api('POST', `/orgs/${ctx.orgId}/api-keys`, {
    token: ctx.owner.token,
    body: { name: `Target ${unique()}`, mode: 'sandbox' },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body.id as string;
}

/** A local receiver address that refuses connections: deliveries fail fast, which is all these calls need. */
const unreachableHook = 'http://127.0.0.1:9/hook';

async function freshEndpoint(ctx: Ctx) {
  const created = await api('POST', `/orgs/${ctx.orgId}/webhook-endpoints`, {
    token: ctx.owner.token,
    body: { url: unreachableHook, events: ['*'] },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body.id as string;
}

async function finishedDelivery(ctx: Ctx) {
  const endpointId = await freshEndpoint(ctx);
  const tested = await api('POST', `/orgs/${ctx.orgId}/webhook-endpoints/${endpointId}/test`, {
    token: ctx.owner.token,
  });
  expect(tested.status, JSON.stringify(tested.body)).toBe(200);
  return { endpointId, deliveryId: tested.body.id as string };
}

/** A pending domain of the org (added as the owner) with its record published. */
async function freshDomain(ctx: Ctx) {
  const added = await addDomain(ctx.owner, ctx.orgId, uniqueDomain('matrix'));
  await setTxt(added.verification.recordName, added.verification.recordValue);
  return added.id as string;
}

/** A pending join request from a person on a fresh `suggest` domain of the org. */
async function freshJoinRequest(ctx: Ctx) {
  const domain = uniqueDomain('matrix');
  const verified = await verifiedDomain(ctx.owner, ctx.orgId, domain);
  await setEnrollment(ctx.owner, ctx.orgId, verified.id, { enrollment: 'suggest' });
  const person = await newUser({ email: `person-${unique()}@${domain}` });
  const asked = await api('POST', `/orgs/${ctx.orgId}/join-requests`, { token: person.token });
  expect(asked.status, JSON.stringify(asked.body)).toBe(201);
  return asked.body.id as string;
}

const billingDetails = {
  customerName: 'Acme GmbH',
  billingEmail: 'billing@acme.example',
  address: { line1: 'Hauptstr. 1', city: 'Berlin', postalCode: '10115', country: 'DE' },
};

/** Custom roles need the custom_roles feature: the org is put on `pro` first (a plan call may have moved it). */
async function onPlanWithCustomRoles(ctx: Ctx) {
  await setAttributes(keys.org(ctx.orgId), { planId: 'pro' }, { mustExist: true });
}

async function freshRole(ctx: Ctx) {
  await onPlanWithCustomRoles(ctx);
  const key = `r${unique()}`;
  const created = await api('POST', `/orgs/${ctx.orgId}/roles`, {
    token: ctx.owner.token,
    body: { key, name: `Role ${key}`, permissions: ['org:read'] },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return key;
}

const matrix: Partial<Record<RouteId, Expectation>> = {
  listRoles: {
    status: 200,
    call: (ctx, user) => api('GET', `/orgs/${ctx.orgId}/roles`, { token: user.token }),
  },
  createRole: {
    status: 201,
    write: true,
    prepare: async (ctx) => {
      await onPlanWithCustomRoles(ctx);
      return {};
    },
    call: (ctx, user) =>
      api('POST', `/orgs/${ctx.orgId}/roles`, {
        token: user.token,
        body: { key: `r${unique()}`, name: 'Viewer', permissions: ['org:read'] },
      }),
  },
  updateRole: {
    status: 200,
    write: true,
    prepare: async (ctx) => ({ key: await freshRole(ctx) }),
    call: (ctx, user, label, { key }) =>
      api('PATCH', `/orgs/${ctx.orgId}/roles/${key}`, { token: user.token, body: { name: `By ${label}` } }),
  },
  deleteRole: {
    status: 204,
    write: true,
    prepare: async (ctx) => ({ key: await freshRole(ctx) }),
    call: (ctx, user, _label, { key }) =>
      api('DELETE', `/orgs/${ctx.orgId}/roles/${key}`, { token: user.token }),
  },
  getSecurityPolicy: {
    status: 200,
    call: (ctx, user) => api('GET', `/orgs/${ctx.orgId}/security-policy`, { token: user.token }),
  },
  putSecurityPolicy: {
    status: 200,
    write: true,
    call: (ctx, user) =>
      api('PUT', `/orgs/${ctx.orgId}/security-policy`, {
        token: user.token,
        body: { requireMfa: false, allowedInviteDomains: [] },
      }),
  },
  getOrganization: {
    status: 200,
    call: (ctx, user) => api('GET', `/orgs/${ctx.orgId}`, { token: user.token }),
  },
  updateOrganization: {
    status: 200,
    write: true,
    call: (ctx, user, label) =>
      api('PATCH', `/orgs/${ctx.orgId}`, { token: user.token, body: { name: `Renamed by ${label}` } }),
  },
  getOnboarding: {
    status: 200,
    call: (ctx, user) => api('GET', `/orgs/${ctx.orgId}/onboarding`, { token: user.token }),
  },
  listAuditLog: {
    status: 200,
    call: (ctx, user) => api('GET', `/orgs/${ctx.orgId}/audit-log`, { token: user.token }),
  },
  listWorkspaces: {
    status: 200,
    call: (ctx, user) => api('GET', `/orgs/${ctx.orgId}/workspaces`, { token: user.token }),
  },
  createWorkspace: {
    status: 201,
    write: true,
    call: (ctx, user, label) =>
      api('POST', `/orgs/${ctx.orgId}/workspaces`, {
        token: user.token,
        body: { name: `By ${label} ${unique()}` },
      }),
  },
  getWorkspace: {
    status: 200,
    call: (ctx, user) =>
      api('GET', `/orgs/${ctx.orgId}/workspaces/${ctx.defaultWorkspaceId}`, { token: user.token }),
  },
  renameWorkspace: {
    status: 200,
    write: true,
    prepare: async (ctx) => ({ workspaceId: await freshWorkspace(ctx) }),
    call: (ctx, user, label, { workspaceId }) =>
      api('PATCH', `/orgs/${ctx.orgId}/workspaces/${workspaceId}`, {
        token: user.token,
        body: { name: `Renamed by ${label} ${unique()}` },
      }),
  },
  deleteWorkspace: {
    status: 204,
    write: true,
    prepare: async (ctx) => ({ workspaceId: await freshWorkspace(ctx) }),
    call: (ctx, user, _label, { workspaceId }) =>
      api('DELETE', `/orgs/${ctx.orgId}/workspaces/${workspaceId}`, { token: user.token }),
  },
  createInvitation: {
    status: 201,
    write: true,
    prepare: async () => ({ email: (await newUser({ name: 'Invitee' })).email }),
    call: (ctx, user, _label, { email }) =>
      api('POST', `/orgs/${ctx.orgId}/invitations`, { token: user.token, body: { email, role: 'member' } }),
  },
  listInvitations: {
    status: 200,
    call: (ctx, user) => api('GET', `/orgs/${ctx.orgId}/invitations`, { token: user.token }),
  },
  createOrgSession: {
    status: 201,
    call: (ctx, user) => api('POST', `/orgs/${ctx.orgId}/session`, { token: user.token }),
  },
  getInvitation: {
    status: 200,
    prepare: async (ctx) => ({ invitationId: await freshInvitation(ctx) }),
    call: (ctx, user, _label, { invitationId }) =>
      api('GET', `/orgs/${ctx.orgId}/invitations/${invitationId}`, { token: user.token }),
  },
  revokeInvitation: {
    status: 204,
    write: true,
    prepare: async (ctx) => ({ invitationId: await freshInvitation(ctx) }),
    call: (ctx, user, _label, { invitationId }) =>
      api('DELETE', `/orgs/${ctx.orgId}/invitations/${invitationId}`, { token: user.token }),
  },
  resendInvitation: {
    status: 200,
    write: true,
    prepare: async (ctx) => ({ invitationId: await freshInvitation(ctx) }),
    call: (ctx, user, _label, { invitationId }) =>
      api('POST', `/orgs/${ctx.orgId}/invitations/${invitationId}/resend`, { token: user.token }),
  },
  listMembers: {
    status: 200,
    call: (ctx, user) => api('GET', `/orgs/${ctx.orgId}/members`, { token: user.token }),
  },
  getMember: {
    status: 200,
    call: (ctx, user) => api('GET', `/orgs/${ctx.orgId}/members/${ctx.owner.userId}`, { token: user.token }),
  },
  changeMemberRole: {
    status: 200,
    write: true,
    prepare: async (ctx) => ({ userId: await freshMember(ctx, 'member') }),
    call: (ctx, user, _label, { userId }) =>
      api('PATCH', `/orgs/${ctx.orgId}/members/${userId}`, {
        token: user.token,
        body: { role: 'developer' },
      }),
  },
  blockMember: {
    status: 200,
    write: true,
    prepare: async (ctx) => ({ userId: await freshMember(ctx, 'member') }),
    call: (ctx, user, _label, { userId }) =>
      api('POST', `/orgs/${ctx.orgId}/members/${userId}/block`, { token: user.token }),
  },
  unblockMember: {
    status: 200,
    write: true,
    prepare: async (ctx) => ({ userId: await freshMember(ctx, 'member', 'blocked') }),
    call: (ctx, user, _label, { userId }) =>
      api('POST', `/orgs/${ctx.orgId}/members/${userId}/unblock`, { token: user.token }),
  },
  removeMember: {
    // removing someone else; leaving (userId = caller) is tested below
    allowed: managers,
    status: 204,
    write: true,
    prepare: async (ctx) => ({ userId: await freshMember(ctx, 'member') }),
    call: (ctx, user, _label, { userId }) =>
      api('DELETE', `/orgs/${ctx.orgId}/members/${userId}`, { token: user.token }),
  },
  startOwnershipTransfer: {
    status: 201,
    write: true,
    prepare: async (ctx) => ({ toUserId: await freshMember(ctx, 'admin') }),
    call: (ctx, user, _label, { toUserId }) =>
      api('POST', `/orgs/${ctx.orgId}/ownership-transfer`, { token: user.token, body: { toUserId } }),
  },
  getOwnershipTransfer: {
    // the owner and the target (tested below); to any other member there is no transfer
    allowed: ['owner'],
    status: 200,
    expectFor: (principal) => (principal === 'owner' ? { status: 200 } : { status: 404, code: 'NOT_FOUND' }),
    prepare: async (ctx) => ({ toUserId: await pendingTransfer(ctx) }),
    call: (ctx, user) => api('GET', `/orgs/${ctx.orgId}/ownership-transfer`, { token: user.token }),
  },
  acceptOwnershipTransfer: {
    // only the transfer's target may accept (tested below); to anyone else there is no transfer
    allowed: [],
    status: 200,
    write: true,
    expectFor: () => ({ status: 404, code: 'NOT_FOUND' }),
    prepare: async (ctx) => ({ toUserId: await pendingTransfer(ctx) }),
    call: (ctx, user) => api('POST', `/orgs/${ctx.orgId}/ownership-transfer/accept`, { token: user.token }),
  },
  cancelOwnershipTransfer: {
    status: 204,
    write: true,
    prepare: async (ctx) => ({ toUserId: await pendingTransfer(ctx) }),
    call: (ctx, user) => api('DELETE', `/orgs/${ctx.orgId}/ownership-transfer`, { token: user.token }),
  },
  choosePlan: {
    status: 200,
    write: true,
    // enterprise: the matrix org seats more members than the smaller plans allow
    call: (ctx, user) =>
      api('PUT', `/orgs/${ctx.orgId}/plan`, { token: user.token, body: { planId: 'enterprise' } }),
  },
  getBilling: {
    status: 200,
    call: (ctx, user) => api('GET', `/orgs/${ctx.orgId}/billing`, { token: user.token }),
  },
  // the matrix org is not activated: allowed roles learn there is no subscription yet, the others 403
  getSubscription: {
    status: 404,
    expectFor: (principal) =>
      ['owner', 'finance', 'non-member', 'blocked'].includes(principal)
        ? { status: 404, code: 'NOT_FOUND' }
        : { status: 403, code: 'FORBIDDEN' },
    call: (ctx, user) => api('GET', `/orgs/${ctx.orgId}/subscription`, { token: user.token }),
  },
  listInvoices: {
    status: 200,
    call: (ctx, user) => api('GET', `/orgs/${ctx.orgId}/invoices`, { token: user.token }),
  },
  putBilling: {
    status: 200,
    write: true,
    call: (ctx, user) =>
      api('PUT', `/orgs/${ctx.orgId}/billing`, { token: user.token, body: billingDetails }),
  },
  createSetupIntent: {
    status: 201,
    prepare: async (ctx) => {
      const saved = await api('PUT', `/orgs/${ctx.orgId}/billing`, {
        token: ctx.owner.token,
        body: billingDetails,
      });
      expect(saved.status, JSON.stringify(saved.body)).toBe(200);
      return {};
    },
    call: (ctx, user) => api('POST', `/orgs/${ctx.orgId}/billing/setup-intent`, { token: user.token }),
  },
  createApiKey: {
    status: 201,
    write: true,
    call: (ctx, user, label) =>
      api('POST', `/orgs/${ctx.orgId}/api-keys`, {
        token: user.token,
        body: { name: `By ${label} ${unique()}`, mode: 'sandbox' },
      }),
  },
  listApiKeys: {
    status: 200,
    call: (ctx, user) => api('GET', `/orgs/${ctx.orgId}/api-keys`, { token: user.token }),
  },
  getApiKey: {
    status: 200,
    prepare: async (ctx) => ({ keyId: await freshApiKey(ctx) }),
    call: (ctx, user, _label, { keyId }) =>
      api('GET', `/orgs/${ctx.orgId}/api-keys/${keyId}`, { token: user.token }),
  },
  // the owner's key: a developer may revoke or roll only their own keys
  revokeApiKey: {
    allowed: managers,
    status: 204,
    write: true,
    prepare: async (ctx) => ({ keyId: await freshApiKey(ctx) }),
    call: (ctx, user, _label, { keyId }) =>
      api('DELETE', `/orgs/${ctx.orgId}/api-keys/${keyId}`, { token: user.token }),
  },
  rollApiKey: {
    allowed: managers,
    status: 201,
    write: true,
    prepare: async (ctx) => ({ keyId: await freshApiKey(ctx) }),
    call: (ctx, user, _label, { keyId }) =>
      api('POST', `/orgs/${ctx.orgId}/api-keys/${keyId}/roll`, { token: user.token }),
  },
  // the matrix's org is on the basic plan: allowed roles meet the plan gate (scim-users.test.ts covers success)
  createScimToken: {
    status: 201,
    write: true,
    expectFor: (principal) =>
      scimTokenExpectation(principal, { status: 403, code: 'PLAN_FEATURE_UNAVAILABLE' }),
    call: (ctx, user) => api('POST', `/orgs/${ctx.orgId}/scim-tokens`, { token: user.token, body: {} }),
  },
  listScimTokens: {
    status: 200,
    expectFor: (principal) =>
      scimTokenExpectation(principal, { status: 403, code: 'PLAN_FEATURE_UNAVAILABLE' }),
    call: (ctx, user) => api('GET', `/orgs/${ctx.orgId}/scim-tokens`, { token: user.token }),
  },
  // revoking is not plan-gated (a token can always be revoked); no token exists in this org
  revokeScimToken: {
    status: 204,
    write: true,
    expectFor: (principal) => scimTokenExpectation(principal, { status: 404, code: 'NOT_FOUND' }),
    call: (ctx, user) =>
      api('DELETE', `/orgs/${ctx.orgId}/scim-tokens/scimtok_missing`, { token: user.token }),
  },
  createWebhookEndpoint: {
    status: 201,
    write: true,
    call: (ctx, user) =>
      api('POST', `/orgs/${ctx.orgId}/webhook-endpoints`, {
        token: user.token,
        body: { url: unreachableHook, events: ['member.removed'] },
      }),
  },
  listWebhookEndpoints: {
    status: 200,
    call: (ctx, user) => api('GET', `/orgs/${ctx.orgId}/webhook-endpoints`, { token: user.token }),
  },
  getWebhookEndpoint: {
    status: 200,
    prepare: async (ctx) => ({ endpointId: await freshEndpoint(ctx) }),
    call: (ctx, user, _label, { endpointId }) =>
      api('GET', `/orgs/${ctx.orgId}/webhook-endpoints/${endpointId}`, { token: user.token }),
  },
  updateWebhookEndpoint: {
    status: 200,
    write: true,
    prepare: async (ctx) => ({ endpointId: await freshEndpoint(ctx) }),
    call: (ctx, user, label, { endpointId }) =>
      api('PATCH', `/orgs/${ctx.orgId}/webhook-endpoints/${endpointId}`, {
        token: user.token,
        body: { description: `By ${label}` },
      }),
  },
  deleteWebhookEndpoint: {
    status: 204,
    write: true,
    prepare: async (ctx) => ({ endpointId: await freshEndpoint(ctx) }),
    call: (ctx, user, _label, { endpointId }) =>
      api('DELETE', `/orgs/${ctx.orgId}/webhook-endpoints/${endpointId}`, { token: user.token }),
  },
  rotateWebhookSecret: {
    status: 200,
    write: true,
    prepare: async (ctx) => ({ endpointId: await freshEndpoint(ctx) }),
    call: (ctx, user, _label, { endpointId }) =>
      api('POST', `/orgs/${ctx.orgId}/webhook-endpoints/${endpointId}/rotate-secret`, {
        token: user.token,
      }),
  },
  testWebhookEndpoint: {
    status: 200,
    prepare: async (ctx) => ({ endpointId: await freshEndpoint(ctx) }),
    call: (ctx, user, _label, { endpointId }) =>
      api('POST', `/orgs/${ctx.orgId}/webhook-endpoints/${endpointId}/test`, { token: user.token }),
  },
  listWebhookDeliveries: {
    status: 200,
    prepare: async (ctx) => ({ endpointId: await freshEndpoint(ctx) }),
    call: (ctx, user, _label, { endpointId }) =>
      api('GET', `/orgs/${ctx.orgId}/webhook-endpoints/${endpointId}/deliveries`, { token: user.token }),
  },
  retryWebhookDelivery: {
    status: 202,
    prepare: (ctx) => finishedDelivery(ctx),
    call: (ctx, user, _label, { endpointId, deliveryId }) =>
      api('POST', `/orgs/${ctx.orgId}/webhook-endpoints/${endpointId}/deliveries/${deliveryId}/retry`, {
        token: user.token,
      }),
  },
  createBrandingUpload: {
    status: 201,
    write: true,
    call: (ctx, user) =>
      api('POST', `/orgs/${ctx.orgId}/branding/logo/uploads`, {
        token: user.token,
        body: { contentType: 'image/png', contentLength: 1000 },
      }),
  },
  getBrandingUpload: {
    status: 200,
    prepare: async (ctx) => {
      const created = await api('POST', `/orgs/${ctx.orgId}/branding/banner/uploads`, {
        token: ctx.owner.token,
        body: { contentType: 'image/jpeg', contentLength: 1000 },
      });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      return { uploadId: created.body.uploadId };
    },
    call: (ctx, user, _label, { uploadId }) =>
      api('GET', `/orgs/${ctx.orgId}/branding/banner/uploads/${uploadId}`, { token: user.token }),
  },
  deleteBrandingAsset: {
    status: 204,
    write: true,
    prepare: async (ctx) => {
      const set = await api('PATCH', `/orgs/${ctx.orgId}`, {
        token: ctx.owner.token,
        body: { branding: { badgeUrl: `https://cdn.example.com/${unique()}.png` } },
      });
      expect(set.status, JSON.stringify(set.body)).toBe(200);
      return {};
    },
    call: (ctx, user) => api('DELETE', `/orgs/${ctx.orgId}/branding/badge`, { token: user.token }),
  },
  createDomain: {
    status: 201,
    write: true,
    call: (ctx, user) =>
      api('POST', `/orgs/${ctx.orgId}/domains`, {
        token: user.token,
        body: { domain: uniqueDomain('matrix') },
      }),
  },
  listDomains: {
    status: 200,
    call: (ctx, user) => api('GET', `/orgs/${ctx.orgId}/domains`, { token: user.token }),
  },
  verifyDomain: {
    status: 200,
    write: true,
    prepare: async (ctx) => ({ domainId: await freshDomain(ctx) }),
    call: (ctx, user, _label, { domainId }) =>
      api('POST', `/orgs/${ctx.orgId}/domains/${domainId}/verify`, { token: user.token }),
  },
  updateDomain: {
    status: 200,
    write: true,
    prepare: async (ctx) => ({
      domainId: (await verifiedDomain(ctx.owner, ctx.orgId, uniqueDomain('matrix'))).id as string,
    }),
    call: (ctx, user, _label, { domainId }) =>
      api('PATCH', `/orgs/${ctx.orgId}/domains/${domainId}`, {
        token: user.token,
        body: { enrollment: 'suggest' },
      }),
  },
  deleteDomain: {
    status: 204,
    write: true,
    prepare: async (ctx) => ({ domainId: await freshDomain(ctx) }),
    call: (ctx, user, _label, { domainId }) =>
      api('DELETE', `/orgs/${ctx.orgId}/domains/${domainId}`, { token: user.token }),
  },
  createJoinRequest: {
    // a person on one of the org's `suggest` domains (test/e2e/domain-joining.test.ts); to anyone else: nothing
    allowed: [],
    status: 201,
    write: true,
    expectFor: () => ({ status: 404, code: 'NOT_FOUND' }),
    call: (ctx, user) => api('POST', `/orgs/${ctx.orgId}/join-requests`, { token: user.token }),
  },
  listJoinRequests: {
    status: 200,
    call: (ctx, user) => api('GET', `/orgs/${ctx.orgId}/join-requests`, { token: user.token }),
  },
  approveJoinRequest: {
    status: 200,
    write: true,
    prepare: async (ctx) => ({ requestId: await freshJoinRequest(ctx) }),
    call: (ctx, user, _label, { requestId }) =>
      api('POST', `/orgs/${ctx.orgId}/join-requests/${requestId}/approve`, { token: user.token }),
  },
  denyJoinRequest: {
    status: 200,
    write: true,
    prepare: async (ctx) => ({ requestId: await freshJoinRequest(ctx) }),
    call: (ctx, user, _label, { requestId }) =>
      api('POST', `/orgs/${ctx.orgId}/join-requests/${requestId}/deny`, { token: user.token }),
  },
};

/** Owner-only routes that the shared matrix org must survive: the owner's call is refused after authorization. */
const ownerOnlyRefused =
  (ownerAnswer: { status: number; code: string }) =>
  (principal: Principal): { status: number; code?: string } => {
    if (principal === 'owner') return ownerAnswer;
    if (principal === 'non-member' || principal === 'blocked') return { status: 404, code: 'NOT_FOUND' };
    return { status: 403, code: 'FORBIDDEN' };
  };

// the lifecycle routes: authorization is what this matrix checks, so the owner's deletion is
// refused by a stale If-Match (412) and restore by there being nothing to restore (409);
// test/e2e/org-deletion.test.ts deletes and restores for real
matrix.deleteOrganization = {
  status: 202,
  write: true,
  expectFor: ownerOnlyRefused({ status: 412, code: 'PRECONDITION_FAILED' }),
  call: (ctx, user) =>
    api('DELETE', `/orgs/${ctx.orgId}`, {
      token: user.token,
      headers: { 'if-match': '"0"' },
      body: { confirmName: 'not the name' },
    }),
};
matrix.exportOrganization = {
  status: 200,
  call: (ctx, user) => api('GET', `/orgs/${ctx.orgId}/export?limit=5`, { token: user.token }),
};
matrix.restoreOrganization = {
  status: 200,
  write: true,
  expectFor: ownerOnlyRefused({ status: 409, code: 'CONFLICT' }),
  call: (ctx, user) => api('POST', `/orgs/${ctx.orgId}/restore`, { token: user.token }),
};

const routeKey = (route: RouteDefinition) => `${route.method} ${route.path}`;
const entryOf = (route: RouteDefinition) => matrix[route.id as RouteId];
const allowedBy = (route: RouteDefinition, expectation: Expectation): readonly Role[] =>
  expectation.allowed ?? (route.permission ? rolesWith(route.permission) : []);
const orgRoutes = routes.filter(
  (route) => route.path === '/orgs/{orgId}' || route.path.startsWith('/orgs/{orgId}/'),
);

function expected(
  route: RouteDefinition,
  expectation: Expectation,
  principal: Principal,
): { status: number; code?: string } {
  if (isCustom(principal)) return expected(route, expectation, customPrincipals[principal]);
  if (expectation.expectFor) return expectation.expectFor(principal);
  if (principal === 'non-member' || principal === 'blocked') return { status: 404, code: 'NOT_FOUND' };
  if (allowedBy(route, expectation).includes(principal)) return { status: expectation.status };
  return { status: 403, code: 'FORBIDDEN' };
}

describe('the permission matrix covers every /orgs/{orgId} route', () => {
  it('finds the org routes in the route definitions', () => {
    expect(orgRoutes.length).toBeGreaterThanOrEqual(9);
  });

  it('has an expectation for each of them (add new routes to `matrix`)', () => {
    const missing = orgRoutes.filter((route) => !entryOf(route)).map((route) => route.id);
    expect(missing, 'routes without an entry in the permission matrix').toEqual([]);
  });
});

describe('roles × routes', () => {
  const users = {} as Record<Principal, TestUser>;
  let ctx: Ctx;

  beforeAll(async () => {
    const owner = await newUser({ name: 'Owner' });
    const org = await createOrgFor(owner);
    // a plan with every gated feature (domains): the matrix checks roles, not plans
    const plan = await api('PUT', `/orgs/${org.id}/plan`, {
      token: owner.token,
      body: { planId: 'enterprise' },
    });
    expect(plan.status, JSON.stringify(plan.body)).toBe(200);
    // the matrix seats a fresh member for every member-changing call
    await setMemberLimit(org.id, 1000);
    users.owner = owner;
    for (const role of ['admin', 'developer', 'finance', 'member'] as const) {
      users[role] = await newUser({ name: role });
      await seedMember(org.id, users[role], role);
    }
    // the custom roles, defined by the owner and given by invitation
    for (const [principal, mirrored] of Object.entries(customPrincipals)) {
      const key = `like_${mirrored}`;
      const role = await api('POST', `/orgs/${org.id}/roles`, {
        token: owner.token,
        body: { key, name: principal, permissions: builtInPermissions(mirrored, LOCAL_APP_PERMISSIONS) },
      });
      expect(role.status, JSON.stringify(role.body)).toBe(201);
      const holder = await newUser({ name: key });
      const invited = await invite(owner, org.id, holder.email, key);
      expect(invited.status, JSON.stringify(invited.body)).toBe(201);
      expect((await accept(holder, invited.body.id)).status).toBe(200);
      users[principal as CustomPrincipal] = holder;
    }
    // a blocked admin: the role would allow everything, the status allows nothing
    users.blocked = await newUser({ name: 'Blocked' });
    await seedMember(org.id, users.blocked, 'admin', 'blocked');
    // a non-member who owns an org of their own
    users['non-member'] = await newUser({ name: 'Outsider' });
    await createOrgFor(users['non-member']);

    const workspaces = await api('GET', `/orgs/${org.id}/workspaces`, { token: owner.token });
    const defaultWorkspaceId = workspaces.body.items.find((ws: { isDefault: boolean }) => ws.isDefault)?.id;
    expect(defaultWorkspaceId).toEqual(expect.any(String));
    ctx = { orgId: org.id, owner, defaultWorkspaceId };
  });

  /**
   * What a refused write must not change: the org (with its ETag), the roster and
   * the audit log (every write of this API appends an audit entry in its transaction).
   */
  const snapshot = async () => {
    const get = async (path: string) => {
      const response = await api('GET', `/orgs/${ctx.orgId}${path}`, { token: ctx.owner.token });
      expect(response.status, `${path}: ${JSON.stringify(response.body)}`).toBe(200);
      return response;
    };
    const [org, roster, audit] = await Promise.all(['', '/members?limit=100', '/audit-log?limit=1'].map(get));
    return {
      org: org?.body,
      etag: org?.headers.get('etag'),
      roster: roster?.body.items,
      latestAudit: audit?.body.items[0]?.id,
    };
  };

  for (const route of orgRoutes) {
    const key = routeKey(route);
    const expectation = entryOf(route);
    if (!expectation) continue; // reported by the coverage test above
    // a read that needs no target changes nothing: its principals are asked at once
    const concurrent = !expectation.write && !expectation.prepare;
    describe(key, { concurrent }, () => {
      for (const principal of principals) {
        const want = expected(route, expectation, principal);
        it(`${principal} → ${want.status}`, async () => {
          const user = users[principal];
          const prepared = (await expectation.prepare?.(ctx)) ?? {};
          const before = expectation.write && want.code ? await snapshot() : undefined;
          const response = await expectation.call(ctx, user, principal, prepared);
          if (want.code) {
            expectProblem(response, want.status, want.code);
          } else {
            expect(response.status, JSON.stringify(response.body)).toBe(want.status);
            expect(response.headers.get('content-type') ?? '').not.toContain('problem');
          }
          if (before) expect(await snapshot(), 'a refused write changed the org').toEqual(before);
        });
      }
    });
  }

  // the routes are probed concurrently: each prepares its own targets
  it('every route answers 404 for an org that does not exist, even to an owner', async () => {
    const missing: Ctx = { ...ctx, orgId: `org_${randomUUID().replaceAll('-', '')}` };
    await Promise.all(
      orgRoutes.map(async (route) => {
        const expectation = entryOf(route);
        if (!expectation) return; // reported by the coverage test
        const prepared = (await expectation.prepare?.(ctx)) ?? {};
        const response = await expectation.call(missing, ctx.owner, 'owner', prepared);
        expect(response.status, `${routeKey(route)}: ${JSON.stringify(response.body)}`).toBe(404);
        expectProblem(response, 404, 'NOT_FOUND');
      }),
    );
  });

  it('a 404 for a non-member is indistinguishable from a missing org', async () => {
    const outsider = users['non-member'];
    const real = await api('GET', `/orgs/${ctx.orgId}`, { token: outsider.token });
    const fake = await api('GET', `/orgs/org_${randomUUID().replaceAll('-', '')}`, { token: outsider.token });
    expect(real.status).toBe(404);
    const { requestId: _a, ...realBody } = real.body;
    const { requestId: _b, ...fakeBody } = fake.body;
    expect(realBody).toEqual(fakeBody);
  });

  it('any active member may leave (DELETE their own membership); the owner may not', async () => {
    for (const role of ['developer', 'finance', 'member', 'admin'] as const) {
      const leaver = await newUser({ name: `Leaver ${role}` });
      await seedMember(ctx.orgId, leaver, role);
      const left = await api('DELETE', `/orgs/${ctx.orgId}/members/${leaver.userId}`, {
        token: leaver.token,
      });
      expect(left.status, `${role}: ${JSON.stringify(left.body)}`).toBe(204);
      expectProblem(await api('GET', `/orgs/${ctx.orgId}`, { token: leaver.token }), 404, 'NOT_FOUND');
    }
    const owner = await api('DELETE', `/orgs/${ctx.orgId}/members/${ctx.owner.userId}`, {
      token: ctx.owner.token,
    });
    expectProblem(owner, 409, 'OWNER_REQUIRED');
  });

  it('only the target of a pending transfer can accept it', async () => {
    // in an org of its own: accepting moves ownership
    const owner = await newUser();
    const org = await createOrgFor(owner);
    const target = await newUser();
    await seedMember(org.id, target, 'admin');
    const other = await newUser();
    await seedMember(org.id, other, 'admin');
    const started = await api('POST', `/orgs/${org.id}/ownership-transfer`, {
      token: owner.token,
      body: { toUserId: target.userId },
    });
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    // the owner and the target see the offer; another admin does not
    const offer = { orgId: org.id, fromUserId: owner.userId, toUserId: target.userId, status: 'pending' };
    for (const user of [owner, target]) {
      const seen = await api('GET', `/orgs/${org.id}/ownership-transfer`, { token: user.token });
      expect(seen.status, JSON.stringify(seen.body)).toBe(200);
      expect(seen.body).toMatchObject(offer);
    }
    expectProblem(
      await api('GET', `/orgs/${org.id}/ownership-transfer`, { token: other.token }),
      404,
      'NOT_FOUND',
    );
    expectProblem(
      await api('POST', `/orgs/${org.id}/ownership-transfer/accept`, { token: other.token }),
      404,
      'NOT_FOUND',
    );
    expectProblem(
      await api('POST', `/orgs/${org.id}/ownership-transfer/accept`, { token: owner.token }),
      404,
      'NOT_FOUND',
    );
    const accepted = await api('POST', `/orgs/${org.id}/ownership-transfer/accept`, { token: target.token });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    const after = await api('GET', `/orgs/${org.id}`, { token: target.token });
    expect(after.body.ownerId).toBe(target.userId);
    // accepted: no offer is pending any more
    expectProblem(
      await api('GET', `/orgs/${org.id}/ownership-transfer`, { token: target.token }),
      404,
      'NOT_FOUND',
    );
    // roles swapped: the new owner reads the audit log, the old one is an admin now
    expect(
      (await api('GET', `/orgs/${org.id}/members/${owner.userId}`, { token: target.token })).body.role,
    ).toBe('admin');
    expect(
      (
        await api('POST', `/orgs/${org.id}/ownership-transfer`, {
          token: owner.token,
          body: { toUserId: other.userId },
        })
      ).status,
    ).toBe(403);
  });
});

describe('access is read from the membership on every request, never from the token', () => {
  it('a member blocked after their token was issued is refused on their very next request', async () => {
    const owner = await newUser();
    const org = await createOrgFor(owner);
    const admin = await newUser();
    await seedMember(org.id, admin, 'admin');
    expect((await api('GET', `/orgs/${org.id}`, { token: admin.token })).status).toBe(200);
    const made = await api('POST', `/orgs/${org.id}/workspaces`, {
      token: admin.token,
      body: { name: 'Mine' },
    });
    expect(made.status).toBe(201);

    const blocked = await api('POST', `/orgs/${org.id}/members/${admin.userId}/block`, {
      token: owner.token,
    });
    expect(blocked.status, JSON.stringify(blocked.body)).toBe(200);
    expectProblem(await api('GET', `/orgs/${org.id}`, { token: admin.token }), 404, 'NOT_FOUND');
    expectProblem(
      await api('POST', `/orgs/${org.id}/workspaces`, { token: admin.token, body: { name: 'More' } }),
      404,
      'NOT_FOUND',
    );
    expectProblem(
      await api('PATCH', `/orgs/${org.id}`, { token: admin.token, body: { name: 'Hijacked' } }),
      404,
      'NOT_FOUND',
    );
    expectProblem(await api('GET', `/orgs/${org.id}/audit-log`, { token: admin.token }), 404, 'NOT_FOUND');
    expectProblem(await api('GET', `/orgs/${org.id}/members`, { token: admin.token }), 404, 'NOT_FOUND');
    // still listed for them, as blocked; the data they created stays
    const mine = await api('GET', '/me/organizations', { token: admin.token });
    expect(mine.body.items).toContainEqual(expect.objectContaining({ orgId: org.id, status: 'blocked' }));
    const ws = await api('GET', `/orgs/${org.id}/workspaces/${made.body.id}`, { token: owner.token });
    expect(ws.status).toBe(200);
    expect((await api('GET', `/orgs/${org.id}`, { token: owner.token })).body.name).not.toBe('Hijacked');

    // unblocked: the same token works again
    const unblocked = await api('POST', `/orgs/${org.id}/members/${admin.userId}/unblock`, {
      token: owner.token,
    });
    expect(unblocked.status, JSON.stringify(unblocked.body)).toBe(200);
    expect((await api('GET', `/orgs/${org.id}`, { token: admin.token })).status).toBe(200);
  });

  it('a role lowered after the token was issued takes effect on the next request', async () => {
    const owner = await newUser();
    const org = await createOrgFor(owner);
    const admin = await newUser();
    await seedMember(org.id, admin, 'admin');
    expect((await api('GET', `/orgs/${org.id}/audit-log`, { token: admin.token })).status).toBe(200);
    const lowered = await api('PATCH', `/orgs/${org.id}/members/${admin.userId}`, {
      token: owner.token,
      body: { role: 'member' },
    });
    expect(lowered.status, JSON.stringify(lowered.body)).toBe(200);
    expectProblem(await api('GET', `/orgs/${org.id}/audit-log`, { token: admin.token }), 403, 'FORBIDDEN');
    expectProblem(
      await api('PATCH', `/orgs/${org.id}`, { token: admin.token, body: { name: 'Nope' } }),
      403,
      'FORBIDDEN',
    );
    expect((await api('GET', `/orgs/${org.id}`, { token: admin.token })).status).toBe(200);
  });
});
