import * as z from 'zod';
import { planFeatures, planIds } from '../billing/domain/plans.ts';

export const HealthSchema = z
  .object({ status: z.literal('ok') })
  .meta({ id: 'Health', example: { status: 'ok' } });

const DependencyCheckSchema = z.object({
  status: z.literal('up'),
  latencyMs: z.number().int().meta({ description: 'How long the check took' }),
});

export const ReadinessSchema = z
  .object({ status: z.literal('ready'), checks: z.object({ dynamodb: DependencyCheckSchema }) })
  .meta({
    id: 'Readiness',
    example: { status: 'ready', checks: { dynamodb: { status: 'up', latencyMs: 4 } } },
  });

export const PlanSchema = z
  .object({
    id: z.enum(planIds),
    name: z.string(),
    memberLimit: z.number().int(),
    features: z.array(z.enum(planFeatures)).meta({
      description:
        'What the plan unlocks; a gated route on a plan without it is 403 PLAN_FEATURE_UNAVAILABLE',
    }),
    priceId: z.string().optional().meta({ description: 'The Stripe price id, when configured' }),
    price: z
      .object({
        unitAmount: z.number().int().meta({ description: 'In the currency’s smallest unit (cents)' }),
        currency: z.string().meta({ description: 'ISO 4217, lower case', example: 'eur' }),
        interval: z.enum(['day', 'week', 'month', 'year']),
      })
      .nullable()
      .meta({
        description:
          'The price as Stripe holds it (read once per container); null when no price is configured or Stripe could not be reached',
      }),
  })
  .meta({
    id: 'Plan',
    example: {
      id: 'pro',
      name: 'Pro',
      memberLimit: 50,
      features: ['custom_roles', 'domains'],
      priceId: 'price_1PqXyZ',
      price: { unitAmount: 4900, currency: 'eur', interval: 'month' },
    },
  });

export const PlanListSchema = z.array(PlanSchema).meta({
  id: 'PlanList',
  example: [{ id: 'basic', name: 'Basic', memberLimit: 10, features: [], price: null }],
});

/** The shape of GET /openapi.json: enough for a client to know what it got. */
export const OpenApiDocumentSchema = z
  .looseObject({
    openapi: z.string().meta({ example: '3.1.0' }),
    info: z.looseObject({ title: z.string(), version: z.string() }),
    paths: z.record(z.string(), z.record(z.string(), z.unknown())),
    components: z.record(z.string(), z.unknown()),
  })
  .meta({
    id: 'OpenApiDocument',
    description: 'An OpenAPI 3.1 document (this one)',
    example: { openapi: '3.1.0', info: { title: 'Orgs API', version: '1.0.0' }, paths: {}, components: {} },
  });
