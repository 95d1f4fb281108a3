import { readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const webDir = fileURLToPath(new URL('..', import.meta.url));
export const distDir = path.join(webDir, 'dist');
const stampFile = path.join(distDir, '.built');
/** what the build reads besides node_modules */
const inputs = [
  path.join(webDir, 'src'),
  path.join(webDir, 'index.html'),
  path.join(webDir, 'vite.config.ts'),
  path.join(webDir, '..', 'shared', 'domain'),
];

function newestMtime(entry: string): number {
  const stat = statSync(entry, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(entry).map((name) => newestMtime(path.join(entry, name))));
}

export const consoleBuildIsStale = () =>
  newestMtime(stampFile) === 0 || Math.max(...inputs.map(newestMtime)) > newestMtime(stampFile);

/** Builds web/ into web/dist with Vite. */
export async function buildConsole(): Promise<void> {
  const { build } = await import('vite');
  await build({ configFile: path.join(webDir, 'vite.config.ts'), logLevel: 'warn' });
  writeFileSync(stampFile, new Date().toISOString());
}

/** Builds the console unless web/dist is newer than every input (a few seconds when it must). */
export async function ensureConsoleBuilt(log: (line: string) => void = () => {}): Promise<void> {
  if (!consoleBuildIsStale()) return;
  log('building the console (web/ → web/dist)');
  await buildConsole();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  await buildConsole();
  console.log(`built the console into ${distDir}`);
}
