import * as z from 'zod';
import { emailSchema } from '../members/schemas.ts';
import { countryCodes, isCountryCode } from '../orgs/domain/countries.ts';
import { displayName, isoDate, pageOf } from '../platform/schemas.ts';
import { planIds } from './domain/plans.ts';

export const ChoosePlanSchema = z
  .strictObject({ planId: z.enum(planIds, 'One of basic, pro, enterprise (see GET /plans).') })
  .meta({ id: 'ChoosePlanRequest', example: { planId: 'pro' } });

const line = (max: number) => displayName(max);

const countrySchema = z
  .string()
  .trim()
  .toUpperCase()
  .refine(isCountryCode, 'An ISO 3166-1 alpha-2 country code, e.g. DE.')
  .meta({
    id: 'CountryCode',
    enum: countryCodes,
    description: 'ISO 3166-1 alpha-2 (upper case)',
    example: 'DE',
  });

const addressExample = { line1: 'Hauptstr. 1', city: 'Berlin', postalCode: '10115', country: 'DE' };

export const AddressSchema = z
  .strictObject({
    line1: line(200),
    line2: line(200).optional(),
    city: line(100),
    state: line(100).optional(),
    postalCode: line(20),
    country: countrySchema,
  })
  .meta({ id: 'AddressRequest', example: addressExample });

/** The address as stored and answered (no null: the whole address is null until saved). */
const StoredAddressSchema = z
  .object({
    line1: z.string(),
    line2: z.string().optional(),
    city: z.string(),
    state: z.string().optional(),
    postalCode: z.string(),
    country: countrySchema,
  })
  .meta({ id: 'Address', example: addressExample });

export const BillingDetailsSchema = z
  .strictObject({ customerName: displayName(200), billingEmail: emailSchema, address: AddressSchema })
  .meta({
    id: 'BillingDetailsRequest',
    example: { customerName: 'Acme GmbH', billingEmail: 'billing@acme.example', address: addressExample },
  });

export const BillingSchema = z
  .object({
    customerName: z.string().nullable(),
    billingEmail: z.string().nullable().meta({ format: 'email' }),
    address: z.union([StoredAddressSchema, z.null()]),
    customerId: z.string().nullable().meta({ description: 'The Stripe customer id' }),
    paymentMethod: z
      .object({ id: z.string(), brand: z.string(), last4: z.string() })
      .nullable()
      .meta({ description: 'The confirmed card; null until Stripe confirms one' }),
  })
  .meta({
    id: 'Billing',
    description: 'Every field is null until billing details are saved',
    example: {
      customerName: 'Acme GmbH',
      billingEmail: 'billing@acme.example',
      address: addressExample,
      customerId: 'cus_Q1w2E3r4T5y6U7',
      paymentMethod: { id: 'pm_1Q2w3E4r5T6y7U8i', brand: 'visa', last4: '4242' },
    },
  });

export const SetupIntentSchema = z
  .object({ setupIntentId: z.string(), clientSecret: z.string() })
  .meta({ id: 'SetupIntent', example: { setupIntentId: 'seti_123', clientSecret: 'seti_123_secret_abc' } });

export const WebhookReceiptSchema = z
  .object({
    received: z.literal(true),
    duplicate: z.boolean().meta({ description: 'This event id was applied before; nothing changed' }),
    ignored: z.boolean().meta({ description: 'An event type the service does not act on' }),
  })
  .meta({ id: 'WebhookReceipt', example: { received: true, duplicate: false, ignored: false } });

/** What Stripe posts: an Event object (verified against Stripe-Signature, then read). */
export const StripeEventSchema = z
  .looseObject({
    id: z.string(),
    object: z.literal('event'),
    type: z.string().meta({ example: 'setup_intent.succeeded' }),
    created: z.number().int(),
    data: z.looseObject({ object: z.record(z.string(), z.unknown()) }),
  })
  .meta({
    id: 'StripeEvent',
    description: 'A Stripe Event, as Stripe sends it to webhook endpoints',
    example: {
      id: 'evt_1Q2w3E4r5T6y7U8i',
      object: 'event',
      type: 'setup_intent.succeeded',
      created: 1764583200,
      data: { object: { id: 'seti_123', object: 'setup_intent', status: 'succeeded' } },
    },
  });

const periodExample = { start: '2026-12-01T10:00:00.000Z', end: '2026-12-31T10:00:00.000Z' };

export const SubscriptionSchema = z
  .object({
    id: z.string(),
    planId: z
      .enum(planIds)
      .nullable()
      .meta({ description: 'The plan of its price (null: a price no plan has)' }),
    status: z.string().meta({
      description:
        "Stripe's subscription status: `active`, `incomplete` (the first payment failed), `past_due`, `unpaid`, `canceled`, …",
    }),
    currentPeriodStart: isoDate,
    currentPeriodEnd: isoDate,
    cancelAtPeriodEnd: z.boolean().meta({ description: 'true while deletion is scheduled' }),
  })
  .meta({
    id: 'Subscription',
    example: {
      id: 'sub_1Pgc6rB7WZ01zgkWNy0Cn5nw',
      planId: 'pro',
      status: 'active',
      currentPeriodStart: periodExample.start,
      currentPeriodEnd: periodExample.end,
      cancelAtPeriodEnd: false,
    },
  });

export const InvoiceSchema = z
  .object({
    id: z.string(),
    number: z.string().nullable(),
    status: z.enum(['draft', 'open', 'paid', 'uncollectible', 'void']),
    amountDue: z.number().int().meta({ description: 'In the currency’s smallest unit (cents)' }),
    amountPaid: z.number().int(),
    currency: z.string().meta({ description: 'ISO 4217, lower case', example: 'eur' }),
    periodStart: isoDate,
    periodEnd: isoDate,
    hostedInvoiceUrl: z.string().nullable().meta({ description: "Stripe's page for the invoice" }),
    createdAt: isoDate,
  })
  .meta({
    id: 'Invoice',
    example: {
      id: 'in_1Pgc6tB7WZ01zgkWu9fdqL6I',
      number: '7FE1103-0001',
      status: 'paid',
      amountDue: 4900,
      amountPaid: 4900,
      currency: 'eur',
      periodStart: periodExample.start,
      periodEnd: periodExample.end,
      hostedInvoiceUrl: 'https://invoice.stripe.com/i/acct_1/test_1',
      createdAt: periodExample.start,
    },
  });

export const InvoicePageSchema = pageOf(InvoiceSchema, 'InvoicePage');
