// Handlers build their logger when first imported: silence it before anything loads them.
process.env.POWERTOOLS_LOG_LEVEL = process.env.BENCH_LOG_LEVEL ?? 'SILENT';
// the bench measures invitation throughput from a few inviters: lift the abuse caps
process.env.INVITE_LIMIT_PER_INVITER_HOUR ??= '1000000';
process.env.INVITE_LIMIT_PER_ORG_HOUR ??= '1000000';
// webhook retries in seconds, not hours (the hanging-endpoint scenario retries at once)
process.env.WEBHOOK_RETRY_SCALE ??= '0.001';

const { main } = await import('./main.ts');
process.exit(await main());

export {};
