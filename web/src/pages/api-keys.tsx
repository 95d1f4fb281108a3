import { useState } from 'preact/hooks';
import { api, call, type Schemas } from '../api/client.ts';
import { can, canManageApiKey } from '../permissions.ts';
import { useOrg, useSession } from '../session-context.ts';
import {
  ConfirmButton,
  Dialog,
  ErrorMessage,
  Field,
  Filter,
  Forbidden,
  FormActions,
  formatDate,
  Notice,
  PagedTable,
  TextField,
} from '../ui/components.tsx';
import { pageQuery, useAction, usePagesIf } from '../ui/hooks.ts';
import { SecretOnce } from '../ui/secret-once.tsx';

type ApiKey = Schemas['ApiKey'];
type Mode = ApiKey['mode'];
const MODE_LABEL: Record<Mode, string> = { sandbox: 'Sandbox', production: 'Production' };
const STATUS_LABEL: Record<ApiKey['status'], string> = {
  active: 'Active',
  revoked: 'Revoked',
  expired: 'Expired',
  suspended: 'Suspended',
};

export function ApiKeys() {
  const { org, role } = useOrg();
  const session = useSession();
  const [notice, setNotice] = useState<string>();
  const [secret, setSecret] = useState<string>();
  const [status, setStatus] = useState<ApiKey['status'] | ''>('');
  const action = useAction();
  const keys = usePagesIf(
    can(role, 'developer:keys'),
    (cursor?: string) =>
      call(
        api().GET('/orgs/{orgId}/api-keys', {
          params: { path: { orgId: org.id }, query: pageQuery(cursor, status ? { status } : {}) },
        }),
      ),
    [org.id, status],
  );
  if (!can(role, 'developer:keys')) {
    return <Forbidden title="API keys">Only the owner, admins and developers use API keys.</Forbidden>;
  }
  const done = (message: string) => {
    setNotice(message);
    keys.first.reload();
  };
  /** a new key: its secret is shown once, then forgotten */
  const reveal = (message: string, key: string) => {
    done(message);
    setSecret(key);
  };
  return (
    <section>
      <div class="title-row">
        <h1>API keys</h1>
        <CreateKeyButton onCreated={(key) => reveal(`API key “${key.name}” created.`, key.key)} />
      </div>
      <Dialog open={secret !== undefined} title="Your new API key" onClose={() => setSecret(undefined)}>
        {secret && <SecretOnce label="API key" secret={secret} onDone={() => setSecret(undefined)} />}
      </Dialog>
      <p>
        API calls made with a key are authorized against {org.name}. Sandbox keys start with{' '}
        <code>orgs_test_</code>, production keys with <code>orgs_live_</code>.
      </p>
      <Filter id="key-status" label="Status" value={status} options={STATUS_LABEL} onChange={setStatus} />
      {notice && <Notice>{notice}</Notice>}
      <ErrorMessage error={action.error ?? keys.more.error} />
      <PagedTable
        pages={keys}
        loadingLabel="Loading API keys…"
        error={keys.first.error}
        empty={status ? 'No API keys with this status.' : 'No API keys yet.'}
        caption="API keys"
        columns={['Name', 'Mode', 'Key', 'Status', 'Created', 'Last used', 'Expires', 'Actions']}
        row={(key) => (
          <tr key={key.id}>
            <th scope="row">
              {key.name}
              {key.createdBy === session.me.id && <span class="tag">yours</span>}
            </th>
            <td>{MODE_LABEL[key.mode]}</td>
            <td>
              <code class="nowrap">{key.start}…</code>
            </td>
            <td>
              <span class={`status ${key.status}`}>{key.status}</span>
            </td>
            <td>{formatDate(key.createdAt, org.timeZone)}</td>
            <td>{formatDate(key.lastUsedAt, org.timeZone)}</td>
            <td>{formatDate(key.expiresAt, org.timeZone)}</td>
            <td>
              {key.status === 'active' && canManageApiKey(role, key.createdBy === session.me.id) && (
                <div class="row-actions">
                  <RollKeyButton
                    apiKey={key}
                    onRolled={(rolled) => reveal(`API key “${key.name}” rolled.`, rolled.key)}
                  />
                  <ConfirmButton
                    label="Revoke"
                    question={`Revoke “${key.name}” (${key.start}…)? Calls with it are refused from the very next one.`}
                    disabled={action.busy}
                    onConfirm={() =>
                      action
                        .run(() =>
                          call(
                            api().DELETE('/orgs/{orgId}/api-keys/{keyId}', {
                              params: { path: { orgId: org.id, keyId: key.id } },
                            }),
                          ),
                        )
                        .then((ok) => ok && done(`API key “${key.name}” revoked.`))
                    }
                  />
                </div>
              )}
            </td>
          </tr>
        )}
      />
    </section>
  );
}

