import { useEffect, useState } from 'preact/hooks';
import { api, call, type Schemas } from '../api/client.ts';
import { can } from '../permissions.ts';
import { navigate } from '../router.ts';
import { useOrg } from '../session-context.ts';
import {
  ConfirmButton,
  Dialog,
  ErrorMessage,
  Forbidden,
  formatDate,
  Loading,
  Notice,
  PagedTable,
} from '../ui/components.tsx';
import { type Pages, pageQuery, useAction, useLoad, usePages } from '../ui/hooks.ts';
import { SecretOnce } from '../ui/secret-once.tsx';
import { EndpointForm, eventsText } from './webhook-endpoint-form.tsx';
import { webhooksPath } from './webhooks.tsx';

type Delivery = Schemas['WebhookDelivery'];

/** What one attempt came to, in words. */
const outcome = (delivery: Delivery) =>
  delivery.status === 'succeeded'
    ? `succeeded (HTTP ${delivery.responseStatus} in ${delivery.durationMs} ms)`
    : delivery.status === 'pending'
      ? 'is still pending'
      : `failed${delivery.responseStatus ? ` (HTTP ${delivery.responseStatus})` : ''}: ${delivery.error ?? 'no answer'}`;

/** One endpoint: edit, enable/disable, test, rotate the secret, delete, and its delivery log. */
export function WebhookEndpoint({ endpointId }: { endpointId: string }) {
  const { org, role } = useOrg();
  const path = { orgId: org.id, endpointId };
  const endpoint = useLoad(
    () => call(api().GET('/orgs/{orgId}/webhook-endpoints/{endpointId}', { params: { path } })),
    [org.id, endpointId],
  );
  const deliveries = usePages(
    (cursor?: string) =>
      call(
        api().GET('/orgs/{orgId}/webhook-endpoints/{endpointId}/deliveries', {
          params: { path, query: pageQuery(cursor) },
        }),
      ),
    [org.id, endpointId],
  );
  const action = useAction();
  const [notice, setNotice] = useState<string>();
  const [editing, setEditing] = useState(false);
  const [secret, setSecret] = useState<string>();
  if (!can(role, 'developer:webhooks')) {
    return (
      <Forbidden title="Webhook endpoint">
        Only the owner, admins and developers manage webhook endpoints.
      </Forbidden>
    );
  }
  if (endpoint.loading && !endpoint.data) return <Loading label="Loading the endpoint…" />;
  if (!endpoint.data) return <ErrorMessage error={endpoint.error} onRetry={endpoint.reload} />;
  const current = endpoint.data;

  /** runs a change, says what happened, reloads the endpoint and its log */
  const change = (message: string | ((result: unknown) => string), request: () => Promise<unknown>) =>
    action.run(async () => {
      const result = await request();
      setNotice(typeof message === 'string' ? message : message(result));
      endpoint.reload();
      deliveries.first.reload();
    });

  return (
    <section>
      <p>
        <a href={webhooksPath(org.id)}>← All webhook endpoints</a>
      </p>
      <h1>Webhook endpoint</h1>
      <dl class="facts">
        <dt>URL</dt>
        <dd>
          <code>{current.url}</code>
        </dd>
        <dt>Description</dt>
        <dd>{current.description ?? '—'}</dd>
        <dt>Events</dt>
        <dd>{eventsText(current.events)}</dd>
        <dt>Mode</dt>
        <dd>{current.mode ?? 'any'}</dd>
        <dt>Status</dt>
        <dd>
          <span class={`status ${current.status}`}>{current.status}</span>
          {current.disabledReason === 'failing' && ' (every delivery failed for days)'}
        </dd>
        <dt>Created</dt>
        <dd>{formatDate(current.createdAt, org.timeZone)}</dd>
      </dl>
      <div class="row-actions">
        <button
          type="button"
          class="primary"
          disabled={action.busy}
          onClick={() =>
            change(
              (delivery) => `The test event ${outcome(delivery as Delivery)}.`,
              () =>
                call(api().POST('/orgs/{orgId}/webhook-endpoints/{endpointId}/test', { params: { path } })),
            )
          }
        >
          Send test event
        </button>
        <button type="button" class="secondary" disabled={action.busy} onClick={() => setEditing(true)}>
          Edit
        </button>
        <button
          type="button"
          class="secondary"
          disabled={action.busy}
          onClick={() => {
            const status = current.status === 'enabled' ? 'disabled' : 'enabled';
            void change(`The endpoint is ${status}.`, () =>
              call(
                api().PATCH('/orgs/{orgId}/webhook-endpoints/{endpointId}', {
                  params: { path },
                  body: { status },
                }),
              ),
            );
          }}
        >
          {current.status === 'enabled' ? 'Disable' : 'Enable'}
        </button>
        <ConfirmButton
          label="Rotate secret"
          class="secondary"
          question="Rotate the signing secret? For 24 hours deliveries are signed with both the new and the old secret."
          disabled={action.busy}
          onConfirm={() =>
            change('The signing secret was rotated.', async () => {
              const rotated = await call(
                api().POST('/orgs/{orgId}/webhook-endpoints/{endpointId}/rotate-secret', {
                  params: { path },
                }),
              );
              setSecret(rotated.secret);
            })
          }
        />
        <ConfirmButton
          label="Delete endpoint"
          question={`Delete the endpoint ${current.url}? Deliveries to it stop at once.`}
          confirmLabel="Delete"
          disabled={action.busy}
          onConfirm={async () => {
            const done = await action.run(() =>
              call(api().DELETE('/orgs/{orgId}/webhook-endpoints/{endpointId}', { params: { path } })),
            );
            if (done) navigate(webhooksPath(org.id));
          }}
        />
      </div>
      {action.busy && <Loading label="Working…" />}
      {notice && <Notice>{notice}</Notice>}
      <ErrorMessage error={action.error} />
      <Dialog open={editing} title="Edit the endpoint" onClose={() => setEditing(false)}>
        <EndpointForm
          initial={current}
          withMode={false}
          submitLabel="Save changes"
          busy={action.busy}
          error={action.error}
          onCancel={() => setEditing(false)}
          onSubmit={async (fields) => {
            const { url, description, events } = fields;
            const ok = await change('Changes saved.', () =>
              call(
                api().PATCH('/orgs/{orgId}/webhook-endpoints/{endpointId}', {
                  params: { path },
                  body: { url, description, events },
                }),
              ),
            );
            if (ok) setEditing(false);
          }}
        />
      </Dialog>
      <Dialog
        open={secret !== undefined}
        title="Your new signing secret"
        onClose={() => setSecret(undefined)}
      >
        {secret && <SecretOnce label="Signing secret" secret={secret} onDone={() => setSecret(undefined)} />}
      </Dialog>
      <DeliveryLog deliveries={deliveries} change={change} busy={action.busy} path={path} />
    </section>
  );
}

