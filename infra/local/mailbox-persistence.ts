import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

interface SesStore {
  getStoreReadonly(): { emails: unknown[] };
}
// aws-ses-v2-local keeps its mailbox in this module's memory (the server uses the same instance)
const sesStore = createRequire(import.meta.url)('aws-ses-v2-local/dist/store.js') as SesStore;

function save(file: string, emails: unknown[]) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, JSON.stringify(emails));
  renameSync(`${file}.tmp`, file);
}

/**
 * Keeps the local SES mailbox in `file` across restarts: loads it now, saves when
 * it changes (checked every 500 ms; POST /clear-store empties it) and on stop.
 */
export function persistMailbox(file: string): () => Promise<void> {
  try {
    sesStore.getStoreReadonly().emails.push(...(JSON.parse(readFileSync(file, 'utf8')) as unknown[]));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  let saved = sesStore.getStoreReadonly().emails;
  let savedCount = saved.length;
  const saveIfChanged = () => {
    const { emails } = sesStore.getStoreReadonly();
    if (emails === saved && emails.length === savedCount) return;
    save(file, emails);
    saved = emails;
    savedCount = emails.length;
  };
  const timer = setInterval(saveIfChanged, 500);
  timer.unref();
  return async () => {
    clearInterval(timer);
    saveIfChanged();
  };
}
