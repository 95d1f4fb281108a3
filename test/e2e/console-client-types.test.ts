import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openApiTypes, schemaFile } from '../../web/scripts/openapi-types.ts';
import { apiUrl } from '../support/http.ts';

describe("the console's typed client", () => {
  it('is generated from the /openapi.json the API serves (else: npm run client)', async () => {
    const response = await fetch(`${apiUrl()}/openapi.json`);
    expect(response.status).toBe(200);
    const served = await openApiTypes(await response.json());
    const committed = readFileSync(schemaFile, 'utf8');
    expect(committed === served, 'web/src/api/schema.d.ts is stale: run `npm run client`').toBe(true);
  });
});
