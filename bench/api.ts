/** A minimal JSON client for setting up fixtures through the real API. */
export interface ApiReply {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: response bodies as the API returns them
  body: any;
}

export function apiClient(baseUrl: string) {
  async function call(
    method: string,
    path: string,
    options: { token?: string; body?: unknown } = {},
  ): Promise<ApiReply> {
    const headers: Record<string, string> = {};
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  }

  /** The call must answer `status`; returns the body. */
  async function expect(
    status: number,
    method: string,
    path: string,
    options?: { token?: string; body?: unknown },
  ) {
    const reply = await call(method, path, options);
    if (reply.status !== status) {
      throw new Error(
        `${method} ${path}: expected ${status}, got ${reply.status} ${JSON.stringify(reply.body)}`,
      );
    }
    return reply.body;
  }

  return { call, expect };
}

export type ApiClient = ReturnType<typeof apiClient>;
