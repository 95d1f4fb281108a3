import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The local stack's endpoints that have no fixed port (the Lambda Invoke API and the
 * dead-letter queues), written to `<data dir>/endpoints.json` while a persistent stack
 * runs, so `npm run ops` finds them.
 */
export interface LocalEndpoints {
  lambdaEndpoint: string;
  deadLetterQueues: Record<string, string>;
}

const fileIn = (dataDir: string) => path.join(dataDir, 'endpoints.json');

export function writeLocalEndpoints(dataDir: string, endpoints: LocalEndpoints): () => Promise<void> {
  writeFileSync(fileIn(dataDir), JSON.stringify(endpoints, null, 2));
  return async () => rmSync(fileIn(dataDir), { force: true });
}

export function readLocalEndpoints(dataDir: string): LocalEndpoints | undefined {
  const file = fileIn(dataDir);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as LocalEndpoints) : undefined;
}