function DeliveryLog(props: {
  deliveries: Pages<Delivery>;
  change: (message: string, request: () => Promise<unknown>) => Promise<boolean>;
  busy: boolean;
  path: { orgId: string; endpointId: string };
}) {
  const { org } = useOrg();
  const { deliveries } = props;
  // a pending delivery (queued by a retry, or waiting for its next attempt) is looked at again
  const pending = deliveries.items.some((delivery) => delivery.status === 'pending');
  useEffect(() => {
    if (!pending) return;
    const timer = setTimeout(deliveries.first.reload, 2_000);
    return () => clearTimeout(timer);
  }, [pending, deliveries.items]);
  return (
    <>
      <div class="title-row">
        <h2>Delivery log</h2>
        <button type="button" class="secondary" onClick={deliveries.first.reload}>
          Refresh
        </button>
      </div>
      <PagedTable
        pages={deliveries}
        loadingLabel="Loading deliveries…"
        empty="Nothing delivered yet. Send a test event to try the endpoint."
        caption="Deliveries, newest first"
        columns={[
          'Event',
          'Status',
          'Attempt',
          'Response',
          'Duration',
          'Error',
          'Next attempt',
          'Created',
          'Actions',
        ]}
        row={(delivery) => (
          <tr key={delivery.id}>
            <th scope="row">
              <code class="nowrap">{delivery.eventType}</code>
            </th>
            <td>
              <span class={`status ${delivery.status}`}>{delivery.status}</span>
            </td>
            <td>{delivery.attempt}</td>
            <td>{delivery.responseStatus ?? '—'}</td>
            <td>{delivery.durationMs === null ? '—' : `${delivery.durationMs} ms`}</td>
            <td>{delivery.error ?? '—'}</td>
            <td>{formatDate(delivery.nextAttemptAt, org.timeZone)}</td>
            <td>{formatDate(delivery.createdAt, org.timeZone)}</td>
            <td>
              {delivery.status !== 'pending' && (
                <button
                  type="button"
                  class="secondary"
                  disabled={props.busy}
                  aria-label={`Retry ${delivery.eventType} delivery ${delivery.id}`}
                  onClick={() =>
                    props.change(`The ${delivery.eventType} event is being delivered again.`, () =>
                      call(
                        api().POST(
                          '/orgs/{orgId}/webhook-endpoints/{endpointId}/deliveries/{deliveryId}/retry',
                          { params: { path: { ...props.path, deliveryId: delivery.id } } },
                        ),
                      ),
                    )
                  }
                >
                  Retry
                </button>
              )}
            </td>
          </tr>
        )}
      />
    </>
  );
}
