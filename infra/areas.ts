/**
 * Which deployment area (CDK nested stack) a function belongs to. Pure data, no CDK: the
 * area is the handler's folder — `functions/http/<area>/…` for routes,
 * `functions/<area>/…` otherwise (`webhooks`, `stream`, `scheduled`) — unless the entry
 * names one with `area`. A route added to routes.ts therefore lands in its folder's stack
 * with no other wiring; a new folder is a new nested stack.
 *
 * An area is part of a deployed function's identity: moving a handler to another folder
 * (or changing `area`) replaces the function (and its log group) in the new stack.
 */
import type { FunctionDef } from './routes.ts';

const AREA = /^[a-z][a-z0-9-]*$/;

export function areaOf(def: Pick<FunctionDef, 'handler' | 'area' | 'id'>): string {
  const area = def.area ?? folderArea(def.handler);
  if (!area || !AREA.test(area)) {
    throw new Error(
      `${def.id}: no deployment area (handler ${def.handler}; expected functions/http/<area>/… or functions/<area>/…, or set "area")`,
    );
  }
  return area;
}

function folderArea(handler: string): string | undefined {
  const parts = handler.split('/');
  if (parts[0] !== 'functions') return undefined;
  const folders = parts.slice(1, -1);
  return folders[0] === 'http' ? folders[1] : folders[0];
}

/** `invitations` → `Invitations`, `api-keys` → `ApiKeys` (construct ids). */
export function areaConstructId(area: string): string {
  return area
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}
