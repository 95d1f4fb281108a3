import { useEffect } from 'preact/hooks';
import { api, call } from '../api/client.ts';
import { navigate } from '../router.ts';
import { useSession } from '../session-context.ts';
import { ErrorMessage, formatDate, Loading } from '../ui/components.tsx';
import { useLoad } from '../ui/hooks.ts';
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
