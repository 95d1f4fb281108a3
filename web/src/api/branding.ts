import {
  assetLimits,
  type BrandingAsset,
  type ImageType,
  imageTypes,
} from '../../../shared/branding/domain/branding.ts';
import { api, call, type Schemas } from './client.ts';

/**
 * A branding image from the browser to the organization: ask the API for a presigned POST,
 * send the file straight to storage with it, then poll the upload until the checker decided.
 */

export type BrandingUpload = Schemas['BrandingUpload'];
type Ticket = Schemas['BrandingUploadTicket'];

const MiB = 1024 * 1024;
const formatBytes = (bytes: number) =>
  bytes >= MiB
    ? `${(bytes / MiB).toLocaleString('en', { maximumFractionDigits: 1 })} MiB`
    : `${Math.ceil(bytes / 1024).toLocaleString('en')} KiB`;

/** What the person is told before choosing a file: the same limits the API and the checker apply. */
export function limitText(asset: BrandingAsset): string {
  const { maxBytes, minWidth, minHeight, maxWidth, maxHeight } = assetLimits[asset];
  return `PNG, JPEG or WebP, at most ${formatBytes(maxBytes)}, from ${minWidth}×${minHeight} to ${maxWidth}×${maxHeight} pixels.`;
}

/** The refusal the browser can tell without asking anyone (type and size); undefined when the file may go. */
export function fileProblem(asset: BrandingAsset, file: File): string | undefined {
  if (!(imageTypes as readonly string[]).includes(file.type)) {
    return `“${file.name}” is ${file.type ? `of type ${file.type}` : 'not an image'}: choose a PNG, JPEG or WebP image.`;
  }
  if (file.size === 0) return `“${file.name}” is empty.`;
  const { maxBytes } = assetLimits[asset];
  if (file.size > maxBytes) {
    const bytes = (count: number) => `${count.toLocaleString('en')} bytes`;
    return `“${file.name}” is ${bytes(file.size)}; a ${asset} is at most ${formatBytes(maxBytes)} (${bytes(maxBytes)}).`;
  }
  return undefined;
}

export function requestUpload(orgId: string, asset: BrandingAsset, file: File): Promise<Ticket> {
  return call(
    api().POST('/orgs/{orgId}/branding/{asset}/uploads', {
      params: { path: { orgId, asset } },
      body: { contentType: file.type as ImageType, contentLength: file.size },
    }),
  );
}

/** Storage answers refusals as S3 does: XML with a Message. */
const storageMessage = (status: number, body: string) =>
  /<Message>([^<]*)<\/Message>/.exec(body)?.[1]?.trim() || `status ${status}`;

/**
 * The multipart form the ticket describes: every field in order, then the file as `file`.
 * XMLHttpRequest rather than fetch: it reports how much of the body was sent.
 */
export function sendToStorage(
  ticket: Ticket,
  file: File,
  onProgress: (sentFraction: number) => void,
): Promise<void> {
  const form = new FormData();
  for (const [name, value] of Object.entries(ticket.fields)) form.append(name, value);
  form.append('file', file);
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', ticket.url);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      if (request.status >= 200 && request.status < 300) resolve();
      else
        reject(
          new Error(`Storage refused the file (${storageMessage(request.status, request.responseText)}).`),
        );
    };
    request.onerror = () =>
      reject(new Error('The file could not be sent to storage. Check your connection and try again.'));
    request.send(form);
  });
}

export function getUpload(orgId: string, asset: BrandingAsset, uploadId: string): Promise<BrandingUpload> {
  return call(
    api().GET('/orgs/{orgId}/branding/{asset}/uploads/{uploadId}', {
      params: { path: { orgId, asset, uploadId } },
    }),
  );
}

/**
 * Polls the upload until it is accepted or rejected (the checker takes about a second; an
 * upload that never arrives reads as rejected a few minutes after its ticket expired).
 * `stopped()` ends the wait early (the page was left): undefined then.
 */
export async function decision(
  orgId: string,
  asset: BrandingAsset,
  uploadId: string,
  stopped: () => boolean,
): Promise<BrandingUpload | undefined> {
  let delay = 250;
  while (!stopped()) {
    const upload = await getUpload(orgId, asset, uploadId);
    if (upload.status !== 'pending') return upload;
    await new Promise((resolve) => setTimeout(resolve, delay));
    delay = Math.min(delay * 1.5, 3000);
  }
  return undefined;
}

export function removeAsset(orgId: string, asset: BrandingAsset): Promise<unknown> {
  return call(api().DELETE('/orgs/{orgId}/branding/{asset}', { params: { path: { orgId, asset } } }));
}
