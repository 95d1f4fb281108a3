import { api, call } from '../api/client.ts';
import { can } from '../permissions.ts';
import { useOrg } from '../session-context.ts';
import { Forbidden, formatDate, PagedTable } from '../ui/components.tsx';
import { pageQuery, usePagesIf } from '../ui/hooks.ts';

export function AuditLog() {
  const { org, role } = useOrg();
  const entries = usePagesIf(
    can(role, 'audit:read'),
    (cursor?: string) =>
      call(
        api().GET('/orgs/{orgId}/audit-log', {
          params: { path: { orgId: org.id }, query: pageQuery(cursor) },
        }),
      ),
    [org.id],
  );
  if (!can(role, 'audit:read')) {
    return <Forbidden title="Audit log">Only the owner and admins read the audit log.</Forbidden>;
  }
  return (
    <section>
      <h1>Audit log</h1>
      <PagedTable
        pages={entries}
        loadingLabel="Loading the audit log…"
        empty="Nothing has happened yet."
        caption="Audit log, newest first"
        columns={['When', 'Action', 'Target', 'Actor', 'Details']}
        row={(entry) => (
          <tr key={entry.id}>
            <td>{formatDate(entry.at, org.timeZone)}</td>
            <th scope="row">{entry.action}</th>
            <td>
              {entry.target.type} <code>{entry.target.id}</code>
            </td>
            <td>
              <code>{entry.actorId}</code>
            </td>
            <td>
              <code class="details">{JSON.stringify(entry.details)}</code>
            </td>
          </tr>
        )}
      />
    </section>
  );
}
