import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * S3's browser-upload (POST Object) policy rules, as S3 applies them: s3rver stores any
 * form POST without reading its policy, so the local storage checks these first.
 * https://docs.aws.amazon.com/AmazonS3/latest/API/sigv4-HTTPPOSTConstructPolicy.html
 */

export interface PolicyFailure {
  status: 400 | 403;
  code: 'AccessDenied' | 'EntityTooLarge' | 'EntityTooSmall' | 'InvalidPolicyDocument';
  message: string;
}

export interface PostUpload {
  bucket: string;
  /** form fields other than `file`, names lower-cased */
  fields: Record<string, string>;
  fileSize: number;
}

type Condition = Record<string, string> | [string, string | number, string | number];

const denied = (message: string): PolicyFailure => ({ status: 403, code: 'AccessDenied', message });

const hmac = (key: Buffer | string, data: string) => createHmac('sha256', key).update(data, 'utf8').digest();

function signingKey(secret: string, date: string, region: string, service: string) {
  return hmac(hmac(hmac(hmac(`AWS4${secret}`, date), region), service), 'aws4_request');
}

/** Fields S3 never asks a condition for. */
const unconditioned = (name: string) =>
  name === 'policy' || name === 'x-amz-signature' || name === 'file' || name.startsWith('x-ignore-');

/** `undefined` when S3 would store the upload; else what S3 answers. */
export function checkPostPolicy(
  upload: PostUpload,
  secretOf: (accessKeyId: string) => string | undefined,
  now = new Date(),
): PolicyFailure | undefined {
  const { fields } = upload;
  const policyBase64 = fields.policy;
  if (!policyBase64) return denied('Bucket POST must contain a policy.');
  const credential = (fields['x-amz-credential'] ?? '').split('/');
  const [accessKeyId, date, region, service] = credential;
  if (fields['x-amz-algorithm'] !== 'AWS4-HMAC-SHA256' || credential.length !== 5 || !date || !region) {
    return denied('Only AWS4-HMAC-SHA256 policies with a full credential scope are accepted.');
  }
  const secret = accessKeyId ? secretOf(accessKeyId) : undefined;
  if (!secret) return denied('The AWS Access Key Id you provided does not exist in our records.');
  const expected = hmac(signingKey(secret, date, region, service ?? 's3'), policyBase64);
  const given = Buffer.from(fields['x-amz-signature'] ?? '', 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return denied('The request signature we calculated does not match the signature you provided.');
  }

  let policy: { expiration?: string; conditions?: Condition[] };
  try {
    policy = JSON.parse(Buffer.from(policyBase64, 'base64').toString('utf8'));
  } catch {
    return { status: 400, code: 'InvalidPolicyDocument', message: 'Invalid Policy: Invalid JSON.' };
  }
  const expiration = Date.parse(policy.expiration ?? '');
  if (!Number.isFinite(expiration)) {
    return { status: 400, code: 'InvalidPolicyDocument', message: 'Invalid Policy: missing expiration.' };
  }
  if (expiration <= now.getTime()) return denied('Invalid according to Policy: Policy expired.');

  const values: Record<string, string> = { ...fields, bucket: upload.bucket };
  const covered = new Set<string>();
  for (const condition of policy.conditions ?? []) {
    const failure = checkCondition(condition, values, upload.fileSize, covered);
    if (failure) return failure;
  }
  const uncovered = Object.keys(fields).find((name) => !unconditioned(name) && !covered.has(name));
  if (uncovered) {
    return denied(`Invalid according to Policy: Extra input fields: ${uncovered}`);
  }
  return undefined;
}

function checkCondition(
  condition: Condition,
  values: Record<string, string>,
  fileSize: number,
  covered: Set<string>,
): PolicyFailure | undefined {
  const failed = () =>
    denied(`Invalid according to Policy: Policy Condition failed: ${JSON.stringify(condition)}`);
  if (!Array.isArray(condition)) {
    for (const [name, value] of Object.entries(condition)) {
      covered.add(name.toLowerCase());
      if (values[name.toLowerCase()] !== value) return failed();
    }
    return undefined;
  }
  const [operator, first, second] = condition;
  if (operator === 'content-length-range') {
    if (fileSize > Number(second)) {
      return {
        status: 400,
        code: 'EntityTooLarge',
        message: 'Your proposed upload exceeds the maximum allowed size',
      };
    }
    if (fileSize < Number(first)) {
      return {
        status: 400,
        code: 'EntityTooSmall',
        message: 'Your proposed upload is smaller than the minimum allowed size',
      };
    }
    return undefined;
  }
  const name = String(first).replace(/^\$/, '').toLowerCase();
  covered.add(name);
  const value = values[name] ?? '';
  if (operator === 'eq' && value === String(second)) return undefined;
  if (operator === 'starts-with' && value.startsWith(String(second))) return undefined;
  return failed();
}
