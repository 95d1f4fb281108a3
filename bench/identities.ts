import { randomUUID } from 'node:crypto';
import { signDevToken } from '../infra/local/dev-issuer.ts';

export interface Identity {
  userId: string;
  email: string;
  token: string;
}

/** `count` brand-new users with tokens from the local development issuer. */
export function newIdentities(count: number, label: string): Promise<Identity[]> {
  const run = randomUUID().slice(0, 8);
  return Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const email = `bench-${label}-${run}-${i}@example.com`;
      const userId = `user_bench_${label}_${run}_${i}`;
      const token = await signDevToken({ email, sub: userId, name: `Bench ${label} ${i}` });
      return { userId, email, token };
    }),
  );
}

export const bearer = (identity: Identity) => ({ authorization: `Bearer ${identity.token}` });
