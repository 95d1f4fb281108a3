import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { FunctionDef } from '../../shared/platform/http/route-definition.ts';
import { runAs } from './grants.ts';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

// biome-ignore lint/suspicious/noExplicitAny: handlers of every event type are loaded here
type AnyHandler = (event: any, context: any) => Promise<any>;
const loaded = new Map<string, Promise<AnyHandler>>();

/**
 * Imports a function's handler module the way Lambda would: once, then kept warm. Each
 * invocation runs as that function: its AWS calls get the grants of its definition.
 */
export function loadHandler(def: FunctionDef): Promise<AnyHandler> {
  let handler = loaded.get(def.id);
  if (!handler) {
    handler = import(pathToFileURL(path.join(projectRoot, def.handler)).href).then((module) => {
      if (typeof module.handler !== 'function') throw new Error(`${def.handler} exports no handler`);
      const run = module.handler as AnyHandler;
      return (event, context) => runAs(def, () => run(event, context));
    });
    loaded.set(def.id, handler);
  }
  return handler;
}
