import { api, call } from '../api/client.ts';
import type { Role } from '../permissions.ts';
import { usePath } from '../router.ts';
import { OrgContext, useSession } from '../session-context.ts';
import { ErrorMessage, Loading } from '../ui/components.tsx';
import { useLoad } from '../ui/hooks.ts';
import { ApiKeys } from './api-keys.tsx';
import { AuditLog } from './audit-log.tsx';
import { Billing } from './billing.tsx';
import { BillingBanner } from './billing-banner.tsx';
import { Domains } from './domains.tsx';
import { Members } from './members.tsx';
import { Onboarding } from './onboarding.tsx';
import { Overview } from './overview.tsx';
import { Ownership } from './ownership.tsx';
import { Roles } from './roles.tsx';
import { Scim } from './scim.tsx';
import { SecurityPolicy } from './security-policy.tsx';
import { Settings } from './settings.tsx';
import { WebhookEndpoint } from './webhook-endpoint.tsx';
import { Webhooks } from './webhooks.tsx';

/** `/orgs/{orgId}/…`: loads the organization once and shows the page the role may see. */
export function OrgPages({ orgId, rest }: { orgId: string; rest: string }) {
  const session = useSession();
  const membership = session.orgs.find((org) => org.orgId === orgId && org.status === 'active');
  const org = useLoad(async () => {
    const { data, error, response } = await api().GET('/orgs/{orgId}', { params: { path: { orgId } } });
    const org = await call(Promise.resolve({ data, error, response }));
    return { org, etag: response.headers.get('etag') ?? undefined };
  }, [orgId]);
  if (!membership) {
    return (
      <section>
        <h1>Organization not available</h1>
        <p>You are not an active member of this organization.</p>
        <a href="/">Go to your organization</a>
      </section>
    );
  }
  if (org.loading && !org.data) return <Loading />;
  if (!org.data) return <ErrorMessage error={org.error} onRetry={org.reload} />;
  const role = membership.role as Role;
  const permissions = new Set(membership.permissions);
  const base = `/orgs/${encodeURIComponent(orgId)}`;
  return (
    <OrgContext.Provider value={{ ...org.data, role, permissions, reloadOrg: org.reload }}>
      <div class="org-layout">
        <OrgNav
          base={base}
          role={role}
          permissions={permissions}
          activated={org.data.org.mode === 'production'}
        />
        <div class="org-page">
          <ErrorMessage error={org.error} onRetry={org.reload} />
          <BillingBanner />
          <OrgPage rest={rest} />
        </div>
      </div>
    </OrgContext.Provider>
  );
}

function OrgNav({
  base,
  role,
  permissions,
  activated,
}: {
  base: string;
  role: Role;
  permissions: ReadonlySet<string>;
  activated: boolean;
}) {
  const path = usePath();
  const links: [string, string, boolean][] = [
    ['', 'Overview', true],
    ['/members', 'Members', true],
    ['/settings', 'Settings', true],
    [activated ? '/billing' : '/onboarding', 'Billing & plan', permissions.has('billing:manage')],
    ['/api-keys', 'API keys', permissions.has('developer:keys')],
    ['/webhooks', 'Webhooks', permissions.has('developer:webhooks')],
    ['/ownership', 'Ownership', role === 'owner' || role === 'admin'],
    ['/audit-log', 'Audit log', permissions.has('audit:read')],
    ['/access/domains', 'Access → Domains', permissions.has('access:manage')],
    ['/access/roles', 'Access → Roles', permissions.has('access:manage')],
    ['/access/security-policy', 'Access → Security policy', permissions.has('access:manage')],
    ['/access/scim', 'Access → SCIM', permissions.has('access:manage')],
  ];
  return (
    <nav class="org-nav" aria-label="Organization">
      <ul>
        {links
          .filter(([, , visible]) => visible)
          .map(([suffix, label]) => {
            const href = `${base}${suffix}`;
            const current = suffix === '' ? path === href : path.startsWith(href);
            return (
              <li key={suffix}>
                <a href={href} aria-current={current ? 'page' : undefined}>
                  {label}
                </a>
              </li>
            );
          })}
      </ul>
    </nav>
  );
}

function OrgPage({ rest }: { rest: string }) {
  if (rest === '' || rest === '/') return <Overview />;
  if (rest === '/members') return <Members />;
  if (rest === '/settings') return <Settings />;
  if (rest === '/ownership') return <Ownership />;
  if (rest === '/audit-log') return <AuditLog />;
  if (rest === '/api-keys') return <ApiKeys />;
  if (rest === '/webhooks') return <Webhooks />;
  if (rest === '/access/domains') return <Domains />;
  if (rest === '/billing' || rest === '/billing/card')
    return <Billing updatingCard={rest === '/billing/card'} />;
  if (rest === '/access/roles') return <Roles />;
  if (rest === '/access/security-policy') return <SecurityPolicy />;
  if (rest === '/access/scim') return <Scim />;
  const endpoint = /^\/webhooks\/([^/]+)$/.exec(rest);
  if (endpoint) return <WebhookEndpoint endpointId={decodeURIComponent(endpoint[1] as string)} />;
  const onboarding = /^\/onboarding(?:\/([a-z]+))?$/.exec(rest);
  if (onboarding) return <Onboarding step={onboarding[1]} />;
  return (
    <section>
      <h1>Page not found</h1>
    </section>
  );
}
