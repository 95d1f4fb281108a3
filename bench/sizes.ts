/** How hard and how long each scenario pushes (the whole bench: under 3 minutes on 2 cores). */
export const sizes = {
  connections: 10,
  /** seconds, for scenarios that can repeat the same request */
  durationSeconds: 4,
  baselineMs: 3000,
  /**
   * requests, for scenarios where each request consumes something (a fresh user,
   * an invitation); such a run also stops after `capSeconds`, and what follows
   * uses what was actually created
   */
  orgCreates: 400,
  invites: 300,
  webhookEvents: 1000,
  capSeconds: 6,
  warmupSeconds: 4,
  /** orgs each read/write scenario rotates through (spreads optimistic-lock conflicts) */
  rotationOrgs: 100,
  billingOrgs: 20,
  streamBatches: 3,
  streamBatchSize: 100,
  endToEndSamples: 20,
  /** how long the load beside the loaded invite → email samples runs */
  endToEndLoadSeconds: 12,
  /** webhooks: changes timed from write to first attempt, endpoints one event fans out to, events fanned out */
  webhookLatencySamples: 100,
  webhookFanoutEndpoints: 50,
  webhookFanoutEvents: 3,
  /** soak: the mixed read/write load for this long, reported per interval */
  soakSeconds: Number(process.env.BENCH_SOAK_SECONDS ?? 60),
  soakIntervalSeconds: 10,
} as const;
