import { expect } from 'vitest';
import { type ApiResponse, api, type TestUser } from './http.ts';
import { until } from './wait.ts';

export interface UploadTicket {
  uploadId: string;
  url: string;
  fields: Record<string, string>;
  expiresAt: string;
}

/** POST …/branding/{asset}/uploads; fails the test unless 201. */
export async function requestUpload(
  user: TestUser,
  orgId: string,
  asset: string,
  body: { contentType: string; contentLength: number },
): Promise<UploadTicket> {
  const response = await api('POST', `/orgs/${orgId}/branding/${asset}/uploads`, { token: user.token, body });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body;
}

/** What a browser form does with the ticket: the fields in order, then the file. */
export async function postToStorage(
  ticket: Pick<UploadTicket, 'url' | 'fields'>,
  bytes: Uint8Array,
  fileType?: string,
) {
  const form = new FormData();
  for (const [name, value] of Object.entries(ticket.fields)) form.append(name, value);
  form.append('file', new Blob([bytes], fileType ? { type: fileType } : {}), 'upload');
  const response = await fetch(ticket.url, { method: 'POST', body: form });
  return { status: response.status, text: await response.text() };
}

/** Polls GET …/uploads/{id} until the checker decided. */
export async function decided(
  user: TestUser,
  orgId: string,
  asset: string,
  uploadId: string,
): Promise<ApiResponse> {
  return until(
    () => api('GET', `/orgs/${orgId}/branding/${asset}/uploads/${uploadId}`, { token: user.token }),
    (response) => response.status !== 200 || response.body.status !== 'pending',
    `upload ${uploadId} decided`,
  );
}

/** Uploads `bytes` as `contentType` through the API and the storage; returns the decision. */
export async function upload(
  user: TestUser,
  orgId: string,
  asset: string,
  bytes: Uint8Array,
  contentType: string,
) {
  const ticket = await requestUpload(user, orgId, asset, { contentType, contentLength: bytes.length });
  const stored = await postToStorage(ticket, bytes);
  expect(stored.status, stored.text).toBe(204);
  return { ticket, decision: await decided(user, orgId, asset, ticket.uploadId) };
}