/** `datetime-local` value (local time) → ISO instant, or null when empty. */
const isoOrNull = (local: string) => (local ? new Date(local).toISOString() : null);

function CreateKeyButton({ onCreated }: { onCreated: (key: Schemas['CreatedApiKey']) => void }) {
  const { org } = useOrg();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [mode, setMode] = useState<Mode>('sandbox');
  const [expires, setExpires] = useState('');
  const action = useAction();
  const close = () => {
    setOpen(false);
    setName('');
    setExpires('');
    action.clearError();
  };
  return (
    <>
      <button type="button" class="primary" onClick={() => setOpen(true)}>
        Create API key
      </button>
      <Dialog open={open} title="Create an API key" onClose={close}>
        <form
          onSubmit={async (event) => {
            event.preventDefault();
            await action.run(async () => {
              const created = await call(
                api().POST('/orgs/{orgId}/api-keys', {
                  params: { path: { orgId: org.id } },
                  body: { name, mode, expiresAt: isoOrNull(expires) },
                }),
              );
              close();
              onCreated(created);
            });
          }}
        >
          <TextField
            id="key-name"
            label="Name"
            hint="Say where it is used, e.g. “CI deploys”."
            value={name}
            required
            maxLength={100}
            onInput={setName}
          />
          <Field
            id="key-mode"
            label="Mode"
            hint={
              org.mode === 'production'
                ? undefined
                : 'Production keys need the organization in production mode.'
            }
          >
            <select
              id="key-mode"
              value={mode}
              aria-describedby={org.mode === 'production' ? undefined : 'key-mode-hint'}
              onChange={(event) => setMode((event.target as HTMLSelectElement).value as Mode)}
            >
              <option value="sandbox">Sandbox</option>
              <option value="production">Production</option>
            </select>
          </Field>
          <TextField
            id="key-expires"
            label="Expires (optional)"
            hint="Leave empty for a key that does not expire."
            type="datetime-local"
            value={expires}
            onInput={setExpires}
          />
          <FormActions
            error={action.error}
            onCancel={close}
            submitLabel="Create key"
            disabled={action.busy}
          />
        </form>
      </Dialog>
    </>
  );
}

function RollKeyButton(props: { apiKey: ApiKey; onRolled: (rolled: Schemas['RolledApiKey']) => void }) {
  const { apiKey } = props;
  const { org } = useOrg();
  const [open, setOpen] = useState(false);
  const [grace, setGrace] = useState('0');
  const action = useAction();
  const close = () => {
    setOpen(false);
    setGrace('0');
    action.clearError();
  };
  return (
    <>
      <button type="button" class="secondary" onClick={() => setOpen(true)}>
        Roll
      </button>
      <Dialog open={open} title={`Roll “${apiKey.name}”`} onClose={close}>
        <form
          onSubmit={async (event) => {
            event.preventDefault();
            await action.run(async () => {
              const rolled = await call(
                api().POST('/orgs/{orgId}/api-keys/{keyId}/roll', {
                  params: { path: { orgId: org.id, keyId: apiKey.id } },
                  body: { expiresInSeconds: Number(grace) },
                }),
              );
              close();
              props.onRolled(rolled);
            });
          }}
        >
          <p>
            A new key with the same name and mode replaces <code>{apiKey.start}…</code>.
          </p>
          <TextField
            id="roll-grace"
            label="Keep the old key working for (seconds)"
            hint="0 ends it at once; at most 86400 (24 hours)."
            type="number"
            min={0}
            max={86400}
            step={1}
            required
            value={grace}
            onInput={setGrace}
          />
          <FormActions error={action.error} onCancel={close} submitLabel="Roll key" disabled={action.busy} />
        </form>
      </Dialog>
    </>
  );
}
