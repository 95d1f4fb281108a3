import { createHash } from 'node:crypto';
import { GetPublicKeyCommand, KMSClient, SignCommand } from '@aws-sdk/client-kms';
import { exportJWK, importJWK, importSPKI, type JWK, type JWTPayload, SignJWT } from 'jose';
import { awsClient } from '../platform/aws-clients.ts';
import { env } from '../platform/config/env.ts';

/**
 * The keys that sign organization session tokens. Deployed: asymmetric KMS keys
 * (ECC_NIST_P256): `Sign` with the signing key, so no private key material is ever in a
 * function's memory; `GetPublicKey` for the published ones (cached per container).
 * Locally: private JWKs the local stack keeps under `.local/` (in memory with --in-memory).
 * Several keys are published at once so the next key is known before it signs (rotation).
 */
export interface SigningKeys {
  sign(payload: JWTPayload): Promise<string>;
  publicKeys(): Promise<JWK[]>;
}

/** The local stack's keys: `{ signing: kid, keys: [private JWK with kid] }`. */
interface LocalKeySet {
  signing: string;
  keys: (JWK & { kid: string })[];
}

const publicPart = ({ kty, crv, x, y, kid }: JWK): JWK => ({ kty, crv, x, y, kid, alg: 'ES256', use: 'sig' });

function localKeys(raw: string): SigningKeys {
  const set = JSON.parse(raw) as LocalKeySet;
  const signing = set.keys.find((key) => key.kid === set.signing);
  if (!signing) throw new Error('ORG_TOKEN_LOCAL_KEYS: the signing key is not among the keys');
  const privateKey = importJWK(signing, 'ES256');
  return {
    sign: async (payload) =>
      new SignJWT(payload)
        .setProtectedHeader({ alg: 'ES256', typ: 'JWT', kid: signing.kid })
        .sign(await privateKey),
    publicKeys: async () => set.keys.map(publicPart),
  };
}

/** A KMS key's id (the last part of its ARN) is its `kid`. */
const kidOf = (keyArn: string) => keyArn.split('/').pop() ?? keyArn;

let kms: KMSClient | undefined;
const kmsClient = () => {
  kms ??= awsClient('kms', new KMSClient({ maxAttempts: 3 }));
  return kms;
};

const b64url = (data: Buffer | string) => Buffer.from(data).toString('base64url');

/** KMS answers a DER ECDSA signature; JWS wants r‖s, 32 bytes each. */
export function derToJose(der: Uint8Array): Buffer {
  const bytes = Buffer.from(der);
  let offset = 2 + (bytes[1] === 0x81 ? 1 : 0);
  const part = () => {
    const length = bytes[offset + 1] ?? 0;
    const value = bytes.subarray(offset + 2, offset + 2 + length);
    offset += 2 + length;
    const trimmed = value.subarray(Math.max(0, value.length - 32));
    return Buffer.concat([Buffer.alloc(32 - trimmed.length), trimmed]);
  };
  return Buffer.concat([part(), part()]);
}

function kmsKeys(published: string[], signingArn: string): SigningKeys {
  let cached: Promise<JWK[]> | undefined;
  return {
    async sign(payload) {
      const header = { alg: 'ES256', typ: 'JWT', kid: kidOf(signingArn) };
      const input = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(payload))}`;
      const { Signature } = await kmsClient().send(
        new SignCommand({
          KeyId: signingArn,
          Message: createHash('sha256').update(input).digest(),
          MessageType: 'DIGEST',
          SigningAlgorithm: 'ECDSA_SHA_256',
        }),
      );
      if (!Signature) throw new Error('KMS returned no signature');
      return `${input}.${b64url(derToJose(Signature))}`;
    },
    publicKeys() {
      cached ??= Promise.all(
        published.map(async (arn) => {
          const { PublicKey } = await kmsClient().send(new GetPublicKeyCommand({ KeyId: arn }));
          if (!PublicKey) throw new Error(`KMS returned no public key for ${arn}`);
          const pem = `-----BEGIN PUBLIC KEY-----\n${Buffer.from(PublicKey).toString('base64')}\n-----END PUBLIC KEY-----`;
          return publicPart({ ...(await exportJWK(await importSPKI(pem, 'ES256'))), kid: kidOf(arn) });
        }),
      ).catch((error) => {
        cached = undefined;
        throw error;
      });
      return cached;
    },
  };
}

let keys: { source: string; keys: SigningKeys } | undefined;

/** The configured keys; rebuilt when the configuration changes (a test stack, a rotation). */
export function signingKeys(): SigningKeys {
  const {
    ORG_TOKEN_LOCAL_KEYS: local,
    ORG_TOKEN_KMS_KEYS: published,
    ORG_TOKEN_KMS_SIGNING_KEY: signing,
  } = env();
  const source = `${local}|${published}|${signing}`;
  if (keys?.source === source) return keys.keys;
  let built: SigningKeys;
  if (published) {
    const arns = published
      .split(',')
      .map((arn) => arn.trim())
      .filter(Boolean);
    built = kmsKeys(arns, signing ?? (arns[0] as string));
  } else if (local) {
    built = localKeys(local);
  } else {
    throw new Error(
      'No organization token signing key: set ORG_TOKEN_KMS_KEYS (deployed) or ORG_TOKEN_LOCAL_KEYS',
    );
  }
  keys = { source, keys: built };
  return built;
}
