import { parseArgs } from 'node:util';
import { ensureConsoleBuilt } from '../../web/scripts/build.ts';
import { localConfig } from './config.ts';
import { JavaMissingError } from './java.ts';
import { stopLeftoverDynamoDb } from './leftovers.ts';
import { watchParent } from './parent-watch.ts';
import { busyPortLine, busyPorts } from './port-check.ts';
import { type LocalStack, startLocalStack } from './stack.ts';
import { exitWhenAPartDies } from './supervise.ts';

const log = (line: string) => console.error(`[local] ${line}`);

let stack: LocalStack | undefined;
let stopping = false;

function shutdown(reason: string) {
  if (stopping) return;
  stopping = true;
  log(`${reason}: stopping`);
  if (!stack) process.exit(0);
  stack
    .stop()
    .catch((error) => log(String(error)))
    .finally(() => process.exit(0));
}

// Installed before anything starts: a signal during start-up must not orphan
// DynamoDB Local (exiting runs its exit hook, which kills the Java child).
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => shutdown(signal));
watchParent(() => shutdown('parent process gone'));

const { values } = parseArgs({ options: { 'in-memory': { type: 'boolean', default: false } } });

try {
  const config = localConfig(process.env, { inMemory: values['in-memory'] ?? false });
  if (!config.inMemory) await stopLeftoverDynamoDb(config.dataDir, log);
  const busy = await busyPorts(config);
  if (busy.length > 0) {
    for (const port of busy) console.error(busyPortLine(port));
    process.exit(1);
  }
  stack = await startLocalStack(config, log);
  exitWhenAPartDies(stack, log);
  await ensureConsoleBuilt(log);
  if (stopping) {
    await stack.stop();
    process.exit(0);
  }
  console.log(
    `orgs local stack ready: api=${stack.apiUrl} dynamodb=${stack.dynamodbEndpoint} ses=${stack.sesUrl} stripe=${stack.stripeUrl} storage=${stack.storageUrl}${stack.dnsPort ? ` dns=${config.host}:${stack.dnsPort}` : ''} console=${stack.appUrl}${config.inMemory ? ' (in memory)' : ` (data in ${config.dataDir})`}`,
  );
} catch (error) {
  console.error(error instanceof JavaMissingError ? error.message : `Could not start: ${String(error)}`);
  process.exit(1);
}
