/**
 * The README journey, written as a client developer would with a client generated
 * from GET /openapi.json (openapi-typescript + openapi-fetch): no casts, no `any`.
 * test/e2e/typed-client.test.ts generates `api.generated.ts`, type-checks this file
 * with test/typed-client/tsconfig.json, then runs it against the test stack.
 */
import createClient from 'openapi-fetch';
import type { components, paths } from './api.generated.ts';

type Problem = components['schemas']['Problem'];

export interface JourneyInput {
  apiUrl: string;
  stripeUrl: string;
  ada: string;
  grace: string;
  /** makes the organization's and workspace's names unique per run */
  suffix: string;
}

/** A failed call stops the journey with the problem's code (or API Gateway's message). */
function fail(step: string, error: Problem | { message: string }): never {
  throw new Error(`${step}: ${'code' in error ? `${error.code} ${error.detail}` : error.message}`);
}

export async function runJourney(input: JourneyInput) {
  const api = createClient<paths>({ baseUrl: input.apiUrl });
  const as = (token: string) => ({ authorization: `Bearer ${token}` });

  const ada = await api.GET('/me', { headers: as(input.ada) });
  if (ada.error) fail('GET /me (Ada)', ada.error);
  const grace = await api.GET('/me', { headers: as(input.grace) });
  if (grace.error) fail('GET /me (Grace)', grace.error);

  const created = await api.POST('/orgs', {
    headers: as(input.ada),
    params: { header: { 'Idempotency-Key': `signup-${input.suffix}` } },
    body: { name: `Acme ${input.suffix}`, timeZone: 'Europe/Berlin' },
  });
  if (created.error) fail('POST /orgs', created.error);
  const orgId = created.data.id;
  const location = created.response.headers.get('location');

  const read = await api.GET('/orgs/{orgId}', { headers: as(input.ada), params: { path: { orgId } } });
  if (read.error) fail('GET /orgs/{orgId}', read.error);
  const etag = read.response.headers.get('etag') ?? '*';
  const unchanged = await api.GET('/orgs/{orgId}', {
    headers: as(input.ada),
    params: { path: { orgId }, header: { 'If-None-Match': etag } },
  });

  const renamed = await api.PATCH('/orgs/{orgId}', {
    headers: as(input.ada),
    params: { path: { orgId }, header: { 'If-Match': etag } },
    body: { name: `Acme GmbH ${input.suffix}`, branding: { logoUrl: 'https://cdn.example.com/logo.png' } },
  });
  if (renamed.error) fail('PATCH /orgs/{orgId}', renamed.error);
  const stale = await api.PATCH('/orgs/{orgId}', {
    headers: as(input.ada),
    params: { path: { orgId }, header: { 'If-Match': etag } },
    body: { name: 'Too late' },
  });

  const workspace = await api.POST('/orgs/{orgId}/workspaces', {
    headers: as(input.ada),
    params: { path: { orgId } },
    body: { name: 'Staging' },
  });
  if (workspace.error) fail('POST workspaces', workspace.error);
  const audit = await api.GET('/orgs/{orgId}/audit-log', {
    headers: as(input.ada),
    params: { path: { orgId }, query: { limit: 10 } },
  });
  if (audit.error) fail('GET audit-log', audit.error);

  const invitation = await api.POST('/orgs/{orgId}/invitations', {
    headers: as(input.ada),
    params: { path: { orgId } },
    body: { email: grace.data.email ?? 'grace@example.com', role: 'developer' },
  });
  if (invitation.error) fail('POST invitations', invitation.error);
  const mine = await api.GET('/me/invitations', { headers: as(input.grace) });
  if (mine.error) fail('GET /me/invitations', mine.error);
  const accepted = await api.POST('/invitations/{invitationId}/accept', {
    headers: as(input.grace),
    params: { path: { invitationId: invitation.data.id } },
  });
  if (accepted.error) fail('POST accept', accepted.error);

  const roster = await api.GET('/orgs/{orgId}/members', {
    headers: as(input.grace),
    params: { path: { orgId: accepted.data.orgId } },
  });
  if (roster.error) fail('GET members', roster.error);
  // the union narrows on status: members have userId and joinedAt, invitees invitationId
  const memberIds = roster.data.items.flatMap((entry) => (entry.status === 'invited' ? [] : [entry.userId]));
  const joined = roster.data.items.flatMap((entry) => (entry.status === 'invited' ? [] : [entry.joinedAt]));

  const plan = await api.PUT('/orgs/{orgId}/plan', {
    headers: as(input.ada),
    params: { path: { orgId } },
    body: { planId: 'pro' },
  });
  if (plan.error) fail('PUT plan', plan.error);
  const billing = await api.PUT('/orgs/{orgId}/billing', {
    headers: as(input.ada),
    params: { path: { orgId } },
    body: {
      customerName: 'Acme GmbH',
      billingEmail: 'billing@acme.example',
      address: { line1: 'Hauptstr. 1', city: 'Berlin', postalCode: '10115', country: 'DE' },
    },
  });
  if (billing.error) fail('PUT billing', billing.error);
  const intent = await api.POST('/orgs/{orgId}/billing/setup-intent', {
    headers: as(input.ada),
    params: { path: { orgId } },
  });
  if (intent.error) fail('POST setup-intent', intent.error);
  // the browser's card confirmation, played by the Stripe emulator
  const confirmed = await fetch(
    `${input.stripeUrl}/__emulator/setup_intents/${intent.data.setupIntentId}/confirm`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ card: '4242424242424242' }),
    },
  );
  if (!confirmed.ok) throw new Error(`confirm: ${confirmed.status}`);

  let status = '';
  for (let attempt = 0; attempt < 100 && status !== 'active'; attempt++) {
    const onboarding = await api.GET('/orgs/{orgId}/onboarding', {
      headers: as(input.ada),
      params: { path: { orgId } },
    });
    if (onboarding.error) fail('GET onboarding', onboarding.error);
    status = onboarding.data.status;
    if (status !== 'active') await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const live = await api.GET('/orgs/{orgId}', { headers: as(input.ada), params: { path: { orgId } } });
  if (live.error) fail('GET /orgs/{orgId}', live.error);

  return {
    orgId,
    location,
    etag,
    notModified: unchanged.response.status,
    staleCode: stale.error && 'code' in stale.error ? stale.error.code : null,
    renamedTo: renamed.data.name,
    workspaceName: workspace.data.name,
    auditActions: audit.data.items.map((entry) => entry.action),
    invitedOrg: mine.data.items.map((item) => item.orgId),
    invitation: mine.data.items.map(({ organization, inviter, role, expiresAt }) => ({
      organization,
      inviter,
      role,
      expiresAt,
    }))[0],
    acceptedOrgId: accepted.data.orgId,
    acceptedRole: accepted.data.role,
    memberIds,
    joined,
    memberLimit: plan.data.memberLimit,
    country: billing.data.address?.country ?? null,
    onboarding: status,
    mode: live.data.mode,
  };
}
