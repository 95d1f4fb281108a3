import { beforeAll, describe, expect, inject, it } from 'vitest';
import { newUser, type TestUser } from '../support/http.ts';
import { png } from '../support/images.ts';
import { createOrgFor } from '../support/orgs.ts';
import { requestUpload, type UploadTicket } from '../support/uploads.ts';

/**
 * The console posts the presigned form to storage from its own origin: the local storage
 * (infra/local/storage.ts) must let the page read the answer, a refusal of the policy included,
 * as S3 does with the bucket's CORS rule.
 */

const consoleOrigin = () => new URL(inject('stack').appUrl).origin;

async function postFrom(origin: string, ticket: UploadTicket, bytes: Uint8Array) {
  const form = new FormData();
  for (const [name, value] of Object.entries(ticket.fields)) form.append(name, value);
  form.append('file', new Blob([bytes]), 'logo.png');
  const response = await fetch(ticket.url, { method: 'POST', body: form, headers: { origin } });
  return {
    status: response.status,
    allowOrigin: response.headers.get('access-control-allow-origin'),
    text: await response.text(),
  };
}

let owner: TestUser;
let orgId: string;

beforeAll(async () => {
  owner = await newUser({ name: 'Cors Owner' });
  orgId = (await createOrgFor(owner)).id;
});

describe('local storage answers the console’s cross-origin uploads', () => {
  it('a stored file: 204 readable by the console', async () => {
    const bytes = png(32, 32, 4);
    const ticket = await requestUpload(owner, orgId, 'logo', {
      contentType: 'image/png',
      contentLength: bytes.length,
    });
    const stored = await postFrom(consoleOrigin(), ticket, bytes);
    expect(stored.status, stored.text).toBe(204);
    expect(stored.allowOrigin).toBe('*');
  });

  it('a refusal of the policy: the console can read why', async () => {
    const bytes = png(32, 32, 5);
    const ticket = await requestUpload(owner, orgId, 'logo', {
      contentType: 'image/png',
      contentLength: bytes.length - 1,
    });
    const refused = await postFrom(consoleOrigin(), ticket, bytes);
    expect(refused.status).toBe(400);
    expect(refused.text).toMatch(/<Code>EntityTooLarge<\/Code>/);
    expect(refused.allowOrigin).toBe('*');
  });
});
