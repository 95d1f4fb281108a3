import { DUE_SHARDS } from '../../shared/webhooks/config.ts';
import { dueDeliveries } from '../../shared/webhooks/deliveries.ts';
import { handOff } from '../../shared/webhooks/invoke.ts';
import { webhookLogger as logger } from '../../shared/webhooks/logger.ts';

/** Due deliveries handed off per shard per run; the rest wait for the next run. */
const PER_SHARD = 200;

/**
 * The schedule's job: read every shard of the sparse due-time index (one Query each)
 * and hand each due delivery to the deliverer. Runs may overlap or repeat: the
 * deliverer's claim lets one attempt through per due time.
 */
export const handler = async () => {
  const now = new Date().toISOString();
  const shards = Array.from({ length: DUE_SHARDS }, (_, shard) => shard);
  const due = (await Promise.all(shards.map((shard) => dueDeliveries(shard, now, PER_SHARD)))).flat();
  const handedOff = due.length > 0 ? await handOff(due) : 0;
  if (due.length > 0) logger.info('webhook dispatcher', { due: due.length, handedOff });
  // an error makes the run count in the dispatcher's error alarm; the deliveries stay due
  if (handedOff < due.length) throw new Error(`${due.length - handedOff} of ${due.length} hand-offs failed`);
  return { due: due.length, handedOff };
};
