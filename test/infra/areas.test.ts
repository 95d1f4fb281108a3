/**
 * The app is one main stack plus one nested stack per area (infra/areas.ts), so no template
 * nears CloudFormation's 500-resource limit; routes.ts alone decides where a route lands.
 */
import { NestedStack, Stack } from 'aws-cdk-lib';
import type { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { backgroundFunctions } from '../../functions/background.ts';
import { routes } from '../../functions/http/routes.ts';
import { areaConstructId, areaOf } from '../../infra/areas.ts';
import type { OrgsStack } from '../../infra/orgs-stack.ts';
import type { RouteDefinition } from '../../shared/platform/http/route-definition.ts';
import { logicalId, synthApp } from './app-template.ts';

/** CloudFormation allows 500 resources per stack; we keep a margin for the next routes. */
const MAX_RESOURCES = 450;

const resourceCount = (template: Template) => Object.keys(template.toJSON().Resources ?? {}).length;
const oversized = (templates: Map<string, Template>) =>
  [...templates].filter(([, t]) => resourceCount(t) >= MAX_RESOURCES).map(([path]) => path);

describe('areaOf', () => {
  const def = (handler: string, area?: string) => ({ id: 'x', handler, area });

  it('is the folder under functions/http/, else under functions/', () => {
    expect(areaOf(def('functions/http/members/list-members.ts'))).toBe('members');
    expect(areaOf(def('functions/http/api-keys/create.ts'))).toBe('api-keys');
    expect(areaOf(def('functions/http/billing/receive-stripe-event.ts'))).toBe('billing');
    expect(areaOf(def('functions/stream/notify.ts'))).toBe('stream');
  });

  it('takes an explicit area first', () => {
    expect(areaOf(def('functions/http/members/list-members.ts', 'roster'))).toBe('roster');
  });

  it('refuses a handler outside a folder, or an area that is no construct id', () => {
    expect(() => areaOf(def('functions/loose.ts'))).toThrow(/no deployment area/);
    expect(() => areaOf(def('lib/x.ts'))).toThrow(/no deployment area/);
    expect(() => areaOf(def('functions/http/members/x.ts', 'Bad Area'))).toThrow(/no deployment area/);
  });

  it('names the nested stack in PascalCase', () => {
    expect(areaConstructId('api-keys')).toBe('ApiKeys');
  });
});

describe('stacks per area', () => {
  let stack: OrgsStack;
  let templates: Map<string, Template>;

  beforeAll(() => {
    ({ stack, templates } = synthApp());
  }, 60_000);

  it(`keeps every stack and nested stack under ${MAX_RESOURCES} resources`, () => {
    const counts = [...templates].map(([path, t]) => ({ path, resources: resourceCount(t) }));
    // one main stack and one nested stack per area
    const areas = new Set([...routes, ...Object.values(backgroundFunctions)].map(areaOf));
    expect(counts).toHaveLength(1 + areas.size);
    for (const { resources } of counts) expect(resources).toBeGreaterThan(0);
    expect(counts.filter(({ resources }) => resources >= MAX_RESOURCES)).toEqual([]);
    expect(oversized(templates)).toEqual([]);
  });

  it('builds every function and route in the nested stack of its area, none in the main stack', () => {
    const main = templates.get(stack.node.path) as Template;
    // only aws-cdk-lib's BucketDeployment function, which uploads the console (infra/constructs/console.ts)
    const mainFunctions = Object.keys(main.findResources('AWS::Lambda::Function'));
    expect(mainFunctions.filter((id) => !id.startsWith('CustomCDKBucketDeployment'))).toEqual([]);
    expect(mainFunctions).toHaveLength(1);
    main.resourceCountIs('AWS::ApiGatewayV2::Route', 0);
    for (const def of [...routes, ...Object.values(backgroundFunctions)]) {
      const fn = stack.functions.get(def.id);
      if (!fn) throw new Error(`no function ${def.id}`);
      const owner = Stack.of(fn);
      expect(NestedStack.isNestedStack(owner), def.id).toBe(true);
      expect(owner.node.id).toBe(`${areaConstructId(areaOf(def))}Area`);
      const template = templates.get(owner.node.path) as Template;
      expect(template.toJSON().Resources[logicalId(fn.fn)]?.Type).toBe('AWS::Lambda::Function');
      if ('path' in def) {
        template.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: `${def.method} ${def.path}` });
      }
    }
  });
});

describe('a route added to an area’s routes.ts', () => {
  it('lands in the nested stack of its folder with no other wiring, and the size check catches a full stack', () => {
    // 50 routes in a new folder: ~9 resources each, so this area alone passes the limit.
    const probes: RouteDefinition[] = Array.from({ length: 50 }, (_, i) => ({
      id: `probe${i}`,
      method: 'GET',
      path: `/probes/${i}`,
      area: 'probes',
      handler: `functions/http/probes/probe-${i}.ts`,
      auth: 'person',
      tableActions: ['GetItem'],
      summary: 'test only',
      description: 'test only',
      responses: {},
    }));
    const { stack, templates } = synthApp({ routes: [...routes, ...probes] });
    const probeStack = stack.areas.get('probes');
    expect(probeStack?.node.path).toBe('OrgsStack/ProbesArea');
    const template = templates.get('OrgsStack/ProbesArea') as Template;
    template.resourceCountIs('AWS::Lambda::Function', 50);
    template.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: 'GET /probes/7' });
    expect(oversized(templates)).toEqual(['OrgsStack/ProbesArea']);
  }, 120_000);
});
