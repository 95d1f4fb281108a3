import { useState } from 'preact/hooks';
import { api, call, type Schemas } from '../api/client.ts';
import { config } from '../config.ts';
import { can } from '../permissions.ts';
import { useOrg } from '../session-context.ts';
import {
  ConfirmButton,
  Dialog,
  ErrorMessage,
  Forbidden,
  FormActions,
  formatDate,
  Notice,
  PagedTable,
  TextField,
} from '../ui/components.tsx';
import { pageQuery, useAction, useCopyField, usePagesIf } from '../ui/hooks.ts';
import { SecretOnce } from '../ui/secret-once.tsx';

type ScimToken = Schemas['ScimToken'];

/** What the identity provider is given: the API's base URL with `/scim/v2`. */
export const scimBaseUrl = () => `${config().apiUrl.replace(/\/+$/, '')}/scim/v2`;

const activityLabels: Record<string, string> = {
  'scim.user_created': 'a user provisioned',
  'scim.user_updated': 'a user updated',
  'scim.user_deactivated': 'a user deactivated',
  'scim.user_reactivated': 'a user reactivated',
  'scim.user_deleted': 'a user removed',
  'scim.group_created': 'a group created',
  'scim.group_updated': 'a group updated',
  'scim.group_deleted': 'a group deleted',
};

/** Access → SCIM: what to paste into the identity provider, its tokens, and when it last provisioned. */
export function Scim() {
  const { org, role } = useOrg();
  const allowed = can(role, 'access:manage');
  const [notice, setNotice] = useState<string>();
  const [secret, setSecret] = useState<string>();
  const action = useAction();
  const tokens = usePagesIf(
    allowed,
    (cursor?: string) =>
      call(
        api().GET('/orgs/{orgId}/scim-tokens', {
          params: { path: { orgId: org.id }, query: pageQuery(cursor) },
        }),
      ),
    [org.id],
  );
  if (!allowed) {
    return (
      <Forbidden title="SCIM provisioning">Only the owner and admins manage SCIM provisioning.</Forbidden>
    );
  }
  const last = (tokens.items as ScimToken[])
    .filter((token) => token.lastActivityAt)
    .sort((a, b) => (b.lastActivityAt as string).localeCompare(a.lastActivityAt as string))[0];
  const done = (message: string) => {
    setNotice(message);
    tokens.first.reload();
  };
  return (
    <section>
      <div class="title-row">
        <h1>SCIM provisioning</h1>
        <CreateTokenButton
          onCreated={(created) => {
            done(`SCIM token “${created.name}” created.`);
            setSecret(created.token);
          }}
        />
      </div>
      <Dialog open={secret !== undefined} title="Your new SCIM token" onClose={() => setSecret(undefined)}>
        {secret && <SecretOnce label="SCIM token" secret={secret} onDone={() => setSecret(undefined)} />}
      </Dialog>
      <p>
        Your identity provider (Okta, Microsoft Entra ID, …) creates, updates, deactivates and removes the
        members of {org.name} through SCIM 2.0. Give it this base URL and a token created here.
      </p>
      <BaseUrl />
      <h2>Last provisioning activity</h2>
      <p id="scim-last-activity">
        {last
          ? `${formatDate(last.lastActivityAt, org.timeZone)}: ${activityLabels[last.lastActivity ?? ''] ?? last.lastActivity} (token “${last.name}”).`
          : 'None yet.'}
      </p>
      {notice && <Notice>{notice}</Notice>}
      <ErrorMessage error={action.error ?? tokens.more.error} />
      <PagedTable
        pages={tokens}
        loadingLabel="Loading SCIM tokens…"
        error={tokens.first.error}
        empty="No SCIM tokens yet."
        caption="SCIM tokens"
        columns={['Name', 'Token', 'Status', 'Created', 'Last activity', 'Actions']}
        row={(token) => (
          <tr key={token.id}>
            <th scope="row">{token.name}</th>
            <td>
              <code class="nowrap">{token.start}…</code>
            </td>
            <td>
              <span class={`status ${token.status}`}>{token.status}</span>
            </td>
            <td>{formatDate(token.createdAt, org.timeZone)}</td>
            <td>{formatDate(token.lastActivityAt, org.timeZone)}</td>
            <td>
              {token.status === 'active' && (
                <ConfirmButton
                  label="Revoke"
                  question={`Revoke “${token.name}” (${token.start}…)? The identity provider is refused from its very next call.`}
                  disabled={action.busy}
                  onConfirm={() =>
                    action
                      .run(() =>
                        call(
                          api().DELETE('/orgs/{orgId}/scim-tokens/{tokenId}', {
                            params: { path: { orgId: org.id, tokenId: token.id } },
                          }),
                        ),
                      )
                      .then((ok) => ok && done(`SCIM token “${token.name}” revoked.`))
                  }
                />
              )}
            </td>
          </tr>
        )}
      />
    </section>
  );
}

function BaseUrl() {
  const { input, copied, copy } = useCopyField(scimBaseUrl());
  return (
    <div class="secret-row">
      <label for="scim-base-url">Base URL (Okta: SCIM connector base URL; Entra: Tenant URL)</label>
      <input id="scim-base-url" ref={input} readOnly value={scimBaseUrl()} spellcheck={false} />
      <button type="button" class="secondary" onClick={copy}>
        Copy
      </button>
      {copied && <span role="status">{copied}</span>}
    </div>
  );
}

function CreateTokenButton({ onCreated }: { onCreated: (token: Schemas['CreatedScimToken']) => void }) {
  const { org } = useOrg();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const action = useAction();
  const close = () => {
    setOpen(false);
    setName('');
    action.clearError();
  };
  return (
    <>
      <button type="button" class="primary" onClick={() => setOpen(true)}>
        Create SCIM token
      </button>
      <Dialog open={open} title="Create a SCIM token" onClose={close}>
        <form
          onSubmit={async (event) => {
            event.preventDefault();
            await action.run(async () => {
              const created = await call(
                api().POST('/orgs/{orgId}/scim-tokens', {
                  params: { path: { orgId: org.id } },
                  body: { name },
                }),
              );
              close();
              onCreated(created);
            });
          }}
        >
          <TextField
            id="scim-token-name"
            label="Name"
            hint="Say which identity provider uses it, e.g. “Okta”."
            value={name}
            required
            maxLength={100}
            onInput={setName}
          />
          <FormActions
            error={action.error}
            onCancel={close}
            submitLabel="Create token"
            disabled={action.busy}
          />
        </form>
      </Dialog>
    </>
  );
}
