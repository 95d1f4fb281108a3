import { useEffect, useState } from 'preact/hooks';
import { completeSignIn } from '../auth/session.ts';
import { navigate } from '../router.ts';
import { ErrorMessage, Loading } from '../ui/components.tsx';

export function AuthCallback() {
  const [error, setError] = useState<string>();
  useEffect(() => {
    completeSignIn().then(
      (next) => navigate(next, { replace: true }),
      (failure) => setError(failure instanceof Error ? failure.message : String(failure)),
    );
  }, []);
  return (
    <main id="main" class="centered">
      <section class="card narrow">
        <h1>Signing in</h1>
        {error ? (
          <>
            <ErrorMessage error={error} />
            <a href="/sign-in">Try again</a>
          </>
        ) : (
          <Loading label="Signing you in…" />
        )}
      </section>
    </main>
  );
}
