import { config } from '../config.ts';
import { safePath } from './return-path.ts';

export { safePath };

/** The signed-in person's access token, kept in localStorage so every tab of the console shares it. */
const KEY = 'orgs.session';

interface Session {
  accessToken: string;
  /** epoch ms; 0 when unknown */
  expiresAt: number;
}

export function accessToken(): string | undefined {
  const raw = localStorage.getItem(KEY);
  if (!raw) return undefined;
  try {
    const session = JSON.parse(raw) as Session;
    if (session.expiresAt && session.expiresAt < Date.now()) return undefined;
    return session.accessToken;
  } catch {
    return undefined;
  }
}

export function saveSession(token: string, expiresInSeconds?: number): void {
  const expiresAt = expiresInSeconds ? Date.now() + expiresInSeconds * 1000 : jwtExpiry(token);
  localStorage.setItem(KEY, JSON.stringify({ accessToken: token, expiresAt } satisfies Session));
}

export function signOut(): void {
  localStorage.removeItem(KEY);
}

/** A JWT's `exp` in ms (the console never trusts it for anything but "ask to sign in again"). */
function jwtExpiry(token: string): number {
  try {
    const payload = JSON.parse(atob((token.split('.')[1] ?? '').replace(/-/g, '+').replace(/_/g, '/')));
    return typeof payload.exp === 'number' ? payload.exp * 1000 : 0;
  } catch {
    return 0;
  }
}

const currentPath = () => `${location.pathname}${location.search}`;

/** Leaves for the sign-in: the local development form, or the OIDC provider. */
export async function startSignIn(returnTo = currentPath()): Promise<void> {
  const signIn = config().signIn;
  if (signIn.mode === 'development') {
    location.assign(`${signIn.url}?${new URLSearchParams({ return_to: returnTo })}`);
    return;
  }
  const { startOidcSignIn } = await import('./oidc.ts');
  await startOidcSignIn(signIn, returnTo);
}

/** `/auth/callback`: stores the token and answers where to go next. */
export async function completeSignIn(): Promise<string> {
  const signIn = config().signIn;
  if (signIn.mode === 'development') {
    const fragment = new URLSearchParams(location.hash.slice(1));
    const token = fragment.get('access_token');
    if (!token) throw new Error('The sign-in did not return a token.');
    saveSession(token);
    return safePath(fragment.get('return_to'));
  }
  const { completeOidcSignIn } = await import('./oidc.ts');
  const { token, expiresIn, returnTo } = await completeOidcSignIn(signIn);
  saveSession(token, expiresIn);
  return safePath(returnTo);
}
