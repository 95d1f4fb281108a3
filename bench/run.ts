// Handlers build their logger when first imported: silence it before anything loads them.
process.env.POWERTOOLS_LOG_LEVEL = process.env.BENCH_LOG_LEVEL ?? 'SILENT';

const { main } = await import('./main.ts');
process.exit(await main());

export {};
