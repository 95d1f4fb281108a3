/** OpenAPI tags: one per area, chosen by the route's path (first match wins). */
const areas = [
  {
    pattern: /^\/(health|health\/ready|openapi\.json|plans)$/,
    name: 'System',
    description: 'Liveness, this document, the plan catalog.',
  },
  { pattern: /^\/me(\/|$)/, name: 'Me', description: 'The caller: profile, organizations, invitations.' },
  {
    pattern: /^\/orgs\/\{orgId\}\/audit-log/,
    name: 'Audit log',
    description: 'Every change in an organization.',
  },
  {
    pattern: /^\/orgs\/\{orgId\}\/workspaces/,
    name: 'Workspaces',
    description: 'Workspaces of an organization.',
  },
  {
    pattern: /^(\/orgs\/\{orgId\})?\/invitations/,
    name: 'Invitations',
    description: 'Inviting people by email; accepting and declining.',
  },
  {
    pattern: /^\/orgs\/\{orgId\}\/members/,
    name: 'Members',
    description: 'The roster: roles, blocking, removal.',
  },
  {
    pattern: /^\/orgs\/\{orgId\}\/ownership-transfer/,
    name: 'Ownership',
    description: 'Handing the organization to another admin.',
  },
  {
    pattern: /^(\/orgs\/\{orgId\}\/(plan|billing)|\/webhooks\/stripe)/,
    name: 'Billing',
    description: 'Plan, billing details, the card (Stripe) and Stripe’s events.',
  },
  {
    pattern: /^\/orgs\/\{orgId\}\/(roles|security-policy)/,
    name: 'Access',
    description: 'Roles and their permissions, custom roles, the security policy.',
  },
  { pattern: /^\/orgs\/\{orgId\}\/api-keys/, name: 'API keys', description: 'Keys for machine calls.' },
  {
    pattern: /^\/orgs\/\{orgId\}\/webhook-endpoints/,
    name: 'Webhook endpoints',
    description: 'Where the organization’s events are delivered.',
  },
  {
    pattern: /^\/orgs\/\{orgId\}\/branding/,
    name: 'Branding',
    description: 'Logo, banner and badge uploads.',
  },
  {
    pattern: /^(\/orgs\/\{orgId\}\/session|\/\.well-known\/)/,
    name: 'Sessions',
    description: 'Organization session tokens for the platform’s services, and the keys that verify them.',
  },
  {
    pattern: /^(\/orgs\/\{orgId\}\/scim-tokens|\/scim\/v2\/)/,
    name: 'SCIM',
    description: 'SCIM 2.0 provisioning from identity providers (Okta, Entra ID), and its tokens.',
  },
  {
    pattern: /^\/v1\//,
    name: 'Platform',
    description: 'Routes called with an API key or an organization session token.',
  },
  {
    pattern: /^\/orgs(\/|$)/,
    name: 'Organizations',
    description: 'Creating, reading and changing organizations; onboarding.',
  },
] as const;

export const tags = areas.map(({ name, description }) => ({ name, description }));

export function tagOf(path: string): string {
  const area = areas.find(({ pattern }) => pattern.test(path));
  if (!area) throw new Error(`No OpenAPI tag for ${path}: add its area to shared/platform/openapi/tags.ts`);
  return area.name;
}
