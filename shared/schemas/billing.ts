import * as z from 'zod';
import { isCountryCode } from '../domain/countries.ts';
import { planIds } from '../domain/plans.ts';
import { displayName } from './common.ts';
import { emailSchema } from './members.ts';

export const ChoosePlanSchema = z
  .strictObject({ planId: z.enum(planIds, 'One of basic, pro, enterprise (see GET /plans).') })
  .meta({ id: 'ChoosePlan', example: { planId: 'pro' } });

const line = (max: number) => displayName(max);

export const AddressSchema = z
  .strictObject({
    line1: line(200),
    line2: line(200).optional(),
    city: line(100),
    state: line(100).optional(),
    postalCode: line(20),
    country: z
      .string()
      .trim()
      .toUpperCase()
      .refine(isCountryCode, 'An ISO 3166-1 alpha-2 country code, e.g. DE.'),
  })
  .meta({ id: 'Address' });

export const BillingDetailsSchema = z
  .strictObject({ customerName: displayName(200), billingEmail: emailSchema, address: AddressSchema })
  .meta({
    id: 'BillingDetailsInput',
    example: {
      customerName: 'Acme GmbH',
      billingEmail: 'billing@acme.example',
      address: { line1: 'Hauptstr. 1', city: 'Berlin', postalCode: '10115', country: 'DE' },
    },
  });

export const BillingSchema = z
  .object({
    customerName: z.string().nullable(),
    billingEmail: z.string().nullable(),
    address: AddressSchema.nullable(),
    customerId: z.string().nullable(),
    paymentMethod: z.object({ id: z.string(), brand: z.string(), last4: z.string() }).nullable(),
  })
  .meta({ id: 'Billing' });

export const SetupIntentSchema = z
  .object({ setupIntentId: z.string(), clientSecret: z.string() })
  .meta({ id: 'SetupIntent', example: { setupIntentId: 'seti_123', clientSecret: 'seti_123_secret_abc' } });

export const WebhookReceiptSchema = z
  .object({ received: z.literal(true), duplicate: z.boolean(), ignored: z.boolean() })
  .meta({ id: 'WebhookReceipt' });
