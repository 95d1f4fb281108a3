import { useEffect, useState } from 'preact/hooks';
import { api, call } from '../api/client.ts';
import { navigate } from '../router.ts';
import { useSession } from '../session-context.ts';
import { ErrorMessage, formatDate, Loading } from '../ui/components.tsx';
import { useAction, useLoad } from '../ui/hooks.ts';
import { CreateOrgForm } from './create-org.tsx';

/** `/`: the default organization, or (first sign-in) create one and see invitations. */
export function Home() {
  const { me, orgs } = useSession();
  const active = orgs.filter((org) => org.status === 'active');
  const target = active.find((org) => org.orgId === me.defaultOrgId) ?? active[0];
  useEffect(() => {
    if (target) navigate(`/orgs/${encodeURIComponent(target.orgId)}`, { replace: true });
  }, [target?.orgId]);
  if (target) return <Loading />;
  return (
    <section>
      <h1>Welcome{me.name ? `, ${me.name}` : ''}</h1>
      <PendingInvitations />
      <SuggestedOrganizations />
      <div class="card">
        <h2>Create your organization</h2>
        <p>An organization is required before using workflows or APIs. It starts in sandbox mode.</p>
        <CreateOrgForm />
      </div>
    </section>
  );
}

function PendingInvitations() {
  const invitations = useLoad(() => call(api().GET('/me/invitations')), []);
  if (invitations.loading) return <Loading label="Loading invitations…" />;
  if (invitations.error) return <ErrorMessage error={invitations.error} onRetry={invitations.reload} />;
  const items = invitations.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <div class="card">
      <h2>Invitations for you</h2>
      <ul class="plain">
        {items.map((invitation) => (
          <li key={invitation.id}>
            <a href={`/invitations/${encodeURIComponent(invitation.id)}`}>Join as {invitation.role}</a>{' '}
            (expires {formatDate(invitation.expiresAt)})
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Organizations that verified the caller's email domain and welcome requests to join. */
function SuggestedOrganizations() {
  const suggested = useLoad(() => call(api().GET('/me/suggested-organizations')), []);
  if (suggested.loading) return <Loading label="Loading suggested organizations…" />;
  if (suggested.error) return <ErrorMessage error={suggested.error} onRetry={suggested.reload} />;
  const items = suggested.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <div class="card">
      <h2>Organizations on your email domain</h2>
      <ul class="plain">
        {items.map((org) => (
          <SuggestedOrganization key={org.orgId} org={org} />
        ))}
      </ul>
    </div>
  );
}

function SuggestedOrganization({ org }: { org: { orgId: string; name: string; domain: string } }) {
  const action = useAction();
  const [asked, setAsked] = useState(false);
  return (
    <li>
      <strong>{org.name}</strong> ({org.domain}){' '}
      {asked ? (
        <span role="status">Request sent: an administrator of {org.name} will answer by email.</span>
      ) : (
        <button
          type="button"
          class="secondary"
          disabled={action.busy}
          onClick={() =>
            action.run(async () => {
              await call(
                api().POST('/orgs/{orgId}/join-requests', { params: { path: { orgId: org.orgId } } }),
              );
              setAsked(true);
            })
          }
        >
          Request to join
        </button>
      )}
      <ErrorMessage error={action.error} />
    </li>
  );
}
