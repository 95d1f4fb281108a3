import { useState } from 'preact/hooks';
import { api, call } from '../api/client.ts';
import { can } from '../permissions.ts';
import { useOrg } from '../session-context.ts';
import { Dialog, Empty, ErrorMessage, formatDate, Loading } from '../ui/components.tsx';
import { useAction, usePages } from '../ui/hooks.ts';
import { SecretOnce } from '../ui/secret-once.tsx';
import { EndpointForm, eventsText } from './webhook-endpoint-form.tsx';

export const webhooksPath = (orgId: string, endpointId?: string) =>
  `/orgs/${encodeURIComponent(orgId)}/webhooks${endpointId ? `/${encodeURIComponent(endpointId)}` : ''}`;

/** The organization's webhook endpoints; registering one shows its signing secret once. */
export function Webhooks() {
  const { org, role } = useOrg();
  const endpoints = usePages(
    async (cursor?: string) =>
      !can(role, 'developer:use')
        ? { items: [], nextCursor: null }
        : call(
            api().GET('/orgs/{orgId}/webhook-endpoints', {
              params: { path: { orgId: org.id }, query: { limit: 25, ...(cursor ? { cursor } : {}) } },
            }),
          ),
    [org.id],
  );
  if (!can(role, 'developer:use')) {
    return (
      <section>
        <h1>Webhooks</h1>
        <p>Only the owner, admins and developers manage webhook endpoints.</p>
      </section>
    );
  }
  return (
    <section>
      <div class="title-row">
        <h1>Webhooks</h1>
        <RegisterButton onRegistered={endpoints.first.reload} />
      </div>
      <p>
        Endpoints receive {org.name}’s events, signed per Standard Webhooks (<code>webhook-id</code>,{' '}
        <code>webhook-timestamp</code>, <code>webhook-signature</code>).
      </p>
      {endpoints.first.loading && endpoints.items.length === 0 && <Loading label="Loading endpoints…" />}
      <ErrorMessage error={endpoints.first.error ?? endpoints.more.error} onRetry={endpoints.first.reload} />
      {!endpoints.first.loading && !endpoints.first.error && endpoints.items.length === 0 && (
        <Empty>No webhook endpoints yet.</Empty>
      )}
      {endpoints.items.length > 0 && (
        <div class="table-wrap">
          <table>
            <caption class="visually-hidden">Webhook endpoints</caption>
            <thead>
              <tr>
                <th scope="col">Endpoint</th>
                <th scope="col">Description</th>
                <th scope="col">Events</th>
                <th scope="col">Mode</th>
                <th scope="col">Status</th>
                <th scope="col">Created</th>
              </tr>
            </thead>
            <tbody>
              {endpoints.items.map((endpoint) => (
                <tr key={endpoint.id}>
                  <th scope="row">
                    <a href={webhooksPath(org.id, endpoint.id)}>{endpoint.url}</a>
                  </th>
                  <td>{endpoint.description ?? '—'}</td>
                  <td>{eventsText(endpoint.events)}</td>
                  <td>{endpoint.mode ?? 'any'}</td>
                  <td>
                    <span class={`status ${endpoint.status}`}>{endpoint.status}</span>
                  </td>
                  <td>{formatDate(endpoint.createdAt, org.timeZone)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {endpoints.nextCursor && (
        <button type="button" class="secondary" disabled={endpoints.more.busy} onClick={endpoints.loadMore}>
          Load more
        </button>
      )}
    </section>
  );
}

/** Register an endpoint, then show its secret once. */
function RegisterButton({ onRegistered }: { onRegistered: () => void }) {
  const { org } = useOrg();
  const [open, setOpen] = useState(false);
  const [secret, setSecret] = useState<string>();
  const action = useAction();
  const close = () => {
    setOpen(false);
    setSecret(undefined);
    action.clearError();
  };
  return (
    <>
      <button type="button" class="primary" onClick={() => setOpen(true)}>
        Add endpoint
      </button>
      <Dialog open={open} title={secret ? 'Your signing secret' : 'Add a webhook endpoint'} onClose={close}>
        {secret ? (
          <SecretOnce label="Signing secret" secret={secret} onDone={close} />
        ) : (
          <EndpointForm
            withMode
            submitLabel="Add endpoint"
            busy={action.busy}
            error={action.error}
            onCancel={close}
            onSubmit={(fields) =>
              action.run(async () => {
                const endpoint = await call(
                  api().POST('/orgs/{orgId}/webhook-endpoints', {
                    params: { path: { orgId: org.id } },
                    body: fields,
                  }),
                );
                setSecret(endpoint.secret);
                onRegistered();
              })
            }
          />
        )}
      </Dialog>
    </>
  );
}
