/**
 * The deployed console (infra/constructs/console.ts): private bucket behind CloudFront with
 * origin access control, HTTPS only, security headers with a CSP that lets Stripe.js in, the
 * SPA fallback, a runtime config.json, and the API's CORS allowing the console's origin.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { FRAME_OPTIONS, HSTS_MAX_AGE_SECONDS, REFERRER_POLICY } from '../../infra/console-headers.ts';
import { buildApp, projectRoot } from '../../infra/orgs-stack.ts';

const STUB_ENTRY = fileURLToPath(import.meta.url);
const resolveEntry = (handler: string) => {
  const entry = join(projectRoot, handler);
  return existsSync(entry) ? entry : STUB_ENTRY;
};

describe('console construct', () => {
  let template: Template;
  beforeAll(() => {
    const { stack } = buildApp({
      resolveEntry,
      builtinCloudFormationValidation: false,
      context: {
        'aws:cdk:bundling-stacks': [],
        examples: 'true',
        authIssuer: 'https://login.example.com/',
      },
    });
    template = Template.fromStack(stack);
  }, 60_000);

  it('keeps the files in a private, encrypted bucket reachable only through CloudFront (OAC)', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
    });
    template.resourceCountIs('AWS::CloudFront::OriginAccessControl', 1);
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Action: 's3:GetObject',
            Principal: { Service: 'cloudfront.amazonaws.com' },
            Condition: { StringEquals: { 'AWS:SourceArn': Match.anyValue() } },
          }),
        ]),
      },
    });
  });

  it('serves HTTPS only, falls back to index.html for console routes, never caches config.json', () => {
    template.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        DefaultRootObject: 'index.html',
        DefaultCacheBehavior: Match.objectLike({ ViewerProtocolPolicy: 'redirect-to-https' }),
        CacheBehaviors: [
          Match.objectLike({
            PathPattern: '/config.json',
            ViewerProtocolPolicy: 'https-only',
            CachePolicyId: '4135ea2d-6df8-44a3-9df3-4b5a84be39ad',
          }),
        ],
        CustomErrorResponses: [
          { ErrorCode: 403, ResponseCode: 200, ResponsePagePath: '/index.html', ErrorCachingMinTTL: 0 },
          { ErrorCode: 404, ResponseCode: 200, ResponsePagePath: '/index.html', ErrorCachingMinTTL: 0 },
        ],
        Logging: Match.objectLike({ Prefix: 'cloudfront/' }),
      }),
    });
  });

  const consolePolicy = () => {
    const policies = Object.values(template.findResources('AWS::CloudFront::ResponseHeadersPolicy'));
    expect(policies).toHaveLength(1);
    return policies[0]?.Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig;
  };

  it('sends the security headers of infra/console-headers.ts (the local console sends the same)', () => {
    const behavior = consolePolicy();
    expect(behavior.StrictTransportSecurity).toMatchObject({
      AccessControlMaxAgeSec: HSTS_MAX_AGE_SECONDS,
      Override: true,
    });
    expect(behavior.FrameOptions.FrameOption).toBe(FRAME_OPTIONS);
    expect(behavior.ReferrerPolicy.ReferrerPolicy).toBe(REFERRER_POLICY);
    expect(behavior.ContentTypeOptions.Override).toBe(true);
  });

  it('a CSP that allows Stripe.js, the API and the issuer, and nothing inline', () => {
    const csp = JSON.stringify(consolePolicy().ContentSecurityPolicy.ContentSecurityPolicy);
    expect(csp).toContain("script-src 'self' https://js.stripe.com");
    expect(csp).toContain('frame-src https://js.stripe.com https://hooks.stripe.com');
    expect(csp).toContain('https://api.stripe.com');
    expect(csp).toContain('https://login.example.com');
    expect(csp).toContain('execute-api');
    // the branding upload: a form POST to the bucket's regional endpoint (any bucket of the region:
    // naming this stack's API or bucket here would be a dependency cycle, see console.ts)
    expect(csp).toMatch(/connect-src [^;]*https:\/\/\*\.s3\."/);
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
  });

  it('writes config.json with the API URL, OIDC settings from context and the publishable key', () => {
    const deployments = template.findResources('Custom::CDKBucketDeployment');
    expect(Object.keys(deployments)).toHaveLength(1);
    const deployment = Object.values(deployments)[0]?.Properties;
    expect(deployment.SourceObjectKeys).toHaveLength(2);
    const markers = JSON.stringify(deployment.SourceMarkers ?? []);
    // the API URL is a deploy-time token, substituted into config.json by the deployment
    expect(markers).toMatch(/"Ref":"Api[0-9A-F]{8}"/);
    expect(deployment.DistributionPaths).toEqual(['/index.html', '/config.json']);
  });

  it("lets the console's origin call the API (CORS)", () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      CorsConfiguration: Match.objectLike({
        AllowOrigins: Match.arrayWith([
          {
            'Fn::Join': [
              '',
              ['https://', { 'Fn::GetAtt': [Match.stringLikeRegexp('ConsoleDistribution'), 'DomainName'] }],
            ],
          },
        ]),
        AllowHeaders: Match.arrayWith(['authorization', 'idempotency-key', 'if-match']),
        ExposeHeaders: Match.arrayWith(['etag']),
      }),
    });
  });
});
