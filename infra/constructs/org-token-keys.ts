import { RemovalPolicy } from 'aws-cdk-lib';
import { Key, KeySpec, KeyUsage } from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import type { ApiFunction } from './api-function.ts';

export interface OrgTokenKeysProps {
  /**
   * The key generations to publish, oldest first (CDK context `orgTokenKeys`, default
   * `["1"]`). Rotation: add the next generation and deploy (it is published, not used);
   * after the verifiers' caches have turned over (5 min), set `orgTokenSigningKey` to it and
   * deploy; one token lifetime later, remove the old generation and deploy.
   */
  readonly generations: readonly string[];
  /** The generation that signs (CDK context `orgTokenSigningKey`, default the first). */
  readonly signing?: string;
}

/**
 * The asymmetric KMS keys (ECC_NIST_P256, SIGN_VERIFY) that sign organization session
 * tokens: no private key ever leaves KMS. Only functions whose definition says
 * `orgTokenKeys: 'sign'` may `kms:Sign`, with the signing key only; `verify` gets
 * `kms:GetPublicKey` of the published keys, nothing else.
 */
export class OrgTokenKeys extends Construct {
  readonly keys: ReadonlyMap<string, Key>;
  readonly signingKey: Key;
  /** what the functions read (shared/sessions/signing-keys.ts) */
  readonly environment: Record<string, string>;

  constructor(scope: Construct, id: string, props: OrgTokenKeysProps) {
    super(scope, id);
    if (props.generations.length === 0) throw new Error('OrgTokenKeys: at least one key generation');
    this.keys = new Map(
      props.generations.map((generation) => [
        generation,
        new Key(this, `Key${generation}`, {
          keySpec: KeySpec.ECC_NIST_P256,
          keyUsage: KeyUsage.SIGN_VERIFY,
          description: `orgs: organization session tokens, generation ${generation}`,
          removalPolicy: RemovalPolicy.RETAIN,
        }),
      ]),
    );
    const signing = this.keys.get(props.signing ?? (props.generations[0] as string));
    if (!signing) throw new Error(`OrgTokenKeys: no key generation ${props.signing} to sign with`);
    this.signingKey = signing;
    this.environment = {
      ORG_TOKEN_KMS_KEYS: [...this.keys.values()].map((key) => key.keyArn).join(','),
      ORG_TOKEN_KMS_SIGNING_KEY: signing.keyArn,
    };
  }

  /** The grants each function's definition asks for. */
  grantTo(functions: Iterable<ApiFunction>): void {
    for (const fn of functions) {
      const use = fn.def.orgTokenKeys;
      if (!use) continue;
      for (const key of this.keys.values()) key.grant(fn.role, 'kms:GetPublicKey');
      if (use === 'sign') this.signingKey.grant(fn.role, 'kms:Sign');
    }
  }
}
