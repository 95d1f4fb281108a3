import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';

/** Where the console's typed client types live (committed; `npm run client` rewrites them). */
export const schemaFile = new URL('../src/api/schema.d.ts', import.meta.url);

const header = `/**
 * Generated from the API's live /openapi.json by \`npm run client\` (openapi-typescript).
 * Do not edit: a test fails when this file differs from what the API serves.
 */

`;

/** The TypeScript types of an OpenAPI document, as the console's client imports them. */
export async function openApiTypes(document: unknown): Promise<string> {
  const ast = await openapiTS(document as OpenAPI3, { alphabetize: true });
  return header + astToString(ast);
}
