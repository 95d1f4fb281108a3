import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ANY_FREE_PORTS } from '../../infra/local/config.ts';
import { projectRoot } from '../../infra/local/handler-loader.ts';
import { until } from './wait.ts';

/** What a shell user would have, with every port the stack opens set to "any free port". */
export function cliEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { POWERTOOLS_LOG_LEVEL: 'SILENT' };
  for (const name of ['PATH', 'HOME', 'TMPDIR', 'LANG', 'JAVA', 'JAVA_HOME']) {
    if (process.env[name]) env[name] = process.env[name];
  }
  return {
    ...env,
    ...ANY_FREE_PORTS,
    ...extra,
  };
}

export const tempDataDir = () => mkdtempSync(path.join(os.tmpdir(), 'orgs-dx-'));

export interface RunningCli {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
  /** the ready line's URLs */
  ready: Promise<{ api: string; ses: string; stripe: string }>;
}

/** `command args` from the project root, e.g. `npm start -- --in-memory` or `node --import tsx infra/local/start.ts`. */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv): RunningCli {
  const child = spawn(command, args, { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let all = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const ready = new Promise<{ api: string; ses: string; stripe: string }>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      all += chunk.toString();
      const match = /ready: api=(\S+) dynamodb=\S+ ses=(\S+) stripe=(\S+)/.exec(all);
      if (match) resolve({ api: match[1] ?? '', ses: match[2] ?? '', stripe: match[3] ?? '' });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    exited.then((code) => reject(new Error(`exited (${code}) before ready:\n${all}`)));
  });
  ready.catch(() => {});
  return { child, output: () => all, exited, ready };
}

/** Every process below `pid` (children, grandchildren, …), from `ps`. */
export function descendants(pid: number): number[] {
  const rows = execFileSync('ps', ['-eo', 'pid=,ppid='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number) as [number, number]);
  const found: number[] = [];
  const walk = (parent: number) => {
    for (const [child, ppid] of rows) {
      if (ppid === parent && !found.includes(child)) {
        found.push(child);
        walk(child);
      }
    }
  };
  walk(pid);
  return found;
}

/** Running (not zombie) processes among `pids`. */
export function alive(pids: readonly number[]): number[] {
  return pids.filter((pid) => {
    try {
      return !execFileSync('ps', ['-p', String(pid), '-o', 'stat='], { encoding: 'utf8' })
        .trim()
        .startsWith('Z');
    } catch {
      return false;
    }
  });
}

export const allGone = (pids: readonly number[], ms = 20_000) =>
  until(
    async () => alive(pids),
    (left) => left.length === 0,
    `processes ${pids.join(', ')} to exit`,
    ms,
  );
