import type Stripe from 'stripe';
import * as z from 'zod';
import { validationFailed } from '../platform/errors.ts';
import { zodIssuesToFieldErrors } from '../platform/http/zod-errors.ts';

/** Stripe ids are at most 255 characters of letters, digits and `_` (they become table keys). */
const stripeId = (prefix: string) =>
  z
    .string()
    .max(255)
    .regex(new RegExp(`^${prefix}_[A-Za-z0-9_]+$`), `A Stripe id starting with ${prefix}_.`);

/** An expandable reference: the id, or the object carrying it. */
const ref = (prefix: string) => z.union([stripeId(prefix), z.looseObject({ id: stripeId(prefix) })]);

const STRIPE_EPOCH = Date.UTC(2010, 0, 1) / 1000;
const DAY = 86_400;

/** The envelope every event must have before anything is read from it. */
const envelope = z.looseObject({
  id: stripeId('evt'),
  type: z.string().min(1).max(100),
  // seconds since the epoch, from Stripe's first days up to a day ahead of this clock
  created: z
    .number()
    .int()
    .min(STRIPE_EPOCH)
    .refine((created) => created <= Date.now() / 1000 + DAY, 'In the future.'),
  data: z.looseObject({ object: z.looseObject({}) }),
});

const setupIntent = z.looseObject({
  customer: ref('cus').nullish(),
  payment_method: ref('pm').nullish(),
  last_setup_error: z.looseObject({ message: z.string().max(5000).nullish() }).nullish(),
});

const invoice = z.looseObject({
  id: stripeId('in').optional(),
  customer: ref('cus').nullish(),
  amount_due: z.number().int().optional(),
  amount_paid: z.number().int().optional(),
  currency: z.string().max(10).optional(),
});

/** What the appliers read from each handled type's `data.object`. */
const objectOfType: Record<string, z.ZodType> = {
  'setup_intent.succeeded': setupIntent,
  'setup_intent.setup_failed': setupIntent,
  'invoice.payment_failed': invoice,
  'invoice.paid': invoice,
};

/**
 * A signed event is trusted to come from Stripe, not to be well formed: its
 * envelope and the fields the appliers read are checked first. A malformed one is
 * 400 VALIDATION_FAILED and changes nothing.
 */
export function wellFormedEvent(parsed: unknown): Stripe.Event {
  const checked = envelope.safeParse(parsed);
  if (!checked.success) throw malformed(checked.error.issues, '');
  const objectSchema = objectOfType[checked.data.type];
  if (objectSchema) {
    const object = objectSchema.safeParse(checked.data.data.object);
    if (!object.success) throw malformed(object.error.issues, 'data.object');
  }
  return parsed as Stripe.Event;
}

function malformed(issues: z.core.$ZodIssue[], at: string) {
  const errors = zodIssuesToFieldErrors(issues, at ? `body.${at}` : 'body');
  return validationFailed(errors, 'The Stripe event is signed but malformed; nothing was applied.');
}
