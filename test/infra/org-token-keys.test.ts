import { beforeAll, describe, expect, it } from 'vitest';
import { logicalId, type SynthesizedApp, synthApp } from './app-template.ts';

type Json = Record<string, unknown>;
const asArray = <T>(value: T | T[]): T[] => (Array.isArray(value) ? value : [value]);

/** Every function's KMS actions, by function id, from the merged template's IAM policies. */
function kmsActionsByFunction({ stack, template }: SynthesizedApp): Map<string, Set<string>> {
  const roleToFunction = new Map([...stack.functions].map(([id, fn]) => [logicalId(fn.role), id]));
  const actions = new Map<string, Set<string>>();
  for (const policy of Object.values(template.findResources('AWS::IAM::Policy'))) {
    const properties = policy.Properties as {
      Roles: { Ref: string }[];
      PolicyDocument: { Statement: Json[] };
    };
    for (const statement of properties.PolicyDocument.Statement) {
      const kms = asArray(statement.Action as string | string[]).filter((action) =>
        action.startsWith('kms:'),
      );
      if (kms.length === 0) continue;
      for (const role of properties.Roles) {
        const id = roleToFunction.get(role.Ref);
        if (!id) continue;
        const set = actions.get(id) ?? new Set<string>();
        for (const action of kms) set.add(action);
        actions.set(id, set);
      }
    }
  }
  return actions;
}

describe('organization session signing keys (KMS)', () => {
  let app: SynthesizedApp;
  beforeAll(() => {
    app = synthApp();
  });

  it('is an asymmetric P-256 signing key, kept when the stack goes', () => {
    const keys = app.template.findResources('AWS::KMS::Key');
    const signing = Object.values(keys).filter((key) => (key.Properties as Json).KeySpec === 'ECC_NIST_P256');
    expect(signing).toHaveLength(1);
    expect(signing[0]?.Properties).toMatchObject({ KeyUsage: 'SIGN_VERIFY' });
    expect(signing[0]?.DeletionPolicy).toBe('Retain');
  });

  it('only the issuing function may sign; the verifiers may read the public key, nothing else', () => {
    const actions = kmsActionsByFunction(app);
    expect(Object.fromEntries([...actions].map(([id, set]) => [id, [...set].sort()]))).toEqual({
      createOrgSession: ['kms:GetPublicKey', 'kms:Sign'],
      getJwks: ['kms:GetPublicKey'],
      getPlatformOrganization: ['kms:GetPublicKey'],
      apiKeyAuthorizer: ['kms:GetPublicKey'],
    });
  });

  it('publishes the next key before it signs: two generations, the named one signs', () => {
    const rotated = synthApp({ context: { orgTokenKeys: '1,2', orgTokenSigningKey: '2' } });
    const keys = Object.keys(
      rotated.template.findResources('AWS::KMS::Key', { Properties: { KeySpec: 'ECC_NIST_P256' } }),
    );
    expect(keys).toHaveLength(2);
    const issuing = rotated.stack.functions.get('createOrgSession');
    if (!issuing) throw new Error('no createOrgSession function');
    const env = (rotated.template.toJSON().Resources as Record<string, { Properties: Json }>)[
      logicalId(issuing.fn)
    ]?.Properties.Environment as { Variables: Record<string, unknown> };
    const published = JSON.stringify(env.Variables.ORG_TOKEN_KMS_KEYS);
    for (const key of keys) expect(published).toContain(key);
    expect(JSON.stringify(env.Variables.ORG_TOKEN_KMS_SIGNING_KEY)).toContain(keys[1]);
  });
});
