import { createHmac, timingSafeEqual } from 'node:crypto';
import { secret } from '../config/secrets.ts';
import { validationFailed } from '../http/errors.ts';

type Key = Record<string, unknown>;

const sign = async (payload: string) =>
  createHmac('sha256', await secret('cursorSecret'))
    .update(payload)
    .digest('base64url');

/**
 * An opaque cursor: the LastEvaluatedKey, bound to the list it came from (`scope`,
 * e.g. route + org), signed so a client can neither forge nor move it to another org.
 */
export async function encodeCursor(lastKey: Key | undefined, scope: string): Promise<string | null> {
  if (!lastKey) return null;
  const payload = Buffer.from(JSON.stringify({ s: scope, k: lastKey })).toString('base64url');
  return `${payload}.${await sign(payload)}`;
}

export async function decodeCursor(cursor: string | undefined, scope: string): Promise<Key | undefined> {
  if (cursor === undefined) return undefined;
  const invalid = () => validationFailed([{ path: 'query.cursor', message: 'Not a cursor of this list.' }]);
  const [payload, signature, extra] = cursor.split('.');
  if (!payload || !signature || extra !== undefined) throw invalid();
  const expected = Buffer.from(await sign(payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw invalid();
  const decoded = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { s: string; k: Key };
  if (decoded.s !== scope) throw invalid();
  return decoded.k;
}
