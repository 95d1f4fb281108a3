import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { signDevToken } from '../../infra/local/dev-issuer.ts';

// biome-ignore lint/suspicious/noExplicitAny: tests read JSON bodies without declaring every shape
export interface ApiResponse<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

export const apiUrl = () => inject('stack').apiUrl;

/** Twice the handlers' own deadline (29 s): a call unanswered this long is a stalled stack, and says which. */
const NO_ANSWER_MS = 60_000;

/** Calls the running local API as an HTTP client would. */
// biome-ignore lint/suspicious/noExplicitAny: as above
export async function api<T = any>(
  method: string,
  path: string,
  options: { token?: string; body?: unknown; headers?: Record<string, string>; rawBody?: string } = {},
): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let body: string | undefined = options.rawBody;
  if (options.body !== undefined) {
    headers['content-type'] ??= 'application/json';
    body = JSON.stringify(options.body);
  }
  const response = await fetch(`${apiUrl()}${path}`, {
    method,
    headers,
    body,
    signal: AbortSignal.timeout(NO_ANSWER_MS),
  }).catch((error: unknown) => {
    if (error instanceof DOMException && error.name === 'TimeoutError')
      throw new Error(`${method} ${path}: no answer from the local API in ${NO_ANSWER_MS / 1000} s`);
    throw error;
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, headers: response.headers, body: parsed as T };
}

export interface TestUser {
  email: string;
  userId: string;
  token: string;
}

/** A fresh identity from the development issuer, registered unless told otherwise. */
export async function newUser(
  options: { name?: string; register?: boolean; emailVerified?: boolean; email?: string } = {},
): Promise<TestUser> {
  const email = options.email ?? `user-${randomUUID()}@example.com`;
  const userId = `user_${randomUUID().replaceAll('-', '')}`;
  const token = await signDevToken({
    email,
    sub: userId,
    name: options.name ?? 'Test User',
    emailVerified: options.emailVerified ?? true,
  });
  if (options.register !== false) {
    const me = await api('GET', '/me', { token });
    if (me.status !== 200) throw new Error(`registering ${email} failed: ${me.status}`);
  }
  return { email, userId, token };
}
