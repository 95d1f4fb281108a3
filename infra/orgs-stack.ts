import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { App, CfnOutput, Duration, RemovalPolicy, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  CorsHttpMethod,
  HttpApi,
  HttpMethod,
  HttpStage,
  LogGroupLogDestination,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { AwsSolutionsChecks } from 'cdk-nag';
import { Construct } from 'constructs';
import { Alarms } from './constructs/alarms.ts';
import { ApiFunction } from './constructs/api-function.ts';
import { createOrgsTable, indexNames } from './constructs/table.ts';
import { Webhooks } from './constructs/webhooks.ts';
import { backgroundFunctions, type FunctionDef, type RouteDef, routes } from './routes.ts';

/** The repository root: handler paths in routes.ts are relative to it. */
export const projectRoot = fileURLToPath(new URL('..', import.meta.url));

/**
 * CDK context (`-c key=value` or cdk.json "context") with harmless example defaults, so
 * `cdk synth` works offline with no account. Set the real values for a deployment.
 */
const CONTEXT_DEFAULTS = {
  authIssuer: 'https://auth.example.com/',
  authAudience: 'orgs-api',
  authJwksUrl: 'https://auth.example.com/.well-known/jwks.json',
  appUrl: 'https://app.example.com',
  emailFrom: 'no-reply@example.com',
  invitationTtlSeconds: '604800',
  logLevel: 'INFO',
  /** Optional: an address subscribed to the alarm topic. */
  alarmEmail: '',
} as const;

type ContextKey = keyof typeof CONTEXT_DEFAULTS;

function contextValue(scope: Construct, key: ContextKey): string {
  const value: unknown = scope.node.tryGetContext(key);
  return value === undefined || value === null ? CONTEXT_DEFAULTS[key] : String(value);
}

/** The domain of `no-reply@example.com` or `Orgs <no-reply@example.com>`. */
export function emailAddress(from: string): { address: string; domain: string } {
  const address = (/<([^>]+)>/.exec(from)?.[1] ?? from).trim().toLowerCase();
  const domain = address.split('@')[1];
  if (!domain || !/^[a-z0-9.-]+\.[a-z]{2,}$/.test(domain)) {
    throw new Error(`emailFrom must be an email address (got "${from}")`);
  }
  return { address, domain };
}

export interface OrgsStackProps extends StackProps {
  /**
   * Absolute path of a handler module given its routes.ts path. Default: under the
   * repository root. Tests use it to stand in for handler files not written yet.
   */
  readonly resolveEntry?: (handler: string) => string;
  /** The HTTP routes; default: `routes` from routes.ts (tests pass variations). */
  readonly routes?: readonly RouteDef[];
}

export class OrgsStack extends Stack {
  /** Every function, by its route-table id (routes, then notify and cleanup). */
  readonly functions = new Map<string, ApiFunction>();
  readonly api: HttpApi;
  readonly stage: HttpStage;

  constructor(scope: Construct, id: string, props: OrgsStackProps = {}) {
    super(scope, id, props);
    const resolveEntry = props.resolveEntry ?? ((handler: string) => join(projectRoot, handler));

    const table = createOrgsTable(this, 'Table');

    const invitationTtlSeconds = contextValue(this, 'invitationTtlSeconds');
    if (!/^[1-9]\d*$/.test(invitationTtlSeconds)) {
      throw new Error(`invitationTtlSeconds must be a positive integer (got "${invitationTtlSeconds}")`);
    }
    const emailFrom = contextValue(this, 'emailFrom');
    const sender = emailAddress(emailFrom);

    /**
     * Application secrets, one JSON document:
     * - `cursorSecret`: generated here (random, 64 chars), signs pagination cursors;
     * - `stripeSecretKey`, `stripeWebhookSecret`: empty placeholders. After the first deploy
     *   the operator sets them, e.g.
     *   `aws secretsmanager put-secret-value --secret-id <AppSecretsArn> --secret-string
     *    '{"cursorSecret":"<keep the generated one>","stripeSecretKey":"sk_live_…","stripeWebhookSecret":"whsec_…"}'`.
     * No value is in the template: CloudFormation generates the random part.
     * Only functions whose route entry lists `secrets` can read it.
     */
    const secret = new Secret(this, 'AppSecrets', {
      description:
        'orgs: cursorSecret (generated), stripeSecretKey and stripeWebhookSecret (set by the operator)',
      generateSecretString: {
        secretStringTemplate: JSON.stringify({ stripeSecretKey: '', stripeWebhookSecret: '' }),
        generateStringKey: 'cursorSecret',
        passwordLength: 64,
        excludePunctuation: true,
      },
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(secret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'No rotation Lambda can rotate these values: the Stripe keys are issued by Stripe and changed in its dashboard ' +
        '(then put here by the operator), and rotating cursorSecret would invalidate every pagination cursor in flight. ' +
        'Rotation is a documented manual runbook step.',
    });

    const environment: Record<string, string> = {
      AUTH_ISSUER: contextValue(this, 'authIssuer'),
      AUTH_AUDIENCE: contextValue(this, 'authAudience'),
      AUTH_JWKS_URL: contextValue(this, 'authJwksUrl'),
      INVITATION_TTL_SECONDS: invitationTtlSeconds,
      APP_URL: contextValue(this, 'appUrl'),
      EMAIL_FROM: emailFrom,
      POWERTOOLS_SERVICE_NAME: 'orgs',
      LOG_LEVEL: contextValue(this, 'logLevel'),
      NODE_OPTIONS: '--enable-source-maps',
    };

    // Function ids come from routes.ts; their own scope keeps them clear of the stack's other ids.
    const functionsScope = new Construct(this, 'Functions');
    /** One function per route-table entry; a route whose handler file is missing fails the synth. */
    const makeFunction = (def: FunctionDef, description: string, extra: { timeout?: Duration } = {}) => {
      const entry = resolveEntry(def.handler);
      if (!existsSync(entry)) throw new Error(`Handler ${def.handler} of ${def.id} does not exist`);
      const fn = new ApiFunction(functionsScope, def.id, {
        def,
        entry,
        projectRoot,
        table,
        indexNames,
        environment,
        secret,
        description: description.slice(0, 256),
        ...extra,
      });
      this.functions.set(def.id, fn);
      return fn;
    };

    // HTTP API -------------------------------------------------------------------------------
    this.api = new HttpApi(this, 'Api', {
      apiName: 'orgs',
      description: 'Organization management API',
      createDefaultStage: false,
      corsPreflight: {
        allowOrigins: [environment.APP_URL as string],
        allowMethods: [
          CorsHttpMethod.GET,
          CorsHttpMethod.POST,
          CorsHttpMethod.PUT,
          CorsHttpMethod.PATCH,
          CorsHttpMethod.DELETE,
        ],
        allowHeaders: ['authorization', 'content-type', 'idempotency-key', 'if-match'],
        exposeHeaders: ['etag', 'location', 'www-authenticate'],
        maxAge: Duration.hours(1),
      },
    });
    Validations.of(this.api).acknowledge({
      id: 'AwsSolutions-APIG4',
      reason:
        'Authorization is enforced inside each Lambda, not by an API Gateway authorizer: the shared auth middleware ' +
        'verifies the Bearer JWT with jose against the JWKS (RS256/ES256, iss, aud, exp/nbf) and answers 401 ' +
        'problem+json with WWW-Authenticate, identically locally and deployed. The public routes (/health, ' +
        '/openapi.json, /plans, /webhooks/stripe — verified by Stripe signature) need no token by contract.',
    });

    const accessLogs = new LogGroup(this, 'ApiAccessLogs', {
      retention: RetentionDays.THREE_MONTHS,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    this.stage = new HttpStage(this, 'ApiStage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      throttle: { rateLimit: 100, burstLimit: 200 },
      accessLogSettings: {
        destination: new LogGroupLogDestination(accessLogs),
        format: AccessLogFormat.custom(
          JSON.stringify({
            requestId: '$context.requestId',
            requestTime: '$context.requestTime',
            routeKey: '$context.routeKey',
            method: '$context.httpMethod',
            path: '$context.path',
            status: '$context.status',
            latency: '$context.responseLatency',
            integrationLatency: '$context.integrationLatency',
            integrationError: '$context.integrationErrorMessage',
            responseLength: '$context.responseLength',
            sourceIp: '$context.identity.sourceIp',
            userAgent: '$context.identity.userAgent',
          }),
        ),
      },
    });

    for (const route of props.routes ?? routes) {
      const fn = makeFunction(route, `${route.method} ${route.path}: ${route.summary}`);
      if (!fn) continue;
      this.api.addRoutes({
        path: route.path,
        methods: [HttpMethod[route.method]],
        integration: new HttpLambdaIntegration(`${route.id}Integration`, fn.fn),
      });
    }

    // Stream consumer: table stream → notify → SES ------------------------------------------
    const deadLetterQueue = new Queue(this, 'NotifyDeadLetterQueue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    Validations.of(deadLetterQueue).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason:
        'This queue is itself a dead-letter queue: the on-failure destination of the notify stream event source ' +
        'mapping (cdk-nag only recognises queue redrive policies and function DeadLetterConfig as DLQ use).',
    });

    const notify = makeFunction(backgroundFunctions.notify, 'Table stream → notification emails (SES)', {
      timeout: Duration.seconds(60),
    });
    if (notify) {
      notify.fn.addEventSource(
        new DynamoEventSource(table, {
          startingPosition: StartingPosition.LATEST,
          batchSize: 100,
          reportBatchItemFailures: true,
          bisectBatchOnError: true,
          retryAttempts: 5,
          maxRecordAge: Duration.hours(12),
          onFailure: new SqsDlq(deadLetterQueue),
        }),
      );
      // SES authorizes sends on the sending identity: the verified domain of EMAIL_FROM, or
      // the address itself when only that address is verified. (In the SES sandbox the
      // recipients are verified identities too and must be added here.)
      notify.role.addToPrincipalPolicy(
        new PolicyStatement({
          actions: ['ses:SendEmail', 'ses:SendRawEmail'],
          resources: [sender.domain, sender.address].map((identity) =>
            this.formatArn({ service: 'ses', resource: 'identity', resourceName: identity }),
          ),
        }),
      );
      const policy = notify.role.node.tryFindChild('DefaultPolicy');
      if (policy) {
        Validations.of(policy).acknowledge({
          id: 'AwsSolutions-IAM5[Resource::*]',
          reason:
            'dynamodb:ListStreams, granted by the CDK DynamoEventSource, does not support resource-level permissions ' +
            '(it lists stream ARNs); reading the records themselves is limited to this table’s stream ARN.',
        });
      }
    }

    // Schedule: cleanup every 5 minutes --------------------------------------------------------
    const cleanup = makeFunction(
      backgroundFunctions.cleanup,
      'Expire overdue invitations, tidy stale records',
      {
        timeout: Duration.seconds(60),
      },
    );
    if (cleanup) {
      new Rule(this, 'CleanupSchedule', {
        description: 'Runs the orgs cleanup job',
        schedule: Schedule.rate(Duration.minutes(5)),
        targets: [new LambdaFunction(cleanup.fn, { retryAttempts: 2 })],
      });
    }

    const webhooks = new Webhooks(this, 'Webhooks', { table, makeFunction, functions: this.functions });

    // Alarms --------------------------------------------------------------------------------
    const alarmFunctions = new Map<string, IFunction>();
    for (const [fnId, fn] of this.functions) alarmFunctions.set(fnId, fn.fn);
    const alarmEmail = contextValue(this, 'alarmEmail');
    const alarms = new Alarms(this, 'Alarms', {
      functions: alarmFunctions,
      deadLetterQueue,
      table,
      apiStage: this.stage,
      streamConsumer: notify?.fn,
      email: alarmEmail === '' ? undefined : alarmEmail,
    });
    webhooks.alarmTo(alarms.topic);

    new CfnOutput(this, 'ApiUrl', { value: this.stage.url, description: 'Base URL of the HTTP API' });
    new CfnOutput(this, 'TableName', { value: table.tableName });
    new CfnOutput(this, 'DeadLetterQueueUrl', {
      value: deadLetterQueue.queueUrl,
      description: 'Stream records whose notifications failed every retry',
    });
    new CfnOutput(this, 'AppSecretsArn', {
      value: secret.secretArn,
      description: 'Set stripeSecretKey and stripeWebhookSecret here after the first deploy',
    });
  }
}

export interface BuildAppOptions extends Pick<OrgsStackProps, 'resolveEntry' | 'routes'> {
  /** Extra CDK context, e.g. `{ 'aws:cdk:bundling-stacks': [] }` in tests. */
  readonly context?: Record<string, unknown>;
  /**
   * CDK's built-in CloudFormation template validation (schema and default rules), on by
   * default. Tests that only assert template content may turn it off: it costs seconds per synth.
   */
  readonly builtinCloudFormationValidation?: boolean;
}

/**
 * The app as `cdk synth` builds it (infra/app.ts) and as the tests build it: the stack,
 * with cdk-nag's AwsSolutions pack as a validation plugin, so any unacknowledged finding
 * fails the synth.
 */
export function buildApp(options: BuildAppOptions = {}): { app: App; stack: OrgsStack } {
  const app = new App({
    context: options.context,
    builtinCloudFormationValidation: options.builtinCloudFormationValidation,
  });
  const stack = new OrgsStack(app, 'OrgsStack', {
    description: 'Organization management: HTTP API, functions, single table, notifications',
    resolveEntry: options.resolveEntry,
    routes: options.routes,
  });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { app, stack };
}
