import { useState } from 'preact/hooks';
import { api, call, type Schemas } from '../api/client.ts';
import { assignableRoles, can } from '../permissions.ts';
import { useOrg } from '../session-context.ts';
import {
  ConfirmButton,
  Dialog,
  ErrorMessage,
  Forbidden,
  FormActions,
  formatDate,
  PagedTable,
  TextField,
} from '../ui/components.tsx';
import { pageQuery, useAction, usePagesIf } from '../ui/hooks.ts';

type Domain = Schemas['Domain'];
type JoinRequest = Schemas['JoinRequest'];

const enrollmentLabels: Record<Domain['enrollment'], string> = {
  none: 'Nobody joins by it',
  suggest: 'Suggest the organization (people ask to join)',
  auto_invite: 'Invite everyone on it',
};

/** Access → Domains: verified email domains, how people on them join, and the join requests. */
export function Domains() {
  const { org, role } = useOrg();
  const allowed = can(role, 'access:manage');
  const domains = usePagesIf(
    allowed,
    (cursor?: string) =>
      call(
        api().GET('/orgs/{orgId}/domains', { params: { path: { orgId: org.id }, query: pageQuery(cursor) } }),
      ),
    [org.id],
  );
  if (!allowed) {
    return (
      <Forbidden title="Domains">Only the owner and admins manage the organization’s domains.</Forbidden>
    );
  }
  return (
    <section>
      <div class="title-row">
        <h1>Domains</h1>
        <AddDomainButton onAdded={domains.first.reload} />
      </div>
      <p>
        Prove that {org.name} owns an email domain with a DNS TXT record; then people whose verified email is
        on it can find {org.name} or are invited automatically.
      </p>
      <PagedTable
        pages={domains}
        loadingLabel="Loading domains…"
        empty="No domains yet."
        caption="Domains"
        columns={['Domain', 'Status', 'How people join', 'Added']}
        row={(domain) => <DomainRow key={domain.id} domain={domain} onChanged={domains.first.reload} />}
      />
      {can(role, 'members:manage') && <JoinRequests />}
    </section>
  );
}

function DomainRow({ domain, onChanged }: { domain: Domain; onChanged: () => void }) {
  const { org } = useOrg();
  const action = useAction();
  const path = { orgId: org.id, domainId: domain.id };
  const verify = () =>
    action.run(async () => {
      await call(api().POST('/orgs/{orgId}/domains/{domainId}/verify', { params: { path } }));
      onChanged();
    });
  return (
    <tr>
      <th scope="row">
        {domain.domain}
        {domain.status !== 'verified' && <Record domain={domain} />}
      </th>
      <td>
        <span class={`status ${domain.status}`}>{domain.status}</span>
        {domain.status !== 'verified' && (
          <div>
            <button type="button" class="secondary" disabled={action.busy} onClick={verify}>
              Verify
            </button>
          </div>
        )}
        <ErrorMessage error={action.error} />
      </td>
      <td>
        {domain.status === 'verified' ? (
          <EnrollmentForm domain={domain} onChanged={onChanged} />
        ) : (
          'Verify the domain first'
        )}
      </td>
      <td>
        {formatDate(domain.createdAt, org.timeZone)}
        <div>
          <ConfirmButton
            label={`Remove ${domain.domain}`}
            question={`Remove ${domain.domain}? People on it no longer find ${org.name} or get invited by it.`}
            confirmLabel="Remove"
            onConfirm={() =>
              action.run(async () => {
                await call(api().DELETE('/orgs/{orgId}/domains/{domainId}', { params: { path } }));
                onChanged();
              })
            }
          />
        </div>
      </td>
    </tr>
  );
}

/** The TXT record to publish, each part with a copy button. */
function Record({ domain }: { domain: Domain }) {
  return (
    <dl class="record">
      <CopyValue label="TXT record name" value={domain.verification.recordName} />
      <CopyValue label="TXT record value" value={domain.verification.recordValue} />
    </dl>
  );
}

function CopyValue({ label, value }: { label: string; value: string }) {
  const [copied, setCopied] = useState<string>();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied('Copied.');
    } catch {
      setCopied('Select the text and copy it.');
    }
  };
  return (
    <>
      <dt>{label}</dt>
      <dd>
        <code>{value}</code>{' '}
        <button type="button" class="secondary" aria-label={`Copy the ${label}`} onClick={copy}>
          Copy
        </button>
        {copied && (
          <span class="hint" role="status">
            {' '}
            {copied}
          </span>
        )}
      </dd>
    </>
  );
}

