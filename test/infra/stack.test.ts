/**
 * CDK assertions on the synthesized app (the main stack and its area stacks, flattened by
 * app-template.ts). Bundling is skipped (context
 * `aws:cdk:bundling-stacks: []`), so this is fast and needs no esbuild run.
 * Expectations are derived from the route definitions (functions/http/<area>/routes.ts) and infra/table.ts: a route added
 * there is checked here without touching this file.
 */
import { Match, type Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiKeyAuthorizerFunction, backgroundFunctions } from '../../functions/background.ts';
import { routes } from '../../functions/http/routes.ts';
import type { BuildAppOptions, OrgsStack } from '../../infra/orgs-stack.ts';
import { tableIndexes, table as tableShape } from '../../infra/table.ts';
import { notifyRecordFilters } from '../../shared/notifications/stream-filter.ts';
import type { FunctionDef, RouteDefinition } from '../../shared/platform/http/route-definition.ts';
import { webhookRecordFilters } from '../../shared/webhooks/stream-filter.ts';
import { logicalId, synthApp } from './app-template.ts';

const synth = (options: BuildAppOptions = {}) => synthApp(options);

type Json = Record<string, unknown>;
interface Statement {
  Effect: string;
  Action: string | string[];
  Resource: unknown;
}

const asArray = <T>(value: T | T[]): T[] => (Array.isArray(value) ? value : [value]);

/** aws-cdk-lib's BucketDeployment function (infra/constructs/console.ts), not one of ours */
const isConsoleUpload = (logicalId: string) => logicalId.startsWith('CustomCDKBucketDeployment');

const allFunctionDefs: FunctionDef[] = [
  ...routes,
  ...Object.values(backgroundFunctions),
  apiKeyAuthorizerFunction,
];
const STREAM_READ = [
  'dynamodb:DescribeStream',
  'dynamodb:GetRecords',
  'dynamodb:GetShardIterator',
  'dynamodb:ListStreams',
];

