import * as z from 'zod';
import { OrgIdParams } from '../orgs/schemas.ts';
import { idSchema, isoDate, pageOf } from '../platform/schemas.ts';
import { webhookEventTypes } from './events.ts';

const endpointExample = {
  id: 'whep_3q2Yv9XkqJ0cV6WZz1bGQ9uQk1E',
  url: 'https://hooks.example.com/orgs',
  description: 'CRM sync',
  events: ['*'],
  mode: null,
  status: 'enabled',
  disabledReason: null,
  createdBy: 'user_123',
  createdAt: '2026-11-22T10:00:00.000Z',
  updatedAt: '2026-11-22T10:00:00.000Z',
};

const deliveryExample = {
  id: 'dlv_20261122100000000_3Xr8wPZ0c1kq2v3b4n5m6L',
  eventId: 'evt_3Xr8wPZ0c1kq2v3b4n5m6L',
  eventType: 'member.removed',
  attempt: 2,
  status: 'succeeded',
  responseStatus: 200,
  durationMs: 84,
  error: null,
  nextAttemptAt: null,
  attempts: [
    { attempt: 1, at: '2026-11-22T10:00:00.400Z', responseStatus: 500, durationMs: 120, error: 'HTTP 500' },
    { attempt: 2, at: '2026-11-22T10:00:05.600Z', responseStatus: 200, durationMs: 84 },
  ],
  createdAt: '2026-11-22T10:00:00.000Z',
};

export const EndpointParams = OrgIdParams.extend({ endpointId: idSchema });
export const DeliveryParams = EndpointParams.extend({ deliveryId: idSchema });

const urlSchema = z
  .string()
  .trim()
  .min(1)
  .max(2048, 'At most 2048 characters.')
  .refine((value) => URL.canParse(value), 'Not a valid URL.')
  .meta({ example: 'https://hooks.example.com/orgs' });

const eventsSchema = z
  .array(z.enum(['*', ...webhookEventTypes]))
  .min(1, 'Name at least one event type, or "*".')
  .max(webhookEventTypes.length)
  .refine((events) => new Set(events).size === events.length, 'Each event type once.')
  .refine((events) => !events.includes('*') || events.length === 1, '"*" stands alone.')
  .meta({ example: ['member.removed', 'invitation.accepted'] });

const descriptionSchema = z.string().trim().max(500, 'At most 500 characters.').nullable();

export const CreateEndpointSchema = z
  .strictObject({
    url: urlSchema,
    description: descriptionSchema.optional(),
    events: eventsSchema,
    mode: z.enum(['sandbox', 'production']).nullable().optional(),
  })
  .meta({
    id: 'CreateWebhookEndpoint',
    example: { url: 'https://hooks.example.com/orgs', description: 'CRM sync', events: ['*'] },
  });

export const UpdateEndpointSchema = z
  .strictObject({
    url: urlSchema.optional(),
    description: descriptionSchema.optional(),
    events: eventsSchema.optional(),
    status: z.enum(['enabled', 'disabled']).optional(),
  })
  .refine((patch) => Object.keys(patch).length > 0, 'Change at least one field.')
  .meta({ id: 'UpdateWebhookEndpoint', example: { status: 'disabled' } });

export const EndpointSchema = z
  .object({
    id: z.string(),
    url: z.string(),
    description: z.string().nullable(),
    events: z.array(z.string()),
    mode: z.enum(['sandbox', 'production']).nullable(),
    status: z.enum(['enabled', 'disabled']),
    disabledReason: z.enum(['manual', 'failing']).nullable(),
    createdBy: z.string(),
    createdAt: isoDate,
    updatedAt: isoDate,
  })
  .meta({ id: 'WebhookEndpoint', example: endpointExample });

const secretSchema = z.string().meta({
  description: 'The signing secret (Standard Webhooks `whsec_` format). Shown only here.',
  example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
});

export const CreatedEndpointSchema = EndpointSchema.extend({ secret: secretSchema }).meta({
  id: 'CreatedWebhookEndpoint',
  example: { ...endpointExample, secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' },
});

export const RotatedSecretSchema = z
  .object({
    secret: secretSchema,
    previousSecretExpiresAt: isoDate.meta({ description: 'Until then, deliveries carry both signatures.' }),
  })
  .meta({
    id: 'RotatedWebhookSecret',
    example: {
      secret: 'whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD',
      previousSecretExpiresAt: '2026-11-23T10:00:00.000Z',
    },
  });

export const EndpointPageSchema = pageOf(EndpointSchema, 'WebhookEndpointPage').meta({
  example: { items: [endpointExample], nextCursor: null },
});

export const DeliverySchema = z
  .object({
    id: z.string(),
    eventId: z.string().meta({ description: 'The `webhook-id` header of every attempt' }),
    eventType: z.string(),
    attempt: z.number().int().meta({ description: 'Attempts made so far' }),
    status: z.enum(['pending', 'succeeded', 'failed']),
    responseStatus: z.number().int().nullable(),
    durationMs: z.number().int().nullable(),
    error: z.string().nullable(),
    nextAttemptAt: isoDate.nullable(),
    attempts: z.array(
      z.object({
        attempt: z.number().int(),
        at: isoDate,
        responseStatus: z.number().int().optional(),
        durationMs: z.number().int(),
        error: z.string().optional(),
      }),
    ),
    createdAt: isoDate,
  })
  .meta({ id: 'WebhookDelivery', example: deliveryExample });

export const DeliveryPageSchema = pageOf(DeliverySchema, 'WebhookDeliveryPage').meta({
  example: { items: [deliveryExample], nextCursor: null },
});
