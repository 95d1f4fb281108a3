import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { CfnOutput, DockerImage, Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import {
  CachePolicy,
  Distribution,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  ResponseHeadersPolicy,
  SecurityPolicyProtocol,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import {
  BlockPublicAccess,
  Bucket,
  BucketEncryption,
  type CfnBucket,
  ObjectOwnership,
} from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import type { ConsoleConfig } from '../../web/src/runtime-config.ts';
import type { DeployConfig } from '../config.ts';
import {
  consoleCsp,
  FRAME_OPTIONS,
  HSTS_MAX_AGE_SECONDS,
  REFERRER_POLICY,
  STRIPE_ORIGINS,
} from '../console-headers.ts';

export interface ConsoleSiteProps {
  /** the repository root (web/ is built from there) */
  readonly projectRoot: string;
  /** authIssuer (the OIDC provider), authAudience (asked for as `audience`), consoleClientId, stripePublishableKey */
  readonly config: DeployConfig;
}

/**
 * The console deployed: the Vite build in a private S3 bucket, served by CloudFront through
 * origin access control (HTTPS only, the security headers of infra/console-headers.ts, the local
 * console's too, with a CSP that allows Stripe.js; unknown paths → index.html for the console's
 * routes), and a runtime `/config.json` written at deploy time. Two steps because the API's CORS
 * needs this origin and config.json needs the API's URL: construct it before the API, then call
 * `deploy(apiUrl)`.
 */
export class ConsoleSite extends Construct {
  readonly distribution: Distribution;
  /** https://<distribution domain>; add it to the API's CORS origins */
  readonly url: string;
  private readonly bucket: Bucket;

  constructor(
    scope: Construct,
    id: string,
    private readonly props: ConsoleSiteProps,
  ) {
    super(scope, id);
    const logs = new Bucket(this, 'AccessLogs', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      // CloudFront standard logging writes with ACLs
      objectOwnership: ObjectOwnership.OBJECT_WRITER,
      lifecycleRules: [{ expiration: Duration.days(90) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(logs).acknowledge({
      id: 'AwsSolutions-S1',
      reason:
        'This bucket receives the CloudFront access logs of the console; logging its own access would only log the log writes.',
    });

    this.bucket = new Bucket(this, 'Files', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    Validations.of(this.bucket).acknowledge({
      id: 'AwsSolutions-S1',
      reason:
        'Every read of these files goes through CloudFront (origin access control), whose access logs record each request; ' +
        'the bucket is written only by the deployment. S3 server access logs would duplicate them.',
    });

    const region = Stack.of(this).region;
    const csp = consoleCsp({
      // Any API and any bucket of the region: the CSP cannot name this stack's own (tokens), as the
      // API's and the bucket's CORS name this distribution, which names this policy: a cycle
      api: `https://*.execute-api.${region}.amazonaws.com`,
      // the branding bucket takes the presigned upload POST at https://<bucket>.s3.<region>.amazonaws.com
      uploads: `https://*.s3.${region}.amazonaws.com`,
      issuer: new URL(props.config.authIssuer).origin,
      stripe: STRIPE_ORIGINS,
    });
    const referrerPolicy = Object.values(HeadersReferrerPolicy).find((policy) => policy === REFERRER_POLICY);
    if (!referrerPolicy) throw new Error(`CloudFront has no referrer policy ${REFERRER_POLICY}`);
    const headers = new ResponseHeadersPolicy(this, 'SecurityHeaders', {
      comment: 'orgs console: CSP (Stripe.js allowed), HSTS, nosniff, no framing',
      securityHeadersBehavior: {
        contentSecurityPolicy: { contentSecurityPolicy: csp, override: true },
        strictTransportSecurity: {
          accessControlMaxAge: Duration.seconds(HSTS_MAX_AGE_SECONDS),
          includeSubdomains: true,
          override: true,
        },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: HeadersFrameOption[FRAME_OPTIONS], override: true },
        referrerPolicy: { referrerPolicy, override: true },
      },
    });

    const origin = S3BucketOrigin.withOriginAccessControl(this.bucket);
    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'orgs console',
      defaultRootObject: 'index.html',
      httpVersion: HttpVersion.HTTP2_AND_3,
      minimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2021,
      enableLogging: true,
      logBucket: logs,
      logFilePrefix: 'cloudfront/',
      defaultBehavior: {
        origin,
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        responseHeadersPolicy: headers,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
      },
      additionalBehaviors: {
        // read at every start of the console: never cached
        '/config.json': {
          origin,
          viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
          responseHeadersPolicy: headers,
          cachePolicy: CachePolicy.CACHING_DISABLED,
        },
      },
      // the console's routes (/orgs/…, /invitations/…) are not files: S3 answers 403 through OAC
      errorResponses: [403, 404].map((httpStatus) => ({
        httpStatus,
        responseHttpStatus: 200,
        responsePagePath: '/index.html',
        ttl: Duration.seconds(0),
      })),
    });
    Validations.of(this.distribution).acknowledge(
      {
        id: 'AwsSolutions-CFR1',
        reason: 'The console serves customers worldwide; no country is excluded (the API enforces access).',
      },
      {
        id: 'AwsSolutions-CFR2',
        reason:
          'Static files only (no server-side logic behind this distribution); the API has its own throttling. ' +
          'Attach a WAF web ACL here when one exists for the account.',
      },
      {
        id: 'AwsSolutions-CFR4',
        reason:
          'With the default *.cloudfront.net certificate CloudFront allows TLSv1 for viewers; minimumProtocolVersion ' +
          'TLS_V1_2_2021 is set and takes effect with a custom domain and certificate.',
      },
    );
    this.url = `https://${this.distribution.distributionDomainName}`;
    new CfnOutput(this, 'Url', {
      value: this.url,
      description: 'The console (set -c appUrl to it or to its custom domain)',
    });
  }

  /** Uploads the build and `/config.json` (the API URL is known only once the API exists). */
  deploy(apiUrl: string): void {
    const { projectRoot, config: deploy } = this.props;
    const config: ConsoleConfig = {
      apiUrl: apiUrl.replace(/\/$/, ''),
      signIn: {
        mode: 'oidc',
        issuer: deploy.authIssuer,
        clientId: deploy.consoleClientId,
        scope: 'openid email profile',
        audience: deploy.authAudience,
      },
      stripe: { publishableKey: deploy.stripePublishableKey },
    };
    // our own role and log group: no managed policy (AWSLambdaBasicExecutionRole), logs kept 3 months
    const logGroup = new LogGroup(this, 'UploadLogs', {
      retention: RetentionDays.THREE_MONTHS,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    const role = new Role(this, 'UploadRole', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: 'orgs console upload (BucketDeployment custom resource)',
    });
    logGroup.grantWrite(role);
    const deployment = new BucketDeployment(this, 'Upload', {
      role,
      logGroup,
      sources: [consoleBuild(projectRoot), Source.jsonData('config.json', config)],
      destinationBucket: this.bucket,
      distribution: this.distribution,
      distributionPaths: ['/index.html', '/config.json'],
      memoryLimit: 512,
    });
    // the deployment's Lambda is a stack-level singleton that aws-cdk-lib defines and configures
    const handler = Stack.of(this).node.children.find((child) =>
      child.node.id.startsWith('Custom::CDKBucketDeployment'),
    );
    const wildcards = [
      'Action::s3:Abort*',
      'Action::s3:DeleteObject*',
      'Action::s3:GetBucket*',
      'Action::s3:GetObject*',
      'Action::s3:List*',
      'Resource::*',
    ];
    const iam5 =
      'The BucketDeployment custom resource (aws-cdk-lib) copies the console build from the CDK asset bucket into the ' +
      'console bucket (object-level wildcards on those two buckets, prune deletes stale files) and creates CloudFront ' +
      'invalidations, which support no resource-level permission.';
    Validations.of(role.node.tryFindChild('DefaultPolicy') ?? role).acknowledge(
      ...[
        ...wildcards,
        `Resource::<${Stack.of(this).getLogicalId(this.bucket.node.defaultChild as CfnBucket)}.Arn>/*`,
        'Resource::arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-<AWS::Region>/*',
      ].map((finding) => ({ id: `AwsSolutions-IAM5[${finding}]`, reason: iam5 })),
    );
    Validations.of(handler ?? deployment).acknowledge({
      id: 'AwsSolutions-L1',
      reason: 'The BucketDeployment custom resource runtime is chosen by aws-cdk-lib, not by this project.',
    });
  }
}

/** The Vite build of web/, bundled at synth time (it imports shared/domain, so it builds here, not in Docker). */
function consoleBuild(projectRoot: string) {
  return Source.asset(path.join(projectRoot, 'web'), {
    exclude: ['dist', 'dist/**'],
    bundling: {
      image: DockerImage.fromRegistry('public.ecr.aws/docker/library/node:22-alpine'),
      command: ['sh', '-c', 'echo "the console is built locally: run cdk synth with Node 20+" >&2; exit 1'],
      local: {
        tryBundle(outputDir: string) {
          execFileSync(
            process.execPath,
            [
              path.join(projectRoot, 'node_modules/vite/bin/vite.js'),
              'build',
              '--config',
              'web/vite.config.ts',
              '--outDir',
              outputDir,
              '--emptyOutDir',
            ],
            { cwd: projectRoot, stdio: ['ignore', 'ignore', 'inherit'] },
          );
          return true;
        },
      },
    },
  });
}
