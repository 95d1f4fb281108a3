/** The branding bucket, its CDN and the checker's trigger (infra/constructs/branding-storage.ts). */
import { Match, type Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BrandingStorage } from '../../infra/constructs/branding-storage.ts';
import type { OrgsStack } from '../../infra/orgs-stack.ts';
import { logicalId, synthApp } from './app-template.ts';

type Json = Record<string, unknown>;

describe('BrandingStorage', () => {
  let stack: OrgsStack;
  let template: Template;
  let bucketId: string;

  beforeAll(() => {
    ({ stack, template } = synthApp());
    const storage = stack.areas.get('branding')?.node.tryFindChild('BrandingStorage') as
      | BrandingStorage
      | undefined;
    if (!storage) throw new Error('no BrandingStorage in the branding area');
    bucketId = logicalId(storage.bucket);
  }, 60_000);

  const bucket = () => template.findResources('AWS::S3::Bucket')[bucketId]?.Properties as Json;

  it('keeps the bucket private, versioned, encrypted and TLS-only, sending its events to EventBridge', () => {
    expect(bucket()).toMatchObject({
      VersioningConfiguration: { Status: 'Enabled' },
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      BucketEncryption: expect.anything(),
      NotificationConfiguration: { EventBridgeConfiguration: { EventBridgeEnabled: true } },
    });
    expect(template.findResources('AWS::S3::Bucket')[bucketId]?.DeletionPolicy).toBe('Retain');
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
  });

  it("lets the console's origins, and no other, POST uploads from the browser (CORS)", () => {
    expect(bucket().CorsConfiguration).toEqual({
      CorsRules: [
        {
          AllowedMethods: ['POST'],
          // APP_URL, and the console's CloudFront address (infra/constructs/console.ts)
          AllowedOrigins: [
            'https://app.example.com',
            {
              'Fn::Join': [
                '',
                ['https://', { 'Fn::GetAtt': [expect.stringMatching(/^ConsoleDistribution/), 'DomainName'] }],
              ],
            },
          ],
          AllowedHeaders: ['*'],
          MaxAge: 3600,
        },
      ],
    });
  });

  it('expires unchecked uploads, replaced versions and stale delete markers', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      LifecycleConfiguration: {
        Rules: Match.arrayWith([
          Match.objectLike({
            Prefix: 'uploads/',
            ExpirationInDays: 1,
            NoncurrentVersionExpiration: { NoncurrentDays: 1 },
          }),
          Match.objectLike({
            NoncurrentVersionExpiration: { NoncurrentDays: 7 },
            ExpiredObjectDeleteMarker: true,
          }),
        ]),
      },
    });
  });

  it('serves only assets/ through CloudFront with origin access control, cached long', () => {
    template.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        Origins: [Match.objectLike({ OriginPath: '/assets', OriginAccessControlId: Match.anyValue() })],
        DefaultCacheBehavior: Match.objectLike({
          ViewerProtocolPolicy: 'redirect-to-https',
          // the managed CachingOptimized policy: up to a year, as the objects' Cache-Control says
          CachePolicyId: '658327ea-f89d-4fab-a63d-7e88639e58f6',
        }),
      }),
    });
    // CloudFront may read nothing outside assets/
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Deny',
            Principal: { Service: 'cloudfront.amazonaws.com' },
            Action: 's3:GetObject',
            NotResource: { 'Fn::Join': ['', [{ 'Fn::GetAtt': [bucketId, 'Arn'] }, '/assets/*']] },
          }),
        ]),
      },
    });
  });

  it('checks every upload: a rule on Object Created under uploads/ invokes the checker, retried, then a DLQ', () => {
    const checker = stack.functions.get('checkBrandingUpload');
    if (!checker) throw new Error('no checker');
    template.hasResourceProperties('AWS::Events::Rule', {
      EventPattern: {
        source: ['aws.s3'],
        'detail-type': ['Object Created'],
        detail: { bucket: { name: [{ Ref: bucketId }] }, object: { key: [{ prefix: 'uploads/' }] } },
      },
      Targets: [
        Match.objectLike({
          Arn: { 'Fn::GetAtt': [logicalId(checker.fn), 'Arn'] },
          RetryPolicy: Match.objectLike({ MaximumRetryAttempts: 4 }),
          DeadLetterConfig: { Arn: Match.anyValue() },
        }),
      ],
    });
    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      FunctionName: { Ref: logicalId(checker.fn) },
      MaximumRetryAttempts: 2,
      DestinationConfig: { OnFailure: { Destination: Match.anyValue() } },
    });
  });

  it.each([
    ['createBrandingUpload', [['s3:PutObject', 'uploads/*']]],
    ['deleteBrandingAsset', [['s3:DeleteObject', 'assets/*']]],
    [
      'checkBrandingUpload',
      [
        ['s3:GetObject,s3:GetObjectVersion,s3:DeleteObject', 'uploads/*'],
        ['s3:PutObject,s3:DeleteObject', 'assets/*'],
      ],
    ],
    [
      'cleanup',
      [
        ['s3:DeleteObject', 'uploads/*'],
        ['s3:DeleteObject', 'assets/*'],
        ['s3:ListBucket', undefined],
      ],
    ],
  ])(
    '%s gets exactly its S3 actions on its prefix, and the bucket and CDN in its environment',
    (id, expected) => {
      const fn = stack.functions.get(id);
      if (!fn) throw new Error(`no ${id}`);
      const roleRef = JSON.stringify({ Ref: logicalId(fn.role) });
      const statements = Object.values(template.findResources('AWS::IAM::Policy'))
        .filter((policy) =>
          (policy.Properties.Roles as unknown[]).some((role) => JSON.stringify(role) === roleRef),
        )
        .flatMap((policy) => policy.Properties.PolicyDocument.Statement as Json[]);
      const s3 = statements
        .filter((statement) => [statement.Action].flat().some((action) => String(action).startsWith('s3:')))
        .map((statement) => [
          [statement.Action].flat().join(','),
          JSON.stringify(statement.Resource)
            .match(/\/(uploads|assets)\/\*/)?.[0]
            .slice(1),
        ]);
      expect(s3).toEqual(expected);
      const env =
        template.findResources('AWS::Lambda::Function')[logicalId(fn.fn)]?.Properties.Environment.Variables;
      expect(env.BRANDING_BUCKET).toEqual({ Ref: bucketId });
      expect(JSON.stringify(env.BRANDING_CDN_URL)).toContain('DomainName');
    },
  );

  it('the purge lists only the org prefixes: ListBucket on the bucket, conditioned on s3:prefix', () => {
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Action: 's3:ListBucket',
            Resource: { 'Fn::GetAtt': [bucketId, 'Arn'] },
            Condition: { StringLike: { 's3:prefix': ['uploads/*', 'assets/*'] } },
          }),
        ]),
      },
    });
  });

  it('the functions that delete accepted images may invalidate the CDN, on its one distribution; no other', () => {
    const storage = stack.areas.get('branding')?.node.tryFindChild('BrandingStorage') as BrandingStorage;
    const distributionId = logicalId(storage.distribution);
    const invalidators = [...stack.functions.entries()].filter(([, fn]) =>
      JSON.stringify(
        Object.values(template.findResources('AWS::IAM::Policy')).filter((policy) =>
          JSON.stringify(policy.Properties.Roles).includes(logicalId(fn.role)),
        ),
      ).includes('cloudfront:CreateInvalidation'),
    );
    expect(invalidators.map(([id]) => id).sort()).toEqual([
      'checkBrandingUpload',
      'cleanup',
      'deleteBrandingAsset',
    ]);
    for (const [, fn] of invalidators) {
      const env =
        template.findResources('AWS::Lambda::Function')[logicalId(fn.fn)]?.Properties.Environment.Variables;
      expect(env.BRANDING_DISTRIBUTION_ID).toEqual({ Ref: distributionId });
    }
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Action: 'cloudfront:CreateInvalidation',
            Resource: Match.objectLike({
              'Fn::Join': Match.arrayWith([Match.arrayWith([{ Ref: distributionId }])]),
            }),
          }),
        ]),
      },
    });
  });

  it('no other function may touch the bucket', () => {
    const others = [...stack.functions.entries()].filter(
      ([id]) =>
        !['createBrandingUpload', 'deleteBrandingAsset', 'checkBrandingUpload', 'cleanup'].includes(id),
    );
    const policies = JSON.stringify(
      Object.values(template.findResources('AWS::IAM::Policy')).filter((policy) =>
        others.some(([, fn]) => JSON.stringify(policy.Properties.Roles).includes(logicalId(fn.role))),
      ),
    );
    expect(policies).not.toContain('s3:');
  });
});
