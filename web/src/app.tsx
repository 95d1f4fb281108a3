import { useEffect } from 'preact/hooks';
import { api, call } from './api/client.ts';
import { accessToken, signOut } from './auth/session.ts';
import { AuthCallback } from './pages/auth-callback.tsx';
import { CreateOrg } from './pages/create-org.tsx';
import { Home } from './pages/home.tsx';
import { InvitationPage } from './pages/invitation.tsx';
import { OrgPages } from './pages/org-pages.tsx';
import { SignIn } from './pages/sign-in.tsx';
import { match, onLinkClick, usePath } from './router.ts';
import { SessionContext } from './session-context.ts';
import { ErrorMessage, Loading } from './ui/components.tsx';
import { useLoad } from './ui/hooks.ts';
import { OrgSwitcher } from './ui/org-switcher.tsx';

export function App() {
  const path = usePath();
  useEffect(() => {
    document.addEventListener('click', onLinkClick);
    return () => document.removeEventListener('click', onLinkClick);
  }, []);
  if (path === '/auth/callback') return <AuthCallback />;
  if (path === '/sign-in' || !accessToken()) return <SignIn />;
  return <Shell path={path} />;
}

/** Signed in: the header with the organization switcher, and the page for the path. */
function Shell({ path }: { path: string }) {
  const session = useLoad(async () => {
    const me = await call(api().GET('/me'));
    const orgs = await call(api().GET('/me/organizations', { params: { query: { limit: 100 } } }));
    return { me, orgs: orgs.items };
  }, []);
  return (
    <>
      <a class="skip" href="#main">
        Skip to content
      </a>
      <header class="top">
        <a class="brand" href="/">
          Orgs
        </a>
        {session.data && (
          <SessionContext.Provider value={{ ...session.data, reload: session.reload }}>
            <OrgSwitcher />
            <span class="who">{session.data.me.email}</span>
          </SessionContext.Provider>
        )}
        <button
          type="button"
          class="secondary"
          onClick={() => {
            signOut();
            location.assign('/sign-in');
          }}
        >
          Sign out
        </button>
      </header>
      <main id="main">
        {session.loading && !session.data && <Loading />}
        <ErrorMessage error={session.error} onRetry={session.reload} />
        {session.data && (
          <SessionContext.Provider value={{ ...session.data, reload: session.reload }}>
            <Page path={path} />
          </SessionContext.Provider>
        )}
      </main>
    </>
  );
}

function Page({ path }: { path: string }) {
  if (path === '/') return <Home />;
  if (path === '/orgs/new') return <CreateOrg />;
  const invitation = match('/invitations/:invitationId', path);
  if (invitation) return <InvitationPage invitationId={invitation.invitationId as string} />;
  const org = /^\/orgs\/([^/]+)(\/.*)?$/.exec(path);
  if (org) return <OrgPages orgId={decodeURIComponent(org[1] as string)} rest={org[2] ?? ''} />;
  return (
    <section>
      <h1>Page not found</h1>
      <p>
        <a href="/">Go to your organization</a>
      </p>
    </section>
  );
}
