import { api, call } from '../api/client.ts';
import { can } from '../permissions.ts';
import { useOrg } from '../session-context.ts';
import { ErrorMessage, formatDate, Loading } from '../ui/components.tsx';
import { useLoad } from '../ui/hooks.ts';

export function Overview() {
  const { org, role } = useOrg();
  const base = `/orgs/${encodeURIComponent(org.id)}`;
  const billing = can(role, 'billing:manage');
  const onboarding = useLoad(
    () => call(api().GET('/orgs/{orgId}/onboarding', { params: { path: { orgId: org.id } } })),
    [org.id, org.mode],
  );
  return (
    <section>
      <div class="title-row">
        {org.branding.logoUrl && <img class="logo" src={org.branding.logoUrl} alt="" />}
        <h1>{org.name}</h1>
        <span class={`badge ${org.mode}`} data-testid="org-mode">
          {org.mode === 'production' ? 'Production' : 'Sandbox'}
        </span>
      </div>
      <dl class="facts">
        <dt>Your role</dt>
        <dd>{role}</dd>
        <dt>Plan</dt>
        <dd>{org.planId}</dd>
        <dt>Seats</dt>
        <dd>
          {org.activeMemberCount} of {org.memberLimit} active members
        </dd>
        <dt>Time zone</dt>
        <dd>{org.timeZone}</dd>
        <dt>Created</dt>
        <dd>{formatDate(org.createdAt, org.timeZone)}</dd>
      </dl>
      {org.mode === 'sandbox' && (
        <div class="card">
          <h2>Sandbox mode</h2>
          <p>
            Go live when the plan, settings, billing information and a card are in place.
            {onboarding.data &&
              ` Steps done: ${onboarding.data.steps.filter((step) => step.done).length} of ${onboarding.data.steps.length}.`}
          </p>
          {onboarding.loading && <Loading label="Loading onboarding…" />}
          <ErrorMessage error={onboarding.error} onRetry={onboarding.reload} />
          {billing ? (
            <p class="actions">
              <a class="button primary" href={`${base}/onboarding`}>
                Switch to Production
              </a>
              <a class="button secondary" href={`${base}/onboarding/plan`}>
                See pricing
              </a>
            </p>
          ) : (
            <p>The owner or a finance member switches the organization to production.</p>
          )}
        </div>
      )}
    </section>
  );
}
