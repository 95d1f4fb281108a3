import { existsSync } from 'node:fs';
import { type CfnOutputProps, type Duration, NestedStack, Validations } from 'aws-cdk-lib';
import {
  type HttpApi,
  HttpMethod,
  HttpRoute,
  HttpRouteKey,
  type IHttpRouteAuthorizer,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { Table } from 'aws-cdk-lib/aws-dynamodb';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import type { FunctionDef, RouteDefinition } from '../../shared/platform/http/route-definition.ts';
import type { AlarmTopic } from './alarms.ts';
import { ApiFunction } from './api-function.ts';

const JWT_IN_LAMBDA =
  'Authorization is enforced inside the Lambda, not by an API Gateway authorizer: the shared auth middleware ' +
  'verifies the Bearer JWT with jose against the JWKS (RS256/ES256, iss, aud, exp/nbf) and answers 401 ' +
  'problem+json with WWW-Authenticate, identically locally and deployed.';
const API_KEY_IN_LAMBDA =
  'An API-key route (auth: "apiKey" in its definition, /v1/*): the shared middleware verifies the key inside the ' +
  'Lambda (checksum, then one DynamoDB read) and answers 401 problem+json with WWW-Authenticate and the reason ' +
  'code, which an API Gateway authorizer cannot; the same verification is exported as a Lambda authorizer.';
const SCIM_TOKEN_IN_LAMBDA =
  'A SCIM route (auth: "scim" in its definition, /scim/v2/*): the route middleware verifies the SCIM token inside ' +
  'the Lambda (checksum, then its lookup item and the org) and answers a SCIM 401 with WWW-Authenticate.';
const PUBLIC_ROUTE =
  'A public route by contract (auth: "public" in its definition: /health, /openapi.json, /plans, and ' +
  '/webhooks/stripe, which the handler verifies by the Stripe signature); it needs no token.';

/**
 * What every area stack, and every construct in it, gets from the main stack (with the
 * way to the other areas, this is `AppResources`, app-resources.ts).
 */
export interface AreaResources {
  readonly table: Table;
  readonly secret: ISecret;
  readonly api: HttpApi;
  /** Every alarm notifies this topic: `alarmTopic.add(scope, id, { metric, description })`. */
  readonly alarmTopic: AlarmTopic;
  /** Environment shared by every function (TABLE_NAME is added per function). */
  readonly environment: Readonly<Record<string, string>>;
  /** Where the console runs (APP_URL and the console's CloudFront address): allowed by CORS. */
  readonly browserOrigins: readonly string[];
  /** The sender of every email (`emailFrom` context) and its SES identities. */
  readonly sender: { readonly from: string; readonly address: string; readonly domain: string };
  readonly projectRoot: string;
  /** Absolute path of a handler module given its routes.ts path. */
  readonly resolveEntry: (handler: string) => string;
  /** Every function of the app, by route-table id (filled as areas add them). */
  readonly functions: Map<string, ApiFunction>;
  /**
   * Route id → authorizer. Routes are built after every extension ran, so an extension
   * may put an authorizer here for the routes it protects.
   */
  readonly routeAuthorizers: Map<string, IHttpRouteAuthorizer>;
  /** A stack output of the main stack (outputs of nested stacks are not shown to the deployer). */
  readonly addOutput: (id: string, props: CfnOutputProps) => void;
}

export interface AddFunctionOptions {
  readonly description?: string;
  readonly timeout?: Duration;
  readonly memorySize?: number;
}

/**
 * One deployment area (infra/areas.ts) as a CloudFormation nested stack: its functions, each
 * with its role, log group and alarms, its HTTP routes, and whatever constructs the area adds
 * (`infra/extensions.ts`). Nested stacks keep each template far below CloudFormation's
 * 500-resource limit while `cdk deploy` still deploys one stack; references to the shared
 * resources (table, secret, API, alarm topic) become nested-stack parameters on their own.
 */
export class AreaStack extends NestedStack {
  readonly area: string;
  readonly resources: AreaResources;
  /** This area's functions, by route-table id. */
  readonly functions = new Map<string, ApiFunction>();
  private readonly functionsScope: Construct;
  private readonly routesScope: Construct;
  private readonly alarmsScope: Construct;

  constructor(scope: Construct, id: string, props: { area: string; resources: AreaResources }) {
    super(scope, id, { description: `orgs: the ${props.area} area (functions, routes, alarms)` });
    this.area = props.area;
    this.resources = props.resources;
    this.functionsScope = new Construct(this, 'Functions');
    this.routesScope = new Construct(this, 'Routes');
    this.alarmsScope = new Construct(this, 'Alarms');
  }

  /**
   * One function for a route-table entry, with exactly the grants the entry lists and its
   * error and throttle alarms. A handler file that does not exist fails the synth.
   */
  addFunction(def: FunctionDef, options: AddFunctionOptions = {}): ApiFunction {
    const { resources } = this;
    const entry = resources.resolveEntry(def.handler);
    if (!existsSync(entry)) throw new Error(`Handler ${def.handler} of ${def.id} does not exist`);
    if (resources.functions.has(def.id)) throw new Error(`Two functions with the id ${def.id}`);
    const fn = new ApiFunction(this.functionsScope, def.id, {
      def,
      entry,
      projectRoot: resources.projectRoot,
      table: resources.table,
      environment: resources.environment,
      secret: resources.secret,
      description: (options.description ?? def.id).slice(0, 256),
      timeout: options.timeout,
      memorySize: options.memorySize,
    });
    this.functions.set(def.id, fn);
    resources.functions.set(def.id, fn);
    resources.alarmTopic.addFunctionAlarms(this.alarmsScope, def.id, fn.fn);
    return fn;
  }

  /** The HTTP route of an entry, integrated with its function (built by addFunction). */
  addRoute(route: RouteDefinition, authorizer?: IHttpRouteAuthorizer): HttpRoute {
    const fn = this.functions.get(route.id);
    if (!fn) throw new Error(`Route ${route.id}: its function is not in the ${this.area} area`);
    const httpRoute = new HttpRoute(this.routesScope, route.id, {
      httpApi: this.resources.api,
      routeKey: HttpRouteKey.with(route.path, HttpMethod[route.method]),
      integration: new HttpLambdaIntegration(`${route.id}Integration`, fn.fn),
      authorizer,
    });
    if (!authorizer) {
      Validations.of(httpRoute).acknowledge({
        id: 'AwsSolutions-APIG4',
        reason:
          route.auth === 'platform'
            ? API_KEY_IN_LAMBDA
            : route.auth === 'scim'
              ? SCIM_TOKEN_IN_LAMBDA
              : route.auth === 'person'
                ? JWT_IN_LAMBDA
                : PUBLIC_ROUTE,
      });
    }
    return httpRoute;
  }

  /** A function of this area, by id (for constructs that wire triggers to it). */
  fn(id: string): ApiFunction {
    const fn = this.functions.get(id);
    if (!fn) throw new Error(`No function ${id} in the ${this.area} area`);
    return fn;
  }
}
