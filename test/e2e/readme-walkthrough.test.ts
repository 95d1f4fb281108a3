import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, inject, it } from 'vitest';
import { projectRoot } from '../../infra/local/handler-loader.ts';

/** The sh block that follows `<!-- walkthrough: name -->` in README.md. */
function walkthrough(name: string): string {
  const readme = readFileSync(path.join(projectRoot, 'README.md'), 'utf8');
  const match = new RegExp(`<!-- walkthrough: ${name} -->\\s*\`\`\`sh\\n([\\s\\S]*?)\`\`\``).exec(readme);
  if (!match?.[1]) throw new Error(`README.md has no walkthrough ${name}`);
  return match[1];
}

async function runBlock(name: string): Promise<string> {
  const { apiUrl, sesUrl, stripeUrl } = inject('stack');
  const env = { ...process.env, API: apiUrl, SES: sesUrl, STRIPE: stripeUrl };
  const { stdout } = await promisify(execFile)('bash', ['-c', walkthrough(name)], {
    cwd: projectRoot,
    env,
    maxBuffer: 8 * 1024 * 1024,
  }).catch((error: { stdout: string; stderr: string; code: number }) => {
    throw new Error(`${name} failed (${error.code}):\n${error.stdout}\n${error.stderr}`);
  });
  return stdout;
}

describe('README walk-throughs', () => {
  it('"Try it with curl" then "Going live" work twice in a row', { timeout: 240_000 }, async () => {
    for (const run of [1, 2]) {
      const tryIt = await runBlock('try-it');
      expect(tryIt, `run ${run}`).toContain('"name":"Acme GmbH"');
      expect(tryIt, `run ${run}`).toContain('"inviter":{');
      expect(tryIt, `run ${run}`).toMatch(/"status":"active","joinedAt"/);
      const live = await runBlock('going-live');
      expect(live, `run ${run}`).toContain('"status":"active"');
      expect(live, `run ${run}`).toContain('"mode":"production"');
    }
  });
});
