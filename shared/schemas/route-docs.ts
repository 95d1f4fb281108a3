import type { z } from 'zod';
import { ProfileSchema, UpdateMeSchema } from './me.ts';
import { HealthSchema, PlanListSchema } from './system.ts';

export interface RouteDoc {
  description?: string;
  request?: { body?: z.ZodType; query?: z.ZodObject; params?: z.ZodObject };
  /** status → body schema (null: no body) */
  responses: Record<number, { description: string; schema: z.ZodType | null }>;
  /** error codes this route can answer besides the common ones */
  errors?: string[];
}

/** Request and response schemas per route id of infra/routes.ts: the OpenAPI source. */
export const routeDocs: Record<string, RouteDoc> = {
  health: { responses: { 200: { description: 'The service answers', schema: HealthSchema } } },
  openapi: { responses: { 200: { description: 'This document', schema: null } } },
  listPlans: { responses: { 200: { description: 'Plans', schema: PlanListSchema } } },
  getMe: {
    description:
      'The first call with a valid token registers the user: from then on they can be invited by their verified email.',
    responses: { 200: { description: 'Profile', schema: ProfileSchema } },
  },
  updateMe: {
    request: { body: UpdateMeSchema },
    responses: { 200: { description: 'Updated profile', schema: ProfileSchema } },
  },
};
