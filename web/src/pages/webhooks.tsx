import { useState } from 'preact/hooks';
import { api, call } from '../api/client.ts';
import { can } from '../permissions.ts';
import { useOrg } from '../session-context.ts';
import { Dialog, Forbidden, formatDate, PagedTable } from '../ui/components.tsx';
import { pageQuery, useAction, usePagesIf } from '../ui/hooks.ts';
import { SecretOnce } from '../ui/secret-once.tsx';
import { EndpointForm, eventsText } from './webhook-endpoint-form.tsx';

export const webhooksPath = (orgId: string, endpointId?: string) =>
  `/orgs/${encodeURIComponent(orgId)}/webhooks${endpointId ? `/${encodeURIComponent(endpointId)}` : ''}`;

/** The organization's webhook endpoints; registering one shows its signing secret once. */
export function Webhooks() {
  const { org, role } = useOrg();
  const endpoints = usePagesIf(
    can(role, 'developer:webhooks'),
    (cursor?: string) =>
      call(
        api().GET('/orgs/{orgId}/webhook-endpoints', {
          params: { path: { orgId: org.id }, query: pageQuery(cursor) },
        }),
      ),
    [org.id],
  );
  if (!can(role, 'developer:webhooks')) {
    return (
      <Forbidden title="Webhooks">Only the owner, admins and developers manage webhook endpoints.</Forbidden>
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
      <PagedTable
        pages={endpoints}
        loadingLabel="Loading endpoints…"
        empty="No webhook endpoints yet."
        caption="Webhook endpoints"
        columns={['Endpoint', 'Description', 'Events', 'Mode', 'Status', 'Created']}
        row={(endpoint) => (
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
        )}
      />
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
