import { api, call } from '../api/client.ts';
import { navigate, usePath } from '../router.ts';
import { useSession } from '../session-context.ts';
import { useAction } from './hooks.ts';

/** Switching between organizations: remembers the choice as the profile's default (PATCH /me). */
export function OrgSwitcher() {
  const session = useSession();
  const path = usePath();
  const action = useAction();
  const active = session.orgs.filter((org) => org.status === 'active');
  if (active.length === 0) return null;
  const current = /^\/orgs\/([^/]+)/.exec(path)?.[1];
  const selected = current && active.some((org) => org.orgId === current) ? current : '';
  return (
    <div class="switcher">
      <label for="org-switcher">Organization</label>
      <select
        id="org-switcher"
        value={selected}
        disabled={action.busy}
        onChange={async (event) => {
          const orgId = (event.target as HTMLSelectElement).value;
          if (!orgId) return;
          const done = await action.run(() => call(api().PATCH('/me', { body: { defaultOrgId: orgId } })));
          if (done) {
            session.reload();
            navigate(`/orgs/${encodeURIComponent(orgId)}`);
          }
        }}
      >
        {!selected && <option value="">Choose…</option>}
        {active.map((org) => (
          <option key={org.orgId} value={org.orgId}>
            {org.name ?? org.orgId} ({org.role})
          </option>
        ))}
      </select>
      {action.error && (
        <span class="error inline" role="alert">
          {action.error}
        </span>
      )}
    </div>
  );
}
