import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { type IRole, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import type { FunctionDef } from '../../shared/platform/http/route-definition.ts';
import { table as tableShape } from '../table.ts';

/**
 * The newest Node.js runtime this aws-cdk-lib knows (cdk-nag L1 wants the newest).
 * Bump together with aws-cdk-lib; the esbuild target follows the runtime.
 */
export const NODE_RUNTIME = Runtime.NODEJS_24_X;

/**
 * esbuild emits ESM (`index.mjs`); bundled CommonJS dependencies still call `require`,
 * which ESM lacks, so the banner provides one.
 */
const ESM_REQUIRE_BANNER =
  "import { createRequire as __orgsCreateRequire } from 'node:module'; const require = __orgsCreateRequire(import.meta.url);";

export interface ApiFunctionProps {
  /** Route-table entry: its id, handler module, table actions and secrets. */
  readonly def: FunctionDef;
  /** Absolute path of the handler module (exports `handler`). */
  readonly entry: string;
  /** Directory holding package.json / package-lock.json (esbuild's working dir). */
  readonly projectRoot: string;
  readonly table: ITable;
  /** Environment shared by every function; TABLE_NAME is added here. */
  readonly environment: Readonly<Record<string, string>>;
  /** The app secret, read by functions whose def lists `secrets`. */
  readonly secret: ISecret;
  readonly description?: string;
  readonly timeout?: Duration;
  readonly memorySize?: number;
  readonly logRetention?: RetentionDays;
}

/**
 * One Lambda with the project's defaults (Node 24, arm64, minified ESM with source maps,
 * its own log group with retention) and exactly the permissions its route-table entry lists:
 *
 * - `dynamodb:<Action>` for each `tableActions` entry, on the table ARN;
 * - `dynamodb:Query` on the ARN of each GSI in `queryIndexes`, and on no other index;
 * - `secretsmanager:GetSecretValue` on the app secret, only when `secrets` is non-empty
 *   (and then `APP_SECRETS_ARN` in the environment);
 * - write access to its own log group. The role is written here rather than taking
 *   AWSLambdaBasicExecutionRole, so no managed policy (cdk-nag IAM4) and no `log-group:*`.
 */
export class ApiFunction extends Construct {
  readonly def: FunctionDef;
  readonly fn: NodejsFunction;
  readonly role: IRole;
  readonly logGroup: LogGroup;

  constructor(scope: Construct, id: string, props: ApiFunctionProps) {
    super(scope, id);
    const { def, table } = props;
    this.def = def;

    this.logGroup = new LogGroup(this, 'Logs', {
      retention: props.logRetention ?? RetentionDays.ONE_MONTH,
      removalPolicy: RemovalPolicy.DESTROY,
    });

    const role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `Execution role of the ${def.id} function`,
    });
    this.role = role;
    // The log group exists before the function (CloudFormation creates it), so no logs:CreateLogGroup.
    this.logGroup.grantWrite(role);

    const actions = [...new Set(def.tableActions)].map((action) => `dynamodb:${action}`);
    if (actions.length > 0) {
      role.addToPrincipalPolicy(new PolicyStatement({ actions, resources: [table.tableArn] }));
    }
    const indexes = [...new Set(def.queryIndexes ?? [])];
    if (indexes.length > 0) {
      role.addToPrincipalPolicy(
        new PolicyStatement({
          actions: ['dynamodb:Query'],
          resources: indexes.map((index) => `${table.tableArn}/index/${tableShape.indexes[index].name}`),
        }),
      );
    }

    const environment: Record<string, string> = { ...props.environment, TABLE_NAME: table.tableName };
    if (def.secrets && def.secrets.length > 0) {
      environment.APP_SECRETS_ARN = props.secret.secretArn;
      role.addToPrincipalPolicy(
        new PolicyStatement({
          actions: ['secretsmanager:GetSecretValue'],
          resources: [props.secret.secretArn],
        }),
      );
    }

    this.fn = new NodejsFunction(this, 'Function', {
      entry: props.entry,
      handler: 'handler',
      projectRoot: props.projectRoot,
      depsLockFilePath: `${props.projectRoot}/package-lock.json`,
      runtime: NODE_RUNTIME,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout ?? Duration.seconds(10),
      description: props.description ?? def.id,
      role,
      logGroup: this.logGroup,
      environment,
      bundling: {
        format: OutputFormat.ESM,
        mainFields: ['module', 'main'],
        banner: ESM_REQUIRE_BANNER,
        minify: true,
        sourceMap: true,
        // The AWS SDK is bundled (tree-shaken, minified) rather than taken from the runtime:
        // measured (bench/import-times.ts, idle machine, 7 fresh processes each), every one of
        // the 65 functions imports faster bundled — median of medians 145 ms against 282 ms —
        // although the files are larger (~400 KB instead of ~65 KB for GET /me): the runtime's
        // copy is hundreds of small unminified modules to resolve and read. It also pins the
        // SDK version to the lockfile's, whatever the runtime ships. See README "Import time".
        bundleAwsSDK: true,
      },
    });
  }
}
