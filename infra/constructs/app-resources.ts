import type { CfnOutputProps } from 'aws-cdk-lib';
import type { HttpApi, IHttpRouteAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2';
import type { Table } from 'aws-cdk-lib/aws-dynamodb';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import type { AlarmTopic } from './alarms.ts';
import type { ApiFunction } from './api-function.ts';
import type { AreaStack } from './area-stack.ts';

/**
 * What the main stack shares with every area (nested) stack and with the constructs in
 * `infra/extensions.ts`. Using one of these in an area stack makes CDK pass it as a
 * nested-stack parameter; nothing else is needed.
 */
export interface AppResources {
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
  /** The area stack of an area name, created on first use. */
  readonly areaStack: (area: string) => AreaStack;
  /**
   * Route id → authorizer. Routes are built after every extension ran, so an extension
   * may put an authorizer here for the routes it protects.
   */
  readonly routeAuthorizers: Map<string, IHttpRouteAuthorizer>;
  /** A stack output of the main stack (outputs of nested stacks are not shown to the deployer). */
  readonly addOutput: (id: string, props: CfnOutputProps) => void;
}
