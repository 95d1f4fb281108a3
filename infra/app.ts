/**
 * CDK entry (cdk.json: `npx tsx infra/app.ts`). The app is built in orgs-stack.ts so the
 * tests synthesize exactly this, cdk-nag included.
 */
import { buildApp } from './orgs-stack.ts';

buildApp().app.synth();