function EnrollmentForm({ domain, onChanged }: { domain: Domain; onChanged: () => void }) {
  const { org } = useOrg();
  const [enrollment, setEnrollment] = useState(domain.enrollment);
  const [role, setRole] = useState(domain.role);
  const action = useAction();
  const id = `enrollment-${domain.id}`;
  return (
    <form
      class="inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        action.run(async () => {
          await call(
            api().PATCH('/orgs/{orgId}/domains/{domainId}', {
              params: { path: { orgId: org.id, domainId: domain.id } },
              body: { enrollment, role },
            }),
          );
          onChanged();
        });
      }}
    >
      <label for={id}>How people on {domain.domain} join</label>
      <select
        id={id}
        value={enrollment}
        onChange={(event) => setEnrollment((event.target as HTMLSelectElement).value as Domain['enrollment'])}
      >
        {(Object.entries(enrollmentLabels) as [Domain['enrollment'], string][]).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      <label for={`${id}-role`}>Their role</label>
      <select
        id={`${id}-role`}
        value={role}
        onChange={(event) => setRole((event.target as HTMLSelectElement).value as Domain['role'])}
      >
        {assignableRoles.map((value) => (
          <option key={value} value={value}>
            {value}
          </option>
        ))}
      </select>
      <button type="submit" class="secondary" disabled={action.busy}>
        Save
      </button>
      <ErrorMessage error={action.error} />
    </form>
  );
}

function AddDomainButton({ onAdded }: { onAdded: () => void }) {
  const { org } = useOrg();
  const [open, setOpen] = useState(false);
  const [domain, setDomain] = useState('');
  const action = useAction();
  const close = () => {
    setOpen(false);
    setDomain('');
    action.clearError();
  };
  return (
    <>
      <button type="button" class="primary" onClick={() => setOpen(true)}>
        Add domain
      </button>
      <Dialog open={open} title="Add a domain" onClose={close}>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            action.run(async () => {
              await call(
                api().POST('/orgs/{orgId}/domains', {
                  params: { path: { orgId: org.id } },
                  body: { domain },
                }),
              );
              onAdded();
              close();
            });
          }}
        >
          <TextField
            id="domain-name"
            label="Domain"
            hint="The part after @ in your people’s email addresses, e.g. acme.com. Free-mail providers cannot be added."
            value={domain}
            onInput={setDomain}
            required
            maxLength={253}
          />
          <FormActions
            error={action.error}
            onCancel={close}
            submitLabel="Add domain"
            disabled={action.busy}
          />
        </form>
      </Dialog>
    </>
  );
}

/** Pending join requests from people on a `suggest` domain: approve or deny. */
function JoinRequests() {
  const { org } = useOrg();
  const requests = usePagesIf(
    true,
    (cursor?: string) =>
      call(
        api().GET('/orgs/{orgId}/join-requests', {
          params: { path: { orgId: org.id }, query: pageQuery(cursor, { status: 'pending' as const }) },
        }),
      ),
    [org.id],
  );
  return (
    <>
      <h2>Join requests</h2>
      <PagedTable
        pages={requests}
        loadingLabel="Loading join requests…"
        empty="No pending join requests."
        caption="Pending join requests"
        columns={['Person', 'Domain', 'Asked', 'Answer']}
        row={(request) => (
          <JoinRequestRow key={request.id} request={request} onAnswered={requests.first.reload} />
        )}
      />
    </>
  );
}

function JoinRequestRow({ request, onAnswered }: { request: JoinRequest; onAnswered: () => void }) {
  const { org } = useOrg();
  const action = useAction();
  const answer = (verb: 'approve' | 'deny') =>
    action.run(async () => {
      const path = { orgId: org.id, requestId: request.id };
      await call(
        verb === 'approve'
          ? api().POST('/orgs/{orgId}/join-requests/{requestId}/approve', { params: { path } })
          : api().POST('/orgs/{orgId}/join-requests/{requestId}/deny', { params: { path } }),
      );
      onAnswered();
    });
  return (
    <tr>
      <th scope="row">{request.name ? `${request.name} (${request.email})` : request.email}</th>
      <td>{request.domain}</td>
      <td>{formatDate(request.createdAt, org.timeZone)}</td>
      <td>
        <button type="button" class="primary" disabled={action.busy} onClick={() => answer('approve')}>
          Approve
        </button>{' '}
        <button type="button" class="secondary" disabled={action.busy} onClick={() => answer('deny')}>
          Deny
        </button>
        <ErrorMessage error={action.error} />
      </td>
    </tr>
  );
}
