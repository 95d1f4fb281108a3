// Standalone entry point: `STRIPE_WEBHOOK_URL=... STRIPE_WEBHOOK_SECRET=whsec_... npx tsx infra/local/stripe-emulator/main.ts`
import { startStripeEmulator } from './server.ts';

const webhookUrl = process.env.STRIPE_WEBHOOK_URL;
const webhookSecret = process.env.STRIPE_WEBHOOK_SECRET;
if (!webhookUrl || !webhookSecret) {
  console.error(
    'Set STRIPE_WEBHOOK_URL and STRIPE_WEBHOOK_SECRET (optional: STRIPE_EMULATOR_PORT, STRIPE_EMULATOR_HOST).',
  );
  process.exit(1);
}

const emulator = await startStripeEmulator({
  port: Number(process.env.STRIPE_EMULATOR_PORT ?? 12111),
  host: process.env.STRIPE_EMULATOR_HOST,
  webhookUrl,
  webhookSecret,
  log: (line) => console.log(line),
});
console.log(`stripe-emulator listening on ${emulator.url}, delivering webhooks to ${webhookUrl}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void emulator.close().then(() => process.exit(0));
  });
}
