import { build, type Metafile } from 'esbuild';
import { deployedFunctions, lambdaBundling } from './lambda-bundling.ts';

/** with the AWS SDK bundled, as deployed: the largest function without Stripe (S3 + CloudFront clients) is ~770 KB */
export const BUNDLE_LIMIT_KB = 800;

export interface BundleSize {
  id: string;
  handler: string;
  kb: number;
  hasStripe: boolean;
  /** over the limit without Stripe: something else is heavy */
  flagged: boolean;
  /** the largest packages in the output, KB */
  topPackages: [string, number][];
}

const packageOf = (input: string) => {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
  return match?.[1] ?? '(project)';
};

function packagesBySize(inputs: Metafile['outputs'][string]['inputs']): [string, number][] {
  const bytes = new Map<string, number>();
  for (const [input, { bytesInOutput }] of Object.entries(inputs)) {
    bytes.set(packageOf(input), (bytes.get(packageOf(input)) ?? 0) + bytesInOutput);
  }
  return [...bytes]
    .sort(([, a], [, b]) => b - a)
    .slice(0, 4)
    .map(([name, n]) => [name, Math.round(n / 102.4) / 10]);
}

/**
 * Every function of the route table (and the background ones that exist), bundled
 * and minified in memory. One esbuild call with one entry point per function:
 * without code splitting each output is the function's whole, self-contained bundle,
 * and shared modules are parsed once.
 */
export async function bundleSizes(): Promise<BundleSize[]> {
  const functions = deployedFunctions();
  const result = await build({
    ...lambdaBundling,
    entryPoints: functions.map((fn) => ({ in: fn.handler, out: fn.id })),
    outdir: 'bench-bundles',
    write: false,
    metafile: true,
  });
  return functions.map((fn) => {
    const outputPath = `bench-bundles/${fn.id}.mjs`;
    const output = result.metafile.outputs[outputPath];
    if (!output) throw new Error(`esbuild produced no ${outputPath}`);
    const kb = output.bytes / 1024;
    const hasStripe = Object.keys(output.inputs).some((input) => input.includes('node_modules/stripe/'));
    return {
      id: fn.id,
      handler: fn.handler,
      kb,
      hasStripe,
      flagged: !hasStripe && kb > BUNDLE_LIMIT_KB,
      topPackages: packagesBySize(output.inputs),
    };
  });
}
