import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

// biome-ignore lint/suspicious/noExplicitAny: handlers of every event type are loaded here
type AnyHandler = (event: any, context: any) => Promise<any>;
const loaded = new Map<string, Promise<AnyHandler>>();

/** Imports a handler module the way Lambda would: once, then kept warm. */
export function loadHandler(modulePath: string): Promise<AnyHandler> {
  let handler = loaded.get(modulePath);
  if (!handler) {
    handler = import(pathToFileURL(path.join(projectRoot, modulePath)).href).then((module) => {
      if (typeof module.handler !== 'function') throw new Error(`${modulePath} exports no handler`);
      return module.handler as AnyHandler;
    });
    loaded.set(modulePath, handler);
  }
  return handler;
}
