import * as z from 'zod';
import { planIds } from '../domain/plans.ts';

export const HealthSchema = z.object({ status: z.literal('ok') }).meta({ id: 'Health' });

export const PlanSchema = z
  .object({
    id: z.enum(planIds),
    name: z.string(),
    memberLimit: z.number().int(),
    priceId: z.string().optional(),
  })
  .meta({ id: 'Plan' });

export const PlanListSchema = z.array(PlanSchema).meta({ id: 'PlanList' });
