import { AsyncLocalStorage } from 'node:async_hooks';
import { type AwsService, watchAwsClients } from '../../shared/platform/aws-clients.ts';
import type { FunctionDef, TableAction } from '../../shared/platform/http/route-definition.ts';
import { table } from '../table.ts';

/**
 * Least privilege, enforced locally as IAM enforces it deployed: every invocation the local
 * stack makes runs as its function (`runAs`), and a middleware on each AWS client of the
 * runtime refuses, with IAM's `AccessDeniedException`, any DynamoDB action, table or index,
 * S3 action or key prefix, SES send, Lambda invoke or CDN invalidation the function's
 * definition does not grant. So a test that takes a path takes it with the deployed grants.
 * Calls made outside any invocation (a test seeding the table) are not checked.
 */
const running = new AsyncLocalStorage<FunctionDef>();

export const runAs = <T>(def: FunctionDef, run: () => T): T => running.run(def, run);

/** One action on one resource, as IAM authorizes it. */
interface Request {
  action: string;
  resource: string;
  allowed: (def: FunctionDef) => boolean;
}

export class AccessDeniedException extends Error {
  override readonly name = 'AccessDeniedException';
  readonly $fault = 'client';
  readonly $metadata = { httpStatusCode: 400 };
}

let installed = false;

/** Adds the grant check to every AWS client the runtime has created or will create. */
export function enforceGrants(): void {
  if (installed) return;
  installed = true;
  watchAwsClients((client, service) => {
    client.middlewareStack.add(
      // biome-ignore lint/suspicious/noExplicitAny: the SDK's middleware signature
      (next: any, context: { commandName?: string }) => async (args: { input: Record<string, unknown> }) => {
        const def = running.getStore();
        if (def) {
          for (const request of requestsOf(service, context.commandName ?? '', args.input)) {
            if (!request.allowed(def)) throw denied(def, request);
          }
        }
        return next(args);
      },
      { step: 'initialize', name: 'localGrantCheck', priority: 'high' },
    );
  });
}

function denied(def: FunctionDef, { action, resource }: Request): AccessDeniedException {
  return new AccessDeniedException(
    `User: arn:aws:sts::000000000000:assumed-role/${def.id}-role/${def.id} is not authorized to perform: ${action} on resource: ${resource} because no identity-based policy allows the ${action} action`,
  );
}

function requestsOf(service: AwsService, command: string, input: Record<string, unknown>): Request[] {
  switch (service) {
    case 'dynamodb':
      return dynamodbRequests(command.replace(/Command$/, ''), input);
    case 's3':
      return s3Requests(command.replace(/Command$/, ''), input);
    case 'ses':
      return [
        {
          action: `ses:${command.replace(/Command$/, '')}`,
          resource: 'ses identity',
          allowed: (d) => d.sendsEmail === true,
        },
      ];
    case 'lambda': {
      const name =
        String(input.FunctionName ?? '')
          .split(':')
          .pop() ?? '';
      return [
        {
          action: 'lambda:InvokeFunction',
          resource: `function:${name}`,
          allowed: (d) => (d.invokes ?? []).some((id) => name === id || name.endsWith(`-${id}`)),
        },
      ];
    }
    case 'kms': {
      const action = `kms:${command.replace(/Command$/, '')}`;
      const allowed = (d: FunctionDef) =>
        action === 'kms:GetPublicKey'
          ? d.orgTokenKeys !== undefined
          : action === 'kms:Sign' && d.orgTokenKeys === 'sign';
      return [{ action, resource: 'key', allowed }];
    }
    case 'cloudfront':
      return [
        {
          action: `cloudfront:${command.replace(/Command$/, '')}`,
          resource: 'distribution',
          allowed: (d) => d.invalidatesCdn === true,
        },
      ];
  }
}

const indexKeyByName = new Map<string, string>(
  Object.entries(table.indexes).map(([key, index]) => [index.name, key]),
);

const onTable = (action: TableAction, tableName: unknown): Request => ({
  action: `dynamodb:${action}`,
  resource: `table/${String(tableName)}`,
  allowed: (def) => tableName === process.env.TABLE_NAME && def.tableActions.includes(action),
});

function dynamodbRequests(command: string, input: Record<string, unknown>): Request[] {
  const tables = (items: unknown) => Object.keys((items ?? {}) as object);
  switch (command) {
    case 'GetItem':
    case 'PutItem':
    case 'UpdateItem':
    case 'DeleteItem':
      return [onTable(command, input.TableName)];
    case 'BatchGetItem':
      return tables(input.RequestItems).map((name) => onTable('BatchGetItem', name));
    case 'BatchWriteItem':
      return tables(input.RequestItems).map((name) => onTable('BatchWriteItem', name));
    case 'Query': {
      if (!input.IndexName) return [onTable('Query', input.TableName)];
      const index = String(input.IndexName);
      return [
        {
          action: 'dynamodb:Query',
          resource: `table/${String(input.TableName)}/index/${index}`,
          allowed: (def) =>
            input.TableName === process.env.TABLE_NAME &&
            (def.queryIndexes ?? []).some((key) => key === indexKeyByName.get(index)),
        },
      ];
    }
    case 'TransactWriteItems':
      return ((input.TransactItems ?? []) as Record<string, { TableName?: string }>[]).flatMap((item) => {
        const [kind, operation] = Object.entries(item)[0] ?? [];
        const action = (
          {
            Put: 'PutItem',
            Update: 'UpdateItem',
            Delete: 'DeleteItem',
            ConditionCheck: 'ConditionCheckItem',
          } as const
        )[kind as 'Put'];
        return action ? [onTable(action, operation?.TableName)] : [];
      });
    case 'TransactGetItems':
      return ((input.TransactItems ?? []) as { Get?: { TableName?: string } }[]).map((item) =>
        onTable('GetItem', item.Get?.TableName),
      );
    default:
      return [
        { action: `dynamodb:${command}`, resource: `table/${String(input.TableName)}`, allowed: () => false },
      ];
  }
}

function s3Requests(command: string, input: Record<string, unknown>): Request[] {
  const key = String(input.Key ?? '');
  const onObject = (action: string): Request => ({
    action,
    resource: `object/${key}`,
    allowed: (def) =>
      (def.storage ?? []).some(
        (grant) => key.startsWith(grant.prefix) && (grant.actions as readonly string[]).includes(action),
      ),
  });
  switch (command) {
    case 'GetObject':
      return [onObject(input.VersionId ? 's3:GetObjectVersion' : 's3:GetObject')];
    case 'PutObject':
      return [onObject('s3:PutObject')];
    case 'DeleteObject':
      return [onObject('s3:DeleteObject')];
    case 'ListObjectsV2': {
      const prefix = String(input.Prefix ?? '');
      return [
        {
          action: 's3:ListBucket',
          resource: `bucket (prefix ${prefix})`,
          allowed: (def) => (def.listsStorage ?? []).some((granted) => prefix.startsWith(granted)),
        },
      ];
    }
    default:
      return [{ action: `s3:${command}`, resource: 'bucket', allowed: () => false }];
  }
}
