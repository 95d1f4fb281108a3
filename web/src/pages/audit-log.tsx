import { useState } from 'preact/hooks';
import { api, call, type Schemas } from '../api/client.ts';
import { can } from '../permissions.ts';
import { useOrg } from '../session-context.ts';
import { Empty, ErrorMessage, formatDate, Loading } from '../ui/components.tsx';
import { useAction, useLoad } from '../ui/hooks.ts';

type Entry = Schemas['AuditEntry'];

export function AuditLog() {
  const { org, role } = useOrg();
  const [entries, setEntries] = useState<Entry[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const more = useAction();
  const fetchPage = (after?: string) =>
    call(
      api().GET('/orgs/{orgId}/audit-log', {
        params: { path: { orgId: org.id }, query: { limit: 25, ...(after ? { cursor: after } : {}) } },
      }),
    );
  const first = useLoad(async () => {
    if (!can(role, 'audit:read')) return null;
    const page = await fetchPage();
    setEntries(page.items);
    setCursor(page.nextCursor);
    return page;
  }, [org.id]);
  if (!can(role, 'audit:read')) {
    return (
      <section>
        <h1>Audit log</h1>
        <p>Only the owner and admins read the audit log.</p>
      </section>
    );
  }
  return (
    <section>
      <h1>Audit log</h1>
      {first.loading && entries.length === 0 && <Loading label="Loading the audit log…" />}
      <ErrorMessage error={first.error ?? more.error} onRetry={first.reload} />
      {!first.loading && !first.error && entries.length === 0 && <Empty>Nothing has happened yet.</Empty>}
      {entries.length > 0 && (
        <div class="table-wrap">
          <table>
            <caption class="visually-hidden">Audit log, newest first</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Action</th>
                <th scope="col">Target</th>
                <th scope="col">Actor</th>
                <th scope="col">Details</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
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
              ))}
            </tbody>
          </table>
        </div>
      )}
      {cursor && (
        <button
          type="button"
          class="secondary"
          disabled={more.busy}
          onClick={() =>
            more.run(async () => {
              const page = await fetchPage(cursor);
              setEntries([...entries, ...page.items]);
              setCursor(page.nextCursor);
            })
          }
        >
          Load more
        </button>
      )}
    </section>
  );
}