describe('OrgsStack', () => {
  let stack: OrgsStack;
  let template: Template;
  let tableId: string;
  let tableArn: Json;

  beforeAll(() => {
    ({ stack, template } = synth());
    const tables = Object.keys(template.findResources('AWS::DynamoDB::Table'));
    expect(tables).toHaveLength(1);
    tableId = tables[0] as string;
    tableArn = { 'Fn::GetAtt': [tableId, 'Arn'] };
  }, 60_000);

  /** The statements of every IAM policy attached to the function's role. */
  function statementsOf(def: FunctionDef): Statement[] {
    const fn = stack.functions.get(def.id);
    if (!fn) throw new Error(`no function ${def.id}`);
    const roleRef = { Ref: logicalId(fn.role) };
    const policies = Object.values(template.findResources('AWS::IAM::Policy')).filter((policy) =>
      (policy.Properties.Roles as unknown[]).some((role) => JSON.stringify(role) === JSON.stringify(roleRef)),
    );
    return policies.flatMap((policy) => policy.Properties.PolicyDocument.Statement as Statement[]);
  }
  const isTableArn = (resource: unknown) => JSON.stringify(resource) === JSON.stringify(tableArn);
  const isIndexArn = (resource: unknown) =>
    JSON.stringify(resource).includes(JSON.stringify(tableArn)) &&
    JSON.stringify(resource).includes('/index/');

  describe('table', () => {
    it('has the keys, TTL, stream, on-demand billing, PITR and deletion protection of infra/table.ts', () => {
      template.hasResourceProperties('AWS::DynamoDB::Table', {
        KeySchema: [
          { AttributeName: tableShape.partitionKey, KeyType: 'HASH' },
          { AttributeName: tableShape.sortKey, KeyType: 'RANGE' },
        ],
        BillingMode: 'PAY_PER_REQUEST',
        TimeToLiveSpecification: { AttributeName: 'ttl', Enabled: true },
        StreamSpecification: { StreamViewType: 'NEW_AND_OLD_IMAGES' },
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        DeletionProtectionEnabled: true,
      });
      template.hasResource('AWS::DynamoDB::Table', {
        DeletionPolicy: 'Retain',
        UpdateReplacePolicy: 'Retain',
      });
      expect(tableShape.ttlAttribute).toBe('ttl');
    });

    it('has every GSI of infra/table.ts', () => {
      expect(tableIndexes.length).toBeGreaterThanOrEqual(2);
      template.hasResourceProperties('AWS::DynamoDB::Table', {
        GlobalSecondaryIndexes: tableIndexes.map((index) => ({
          IndexName: index.name,
          KeySchema: [
            { AttributeName: index.partitionKey, KeyType: 'HASH' },
            { AttributeName: index.sortKey, KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        })),
      });
    });
  });

  describe('functions', () => {
    it('builds one function per route plus the background functions, and nothing else', () => {
      expect([...stack.functions.keys()].sort()).toEqual(allFunctionDefs.map((def) => def.id).sort());
      // + the console upload: aws-cdk-lib's BucketDeployment custom resource (its runtime is CDK's choice)
      template.resourceCountIs('AWS::Lambda::Function', allFunctionDefs.length + 1);
      expect(
        Object.keys(template.findResources('AWS::Lambda::Function')).filter(isConsoleUpload),
      ).toHaveLength(1);
    });

    it('runs every function on Node.js 22 or later, arm64', () => {
      const functions = Object.entries(template.findResources('AWS::Lambda::Function'))
        .filter(([id]) => !isConsoleUpload(id))
        .map(([, fn]) => fn);
      for (const fn of functions) {
        const runtime = String(fn.Properties.Runtime);
        const major = Number(/^nodejs(\d+)\.x$/.exec(runtime)?.[1]);
        expect(major, runtime).toBeGreaterThanOrEqual(22);
        expect(fn.Properties.Architectures).toEqual(['arm64']);
        expect(fn.Properties.Handler).toBe('index.handler');
      }
    });

    it('gives every function the shared environment and its own log group', () => {
      for (const def of allFunctionDefs) {
        const fn = stack.functions.get(def.id);
        if (!fn) throw new Error(`no function ${def.id}`);
        const resource = template.findResources('AWS::Lambda::Function')[logicalId(fn.fn)];
        const env = resource?.Properties.Environment.Variables as Json;
        expect(env.TABLE_NAME).toEqual({ Ref: tableId });
        expect(Object.keys(env)).toEqual(
          expect.arrayContaining([
            'AUTH_ISSUER',
            'AUTH_AUDIENCE',
            'AUTH_JWKS_URL',
            'INVITATION_TTL_SECONDS',
            'APP_URL',
            'EMAIL_FROM',
            'LOG_LEVEL',
          ]),
        );
        expect(env.POWERTOOLS_SERVICE_NAME).toBe('orgs');
        expect(env.NODE_OPTIONS).toBe('--enable-source-maps');
        expect(resource?.Properties.LoggingConfig.LogGroup).toEqual({ Ref: logicalId(fn.logGroup) });
        const logGroup = template.findResources('AWS::Logs::LogGroup')[logicalId(fn.logGroup)];
        expect(logGroup?.Properties.RetentionInDays).toBeGreaterThan(0);
      }
    });

    it('uses roles without managed policies (no AWSLambdaBasicExecutionRole)', () => {
      for (const role of Object.values(template.findResources('AWS::IAM::Role'))) {
        expect(role.Properties.ManagedPolicyArns).toBeUndefined();
      }
    });
  });

  describe('table grants follow the route table exactly', () => {
    for (const def of allFunctionDefs) {
      const expected = [...new Set(def.tableActions)].map((action) => `dynamodb:${action}`).sort();

      it(`${def.id}: dynamodb actions on the table are exactly [${def.tableActions.join(', ')}]`, () => {
        const statements = statementsOf(def);
        const onTable = statements
          .filter((s) => s.Effect === 'Allow' && asArray(s.Resource).some(isTableArn))
          .flatMap((s) => asArray(s.Action));
        expect([...new Set(onTable)].sort()).toEqual(expected);
        // Nothing wider anywhere in the policy: no dynamodb:* and no action the entry lacks
        // (Query on an index is checked below; the stream consumers also read the stream,
        // on the stream ARN; Deny statements are checked with the webhook secrets).
        const streamConsumer = def.id === 'notify' || def.id === 'webhookEvents';
        const allowed = new Set([...expected, ...(streamConsumer ? STREAM_READ : [])]);
        const allows = statements.filter((s) => s.Effect === 'Allow');
        for (const statement of allows.filter((s) => !asArray(s.Resource).every(isIndexArn))) {
          for (const action of asArray(statement.Action).filter((a) => a.startsWith('dynamodb:'))) {
            expect(allowed.has(action), `${def.id} has ${action}`).toBe(true);
          }
        }
      });

      const indexes = (def.queryIndexes ?? []).map((key) => tableShape.indexes[key].name);
      it(`${def.id}: Query on exactly the indexes it declares [${indexes.join(', ')}]`, () => {
        const onIndexes = statementsOf(def).filter(
          (s) => s.Effect === 'Allow' && asArray(s.Resource).some(isIndexArn),
        );
        if (indexes.length === 0) {
          expect(onIndexes).toEqual([]);
          return;
        }
        expect(onIndexes.flatMap((s) => asArray(s.Action))).toEqual(['dynamodb:Query']);
        const resources = onIndexes.flatMap((s) => asArray(s.Resource));
        expect(resources).toEqual(
          indexes.map((name) => ({ 'Fn::Join': ['', [tableArn, `/index/${name}`]] })),
        );
        // never a wildcard index ARN
        expect(JSON.stringify(resources)).not.toContain('/index/*');
      });

      it(`${def.id}: secret access only if the entry lists secrets`, () => {
        const secretStatements = statementsOf(def).filter((s) =>
          asArray(s.Action).some((a) => a.startsWith('secretsmanager:')),
        );
        const fn = stack.functions.get(def.id);
        if (!fn) throw new Error(`no function ${def.id}`);
        const env = template.findResources('AWS::Lambda::Function')[logicalId(fn.fn)]?.Properties.Environment
          .Variables as Json;
        if (def.secrets?.length) {
          expect(secretStatements.flatMap((s) => asArray(s.Action))).toEqual([
            'secretsmanager:GetSecretValue',
          ]);
          expect(env.APP_SECRETS_ARN).toBeDefined();
        } else {
          expect(secretStatements).toEqual([]);
          expect(env.APP_SECRETS_ARN).toBeUndefined();
        }
      });
    }

    it('no policy grants a wildcard action', () => {
      for (const policy of Object.values(template.findResources('AWS::IAM::Policy'))) {
        for (const statement of policy.Properties.PolicyDocument.Statement as Statement[]) {
          for (const action of asArray(statement.Action)) expect(action).not.toMatch(/(^\*$|:\*$)/);
        }
      }
    });
  });

  describe('HTTP API', () => {
    // one template search per route over every route: it grows with the square of the routes
    it('has one route per entry, integrated with its own function', { timeout: 30_000 }, () => {
      template.resourceCountIs('AWS::ApiGatewayV2::Route', routes.length);
      // one pass over the template (hasResourceProperties per route is quadratic and slow on a loaded machine)
      const integrationOf = new Map(
        Object.entries(template.findResources('AWS::ApiGatewayV2::Integration')).map(([id, integration]) => [
          JSON.stringify(integration.Properties.IntegrationUri),
          id,
        ]),
      );
      const targetOf = new Map(
        Object.values(template.findResources('AWS::ApiGatewayV2::Route')).map((resource) => [
          resource.Properties.RouteKey as string,
          JSON.stringify(resource.Properties.Target),
        ]),
      );
      for (const route of routes as readonly RouteDefinition[]) {
        const fn = stack.functions.get(route.id);
        if (!fn) throw new Error(`no function ${route.id}`);
        const integrationId = integrationOf.get(JSON.stringify({ 'Fn::GetAtt': [logicalId(fn.fn), 'Arn'] }));
        expect(integrationId, route.id).toBeDefined();
        expect(targetOf.get(`${route.method} ${route.path}`), route.id).toBe(
          JSON.stringify({ 'Fn::Join': ['', ['integrations/', { Ref: integrationId }]] }),
        );
      }
    });

    it('logs access as JSON and throttles on the default stage', () => {
      const stages = Object.values(template.findResources('AWS::ApiGatewayV2::Stage'));
      expect(stages).toHaveLength(1);
      const stage = stages[0]?.Properties as Json & {
        AccessLogSettings: { DestinationArn: unknown; Format: string };
        DefaultRouteSettings: Json;
      };
      expect(stage.StageName).toBe('$default');
      expect(stage.AccessLogSettings.DestinationArn).toEqual({ 'Fn::GetAtt': [expect.any(String), 'Arn'] });
      const format = JSON.parse(stage.AccessLogSettings.Format) as Json;
      expect(format).toMatchObject({
        requestId: '$context.requestId',
        routeKey: '$context.routeKey',
        status: '$context.status',
        latency: '$context.responseLatency',
      });
      expect(stage.DefaultRouteSettings.ThrottlingRateLimit).toBeGreaterThan(0);
      expect(stage.DefaultRouteSettings.ThrottlingBurstLimit).toBeGreaterThan(0);
    });

    it('has no API Gateway authorizer (the JWT is verified in the Lambda)', () => {
      template.resourceCountIs('AWS::ApiGatewayV2::Authorizer', 0);
    });
  });

  describe('stream consumer', () => {
    it('reads the table stream with partial batch failures and an SQS on-failure destination, per consumer', () => {
      // the two stream consumers' DLQs and the branding checker's (test/infra/branding-storage.test.ts)
      expect(Object.keys(template.findResources('AWS::SQS::Queue'))).toHaveLength(3);
      for (const consumer of ['notify', 'webhookEvents']) {
        const fn = stack.functions.get(consumer);
        if (!fn) throw new Error(`no ${consumer}`);
        template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
          EventSourceArn: { 'Fn::GetAtt': [tableId, 'StreamArn'] },
          FunctionName: { Ref: logicalId(fn.fn) },
          StartingPosition: 'LATEST',
          BatchSize: 100,
          FunctionResponseTypes: ['ReportBatchItemFailures'],
          BisectBatchOnFunctionError: true,
          MaximumRetryAttempts: Match.anyValue(),
          MaximumRecordAgeInSeconds: Match.anyValue(),
          DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [Match.anyValue(), 'Arn'] } } },
        });
      }
    });

    it('webhooks: the schedule runs the dispatcher; failed deliveries alarm; invokes are not retried', () => {
      template.hasResourceProperties('AWS::Events::Rule', { ScheduleExpression: 'rate(1 minute)' });
      template.hasResourceProperties('AWS::CloudWatch::Alarm', { MetricName: 'WebhookDeliveriesFailed' });
      template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', { MaximumRetryAttempts: 0 });
    });

    it('only the webhook deliverer may read webhook secrets (Deny on their leading key elsewhere)', () => {
      for (const def of allFunctionDefs) {
        const denies = statementsOf(def).filter(
          (s) => s.Effect === 'Deny' && JSON.stringify(s).includes('WEBHOOK_SECRET#*'),
        );
        if (def.id === 'webhookDeliver') expect(denies).toEqual([]);
        else
          expect(denies.flatMap((s) => asArray(s.Action))).toEqual(
            expect.arrayContaining(['dynamodb:GetItem']),
          );
      }
    });

    it('invokes each consumer only for its records: the filters of shared/*/stream-filter.ts', () => {
      const mappings = Object.values(template.findResources('AWS::Lambda::EventSourceMapping'));
      expect(mappings).toHaveLength(2);
      for (const [consumer, expected] of [
        ['notify', notifyRecordFilters],
        ['webhookEvents', webhookRecordFilters],
      ] as const) {
        const fn = stack.functions.get(consumer);
        if (!fn) throw new Error(`no ${consumer}`);
        const mapping = mappings.find(
          (m) => JSON.stringify(m.Properties.FunctionName) === JSON.stringify({ Ref: logicalId(fn.fn) }),
        );
        const filters = mapping?.Properties.FilterCriteria.Filters as { Pattern: string }[];
        expect(filters.length).toBeGreaterThan(0);
        expect(filters.map((filter) => JSON.parse(filter.Pattern))).toEqual(expected);
      }
    });

    it('keeps the DLQ encrypted and TLS-only', () => {
      template.hasResourceProperties('AWS::SQS::Queue', { SqsManagedSseEnabled: true });
      template.hasResourceProperties('AWS::SQS::QueuePolicy', {
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          ]),
        },
      });
    });

    it('lets notify send email only as the EMAIL_FROM identity', () => {
      const ses = statementsOf(backgroundFunctions.notify).filter((s) =>
        asArray(s.Action).some((a) => a.startsWith('ses:')),
      );
      expect(ses.flatMap((s) => asArray(s.Action)).sort()).toEqual(['ses:SendEmail', 'ses:SendRawEmail']);
      const resources = JSON.stringify(ses.flatMap((s) => asArray(s.Resource)));
      expect(resources).toContain(':identity/example.com');
      expect(resources).not.toContain('*');
    });
  });

  it('runs cleanup every 5 minutes from an EventBridge rule', () => {
    const cleanup = stack.functions.get('cleanup');
    if (!cleanup) throw new Error('no cleanup');
    template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'rate(5 minutes)',
      State: 'ENABLED',
      Targets: [Match.objectLike({ Arn: { 'Fn::GetAtt': [logicalId(cleanup.fn), 'Arn'] } })],
    });
  });

  it('alarms on every function, the DLQ, the table and API 5xx', () => {
    const alarms = Object.values(template.findResources('AWS::CloudWatch::Alarm')).map((a) => a.Properties);
    const metricNames = alarms.map((a) => a.MetricName).filter(Boolean);
    expect(metricNames.filter((name) => name === 'Errors')).toHaveLength(allFunctionDefs.length);
    expect(metricNames.filter((name) => name === 'Throttles')).toHaveLength(allFunctionDefs.length);
    expect(metricNames).toEqual(
      expect.arrayContaining([
        'ApproximateNumberOfMessagesVisible',
        '5xx',
        'IteratorAge',
        'SecretUnavailable',
      ]),
    );
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'Orgs',
      MetricName: 'SecretUnavailable',
      Statistic: 'Sum',
      Threshold: 1,
    });
    const dlqAlarm = alarms.find((a) => a.MetricName === 'ApproximateNumberOfMessagesVisible');
    expect(dlqAlarm?.Threshold).toBe(1);
    expect(dlqAlarm?.ComparisonOperator).toBe('GreaterThanOrEqualToThreshold');
    const mathMetrics = JSON.stringify(alarms.filter((a) => a.Metrics));
    expect(mathMetrics).toContain('ThrottledRequests');
    expect(mathMetrics).toContain('SystemErrors');
    for (const alarm of alarms) expect(alarm.AlarmActions).toHaveLength(1);
    template.hasResourceProperties('AWS::SNS::Topic', { KmsMasterKeyId: Match.anyValue() });
  });

  it('puts no secret value in the template', () => {
    const secrets = Object.values(template.findResources('AWS::SecretsManager::Secret'));
    expect(secrets).toHaveLength(1);
    const props = secrets[0]?.Properties as Json & {
      GenerateSecretString: { SecretStringTemplate: string; GenerateStringKey: string };
    };
    expect(props.SecretString).toBeUndefined();
    expect(props.GenerateSecretString.GenerateStringKey).toBe('cursorSecret');
    const placeholders = JSON.parse(props.GenerateSecretString.SecretStringTemplate) as Json;
    expect(Object.keys(placeholders).sort()).toEqual(['stripeSecretKey', 'stripeWebhookSecret']);
    expect(Object.values(placeholders).every((value) => value === '')).toBe(true);
    const json = JSON.stringify(template.toJSON());
    expect(json).not.toMatch(/(sk|rk)_(live|test)_|whsec_|-----BEGIN/);
    for (const fn of Object.values(template.findResources('AWS::Lambda::Function'))) {
      const names = Object.keys(fn.Properties.Environment.Variables as Json);
      expect(
        names.filter((name) => /SECRET|PASSWORD|PRIVATE|API_KEY/.test(name) && name !== 'APP_SECRETS_ARN'),
      ).toEqual([]);
    }
  });

  it('outputs the API URL, table name, and each stream consumer with its DLQ (what `npm run ops -- redrive` needs)', () => {
    const outputs = Object.keys(template.findOutputs('*'));
    expect(outputs).toEqual(
      expect.arrayContaining([
        'ApiUrl',
        'TableName',
        'NotifyDeadLetterQueueUrl',
        'NotifyFunctionName',
        'WebhookEventsDeadLetterQueueUrl',
        'WebhookEventsFunctionName',
      ]),
    );
  });
});

