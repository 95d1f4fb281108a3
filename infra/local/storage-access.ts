import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/**
 * Who may do what on the local storage, as S3 decides it for the branding bucket (private,
 * public access blocked): s3rver itself takes anonymous writes and listings, and with
 * `allowMismatchedSignatures` any signature, so the local storage asks this module first.
 *
 * - A request signed with AWS Signature Version 4 (header or query) whose signature is right
 *   for a known access key: the SDK's requests, with the stack's credentials.
 * - A browser form POST to the bucket (multipart/form-data, however spelled, whatever the query
 *   string): its POST policy decides (post-policy.ts).
 * - Anonymous GET/HEAD of an object under `assets/` (no query string): the local stand-in for
 *   the CDN, which serves that prefix only. And CORS preflights.
 * - Anything else: 403 AccessDenied, as S3 answers an anonymous caller.
 *
 * https://docs.aws.amazon.com/AmazonS3/latest/API/sig-v4-authenticating-requests.html
 */

export interface StorageRefusal {
  status: 400 | 403;
  code: string;
  message: string;
}

export interface StorageRequest {
  method: string;
  /** the request target as received: raw path and query string */
  url: string;
  headers: IncomingHttpHeaders;
}

export type StorageAccess =
  | { kind: 'signed' }
  | { kind: 'form-post'; bucket: string }
  | { kind: 'public-read' }
  | { kind: 'preflight' }
  | { kind: 'refused'; refusal: StorageRefusal };

/** Assets are the only prefix served without a signature (the CDN's origin path deployed). */
export const PUBLIC_PREFIX = 'assets/';

/** S3 refuses a header-signed request whose time is further than this from its own. */
const MAX_SKEW_MS = 15 * 60_000;

const accessDenied = (message = 'Access Denied'): StorageRefusal => ({
  status: 403,
  code: 'AccessDenied',
  message,
});

const header = (headers: IncomingHttpHeaders, name: string) => {
  const value = headers[name];
  return Array.isArray(value) ? value.join(',') : value;
};

/** A form POST's media type, as S3 reads it: case-insensitive. */
export const isMultipartForm = (contentType: string | undefined) =>
  /^\s*multipart\/form-data\s*(;|$)/i.test(contentType ?? '');

/** Decides a request before s3rver sees it. */
export function storageAccess(
  request: StorageRequest,
  bucket: string,
  secretOf: (accessKeyId: string) => string | undefined,
  now = new Date(),
): StorageAccess {
  const { path, query } = splitTarget(request.url);
  const method = request.method.toUpperCase();
  if (method === 'OPTIONS') return { kind: 'preflight' };
  if (isSigned(request, query)) {
    const refusal = verifySignature(request, secretOf, now);
    return refusal ? { kind: 'refused', refusal } : { kind: 'signed' };
  }
  const bucketLevel = path === `/${bucket}` || path === `/${bucket}/`;
  if (method === 'POST' && bucketLevel && isMultipartForm(header(request.headers, 'content-type'))) {
    return { kind: 'form-post', bucket };
  }
  if ((method === 'GET' || method === 'HEAD') && query === '' && isPublicObject(path, bucket)) {
    return { kind: 'public-read' };
  }
  return { kind: 'refused', refusal: accessDenied() };
}

/** `/<bucket>/assets/<…>`, each segment a plain name (no `.`, `..`, empty or backslash, encoded or not). */
function isPublicObject(path: string, bucket: string): boolean {
  const prefix = `/${bucket}/${PUBLIC_PREFIX}`;
  if (!path.startsWith(prefix)) return false;
  let key: string;
  try {
    key = decodeURIComponent(path.slice(`/${bucket}/`.length));
  } catch {
    return false;
  }
  return key
    .split('/')
    .slice(1)
    .every((segment) => segment !== '' && segment !== '.' && segment !== '..' && !/[\\\0]/.test(segment));
}

function splitTarget(url: string) {
  const at = url.indexOf('?');
  return at < 0 ? { path: url, query: '' } : { path: url.slice(0, at), query: url.slice(at + 1) };
}

