import { useState } from 'preact/hooks';
import { api, call } from '../api/client.ts';
import { navigate } from '../router.ts';
import { useSession } from '../session-context.ts';
import { ErrorMessage, formatDate, Loading, Notice } from '../ui/components.tsx';
import { useAction, useLoad } from '../ui/hooks.ts';

/** `/invitations/{id}`, the page invitation emails link to: accept or decline, by POST only. */
export function InvitationPage({ invitationId }: { invitationId: string }) {
  const session = useSession();
  const mine = useLoad(() => call(api().GET('/me/invitations', { params: { query: { limit: 100 } } })), []);
  const action = useAction();
  const [declined, setDeclined] = useState(false);
  const invitation = mine.data?.items.find((item) => item.id === invitationId);
  const path = { invitationId };
  if (mine.loading && !mine.data) return <Loading label="Loading the invitation…" />;
  return (
    <section class="card narrow">
      <h1>Invitation</h1>
      <ErrorMessage error={mine.error} onRetry={mine.reload} />
      {invitation ? (
        <p>
          {invitation.inviter.name ?? 'A member'} invited you to join{' '}
          <strong>{invitation.organization.name ?? 'an organization'}</strong> as{' '}
          <strong>{invitation.role}</strong>. The invitation was sent to {invitation.email} and expires{' '}
          {formatDate(invitation.expiresAt)}.
        </p>
      ) : (
        <p>
          This invitation is not among the open invitations for {session.me.email}. You can still try: the
          answer says why it cannot be used.
        </p>
      )}
      <ErrorMessage error={action.error} />
      {declined ? (
        <Notice>You declined the invitation.</Notice>
      ) : (
        <div class="actions">
          <button
            type="button"
            class="primary"
            disabled={action.busy}
            onClick={async () => {
              const done = await action.run(() =>
                call(api().POST('/invitations/{invitationId}/accept', { params: { path } })),
              );
              if (done) {
                session.reload();
                navigate(invitation ? `/orgs/${encodeURIComponent(invitation.orgId)}` : '/');
              }
            }}
          >
            Accept invitation
          </button>
          <button
            type="button"
            class="secondary"
            disabled={action.busy}
            onClick={async () => {
              if (
                await action.run(() =>
                  call(api().POST('/invitations/{invitationId}/decline', { params: { path } })),
                )
              )
                setDeclined(true);
            }}
          >
            Decline
          </button>
        </div>
      )}
    </section>
  );
}
