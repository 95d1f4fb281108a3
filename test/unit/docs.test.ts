import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../infra/local/handler-loader.ts';
import { errorCatalog } from '../../shared/platform/errors.ts';

const read = (file: string) => readFileSync(path.join(projectRoot, file), 'utf8');

/** docs/**\/*.md, as paths from the project root. */
function markdownUnder(dir: string): string[] {
  return readdirSync(path.join(projectRoot, dir), { withFileTypes: true }).flatMap((entry) => {
    const file = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return markdownUnder(file);
    return entry.name.endsWith('.md') ? [file] : [];
  });
}

/** The documentation a reader of the repository follows: README, CONTRIBUTING and docs/. */
const documents = ['README.md', 'CONTRIBUTING.md', ...markdownUnder('docs')];

/** The text with fenced code blocks blanked, lines kept (links and headings in code are neither). */
const prose = (text: string) =>
  text.replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, (block) => block.replace(/[^\n]/g, ''));

/** GitHub's heading anchors: lower case, punctuation dropped, spaces → hyphens, duplicates numbered. */
function anchorsOf(text: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const [, heading] of prose(text).matchAll(/^#{1,6}[ \t]+(.+?)[ \t#]*$/gm)) {
    const slug = (heading ?? '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/<[^>]+>/g, '')
      .trim()
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  }
  for (const [, id] of text.matchAll(/<a\s+(?:name|id)="([^"]+)"/g)) anchors.add(id ?? '');
  return anchors;
}

/** Every `[text](target)` and `![alt](target)` outside code, with its line. */
function linksOf(text: string): { target: string; line: number }[] {
  const outside = prose(text);
  return [...outside.matchAll(/\]\(\s*<?([^)\s>]*)>?(?:\s+"[^"]*")?\s*\)/g)].map((match) => ({
    target: match[1] ?? '',
    line: outside.slice(0, match.index).split('\n').length,
  }));
}

describe('the repository documents its own API', () => {
  it('docs/api.md lists every error code of the catalog with its status', () => {
    const api = read('docs/api.md');
    for (const [code, { status }] of Object.entries(errorCatalog)) {
      expect(api, code).toContain(`| \`${code}\` | ${status} |`);
    }
  });
});

describe('the documentation stays inside the repository', () => {
  it('finds the pages it checks', () => {
    expect(documents).toContain('docs/api.md');
    expect(documents).toContain('docs/architecture.md');
    expect(documents).toContain('docs/decisions/README.md');
  });

  it.each(documents)('%s: every relative link resolves to a file (and heading) of the repository', (file) => {
    const text = read(file);
    expect(text, `${file} names a path of this machine`).not.toMatch(/\/work\//);
    expect(text, `${file} names a path outside the repository in code`).not.toMatch(/`\.\.\/[^`]*`/);
    for (const { target, line } of linksOf(text)) {
      const where = `${file}:${line} → ${target}`;
      if (/^(https?:|mailto:)/.test(target)) continue;
      expect(target, `${where}: a link to the web or a file of the repository`).not.toMatch(/^([a-z]+:|\/)/i);
      const [pathPart = '', anchor] = target.split('#', 2);
      const resolved = pathPart
        ? path.resolve(projectRoot, path.dirname(file), decodeURIComponent(pathPart))
        : path.join(projectRoot, file);
      const fromRoot = path.relative(projectRoot, resolved);
      expect(fromRoot.startsWith('..') || path.isAbsolute(fromRoot), `${where}: outside the repository`).toBe(
        false,
      );
      expect(existsSync(resolved), `${where}: no such file`).toBe(true);
      if (anchor && resolved.endsWith('.md') && statSync(resolved).isFile()) {
        expect([...anchorsOf(readFileSync(resolved, 'utf8'))], `${where}: no such heading`).toContain(anchor);
      }
    }
  });

  it('README.md stays an entry page: at most 10 KB, and every page is reachable from it', () => {
    expect(Buffer.byteLength(read('README.md'))).toBeLessThanOrEqual(10_240);
    const reached = new Set(['README.md']);
    const queue = ['README.md'];
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
      for (const { target } of linksOf(read(file))) {
        const pathPart = target.split('#')[0] ?? '';
        if (!pathPart.endsWith('.md') || /^[a-z]+:/i.test(pathPart)) continue;
        const page = path.posix.normalize(path.posix.join(path.posix.dirname(file), pathPart));
        if (!reached.has(page) && existsSync(path.join(projectRoot, page))) {
          reached.add(page);
          queue.push(page);
        }
      }
    }
    expect(documents.filter((file) => !reached.has(file))).toEqual([]);
  });

  it('the anchors checker follows GitHub', () => {
    const anchors = anchorsOf(
      '# Deploy\n## Steps, once per account and region\n## Import time: SDK bundled or from the `runtime`\n## Notes\n## Notes\n```sh\n# not a heading\n```\n',
    );
    expect([...anchors]).toEqual([
      'deploy',
      'steps-once-per-account-and-region',
      'import-time-sdk-bundled-or-from-the-runtime',
      'notes',
      'notes-1',
    ]);
  });
});
