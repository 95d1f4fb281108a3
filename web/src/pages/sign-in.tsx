import { useState } from 'preact/hooks';
import { safePath, startSignIn } from '../auth/session.ts';
import { config } from '../config.ts';
import { ErrorMessage } from '../ui/components.tsx';

export function SignIn() {
  const [error, setError] = useState<string>();
  const returnTo =
    location.pathname === '/sign-in' ? '/' : safePath(`${location.pathname}${location.search}`);
  const local = config().signIn.mode === 'development';
  return (
    <main id="main" class="centered">
      <section class="card narrow">
        <h1>Sign in to Orgs</h1>
        <p>Manage your organization, its members, billing and developer settings.</p>
        <ErrorMessage error={error} />
        <button
          type="button"
          class="primary wide"
          onClick={() => startSignIn(returnTo).catch((failure) => setError(String(failure)))}
        >
          Sign in
        </button>
        {local && <p class="hint">Local stack: the development issuer signs you in with any email.</p>}
      </section>
    </main>
  );
}
