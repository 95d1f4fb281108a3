import { resetEnvForTests } from '../../shared/platform/config/env.ts';

/**
 * Changes process.env for the handlers running in this test's process (undefined: unset).
 * They read the environment parsed once (shared/platform/config/env.ts): it is parsed again.
 */
export function setEnv(variables: Record<string, string | undefined>): void {
  for (const [name, value] of Object.entries(variables)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  resetEnvForTests();
}
