/**
 * `npm run client`: regenerates web/src/api/schema.d.ts from the /openapi.json the API serves.
 * With API_URL set it reads that API; otherwise it starts the local stack in memory on free
 * ports, reads the document and stops the stack.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ANY_FREE_PORTS, localConfig } from '../../infra/local/config.ts';
import { startLocalStack } from '../../infra/local/stack.ts';
import { openApiTypes, schemaFile } from './openapi-types.ts';

process.env.POWERTOOLS_LOG_LEVEL ??= 'SILENT';
let apiUrl = process.env.API_URL;
let stop = async () => {};
if (!apiUrl) {
  const stack = await startLocalStack(
    localConfig({ ...ANY_FREE_PORTS, TABLE_NAME: 'orgs-client-gen' }, { inMemory: true }),
    () => {},
  );
  apiUrl = stack.apiUrl;
  stop = stack.stop;
}
try {
  const response = await fetch(`${apiUrl}/openapi.json`);
  if (!response.ok) throw new Error(`GET ${apiUrl}/openapi.json: ${response.status}`);
  writeFileSync(schemaFile, await openApiTypes(await response.json()));
  console.log(`wrote ${fileURLToPath(schemaFile)} from ${apiUrl}/openapi.json`);
} finally {
  await stop();
}
