// `expand[]` support: replaces id strings with the (cloned) objects they point to.
import { invalidRequest } from './errors.ts';
import type { EmulatorState } from './state.ts';

/** Expandable paths per object type, as Stripe documents them (the subset this emulator models). */
const EXPANDABLE: Record<string, readonly string[]> = {
  customer: ['invoice_settings.default_payment_method'],
  setup_intent: ['customer', 'payment_method'],
  payment_method: ['customer'],
  subscription: ['latest_invoice', 'default_payment_method', 'customer'],
  invoice: ['customer', 'default_payment_method'],
};

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function expandPath(target: Json, path: string, state: EmulatorState, fullPath: string): void {
  const objectType = typeof target.object === 'string' ? target.object : '';
  const prefix = (EXPANDABLE[objectType] ?? []).find((p) => path === p || path.startsWith(`${p}.`));
  if (!prefix) throw invalidRequest(`This property cannot be expanded (${fullPath}).`);

  const segments = prefix.split('.');
  const field = segments.pop() ?? prefix;
  let holder: unknown = target;
  for (const segment of segments) holder = isObject(holder) ? holder[segment] : undefined;
  if (!isObject(holder)) return;

  let value = holder[field];
  if (typeof value === 'string') {
    const found = state.find(value);
    if (found) {
      value = structuredClone(found);
      holder[field] = value;
    }
  }
  const rest = path.slice(prefix.length + 1);
  if (rest !== '' && isObject(value)) expandPath(value, rest, state, fullPath);
}

/** Returns a deep copy of `object` with every `expand` path resolved. */
export function expandObject<T extends object>(object: T, paths: readonly string[], state: EmulatorState): T {
  const copy = structuredClone(object);
  for (const path of paths) expandPath(copy as Json, path, state, path);
  return copy;
}
