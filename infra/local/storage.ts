import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import S3rver from '@20minutes/s3rver';
import AWSAccount from '@20minutes/s3rver/lib/models/account.js';
import type { S3Event, S3ObjectCreatedNotificationEvent } from 'aws-lambda';
import { backgroundFunctions } from '../../functions/background.ts';
import { withAsyncRetries } from './async-retries.ts';
import type { LocalConfig } from './config.ts';
import { localCredentials } from './dynamodb-local.ts';
import { resolvePort } from './free-port.ts';
import { loadHandler } from './handler-loader.ts';
import { lambdaContext } from './lambda-context.ts';
import { checkPostPolicy } from './post-policy.ts';
import { isMultipartForm, type StorageRefusal, storageAccess } from './storage-access.ts';

export interface LocalStorage {
  /** the S3 endpoint (path-style: `<url>/<bucket>/<key>`) */
  url: string;
  bucket: string;
  /** where accepted branding assets are served: the local stand-in for the CDN */
  cdnBaseUrl: string;
  stop(): Promise<void>;
}

export interface LocalStorageOptions {
  host: string;
  port: number;
  bucket: string;
  credentials: { accessKeyId: string; secretAccessKey: string };
  /** persistent data; undefined = a temporary directory removed on stop */
  dataDir: string | undefined;
  /** "Object Created" events, as S3 sends them to EventBridge (one per object) */
  onObjectCreated: (event: S3ObjectCreatedNotificationEvent) => Promise<void>;
  log: (line: string) => void;
}

/** The largest form POST buffered for the policy check (the largest asset is 4 MiB). */
const MAX_POST_BYTES = 8 * 1024 * 1024;

/**
 * Browsers (the console) upload with a form POST from another origin. Any origin: the console's
 * port is chosen at start, and the deployed rule (infra/constructs/branding-storage.ts) names it.
 */
const CORS = `<CORSConfiguration><CORSRule><AllowedOrigin>*</AllowedOrigin><AllowedMethod>GET</AllowedMethod><AllowedMethod>POST</AllowedMethod><AllowedHeader>*</AllowedHeader></CORSRule></CORSConfiguration>`;

interface KoaContext {
  method: string;
  url: string;
  path: string;
  querystring: string;
  headers: Record<string, string | string[] | undefined>;
  req: IncomingMessage;
  status: number;
  type: string;
  body: unknown;
  set(field: string, value: string): void;
}

