import { existsSync } from 'node:fs';
import path from 'node:path';
import type { BuildOptions } from 'esbuild';
import { backgroundFunctions } from '../functions/background.ts';
import { routes } from '../functions/http/routes.ts';
import { projectRoot } from '../infra/local/handler-loader.ts';
import type { FunctionDef } from '../shared/platform/http/route-definition.ts';

/** Every function that is deployed: the route table's, and the background ones that exist. */
export const deployedFunctions = (): FunctionDef[] => [
  ...routes,
  ...Object.values(backgroundFunctions).filter((fn) => existsSync(path.join(projectRoot, fn.handler))),
];

/**
 * esbuild as the CDK bundles each function (infra/constructs/api-function.ts): one
 * self-contained, minified ESM file per function for Node 24, the AWS SDK bundled too.
 */
export const lambdaBundling = {
  absWorkingDir: projectRoot,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  minify: true,
  platform: 'node',
  format: 'esm',
  // the CDK derives its target from NODE_RUNTIME (infra/constructs/api-function.ts)
  target: 'node24',
  mainFields: ['module', 'main'],
  logLevel: 'silent',
} satisfies BuildOptions;
