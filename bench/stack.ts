import { ANY_FREE_PORTS, localConfig } from '../infra/local/config.ts';
import { type LocalStack, startLocalStack } from '../infra/local/stack.ts';

export const BENCH_WEBHOOK_SECRET = 'whsec_bench_secret';

/**
 * The whole local stack in memory on free ports, table `orgs-bench`. The cleanup
 * schedule is pushed out of the run so it does not fire mid-measurement.
 * Stack log lines are kept (printed only if something fails).
 */
export async function startBenchStack(log: string[]): Promise<LocalStack> {
  const config = localConfig(
    {
      ...ANY_FREE_PORTS,
      TABLE_NAME: 'orgs-bench',
      CLEANUP_INTERVAL_SECONDS: '3600',
      STRIPE_WEBHOOK_SECRET: BENCH_WEBHOOK_SECRET,
      LOCAL_DATA_DIR: process.env.LOCAL_DATA_DIR,
    },
    { inMemory: true },
  );
  return startLocalStack(config, (line) => {
    log.push(line);
  });
}