const xmlEscape = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * S3 on this machine: s3rver (a real S3 API server, files on disk) with the bucket
 * created at start, plus what s3rver leaves out and S3 refuses (storage-access.ts): a
 * request passes only with a valid Signature Version 4 (the SDK's), or as a browser form
 * POST whose POST policy (signature, expiry, key, content type, size range) holds, checked
 * as S3 does before s3rver stores the object, or as an anonymous read of `assets/` (the
 * local CDN); anything else is 403 AccessDenied. Objects are served with
 * `X-Content-Type-Options: nosniff`. Each ObjectCreated goes to `onObjectCreated`, retried
 * when it fails as the deployed asynchronous invocation is.
 */
export async function startLocalStorage(options: LocalStorageOptions): Promise<LocalStorage> {
  const temporary = options.dataDir === undefined;
  const directory = options.dataDir ?? mkdtempSync(path.join(tmpdir(), 'orgs-storage-'));
  mkdirSync(directory, { recursive: true });
  AWSAccount.DUMMY_ACCOUNT.createKeyPair(
    options.credentials.accessKeyId,
    options.credentials.secretAccessKey,
  );

  const server = new S3rver({
    address: options.host,
    port: options.port,
    silent: true,
    directory,
    vhostBuckets: false,
    // s3rver canonicalizes a bucket-level request as `/bucket` where the SDK signs `/bucket/`
    // (ListObjects: the purge), so it refuses every such signature; storage-access.ts has
    // checked every signature already, on the path as sent
    allowMismatchedSignatures: true,
    configureBuckets: [{ name: options.bucket, configs: [CORS] }],
  });
  server.middleware.unshift(enforceAccess(options.bucket));

  const inFlight = new Set<Promise<void>>();
  server.on('event', (event: S3Event) => {
    for (const record of event.Records ?? []) {
      if (!record.eventName.startsWith('ObjectCreated:')) continue;
      const event = objectCreated(record);
      const delivery = withAsyncRetries(
        `storage event handler (${record.s3.object.key})`,
        () => options.onObjectCreated(event),
        options.log,
      ).finally(() => inFlight.delete(delivery));
      inFlight.add(delivery);
    }
  });

  let address: { port: number };
  try {
    address = await server.run();
  } catch (error) {
    if (temporary) rmSync(directory, { recursive: true, force: true });
    throw error;
  }
  const url = `http://${options.host}:${address.port}`;
  return {
    url,
    bucket: options.bucket,
    cdnBaseUrl: `${url}/${options.bucket}/assets`,
    stop: async () => {
      await server.close();
      await Promise.allSettled([...inFlight]);
      if (temporary) rmSync(directory, { recursive: true, force: true });
    },
  };
}

/**
 * The stack's storage part: the bucket on STORAGE_PORT (data under `.local/storage`, or a
 * temporary directory in memory mode), its ObjectCreated events delivered to the upload
 * checker as S3 delivers them to its Lambda, and the functions' environment pointed at it.
 */
export async function startBrandingStorage(config: LocalConfig, log: (line: string) => void) {
  const checker = backgroundFunctions.checkBrandingUpload;
  const storage = await startLocalStorage({
    host: config.host,
    port: await resolvePort(config.storagePort),
    bucket: config.storageBucket,
    credentials: localCredentials,
    dataDir: config.inMemory ? undefined : path.join(config.dataDir, 'storage'),
    onObjectCreated: async (event) => {
      const handler = await loadHandler(checker);
      await handler(event, lambdaContext(checker.id, 60_000));
    },
    log,
  });
  Object.assign(process.env, {
    S3_ENDPOINT: storage.url,
    BRANDING_BUCKET: storage.bucket,
    BRANDING_CDN_URL: storage.cdnBaseUrl,
  });
  return storage;
}

/** s3rver's notification record as the EventBridge event S3 sends deployed (infra/constructs/branding-storage.ts). */
function objectCreated(record: S3Event['Records'][number]): S3ObjectCreatedNotificationEvent {
  return {
    version: '0',
    id: randomUUID(),
    'detail-type': 'Object Created',
    source: 'aws.s3',
    account: '000000000000',
    time: record.eventTime,
    region: 'local',
    resources: [`arn:aws:s3:::${record.s3.bucket.name}`],
    detail: {
      version: '0',
      bucket: { name: record.s3.bucket.name },
      object: {
        key: record.s3.object.key,
        size: record.s3.object.size,
        etag: record.s3.object.eTag,
        'version-id': record.s3.object.versionId ?? '',
        sequencer: record.s3.object.sequencer,
      },
      'request-id': record.responseElements['x-amz-request-id'],
      requester: 'local',
      'source-ip-address': record.requestParameters.sourceIPAddress,
      reason: record.eventName === 'ObjectCreated:Post' ? 'POST Object' : 'PutObject',
    },
  };
}

const secretOf = (accessKeyId: string) => AWSAccount.registry.get(accessKeyId)?.accessKeys.get(accessKeyId);

/** Koa middleware in front of s3rver's routes: what S3 would refuse never reaches s3rver. */
function enforceAccess(bucket: string) {
  return async (raw: unknown, next: () => Promise<void>) => {
    const ctx = raw as KoaContext;
    // as the CDN deployed: a stored type is never sniffed into another (an HTML body served as an image)
    ctx.set('X-Content-Type-Options', 'nosniff');
    const access = storageAccess(
      { method: ctx.method, url: ctx.url, headers: ctx.headers },
      bucket,
      secretOf,
    );
    if (access.kind === 'refused') return answer(ctx, access.refusal);
    if (access.kind === 'form-post') return enforcePostPolicy(ctx, access.bucket, next);
    return next();
  };
}

/** A browser form POST to the bucket must satisfy its policy, whatever its query string. */
async function enforcePostPolicy(ctx: KoaContext, bucket: string, next: () => Promise<void>) {
  const contentType = String(ctx.headers['content-type'] ?? '');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.req) {
    size += chunk.length;
    if (size <= MAX_POST_BYTES) chunks.push(chunk);
  }
  if (size > MAX_POST_BYTES) {
    return answer(ctx, {
      status: 400,
      code: 'EntityTooLarge',
      message: 'Your proposed upload exceeds the maximum allowed size',
    });
  }
  const body = Buffer.concat(chunks);
  let form: FormData;
  try {
    form = await new Response(body, { headers: { 'content-type': contentType } }).formData();
  } catch {
    return answer(ctx, {
      status: 400,
      code: 'InvalidPolicyDocument',
      message: 'The body is not multipart/form-data.',
    });
  }
  const fields: Record<string, string> = {};
  let fileSize = 0;
  for (const [name, value] of form.entries()) {
    if (name === 'file') fileSize = typeof value === 'string' ? Buffer.byteLength(value) : value.size;
    else if (typeof value === 'string') fields[name.toLowerCase()] = value;
  }
  const failure = checkPostPolicy({ bucket, fields, fileSize }, secretOf);
  if (failure) return answer(ctx, failure);
  // s3rver sees a plain form upload: no query string (it would pick another bucket operation)
  // and the media type spelled as it expects; it reads the form from ctx.req: the bytes already read
  ctx.querystring = '';
  const headers = { ...ctx.req.headers };
  if (isMultipartForm(contentType)) {
    headers['content-type'] = contentType.replace(/multipart\/form-data/i, 'multipart/form-data');
  }
  ctx.req = Object.assign(Readable.from([body]), { headers }) as unknown as IncomingMessage;
  return next();
}

function answer(ctx: KoaContext, failure: StorageRefusal) {
  // the bucket's CORS rule covers refusals too (as on S3), so the console can read the reason
  if (ctx.headers.origin) ctx.set('Access-Control-Allow-Origin', '*');
  ctx.status = failure.status;
  ctx.type = 'application/xml';
  ctx.body = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${failure.code}</Code><Message>${xmlEscape(failure.message)}</Message></Error>`;
}
