/**
 * `npm run ops -- <command> [args] [--operator <name>] [--table <name>] [--region <region>] [--endpoint <url>]`
 *
 * Support's tools, against the local stack by default (DynamoDB Local on
 * `DYNAMODB_PORT`, table `TABLE_NAME` or `orgs-local`) or, with `--table`, a deployed
 * table (your AWS credentials; the table name is the stack's `TableName` output).
 * Every change is audited in the organization's log as `operator:<name>`.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { localCredentials, localRegion } from '../local/dynamodb-local.ts';
import { projectRoot } from '../local/handler-loader.ts';
import { orgTokenKeysFile, promoteNewestKey, publishNextKey } from '../local/org-token-keys.ts';
import { RedriveUsageError, redriveCommand } from './redrive-command.ts';

const USAGE = `Usage: npm run ops -- <command> [arguments] [options]

Commands:
  lookup-user <userId|email>                      profile, organization limit and memberships
  lookup-org <orgId>                              the organization (or its tombstone once purged)
  raise-org-limit <userId> <limit> --operator N   how many organizations the user may create
  cancel-deletion <orgId> --operator N            restore an organization whose deletion is scheduled
  resend-invitation <orgId> <invitationId> --operator N
                                                  send a pending invitation's email again
  org-token-keys <next|promote>                   local stack: publish the next session-token signing key,
                                                  then make it sign (restart npm start after each step;
                                                  deployed: the orgTokenKeys CDK context, docs/features/org-sessions.md)
  redrive <notify|webhook-events> [--limit N]    replay the stream batches in a consumer's dead-letter
                                                  queue through it again; exits 1 if any stays queued

Options:
  --operator <name>   who acts (required for changes; audited as operator:<name>)
  --table <name>      a deployed table (AWS credentials from the environment); default: the local stack
  --region <region>   AWS region of --table (default: AWS_REGION)
  --endpoint <url>    DynamoDB endpoint (default: local http://127.0.0.1:$DYNAMODB_PORT, or AWS with --table)
  --queue-url <url>   redrive: the dead-letter queue (deployed: output NotifyDeadLetterQueueUrl or
                      WebhookEventsDeadLetterQueueUrl; local: found in .local/endpoints.json)
  --function <name>   redrive: the consumer (deployed: output NotifyFunctionName or WebhookEventsFunctionName)
  --lambda-endpoint <url>
                      redrive, local stack: its Lambda Invoke API (found in .local/endpoints.json)
  --limit <n>         redrive: at most this many messages (default 100)
  --help`;

export interface OpsIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

const stdio: OpsIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** Points the shared data layer at the chosen table (before its client is first created). */
function target(values: { table?: string; region?: string; endpoint?: string }) {
  if (values.table) {
    process.env.TABLE_NAME = values.table;
    if (values.region) process.env.AWS_REGION = values.region;
    if (values.endpoint) process.env.DYNAMODB_ENDPOINT = values.endpoint;
    else delete process.env.DYNAMODB_ENDPOINT;
    return;
  }
  process.env.TABLE_NAME ||= 'orgs-local';
  process.env.DYNAMODB_ENDPOINT =
    values.endpoint ??
    process.env.DYNAMODB_ENDPOINT ??
    `http://127.0.0.1:${process.env.DYNAMODB_PORT ?? 8000}`;
  process.env.AWS_REGION ||= localRegion;
  process.env.AWS_ACCESS_KEY_ID ||= localCredentials.accessKeyId;
  process.env.AWS_SECRET_ACCESS_KEY ||= localCredentials.secretAccessKey;
}

export async function main(argv: string[], io: OpsIo = stdio): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...args] = positionals;
  if (values.help || !command) {
    io.out(USAGE);
    return values.help ? 0 : 2;
  }
  target(values);
  // imported after the target is set: the data layer reads it when it first connects
  const ops = await import('../../shared/lifecycle/operator.ts');
  const actor = () => {
    if (!values.operator) throw new UsageError('--operator <name> is required for changes');
    return ops.operatorActor(values.operator);
  };
  const need = (count: number) => {
    if (args.length !== count) throw new UsageError(`${command} takes ${count} argument(s)`);
    return args as string[];
  };
  try {
    let result: unknown;
    switch (command) {
      case 'lookup-user':
        result = await ops.lookupUser(need(1)[0] as string);
        break;
      case 'lookup-org':
        result = (await ops.lookupOrg(need(1)[0] as string)) ?? null;
        break;
      case 'raise-org-limit': {
        const [userId, limit] = need(2);
        if (!/^\d{1,4}$/.test(limit ?? '')) throw new UsageError('limit: a whole number 0..9999');
        result = await ops.raiseOrgLimit(userId as string, Number(limit), actor());
        break;
      }
      case 'cancel-deletion':
        result = await ops.cancelDeletion(need(1)[0] as string, actor());
        break;
      case 'resend-invitation': {
        const [orgId, invitationId] = need(2);
        result = await ops.resendInvitationEmail(orgId as string, invitationId as string, actor());
        break;
      }
      case 'org-token-keys': {
        const step = need(1)[0];
        const file = orgTokenKeysFile(process.env.LOCAL_DATA_DIR ?? path.join(projectRoot, '.local'));
        if (step !== 'next' && step !== 'promote') throw new UsageError('org-token-keys: next or promote');
        const set = step === 'next' ? await publishNextKey(file) : promoteNewestKey(file);
        result = { signing: set.signing, published: set.keys.map((key) => key.kid) };
        break;
      }
      case 'redrive': {
        const limit = values.limit === undefined ? undefined : Number(values.limit);
        if (limit !== undefined && !/^[1-9]\d{0,3}$/.test(values.limit ?? '')) {
          throw new UsageError('--limit: a whole number 1..9999');
        }
        const summary = await redriveCommand(need(1)[0] as string, {
          deployed: Boolean(values.table),
          queueUrl: values['queue-url'],
          functionName: values.function,
          lambdaEndpoint: values['lambda-endpoint'],
          limit,
        });
        io.out(JSON.stringify(summary, null, 2));
        return summary.failed === 0 ? 0 : 1;
      }
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
    io.out(JSON.stringify(result, null, 2));
    return result === null ? 1 : 0;
  } catch (error) {
    if (error instanceof UsageError || error instanceof RedriveUsageError) {
      io.err(`${error.message}\n\n${USAGE}`);
      return 2;
    }
    const { code, detail } = error as { code?: string; detail?: string };
    io.err(code ? `${code}: ${detail}` : `failed: ${(error as Error).message}`);
    return 1;
  }
}

class UsageError extends Error {}

const parse = (argv: string[]) =>
  parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      operator: { type: 'string' },
      table: { type: 'string' },
      region: { type: 'string' },
      endpoint: { type: 'string' },
      'queue-url': { type: 'string' },
      function: { type: 'string' },
      'lambda-endpoint': { type: 'string' },
      limit: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
