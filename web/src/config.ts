import type { ConsoleConfig } from './runtime-config.ts';

let loaded: ConsoleConfig | undefined;

/** `/config.json`, read once at start-up (the same build runs locally and deployed). */
export async function loadConfig(): Promise<ConsoleConfig> {
  const response = await fetch('/config.json', { cache: 'no-store' });
  if (!response.ok) throw new Error(`GET /config.json answered ${response.status}`);
  loaded = (await response.json()) as ConsoleConfig;
  return loaded;
}

export function config(): ConsoleConfig {
  if (!loaded) throw new Error('config.json is not loaded yet');
  return loaded;
}
