/**
 * Which deployment area (CDK nested stack) a function belongs to. Pure data, no CDK: a
 * route's area is the one its definition was declared in (`defineRoutes('<area>', …)` in
 * `functions/http/<area>/routes.ts`); another function's is its `area` or its handler's
 * folder (`functions/<area>/…`: `stream`, `scheduled`, …). A route added to an area's
 * routes.ts therefore lands in that area's stack with no other wiring; a new area is a new
 * nested stack.
 *
 * An area is part of a deployed function's identity: moving a handler to another area
 * replaces the function (and its log group) in the new stack.
 */
import type { FunctionDef } from '../shared/platform/http/route-definition.ts';

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
