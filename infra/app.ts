/**
 * CDK entry (cdk.json: `npx tsx infra/app.ts`). The app is built in orgs-stack.ts so the
 * tests synthesize exactly this, cdk-nag included. A configuration error is one clear line.
 */
import { buildApp } from './orgs-stack.ts';

let built: ReturnType<typeof buildApp>;
try {
  built = buildApp();
} catch (error) {
  if (!(error instanceof Error && /deployment settings/.test(error.message))) throw error;
  console.error(error.message);
  process.exit(1);
}
built.app.synth();