describe('OrgsStack driven by a different route table', () => {
  it('adds a route, its grants (the one index it queries) and secret access with no stack change', () => {
    const extra: RouteDefinition = {
      id: 'stripeWebhookProbe',
      method: 'POST',
      path: '/probe/{orgId}',
      area: 'probe',
      handler: 'functions/http/probe/does-not-exist.ts',
      auth: 'public',
      tableActions: ['Query', 'ConditionCheckItem'],
      queryIndexes: ['byDue'],
      secrets: ['stripe'],
      summary: 'test only',
      description: 'test only',
      responses: {},
    };
    const { stack, template } = synth({ routes: [...routes, extra] });
    const fn = stack.functions.get(extra.id);
    if (!fn) throw new Error('extra route not built');
    template.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: 'POST /probe/{orgId}' });
    const fnResource = template.findResources('AWS::Lambda::Function')[logicalId(fn.fn)];
    const secretId = Object.keys(template.findResources('AWS::SecretsManager::Secret'))[0];
    expect(fnResource?.Properties.Environment.Variables.APP_SECRETS_ARN).toEqual({ Ref: secretId });
    const tableArn = {
      'Fn::GetAtt': [Object.keys(template.findResources('AWS::DynamoDB::Table'))[0], 'Arn'],
    };
    template.hasResourceProperties('AWS::IAM::Policy', {
      Roles: [{ Ref: logicalId(fn.role) }],
      PolicyDocument: {
        Statement: Match.arrayWith([
          { Effect: 'Allow', Action: ['dynamodb:Query', 'dynamodb:ConditionCheckItem'], Resource: tableArn },
          {
            Effect: 'Allow',
            Action: 'dynamodb:Query',
            Resource: { 'Fn::Join': ['', [tableArn, `/index/${tableShape.indexes.byDue.name}`]] },
          },
          { Effect: 'Allow', Action: 'secretsmanager:GetSecretValue', Resource: { Ref: secretId } },
        ]),
      },
    });
  }, 60_000);

  it('takes every setting from CDK context, and without examples=true nothing else', () => {
    const real = {
      examples: 'false',
      authIssuer: 'https://login.acme.io/',
      authAudience: 'acme-orgs',
      authJwksUrl: 'https://login.acme.io/.well-known/jwks.json',
      appUrl: 'https://orgs.acme.io',
      emailFrom: 'Acme <mail@acme.io>',
      stripePriceBasic: 'price_1Basic',
      stripePricePro: 'price_1Pro',
      stripePriceEnterprise: 'price_1Enterprise',
      consoleClientId: 'acme-console',
      stripePublishableKey: 'pk_live_acme',
      invitationTtlSeconds: 3600,
    };
    const { template, templates, stack } = synth({ context: real });
    const functions = Object.entries(template.findResources('AWS::Lambda::Function'))
      .filter(([id]) => !isConsoleUpload(id))
      .map(([, fn]) => fn);
    expect(functions.length).toBeGreaterThan(30);
    for (const fn of functions) {
      expect(fn.Properties.Environment.Variables).toMatchObject({
        AUTH_ISSUER: 'https://login.acme.io/',
        AUTH_AUDIENCE: 'acme-orgs',
        AUTH_JWKS_URL: 'https://login.acme.io/.well-known/jwks.json',
        EMAIL_FROM: 'Acme <mail@acme.io>',
        APP_URL: 'https://orgs.acme.io',
        INVITATION_TTL_SECONDS: '3600',
        STRIPE_PRICE_BASIC: 'price_1Basic',
        STRIPE_PRICE_PRO: 'price_1Pro',
        STRIPE_PRICE_ENTERPRISE: 'price_1Enterprise',
      });
    }
    const json = JSON.stringify(template.toJSON());
    expect(json).toContain(':identity/acme.io');
    expect(json).not.toMatch(/example\.com/);
    template.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      CorsConfiguration: Match.objectLike({
        // and the console's CloudFront origin (infra/constructs/console.ts)
        AllowOrigins: ['https://orgs.acme.io', Match.objectLike({ 'Fn::Join': Match.anyValue() })],
      }),
    });
    // a real configuration carries no "not deployable" rule
    expect(Object.keys(templates.get(stack.node.path)?.toJSON().Rules)).toEqual(['CheckBootstrapVersion']);

    expect(() => synth({ context: { ...real, invitationTtlSeconds: 'soon' } })).toThrow(
      /invitationTtlSeconds/,
    );
  }, 60_000);

  it('refuses to synthesize without the required settings unless examples=true, and never deploys examples', () => {
    expect(() => synth({ context: { examples: 'false' } })).toThrow(
      /Missing deployment settings \(CDK context\): authIssuer, authAudience, authJwksUrl, appUrl, emailFrom, stripePriceBasic, stripePricePro, stripePriceEnterprise/,
    );
    const { templates, stack } = synth();
    const rules = templates.get(stack.node.path)?.toJSON().Rules as Record<string, { Assertions: unknown[] }>;
    expect(rules.ExampleConfigIsNotDeployable).toEqual({
      Assertions: [
        {
          Assert: { 'Fn::Equals': ['examples', 'deployable'] },
          AssertDescription: expect.stringContaining('-c examples=true'),
        },
      ],
    });
  }, 60_000);
});
