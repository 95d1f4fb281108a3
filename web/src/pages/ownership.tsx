import { useState } from 'preact/hooks';
import { ApiProblem, api, call, type Schemas } from '../api/client.ts';
import { can } from '../permissions.ts';
import { useOrg, useSession } from '../session-context.ts';
import { ConfirmButton, Empty, ErrorMessage, Field, Loading, Notice } from '../ui/components.tsx';
import { useAction, useLoad } from '../ui/hooks.ts';

/** The pending offer as the caller may see it (the owner and its target); null when there is none. */
function usePendingTransfer(orgId: string) {
  return useLoad(async (): Promise<Schemas['OwnershipTransfer'] | null> => {
    try {
      return await call(api().GET('/orgs/{orgId}/ownership-transfer', { params: { path: { orgId } } }));
    } catch (error) {
      if (error instanceof ApiProblem && error.status === 404) return null;
      throw error;
    }
  }, [orgId]);
}

/**
 * Ownership transfer: the owner offers it to an active admin (or cancels the offer);
 * the admin it is offered to accepts here. The API keeps exactly one owner throughout.
 */
export function Ownership() {
  const { org, role, reloadOrg } = useOrg();
  const session = useSession();
  const action = useAction();
  const transfer = usePendingTransfer(org.id);
  const [notice, setNotice] = useState<string>();
  const run = (message: string, request: () => Promise<unknown>) =>
    action.run(request).then((done) => {
      if (done) {
        setNotice(message);
        reloadOrg();
        session.reload();
        transfer.reload();
      }
    });
  const pending = transfer.data ?? null;
  return (
    <section>
      <h1>Ownership</h1>
      <p>An organization has exactly one owner. Ownership moves only by a transfer the new owner accepts.</p>
      {notice && <Notice>{notice}</Notice>}
      <ErrorMessage error={action.error} />
      {can(role, 'org:transfer') ? (
        <OfferTransfer busy={action.busy} run={run} pending={pending} />
      ) : role === 'admin' && transfer.data === undefined ? (
        transfer.error ? (
          <ErrorMessage error={transfer.error} onRetry={transfer.reload} />
        ) : (
          <Loading />
        )
      ) : role === 'admin' && pending ? (
        <div class="card">
          <h2>Accept ownership</h2>
          <p>
            The owner offered you the ownership of {org.name} on{' '}
            {new Date(pending.createdAt).toLocaleString()}. When you accept, the owner becomes an admin.
          </p>
          <button
            type="button"
            class="primary"
            disabled={action.busy}
            onClick={() =>
              run(`You are now the owner of ${org.name}.`, () =>
                call(
                  api().POST('/orgs/{orgId}/ownership-transfer/accept', {
                    params: { path: { orgId: org.id } },
                  }),
                ),
              )
            }
          >
            Accept ownership
          </button>
        </div>
      ) : role === 'admin' ? (
        <p>Nobody offered you the ownership of {org.name}. The owner can, from this page.</p>
      ) : (
        <p>Only the owner and admins take part in an ownership transfer.</p>
      )}
    </section>
  );
}

function OfferTransfer(props: {
  busy: boolean;
  run: (message: string, request: () => Promise<unknown>) => Promise<void>;
  pending: Schemas['OwnershipTransfer'] | null;
}) {
  const { org } = useOrg();
  const admins = useLoad(
    () =>
      call(
        api().GET('/orgs/{orgId}/members', {
          params: { path: { orgId: org.id }, query: { status: 'active', role: 'admin', limit: 100 } },
        }),
      ),
    [org.id],
  );
  const [toUserId, setToUserId] = useState('');
  const path = { orgId: org.id };
  if (!admins.data)
    return admins.error ? <ErrorMessage error={admins.error} onRetry={admins.reload} /> : <Loading />;
  const candidates = admins.data.items.flatMap((entry) => (entry.status === 'invited' ? [] : [entry]));
  const chosen = candidates.find((member) => member.userId === toUserId);
  return (
    <div class="card">
      <h2>Transfer ownership</h2>
      {candidates.length === 0 ? (
        <Empty>Only an active admin can become the owner. Make a member an admin first.</Empty>
      ) : (
        <>
          <Field id="transfer-to" label="New owner (an active admin)">
            <select
              id="transfer-to"
              value={toUserId}
              onChange={(event) => setToUserId((event.target as HTMLSelectElement).value)}
            >
              <option value="">Choose an admin…</option>
              {candidates.map((member) => (
                <option key={member.userId} value={member.userId}>
                  {member.name ? `${member.name} (${member.email})` : member.email}
                </option>
              ))}
            </select>
          </Field>
          <ConfirmButton
            label="Offer ownership"
            class="primary"
            disabled={!chosen || props.busy}
            question={`Offer the ownership of ${org.name} to ${chosen?.name ?? chosen?.email}? When they accept, you become an admin.`}
            onConfirm={() =>
              props.run(
                `Ownership offered to ${chosen?.name ?? chosen?.email}. They accept it on their Ownership page.`,
                () =>
                  call(
                    api().POST('/orgs/{orgId}/ownership-transfer', { params: { path }, body: { toUserId } }),
                  ),
              )
            }
          />
        </>
      )}
      <h3>Pending offer</h3>
      {props.pending ? (
        <>
          <p>
            Offered to {nameOf(candidates, props.pending.toUserId)} on{' '}
            {new Date(props.pending.createdAt).toLocaleString()}, not accepted yet. A new offer replaces it.
          </p>
          <ConfirmButton
            label="Cancel pending transfer"
            question="Cancel the pending ownership transfer?"
            confirmLabel="Cancel the transfer"
            disabled={props.busy}
            onConfirm={() =>
              props.run('The pending transfer was cancelled.', () =>
                call(api().DELETE('/orgs/{orgId}/ownership-transfer', { params: { path } })),
              )
            }
          />
        </>
      ) : (
        <p>No offer is pending.</p>
      )}
    </div>
  );
}

const nameOf = (
  members: { userId: string; name?: string | null; email?: string | null }[],
  userId: string,
) => {
  const member = members.find((candidate) => candidate.userId === userId);
  return member ? (member.name ?? member.email ?? userId) : userId;
};
