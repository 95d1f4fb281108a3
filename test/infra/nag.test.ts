/**
 * cdk-nag (AwsSolutions) over the app exactly as infra/app.ts builds it, bundling skipped.
 * The Validations plugin fails `app.synth()` on any unacknowledged error; the pack's
 * `validateScope` also lists warnings, so both are asserted empty. A deliberately
 * non-compliant construct proves the check can fail.
 */
import { App, Stack, Validations } from 'aws-cdk-lib';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../infra/orgs-stack.ts';
import { EXAMPLES, resolveEntry, SKIP_BUNDLING } from './app-template.ts';

const context = { ...SKIP_BUNDLING, ...EXAMPLES };

function findings(scope: IConstruct) {
  return new AwsSolutionsChecks().validateScope(scope).violations.map((violation) => ({
    rule: violation.ruleName,
    severity: violation.severity,
    resources: violation.violatingResources.map((resource) => resource.constructPath),
  }));
}

/** Every acknowledgement in the tree: rule id → reasons. */
function acknowledgements(scope: IConstruct): Map<string, string[]> {
  const acks = new Map<string, string[]>();
  for (const construct of scope.node.findAll()) {
    for (const entry of construct.node.metadata) {
      if (entry.type !== Validations.ACKNOWLEDGED_RULES_METADATA_KEY) continue;
      for (const [id, reason] of Object.entries(entry.data as Record<string, string>)) {
        const rule = id.replace(/^annotation::/i, '');
        acks.set(rule, [...(acks.get(rule) ?? []), reason]);
      }
    }
  }
  return acks;
}

/**
 * CDK's built-in CloudFormation validation is off here: it never fails a synth (its findings
 * are downgraded to warnings) and costs 5-20 s in a test; `npm run synth` still runs it.
 */
const builtinCloudFormationValidation = false;

describe('cdk-nag AwsSolutions', () => {
  let app: App;
  beforeAll(() => {
    ({ app } = buildApp({ context, resolveEntry, builtinCloudFormationValidation }));
  }, 60_000);

  it('passes the app as infra/app.ts builds it: no unacknowledged error or warning', () => {
    expect(() => app.synth()).not.toThrow();
    expect(findings(app)).toEqual([]);
  }, 60_000);

  it('acknowledges only the reviewed rules, each with a specific reason', () => {
    const acks = acknowledgements(app);
    // A new acknowledgement must be reviewed and added here.
    expect([...acks.keys()].sort()).toEqual(
      [
        'AwsSolutions-APIG4',
        'AwsSolutions-IAM5[Resource::*]',
        'AwsSolutions-SMG4',
        'AwsSolutions-SQS3',
        // the console (infra/constructs/console.ts): CloudFront, its log bucket, the BucketDeployment upload
        'AwsSolutions-CFR1',
        'AwsSolutions-CFR2',
        'AwsSolutions-CFR4',
        'AwsSolutions-S1',
        'AwsSolutions-L1',
        'AwsSolutions-IAM5[Action::s3:Abort*]',
        'AwsSolutions-IAM5[Action::s3:DeleteObject*]',
        'AwsSolutions-IAM5[Action::s3:GetBucket*]',
        'AwsSolutions-IAM5[Action::s3:GetObject*]',
        'AwsSolutions-IAM5[Action::s3:List*]',
        'AwsSolutions-IAM5[Resource::<ConsoleFiles2D43986C.Arn>/*]',
        'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-<AWS::Region>/*]',
        // branding storage (infra/constructs/branding-storage.ts): CloudFront logs (besides CFR1/2/4 and S1 above),
        // the per-prefix grants of the upload, clear and checker functions
        'AwsSolutions-CFR3',
        'AwsSolutions-IAM5[Resource::<BrandingStorageBucket08F9B84D.Arn>/assets/*]',
        'AwsSolutions-IAM5[Resource::<BrandingStorageBucket08F9B84D.Arn>/uploads/*]',
        // …and the purge's (cleanup, in the scheduled area: the bucket's ARN is a parameter there)
        'AwsSolutions-IAM5[Resource::<referencetoOrgsStackBrandingAreaNestedStackBrandingAreaNestedStackResource78D1D493OutputsOrgsStackBrandingAreaBrandingStorageBucketAE473EE2Arn>/assets/*]',
        'AwsSolutions-IAM5[Resource::<referencetoOrgsStackBrandingAreaNestedStackBrandingAreaNestedStackResource78D1D493OutputsOrgsStackBrandingAreaBrandingStorageBucketAE473EE2Arn>/uploads/*]',
      ].sort(),
    );
    for (const reasons of acks.values()) {
      for (const reason of reasons) expect(reason.length).toBeGreaterThan(80);
    }
  });

  it('still reports a non-compliant construct added to a stack or an area stack (the acknowledgements are narrow)', () => {
    const { app, stack } = buildApp({ context, resolveEntry, builtinCloudFormationValidation });
    new Queue(stack, 'UnencryptedQueue', { encryption: QueueEncryption.UNENCRYPTED });
    const area = stack.areas.get('stream');
    if (!area) throw new Error('no stream area');
    new Queue(area, 'UnencryptedQueue', { encryption: QueueEncryption.UNENCRYPTED });
    const found = findings(app);
    const rules = found.map((finding) => finding.rule);
    expect(rules).toEqual(
      expect.arrayContaining(['AwsSolutions-SQS2', 'AwsSolutions-SQS3', 'AwsSolutions-SQS4']),
    );
    const sqs2 = found.filter((finding) => finding.rule === 'AwsSolutions-SQS2').flatMap((f) => f.resources);
    expect(sqs2.sort()).toEqual([
      'OrgsStack/StreamArea/UnencryptedQueue/Resource',
      'OrgsStack/UnencryptedQueue/Resource',
    ]);
    // That the plugin turns such a finding into a failed synth is shown below on a small app.
  }, 60_000);

  it('fails the synth of a separate app with a non-compliant construct', () => {
    const app = new App({ context, builtinCloudFormationValidation });
    const stack = new Stack(app, 'NonCompliant');
    new Queue(stack, 'UnencryptedQueue', { encryption: QueueEncryption.UNENCRYPTED });
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
    expect(findings(app).map((finding) => finding.rule)).toContain('AwsSolutions-SQS2');
    expect(() => app.synth()).toThrow(/AwsSolutions-SQS2/);
  });
});
