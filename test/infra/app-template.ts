/**
 * Synthesizes the app as infra/app.ts builds it (bundling skipped) and gives the tests one
 * view of it: every stack's own template (for per-stack limits), and one flattened template
 * holding the resources of the main stack and of every nested (area) stack, where each
 * nested-stack parameter is replaced by what the parent passes in (and a parent's
 * `Outputs.x` of a nested stack by that output's value). So a function in an area stack reads
 * `TABLE_NAME: { Ref: <table> }` exactly as if it were in the main stack, and a reference
 * from an alarm to the topic can be followed across stacks.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CfnElement, NestedStack, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { IConstruct } from 'constructs';
import { type BuildAppOptions, buildApp, type OrgsStack, projectRoot } from '../../infra/orgs-stack.ts';

/** Stands in for handler modules not written yet (never bundled: bundling is skipped). */
const STUB_ENTRY = fileURLToPath(import.meta.url);
export const resolveEntry = (handler: string) => {
  const entry = join(projectRoot, handler);
  return existsSync(entry) ? entry : STUB_ENTRY;
};
export const SKIP_BUNDLING = { 'aws:cdk:bundling-stacks': [] };
/** The example config, as `npm run synth` passes it (`-c examples=true`). */
export const EXAMPLES = { examples: 'true' };

type Json = Record<string, unknown>;
interface TemplateJson {
  Resources: Record<string, Json & { Type: string; Properties?: Json }>;
  Parameters?: Record<string, Json>;
  Outputs?: Record<string, { Value: unknown }>;
}

export interface SynthesizedApp {
  stack: OrgsStack;
  /** Every stack's own template, by construct path (`OrgsStack`, `OrgsStack/MembersArea`, …). */
  templates: Map<string, Template>;
  /** The resources of every stack in one template, nested-stack parameters resolved. */
  template: Template;
}

export function synthApp(options: BuildAppOptions = {}): SynthesizedApp {
  // Template content only: CDK's built-in CloudFormation validation runs in nag.test.ts.
  const { app, stack } = buildApp({
    resolveEntry,
    builtinCloudFormationValidation: false,
    ...options,
    context: { ...SKIP_BUNDLING, ...EXAMPLES, ...options.context },
  });
  app.synth();
  const stacks = app.node.findAll().filter((c): c is Stack => Stack.isStack(c));
  const templates = new Map(stacks.map((s) => [s.node.path, Template.fromStack(s)]));
  const json = new Map(stacks.map((s) => [s, templates.get(s.node.path)?.toJSON() as TemplateJson]));

  /** Replaces parameter refs of `owner` by the parent's values, recursively up to the root. */
  const resolveIn = (owner: Stack, value: unknown): unknown => {
    if (Array.isArray(value)) return value.map((v) => resolveIn(owner, v));
    if (value === null || typeof value !== 'object') return value;
    const obj = value as Json;
    if (typeof obj.Ref === 'string' && NestedStack.isNestedStack(owner)) {
      const passed = parameterOf(owner, obj.Ref);
      if (passed !== undefined) return resolveIn(owner.nestedStackParent as Stack, passed);
    }
    const getAtt = obj['Fn::GetAtt'];
    if (Array.isArray(getAtt) && typeof getAtt[1] === 'string' && getAtt[1].startsWith('Outputs.')) {
      const child = stacks.find(
        (s) => NestedStack.isNestedStack(s) && s.nestedStackParent === owner && nestedId(s) === getAtt[0],
      );
      const output = child && json.get(child)?.Outputs?.[getAtt[1].slice('Outputs.'.length)];
      if (child && output) return resolveIn(child, output.Value);
    }
    return Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, resolveIn(owner, v)]));
  };
  const nestedId = (nested: NestedStack) =>
    (nested.nestedStackParent as Stack).getLogicalId(nested.nestedStackResource as CfnElement);
  const parameterOf = (nested: NestedStack, name: string): unknown => {
    const parent = json.get(nested.nestedStackParent as Stack);
    const params = parent?.Resources[nestedId(nested)]?.Properties?.Parameters as Json | undefined;
    return params?.[name];
  };

  const resources: TemplateJson['Resources'] = {};
  for (const s of stacks) {
    for (const [id, resource] of Object.entries(json.get(s)?.Resources ?? {})) {
      if (resources[id]) throw new Error(`Logical id ${id} is in two stacks`);
      resources[id] = resolveIn(s, resource) as TemplateJson['Resources'][string];
    }
  }
  const outputs = json.get(stack)?.Outputs;
  const template = Template.fromJSON(
    { Resources: resources, Outputs: outputs },
    { skipCyclicalDependenciesCheck: true },
  );
  return { stack, templates, template };
}

/** The logical id of a construct's CloudFormation resource in its own stack. */
export const logicalId = (construct: IConstruct): string =>
  Stack.of(construct).getLogicalId((construct.node.defaultChild ?? construct) as CfnElement);
