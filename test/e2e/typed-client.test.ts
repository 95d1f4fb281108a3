import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import openapiTS, { astToString } from 'openapi-typescript';
import { describe, expect, inject, it } from 'vitest';
import { signDevToken } from '../../infra/local/dev-issuer.ts';
import { projectRoot } from '../../infra/local/handler-loader.ts';

const dir = path.join(projectRoot, 'test/typed-client');

interface Journey {
  runJourney(input: Record<string, string>): Promise<{
    orgId: string;
    etag: string;
    auditActions: string[];
    memberIds: string[];
    joined: string[];
    invitation: unknown;
    [field: string]: unknown;
  }>;
}

describe('a client generated from GET /openapi.json', () => {
  it('type-checks the README journey without casts and drives it to an active organization', async () => {
    const { apiUrl, stripeUrl } = inject('stack');
    const document = await (await fetch(`${apiUrl}/openapi.json`)).json();
    expect(document).toMatchObject({ servers: [{ url: apiUrl }] });
    const types = astToString(await openapiTS(new URL(`${apiUrl}/openapi.json`)));
    writeFileSync(path.join(dir, 'api.generated.ts'), types);

    const tsc = await promisify(execFile)(
      process.execPath,
      ['node_modules/typescript/bin/tsc', '-p', 'test/typed-client/tsconfig.json'],
      { cwd: projectRoot },
    ).catch((error: { stdout: string }) => error);
    expect(tsc.stdout).toBe('');

    const suffix = crypto.randomUUID().slice(0, 8);
    const ada = await signDevToken({ email: `ada-${suffix}@example.com`, name: 'Ada' });
    const grace = await signDevToken({ email: `grace-${suffix}@example.com`, name: 'Grace' });
    // imported by path so that the project's tsc, which has no generated types, does not follow it
    const journey: Journey = await import(path.join(dir, 'journey.ts'));
    const result = await journey.runJourney({ apiUrl, stripeUrl, ada, grace, suffix });

    expect(result).toMatchObject({
      location: `/orgs/${result.orgId}`,
      notModified: 304,
      staleCode: 'PRECONDITION_FAILED',
      renamedTo: `Acme GmbH ${suffix}`,
      workspaceName: 'Staging',
      invitedOrg: [result.orgId],
      acceptedOrgId: result.orgId,
      acceptedRole: 'developer',
      memberLimit: 50,
      country: 'DE',
      onboarding: 'active',
      mode: 'production',
    });
    expect(result.etag).toMatch(/^"\d+"$/);
    expect(result.auditActions).toContain('workspace.created');
    expect(result.memberIds).toHaveLength(2);
    expect(result.joined.every((at) => !Number.isNaN(Date.parse(at)))).toBe(true);
    expect(result.invitation).toEqual({
      organization: {
        id: result.orgId,
        name: `Acme GmbH ${suffix}`,
        logoUrl: 'https://cdn.example.com/logo.png',
      },
      inviter: { userId: expect.any(String), name: 'Ada' },
      role: 'developer',
      expiresAt: expect.any(String),
    });
  });
});