function queryParams(query: string): [string, string][] {
  if (query === '') return [];
  return query.split('&').map((pair) => {
    const at = pair.indexOf('=');
    const [name, value] = at < 0 ? [pair, ''] : [pair.slice(0, at), pair.slice(at + 1)];
    return [decodeComponent(name), decodeComponent(value)];
  });
}

const decodeComponent = (text: string) => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};

const isSigned = (request: StorageRequest, query: string) =>
  header(request.headers, 'authorization') !== undefined ||
  queryParams(query).some(([name]) => ['X-Amz-Signature', 'X-Amz-Algorithm', 'Signature'].includes(name));

/** RFC 3986 unreserved characters stay; everything else is percent-encoded (as SigV4 wants). */
const uriEncode = (text: string) =>
  encodeURIComponent(text).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);

const hmac = (key: Buffer | string, data: string) => createHmac('sha256', key).update(data, 'utf8').digest();
const sha256Hex = (data: string) => createHash('sha256').update(data, 'utf8').digest('hex');

/** `20240102T030405Z` → epoch ms, or NaN. */
function amzTime(value: string | undefined): number {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value ?? '');
  if (!match) return Number.NaN;
  const [, y, mo, d, h, mi, s] = match.map(Number) as number[];
  return Date.UTC(y as number, (mo as number) - 1, d, h, mi, s);
}

interface SignedParts {
  accessKeyId: string;
  scope: { date: string; region: string; service: string; terminator: string };
  signedHeaders: string[];
  signature: string;
  amzDate: string;
  payloadHash: string;
  /** the query parameters that are part of the canonical query string */
  canonicalParams: [string, string][];
}

function parseHeaderAuth(request: StorageRequest, params: [string, string][]): SignedParts | StorageRefusal {
  const authorization = header(request.headers, 'authorization') ?? '';
  const match =
    /^AWS4-HMAC-SHA256\s+Credential=([^,\s]+)\s*,\s*SignedHeaders=([^,\s]+)\s*,\s*Signature=([0-9a-f]{64})\s*$/.exec(
      authorization,
    );
  if (!match) {
    return {
      status: 400,
      code: 'AuthorizationHeaderMalformed',
      message: 'The authorization header is malformed: only AWS4-HMAC-SHA256 is accepted here.',
    };
  }
  const [, credential = '', signedHeaders = '', signature = ''] = match;
  const amzDate = header(request.headers, 'x-amz-date') ?? '';
  const payloadHash = header(request.headers, 'x-amz-content-sha256');
  if (!payloadHash) {
    return {
      status: 400,
      code: 'InvalidRequest',
      message: 'Missing required header for this request: x-amz-content-sha256',
    };
  }
  const scope = parseCredential(credential);
  if (!scope) return accessDenied('The credential scope is malformed.');
  return {
    ...scope,
    signedHeaders: signedHeaders.split(';'),
    signature,
    amzDate,
    payloadHash,
    canonicalParams: params,
  };
}

function parseQueryAuth(params: [string, string][], now: Date): SignedParts | StorageRefusal {
  const get = (name: string) => params.find(([key]) => key === name)?.[1];
  if (get('X-Amz-Algorithm') !== 'AWS4-HMAC-SHA256') {
    return accessDenied('Only AWS4-HMAC-SHA256 query authentication is accepted here.');
  }
  const scope = parseCredential(get('X-Amz-Credential') ?? '');
  const amzDate = get('X-Amz-Date') ?? '';
  const expires = Number(get('X-Amz-Expires'));
  const signature = get('X-Amz-Signature') ?? '';
  if (!scope || !/^[0-9a-f]{64}$/.test(signature) || !Number.isInteger(expires) || expires < 1) {
    return accessDenied(
      'Query-string authentication needs X-Amz-Credential, X-Amz-Date, X-Amz-Expires, X-Amz-SignedHeaders and X-Amz-Signature.',
    );
  }
  if (amzTime(amzDate) + expires * 1000 < now.getTime()) return accessDenied('Request has expired');
  return {
    ...scope,
    signedHeaders: (get('X-Amz-SignedHeaders') ?? '').split(';'),
    signature,
    amzDate,
    // the presigner hoists the header into the query as it is spelled (lower case)
    payloadHash:
      params.find(([name]) => name.toLowerCase() === 'x-amz-content-sha256')?.[1] ?? 'UNSIGNED-PAYLOAD',
    canonicalParams: params.filter(([name]) => name !== 'X-Amz-Signature'),
  };
}

