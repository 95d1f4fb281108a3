import { parseArgs } from 'node:util';
import { localConfig } from './config.ts';
import { JavaMissingError } from './java.ts';
import { startLocalStack } from './stack.ts';

const log = (line: string) => console.error(`[local] ${line}`);

const { values } = parseArgs({ options: { 'in-memory': { type: 'boolean', default: false } } });

let stack: Awaited<ReturnType<typeof startLocalStack>> | undefined;
try {
  const config = localConfig(process.env, { inMemory: values['in-memory'] ?? false });
  stack = await startLocalStack(config, log);
  console.log(
    `orgs local stack ready: api=${stack.apiUrl} dynamodb=${stack.dynamodbEndpoint} ses=${stack.sesUrl} stripe=${stack.stripeUrl}${config.inMemory ? ' (in memory)' : ` (data in ${config.dataDir})`}`,
  );
} catch (error) {
  console.error(error instanceof JavaMissingError ? error.message : `Could not start: ${String(error)}`);
  process.exit(1);
}

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping`);
    stack
      ?.stop()
      .catch((error) => log(String(error)))
      .finally(() => process.exit(0));
  });
}
