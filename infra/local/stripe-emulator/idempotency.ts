// Idempotency-Key handling for POSTs: replay a saved response, or refuse a key reused with other parameters.
import { idempotencyEndpointMismatch, idempotencyMismatch, invalidRequest } from './errors.ts';

export interface SavedResponse {
  status: number;
  body: string;
  requestId: string;
}

interface Entry {
  path: string;
  fingerprint: string;
  response: SavedResponse;
}

export type IdempotencyLookup =
  | { kind: 'none' }
  | { kind: 'fresh'; save(response: SavedResponse): void }
  | { kind: 'replay'; response: SavedResponse };

/**
 * Keys are scoped per API key, as Stripe scopes them per account. Like Stripe, only responses from requests
 * that got as far as executing are saved (validation 400s and auth errors are not), see `shouldSave`.
 */
export class IdempotencyStore {
  private readonly entries = new Map<string, Entry>();

  /**
   * Must be called synchronously right before the handler runs: the handlers are synchronous, so a second
   * request with the same key can never observe a half-finished first one.
   */
  lookup(
    apiKey: string,
    idempotencyKey: string | undefined,
    path: string,
    fingerprint: string,
  ): IdempotencyLookup {
    if (idempotencyKey === undefined) return { kind: 'none' };
    if (idempotencyKey.length > 255) {
      throw invalidRequest('Idempotency keys can be no longer than 255 characters.', {
        param: 'Idempotency-Key',
      });
    }
    const scoped = `${apiKey}\u0000${idempotencyKey}`;
    const entry = this.entries.get(scoped);
    if (entry) {
      if (entry.path !== path) throw idempotencyEndpointMismatch(idempotencyKey, entry.path, path);
      if (entry.fingerprint !== fingerprint) throw idempotencyMismatch(idempotencyKey);
      return { kind: 'replay', response: entry.response };
    }
    return {
      kind: 'fresh',
      save: (response) => {
        if (shouldSave(response.status)) this.entries.set(scoped, { path, fingerprint, response });
      },
    };
  }

  reset(): void {
    this.entries.clear();
  }
}

function shouldSave(status: number): boolean {
  return status < 400 || status === 402 || status === 404;
}