function parseCredential(credential: string) {
  const [accessKeyId, date, region, service, terminator] = credential.split('/');
  if (!accessKeyId || !date || !region || !service || terminator !== 'aws4_request') return undefined;
  return { accessKeyId, scope: { date, region, service, terminator } };
}

/**
 * Checks a SigV4 signature as S3 does: the canonical request is rebuilt from the request as
 * received (the path as sent, S3 does not normalize it; the query sorted and re-encoded; the
 * signed headers), and the signature recomputed with the access key's secret. The payload hash
 * is taken as declared (S3 also compares it with the body; the local storage does not).
 */
export function verifySignature(
  request: StorageRequest,
  secretOf: (accessKeyId: string) => string | undefined,
  now = new Date(),
): StorageRefusal | undefined {
  const { path, query } = splitTarget(request.url);
  const params = queryParams(query);
  const byHeader = header(request.headers, 'authorization') !== undefined;
  const byQuery = !byHeader && params.some(([name]) => name.startsWith('X-Amz-'));
  if (!byHeader && !byQuery) return accessDenied('Only Signature Version 4 is accepted here.');
  const parts = byHeader ? parseHeaderAuth(request, params) : parseQueryAuth(params, now);
  if ('status' in parts) return parts;

  const time = amzTime(parts.amzDate);
  if (!Number.isFinite(time)) {
    return accessDenied('AWS authentication requires a valid x-amz-date (yyyyMMddTHHmmssZ).');
  }
  if (!byQuery && Math.abs(now.getTime() - time) > MAX_SKEW_MS) {
    return {
      status: 403,
      code: 'RequestTimeTooSkewed',
      message: 'The difference between the request time and the current time is too large.',
    };
  }
  if (parts.scope.date !== parts.amzDate.slice(0, 8) || parts.scope.service !== 's3') {
    return accessDenied('The credential scope does not match the request date or service.');
  }
  if (!parts.signedHeaders.includes('host')) return accessDenied('The host header must be signed.');
  const secret = secretOf(parts.accessKeyId);
  if (!secret) {
    return {
      status: 403,
      code: 'InvalidAccessKeyId',
      message: 'The AWS Access Key Id you provided does not exist in our records.',
    };
  }

  const canonicalQuery = parts.canonicalParams
    .map(([name, value]) => [uriEncode(name), uriEncode(value)] as const)
    .sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0))
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
  const canonicalHeaders = parts.signedHeaders
    .map((name) => `${name}:${(header(request.headers, name) ?? '').trim().replace(/\s+/g, ' ')}\n`)
    .join('');
  const canonicalRequest = [
    request.method.toUpperCase(),
    path || '/',
    canonicalQuery,
    canonicalHeaders,
    parts.signedHeaders.join(';'),
    parts.payloadHash,
  ].join('\n');
  const { date, region, service, terminator } = parts.scope;
  const stringToSign = [
    'AWS4-HMAC-SHA256',
    parts.amzDate,
    `${date}/${region}/${service}/${terminator}`,
    sha256Hex(canonicalRequest),
  ].join('\n');
  const signingKey = hmac(hmac(hmac(hmac(`AWS4${secret}`, date), region), service), terminator);
  const expected = hmac(signingKey, stringToSign);
  const given = Buffer.from(parts.signature, 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return {
      status: 403,
      code: 'SignatureDoesNotMatch',
      message: 'The request signature we calculated does not match the signature you provided.',
    };
  }
  return undefined;
}
