/**
 * Alarm notifications can be delivered: every alarm action of every stack is followed to
 * its SNS topic, the topic's resource policy, and (for an encrypted topic) the key policy,
 * and each must let CloudWatch alarms of this account publish. A topic policy replaces SNS's
 * default policy, so a policy holding only the TLS Deny silently drops every alarm.
 */
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { Alarm, Metric } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { beforeAll, describe, expect, it } from 'vitest';
import { synthApp } from './app-template.ts';

type Json = Record<string, unknown>;
interface Statement {
  Effect: 'Allow' | 'Deny';
  Principal?: { Service?: string | string[] } | string;
  Action: string | string[];
  Resource?: unknown;
  Condition?: Record<string, Record<string, unknown>>;
}
const asArray = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const CLOUDWATCH = 'cloudwatch.amazonaws.com';
const ACCOUNT = { Ref: 'AWS::AccountId' };

const actionMatches = (pattern: string, action: string) =>
  new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`, 'i').test(action);

/** Does a statement allow CloudWatch, on behalf of this account only, to do `action` on `resource`? */
function allowsCloudWatch(statement: Statement, action: string, resource: unknown): boolean {
  if (statement.Effect !== 'Allow' || typeof statement.Principal !== 'object') return false;
  if (!asArray(statement.Principal.Service).includes(CLOUDWATCH)) return false;
  if (!asArray(statement.Action).some((pattern) => actionMatches(pattern, action))) return false;
  if (!asArray(statement.Resource).some((r) => r === '*' || same(r, resource))) return false;
  return same(statement.Condition?.StringEquals?.['aws:SourceAccount'], ACCOUNT);
}

/** A Deny that could hit CloudWatch's publish: anything but the refusal of non-TLS requests. */
const blocksTlsPublish = (statement: Statement) =>
  statement.Effect === 'Deny' && !same(statement.Condition, { Bool: { 'aws:SecureTransport': 'false' } });

/** Every problem on the way from each alarm action to a delivered message. */
function deliveryProblems(template: Template): { alarms: number; problems: string[] } {
  const json = template.toJSON() as { Resources: Record<string, { Type: string; Properties: Json }> };
  const resources = Object.entries(json.Resources);
  const alarms = resources.filter(([, r]) => r.Type === 'AWS::CloudWatch::Alarm');
  const problems: string[] = [];
  for (const [alarmId, alarm] of alarms) {
    const actions = [...asArray(alarm.Properties.AlarmActions), ...asArray(alarm.Properties.OKActions)];
    if (asArray(alarm.Properties.AlarmActions).length === 0) problems.push(`${alarmId}: no alarm action`);
    for (const action of actions) {
      const topicId = (action as { Ref?: string }).Ref;
      const topic = topicId ? json.Resources[topicId] : undefined;
      if (!topicId || topic?.Type !== 'AWS::SNS::Topic') {
        problems.push(`${alarmId}: action ${JSON.stringify(action)} is not a topic of the app`);
        continue;
      }
      const policies = resources.filter(
        ([, r]) =>
          r.Type === 'AWS::SNS::TopicPolicy' && asArray(r.Properties.Topics).some((t) => same(t, action)),
      );
      const statements = policies.flatMap(
        ([, p]) => (p.Properties.PolicyDocument as { Statement: Statement[] }).Statement,
      );
      // No topic policy = SNS's default policy (owner only): CloudWatch is not allowed either.
      if (!statements.some((s) => allowsCloudWatch(s, 'sns:Publish', action))) {
        problems.push(`${alarmId}: the policy of topic ${topicId} does not allow CloudWatch to publish`);
      }
      if (statements.some(blocksTlsPublish))
        problems.push(`${alarmId}: topic ${topicId} denies more than non-TLS`);
      const keyRef = topic.Properties.KmsMasterKeyId as { 'Fn::GetAtt'?: [string, string] } | undefined;
      if (keyRef) {
        const keyId = keyRef['Fn::GetAtt']?.[0];
        const key = keyId ? json.Resources[keyId] : undefined;
        if (!keyId || key?.Type !== 'AWS::KMS::Key') {
          problems.push(`${alarmId}: topic ${topicId} is encrypted with a key that is not in the app`);
          continue;
        }
        const keyStatements = (key.Properties.KeyPolicy as { Statement: Statement[] }).Statement;
        for (const kmsAction of ['kms:Decrypt', 'kms:GenerateDataKey']) {
          if (!keyStatements.some((s) => allowsCloudWatch(s, kmsAction, '*'))) {
            problems.push(`${alarmId}: key ${keyId} does not allow CloudWatch ${kmsAction}`);
          }
        }
      }
    }
  }
  return { alarms: alarms.length, problems };
}

describe('alarm delivery', () => {
  let template: Template;
  beforeAll(() => {
    ({ template } = synthApp());
  }, 60_000);

  it('lets CloudWatch publish every alarm of every stack to the topic, through its topic and key policy', () => {
    const { alarms, problems } = deliveryProblems(template);
    // per function errors + throttles, plus the shared and notification alarms
    expect(alarms).toBeGreaterThan(80);
    expect(problems).toEqual([]);
  });

  it('admits CloudWatch only for alarms of this account (source account and alarm ARN)', () => {
    const policies = Object.values(template.findResources('AWS::SNS::TopicPolicy'));
    const statements = policies.flatMap((p) => p.Properties.PolicyDocument.Statement as Statement[]);
    const publish = statements.filter((s) => s.Effect === 'Allow');
    expect(publish).toHaveLength(1);
    expect(publish[0]?.Condition).toEqual({
      StringEquals: { 'aws:SourceAccount': ACCOUNT },
      ArnLike: { 'aws:SourceArn': expect.objectContaining({ 'Fn::Join': expect.any(Array) }) },
    });
    expect(JSON.stringify(publish[0]?.Condition?.ArnLike)).toContain(':alarm:*');
  });

  it('finds the fault of a TLS-only topic whose policy allows nobody, and of a key CloudWatch cannot use', () => {
    const stack = new Stack(new App({ builtinCloudFormationValidation: false }), 'Probe');
    const key = new Key(stack, 'Key');
    const topic = new Topic(stack, 'Topic', { enforceSSL: true, masterKey: key });
    new Alarm(stack, 'Alarm', {
      metric: new Metric({ namespace: 'Probe', metricName: 'Errors' }),
      threshold: 1,
      evaluationPeriods: 1,
    }).addAlarmAction(new SnsAction(topic));
    const { alarms, problems } = deliveryProblems(Template.fromStack(stack));
    expect(alarms).toBe(1);
    expect(problems).toEqual([
      expect.stringMatching(/does not allow CloudWatch to publish/),
      expect.stringMatching(/does not allow CloudWatch kms:Decrypt/),
      expect.stringMatching(/does not allow CloudWatch kms:GenerateDataKey/),
    ]);
  }, 30_000);
});
