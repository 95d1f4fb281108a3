import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { EmulatorState } from './state.ts';

type Maps = Pick<
  EmulatorState,
  | 'customers'
  | 'setupIntents'
  | 'paymentMethods'
  | 'events'
  | 'prices'
  | 'subscriptions'
  | 'invoices'
  | 'pendingLines'
>;
const names = [
  'customers',
  'setupIntents',
  'paymentMethods',
  'events',
  'prices',
  'subscriptions',
  'invoices',
  'pendingLines',
] as const;

/** Loads what an earlier run saved into `state` (nothing if the file is absent). */
export function loadState(state: EmulatorState, file: string) {
  let saved: Partial<Record<(typeof names)[number], [string, never][]>> & { clockOffset?: number };
  try {
    saved = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw new Error(`Cannot read the Stripe emulator's state ${file}: ${String(error)}`);
  }
  for (const name of names)
    for (const [id, object] of saved[name] ?? []) (state as Maps)[name].set(id, object);
  state.clockOffset = saved.clockOffset ?? 0;
}

/** Writes every object atomically (a crash leaves the previous file whole). */
export function saveState(state: EmulatorState, file: string) {
  mkdirSync(path.dirname(file), { recursive: true });
  const snapshot = {
    ...Object.fromEntries(names.map((name) => [name, [...(state as Maps)[name]]])),
    clockOffset: state.clockOffset,
  };
  writeFileSync(`${file}.tmp`, JSON.stringify(snapshot));
  renameSync(`${file}.tmp`, file);
}
