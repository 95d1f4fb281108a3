import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  App,
  CfnOutput,
  CfnRule,
  Duration,
  Fn,
  RemovalPolicy,
  Stack,
  type StackProps,
  Validations,
} from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { CorsHttpMethod, HttpApi, HttpStage, LogGroupLogDestination } from 'aws-cdk-lib/aws-apigatewayv2';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { Construct } from 'constructs';
import { routes } from '../functions/http/routes.ts';
import type { RouteDefinition } from '../shared/platform/http/route-definition.ts';
import { areaConstructId, areaOf } from './areas.ts';
import { configEnvironment, readDeployConfig } from './config.ts';
import { AlarmTopic, SharedAlarms } from './constructs/alarms.ts';
import type { ApiFunction } from './constructs/api-function.ts';
import type { AppResources } from './constructs/app-resources.ts';
import { AreaStack } from './constructs/area-stack.ts';
import { ConsoleSite } from './constructs/console.ts';
import { OrgTokenKeys } from './constructs/org-token-keys.ts';
import { createOrgsTable } from './constructs/table.ts';
import { extensions } from './extensions.ts';

/** The repository root: handler paths in routes.ts are relative to it. */
export const projectRoot = fileURLToPath(new URL('..', import.meta.url));

export interface OrgsStackProps extends StackProps {
  /**
   * Absolute path of a handler module given its routes.ts path. Default: under the
   * repository root. Tests use it to stand in for handler files not written yet.
   */
  readonly resolveEntry?: (handler: string) => string;
  /** The HTTP routes; default: `routes` from routes.ts (tests pass variations). */
  readonly routes?: readonly RouteDefinition[];
  /** Default: `extensions` from infra/extensions.ts. */
  readonly extensions?: typeof extensions;
}

export class OrgsStack extends Stack {
  /** Every function, by its route-table id (routes, then the extensions' functions). */
  readonly functions = new Map<string, ApiFunction>();
  /** The nested stack of each area (infra/areas.ts), by area name. */
  readonly areas = new Map<string, AreaStack>();
  readonly api: HttpApi;
  readonly stage: HttpStage;

  constructor(scope: Construct, id: string, props: OrgsStackProps = {}) {
    super(scope, id, props);
    const resolveEntry = props.resolveEntry ?? ((handler: string) => join(projectRoot, handler));

    const table = createOrgsTable(this, 'Table');

    const config = readDeployConfig((key) => this.node.tryGetContext(key));
    if (config.examples) {
      // Offline synth with example values: any deploy of this template fails before it starts.
      new CfnRule(this, 'ExampleConfigIsNotDeployable', {
        assertions: [
          {
            assert: Fn.conditionEquals('examples', 'deployable'),
            assertDescription:
              'Synthesized with -c examples=true (example auth, email and Stripe settings): deploy with the real values.',
          },
        ],
      });
    }

    /**
     * Application secrets, one JSON document:
     * - `cursorSecret`: generated here (random, 64 chars), seals pagination cursors and the
     *   secrets inside stored idempotent replays (a key derived for each, HKDF);
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
        '(then put here by the operator), and rotating cursorSecret would invalidate every pagination cursor in flight ' +
        '(and the sealed secrets of idempotent replays, kept 24 h). ' +
        'Rotation is a documented manual runbook step.',
    });

    const orgTokenKeys = new OrgTokenKeys(this, 'OrgTokenKeys', {
      generations: String(this.node.tryGetContext('orgTokenKeys') ?? '1')
        .split(',')
        .map((generation) => generation.trim())
        .filter(Boolean),
      signing: this.node.tryGetContext('orgTokenSigningKey'),
    });
    const environment: Record<string, string> = {
      ...configEnvironment(config),
      ...orgTokenKeys.environment,
      POWERTOOLS_SERVICE_NAME: 'orgs',
      LOG_LEVEL: config.logLevel,
      NODE_OPTIONS: '--enable-source-maps',
    };

    // the web console (S3 + CloudFront); its origin is allowed by the API's CORS
    const consoleSite = new ConsoleSite(this, 'Console', { projectRoot, config });
    // an origin has no path, even when appUrl has one
    const browserOrigins = [new URL(config.appUrl).origin, consoleSite.url];

    // HTTP API -------------------------------------------------------------------------------
    this.api = new HttpApi(this, 'Api', {
      apiName: 'orgs',
      description: 'Organization management API',
      createDefaultStage: false,
      corsPreflight: {
        allowOrigins: browserOrigins,
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

    consoleSite.deploy(this.stage.url);
    // organization session tokens name the API as their issuer (unless configured)
    environment.ORG_TOKEN_ISSUER = this.node.tryGetContext('orgTokenIssuer') ?? this.stage.url;

    // Areas: one nested stack per area (infra/areas.ts), each with its functions, routes and
    // alarms; the extensions add what is more than a route (stream consumers, schedules…).
    const alarmTopic = new AlarmTopic(this, 'AlarmTopic', { email: config.alarmEmail });
    new SharedAlarms(this, 'Alarms', { topic: alarmTopic, table, apiStage: this.stage });

    const resources: AppResources = {
      table,
      secret,
      api: this.api,
      alarmTopic,
      environment,
      browserOrigins,
      sender: { from: config.emailFrom, ...config.sender },
      projectRoot,
      resolveEntry,
      functions: this.functions,
      areaStack: (area) => {
        let stack = this.areas.get(area);
        if (!stack) {
          stack = new AreaStack(this, `${areaConstructId(area)}Area`, { area, resources });
          this.areas.set(area, stack);
        }
        return stack;
      },
      routeAuthorizers: new Map(),
      addOutput: (outputId, outputProps) => new CfnOutput(this, outputId, outputProps),
    };

    const httpRoutes = props.routes ?? routes;
    for (const route of httpRoutes) {
      resources.areaStack(areaOf(route)).addFunction(route, {
        description: `${route.method} ${route.path}: ${route.summary}`,
      });
    }
    for (const extension of props.extensions ?? extensions) extension(resources);
    orgTokenKeys.grantTo(this.functions.values());
    for (const route of httpRoutes) {
      resources.areaStack(areaOf(route)).addRoute(route, resources.routeAuthorizers.get(route.id));
    }

    new CfnOutput(this, 'ApiUrl', { value: this.stage.url, description: 'Base URL of the HTTP API' });
    new CfnOutput(this, 'TableName', { value: table.tableName });
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
