import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  HttpVersion,
  PriceClass,
  ResponseHeadersPolicy,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { Stats } from 'aws-cdk-lib/aws-cloudwatch';
import { Rule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { Effect, PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import {
  BlockPublicAccess,
  Bucket,
  BucketEncryption,
  type CfnBucket,
  HttpMethods,
  ObjectOwnership,
} from 'aws-cdk-lib/aws-s3';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { backgroundFunctions } from '../../functions/background.ts';
import { ASSET_PREFIX, UPLOAD_PREFIX } from '../../shared/branding/domain/branding.ts';
import type { ApiFunction } from './api-function.ts';
import type { AreaStack } from './area-stack.ts';

const PREFIX_WILDCARD =
  'Object keys are made per upload at run time (uploads/{orgId}/{asset}/{uploadId}, assets/…/{sha256}.{ext}), so the ' +
  'grant names the one prefix the function works in (never the whole bucket), with only the actions it uses (its definition’s `storage`).';

/**
 * Branding images: a private, versioned, TLS-only bucket that browsers POST to with a
 * presigned policy (under `uploads/`); S3 "Object Created" there (via EventBridge) invokes the checker, which
 * writes accepted bytes under `assets/`; CloudFront (origin access control) serves
 * `assets/` and nothing else, cached for a year (keys are immutable: they carry the digest).
 * Lifecycle rules remove unchecked and rejected uploads and replaced versions.
 */
export class BrandingStorage extends Construct {
  readonly bucket: Bucket;
  readonly distribution: Distribution;
  readonly checker: ApiFunction;
  readonly deadLetterQueue: Queue;

  constructor(area: AreaStack, id: string) {
    super(area, id);
    const { alarmTopic, addOutput } = area.resources;

    this.bucket = new Bucket(this, 'Bucket', {
      versioned: true,
      enforceSSL: true,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      removalPolicy: RemovalPolicy.RETAIN,
      // the console's browser POSTs the presigned form here (a simple request: no preflight);
      // the answer is readable only by the console's origins
      cors: [
        {
          allowedMethods: [HttpMethods.POST],
          allowedOrigins: [...area.resources.browserOrigins],
          allowedHeaders: ['*'],
          maxAge: 3600,
        },
      ],
      lifecycleRules: [
        {
          id: 'unchecked-uploads',
          prefix: UPLOAD_PREFIX,
          // the checker deletes every upload within seconds; anything older was never checked
          expiration: Duration.days(1),
          noncurrentVersionExpiration: Duration.days(1),
          abortIncompleteMultipartUploadAfter: Duration.days(1),
        },
        {
          id: 'replaced-and-removed-versions',
          noncurrentVersionExpiration: Duration.days(7),
          expiredObjectDeleteMarker: true,
        },
      ],
    });
    Validations.of(this.bucket).acknowledge({
      id: 'AwsSolutions-S1',
      reason:
        'No server access logs: every object is written by a presigned POST the API issued (recorded as an upload ' +
        'item) or by the checker (which logs each decision), and read only through CloudFront; S3 access logs would ' +
        'need a second bucket and add no fact the table and function logs lack.',
    });

    this.distribution = new Distribution(this, 'Cdn', {
      comment: 'orgs: branding images (assets/ of the branding bucket)',
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.bucket, {
          originPath: `/${ASSET_PREFIX.replace(/\/$/, '')}`,
        }),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: ResponseHeadersPolicy.SECURITY_HEADERS,
      },
      httpVersion: HttpVersion.HTTP2_AND_3,
      priceClass: PriceClass.PRICE_CLASS_100,
    });
    // the origin's read grant covers the bucket: CloudFront must never read unchecked uploads
    this.bucket.addToResourcePolicy(
      new PolicyStatement({
        effect: Effect.DENY,
        principals: [new ServicePrincipal('cloudfront.amazonaws.com')],
        actions: ['s3:GetObject'],
        notResources: [this.bucket.arnForObjects(`${ASSET_PREFIX}*`)],
      }),
    );
    Validations.of(this.distribution).acknowledge(
      {
        id: 'AwsSolutions-CFR1',
        reason:
          'No geo restriction: organizations and the people they invite are anywhere; the images are public logos ' +
          'meant to be shown in emails and on the shared information screen.',
      },
      {
        id: 'AwsSolutions-CFR2',
        reason:
          'No WAF: the distribution serves static, immutable images from S3 (GET/HEAD only, no origin logic); ' +
          'CloudFront’s built-in DDoS protection covers it and a web ACL would cost more than the risk it removes.',
      },
      {
        id: 'AwsSolutions-CFR3',
        reason:
          'No access logs: the images are public branding, requests carry no user data, and a logging bucket ' +
          '(with ACLs CloudFront standard logging requires) would be the only consumer; CloudWatch metrics remain.',
      },
      {
        id: 'AwsSolutions-CFR4',
        reason:
          'The default *.cloudfront.net certificate lets CloudFront negotiate TLS 1.0+ with viewers; a custom domain ' +
          'with its own certificate (and TLSv1.2_2021) is a deployment choice outside this template.',
      },
    );

    this.deadLetterQueue = new Queue(this, 'CheckerDeadLetterQueue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    Validations.of(this.deadLetterQueue).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason:
        'This queue is itself a dead-letter queue: where EventBridge and Lambda put upload events the checker could not ' +
        'be invoked for or failed on after every retry (cdk-nag only recognises queue redrive policies and function DeadLetterConfig as DLQ use).',
    });

    const cdnUrl = `https://${this.distribution.distributionDomainName}`;
    this.checker = area.addFunction(backgroundFunctions.checkBrandingUpload, {
      description: 'S3 ObjectCreated under uploads/ → check the image, publish it or reject it',
      timeout: Duration.seconds(60),
      memorySize: 1024,
    });
    // S3 → EventBridge (set on the bucket itself: no notification custom resource) → a rule
    // for "Object Created" under uploads/ → the checker (undeliverable events: the DLQ)
    // a check that throws (storage or table unreachable) is retried by Lambda, then kept in the DLQ
    this.checker.fn.configureAsyncInvoke({
      retryAttempts: 2,
      maxEventAge: Duration.hours(2),
      onFailure: new SqsDestination(this.deadLetterQueue),
    });
    (this.bucket.node.defaultChild as CfnBucket).notificationConfiguration = {
      eventBridgeConfiguration: { eventBridgeEnabled: true },
    };
    new Rule(this, 'UploadLanded', {
      description: 'A branding upload landed under uploads/: check it',
      eventPattern: {
        source: ['aws.s3'],
        detailType: ['Object Created'],
        detail: { bucket: { name: [this.bucket.bucketName] }, object: { key: [{ prefix: UPLOAD_PREFIX }] } },
      },
      targets: [
        new LambdaFunction(this.checker.fn, {
          retryAttempts: 4,
          maxEventAge: Duration.hours(2),
          deadLetterQueue: this.deadLetterQueue,
        }),
      ],
    });

    const bucketArnId = `<${Stack.of(this).getLogicalId(this.bucket.node.defaultChild as never)}.Arn>`;
    // the S3 and CDN grants are the functions' definitions (`storage`, `listsStorage`, `invalidatesCdn`)
    for (const fn of area.resources.functions.values()) {
      const { storage: grants = [], listsStorage: listed, invalidatesCdn } = fn.def;
      if (grants.length === 0 && !listed && !invalidatesCdn) continue;
      fn.fn.addEnvironment('BRANDING_BUCKET', this.bucket.bucketName);
      fn.fn.addEnvironment('BRANDING_CDN_URL', cdnUrl);
      if (invalidatesCdn) {
        fn.fn.addEnvironment('BRANDING_DISTRIBUTION_ID', this.distribution.distributionId);
        this.distribution.grantCreateInvalidation(fn.role);
      }
      const statements = grants.map(
        ({ actions, prefix }) =>
          new PolicyStatement({
            actions: [...actions],
            resources: [this.bucket.arnForObjects(`${prefix}*`)],
          }),
      );
      if (listed) {
        statements.push(
          new PolicyStatement({
            actions: ['s3:ListBucket'],
            resources: [this.bucket.bucketArn],
            conditions: { StringLike: { 's3:prefix': listed.map((prefix) => `${prefix}*`) } },
          }),
        );
      }
      for (const statement of statements) fn.role.addToPrincipalPolicy(statement);
      const policy = fn.role.node.tryFindChild('DefaultPolicy');
      if (!policy) continue;
      if (Stack.of(fn.role) === Stack.of(this)) {
        Validations.of(policy).acknowledge(
          ...grants.map(({ prefix }) => ({
            id: `AwsSolutions-IAM5[Resource::${bucketArnId}/${prefix}*]`,
            reason: PREFIX_WILDCARD,
          })),
        );
      } else {
        // In another area's stack the bucket's ARN is a parameter CDK names while it prepares
        // the app: the acknowledgement is made after that, when validation runs, with that name.
        policy.node.addValidation({
          validate: () => {
            const { Ref } = Stack.of(policy).resolve(this.bucket.bucketArn) as { Ref?: string };
            Validations.of(policy).acknowledge(
              ...grants.map(({ prefix }) => ({
                id: `AwsSolutions-IAM5[Resource::<${Ref}>/${prefix}*]`,
                reason: PREFIX_WILDCARD,
              })),
            );
            return [];
          },
        });
      }
    }

    alarmTopic.add(this, 'CheckerDeadLetterQueueNotEmpty', {
      metric: this.deadLetterQueue.metricApproximateNumberOfMessagesVisible({
        period: Duration.minutes(1),
        statistic: Stats.MAXIMUM,
      }),
      description:
        'Branding uploads whose check failed every retry (they stay pending; lifecycle removes them)',
    });
    addOutput('BrandingCdnUrl', { value: cdnUrl, description: 'Where accepted branding images are served' });
  }
}
