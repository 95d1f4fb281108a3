import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../infra/local/handler-loader.ts';
import { errorCatalog } from '../../shared/platform/errors.ts';

const read = (file: string) => readFileSync(path.join(projectRoot, file), 'utf8');

describe('the repository documents its own API', () => {
  it('docs/api.md lists every error code of the catalog with its status', () => {
    const api = read('docs/api.md');
    for (const [code, { status }] of Object.entries(errorCatalog)) {
      expect(api, code).toContain(`| \`${code}\` | ${status} |`);
    }
  });

  it('README.md and docs/api.md link only inside the repository (or to the web)', () => {
    for (const file of ['README.md', 'docs/api.md']) {
      const text = read(file);
      expect(text, file).not.toMatch(/\]\(\.\.\/|`\.\.\/[^`]*`|\/work\//);
      for (const [, target] of text.matchAll(/\]\(([^)#]+)[^)]*\)/g)) {
        if (!target || /^https?:/.test(target)) continue;
        expect(
          () => readFileSync(path.join(projectRoot, path.dirname(file), target)),
          `${file} → ${target}`,
        ).not.toThrow();
      }
    }
  });
});
