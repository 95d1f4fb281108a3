import createClient, { type Middleware } from 'openapi-fetch';
import { accessToken, signOut, startSignIn } from '../auth/session.ts';
import { config } from '../config.ts';
import type { components, paths } from './schema';

export type Schemas = components['schemas'];

/** A refusal from the API: RFC 9457 problem details; `detail` is what the person reads. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
  ) {
    super(detail);
  }
}

const auth: Middleware = {
  onRequest({ request }) {
    const token = accessToken();
    if (token) request.headers.set('authorization', `Bearer ${token}`);
    // every state-changing POST is retry-safe with a key of its own (the Stripe convention)
    if (request.method === 'POST') request.headers.set('idempotency-key', crypto.randomUUID());
    return request;
  },
};

let client: ReturnType<typeof createClient<paths>> | undefined;

/** The typed client of the API (types generated from /openapi.json by `npm run client`). */
export function api() {
  if (!client) {
    client = createClient<paths>({ baseUrl: config().apiUrl });
    client.use(auth);
  }
  return client;
}

interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** The response body, or an ApiProblem; a 401 sends the person to sign in again. */
export async function call<T>(request: Promise<FetchResult<T>>): Promise<T> {
  let result: FetchResult<T>;
  try {
    result = await request;
  } catch {
    throw new ApiProblem(0, 'NETWORK', 'The API could not be reached. Check your connection and try again.');
  }
  const { data, error, response } = result;
  if (response.ok) return data as T;
  const problem = (error ?? {}) as Partial<Schemas['Problem']>;
  if (response.status === 401) {
    signOut();
    void startSignIn();
  }
  const detail = problem.detail ?? problem.title ?? `The request failed (${response.status}).`;
  // validation problems say which field is wrong in `errors`
  const fields = (problem.errors ?? []).map(
    (entry) => `${entry.path ? `${entry.path}: ` : ''}${entry.message}`,
  );
  throw new ApiProblem(response.status, problem.code ?? 'UNKNOWN', [detail, ...fields].join(' '));
}

/** Codes whose meaning the console explains in its own words, whatever the API's detail. */
const explained: Record<string, string> = {
  MFA_REQUIRED:
    'Your organization requires multi-factor sign-in. Sign out, then sign in again with a second factor (an authenticator app, a security key…).',
  PLAN_FEATURE_UNAVAILABLE:
    'Your organization’s plan does not include this. Whoever manages billing can choose a plan that does under Billing & plan.',
};

/** What to show for any failure. */
export const problemText = (error: unknown) =>
  error instanceof ApiProblem
    ? (explained[error.code] ?? error.detail)
    : error instanceof Error
      ? error.message
      : String(error);
