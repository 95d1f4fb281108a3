import {
  BillingDetailsSchema,
  BillingSchema,
  ChoosePlanSchema,
  InvoicePageSchema,
  SetupIntentSchema,
  StripeEventSchema,
  SubscriptionSchema,
  WebhookReceiptSchema,
} from '../../../shared/billing/schemas.ts';
import { OrgIdParams, OrgSchema } from '../../../shared/orgs/schemas.ts';
import { defineRoutes } from '../../../shared/platform/http/route-definition.ts';
import { PageQuerySchema } from '../../../shared/platform/schemas.ts';

/** Stripe's events are larger than our own request bodies (an invoice with its lines). */
const STRIPE_EVENT_MAX_BYTES = 1024 * 1024;

/** The billing area's routes: one definition each (see CONTRIBUTING.md). */
export const billingRoutes = defineRoutes('billing', {
  choosePlan: {
    route: 'PUT /orgs/{orgId}/plan',
    summary: 'Choose the plan (owner, finance)',
    description:
      'The plan and its `memberLimit` change atomically; a plan whose limit is below the active member count is 409 `MEMBER_LIMIT_REACHED`, and one without a feature still in use (a custom role assigned, a verified domain, a SCIM token) is 409 `FEATURE_IN_USE` (DynamoDB conditions on the org item; nothing changes). Completes the `plan` onboarding step.',
    permission: 'billing:manage',
    request: { params: OrgIdParams, body: ChoosePlanSchema },
    responses: {
      200: { description: 'The organization on its new plan', schema: OrgSchema, headers: ['ETag'] },
    },
    errors: ['MEMBER_LIMIT_REACHED', 'FEATURE_IN_USE', 'BAD_GATEWAY'],
    tableActions: ['GetItem', 'BatchGetItem', 'ConditionCheckItem', 'UpdateItem', 'PutItem'],
    secrets: ['stripe'],
  },
  getSubscription: {
    route: 'GET /orgs/{orgId}/subscription',
    summary: 'The Stripe subscription of the plan (owner, finance)',
    description:
      "The subscription as last read from Stripe (kept from Stripe's events; no Stripe call): `status` is Stripe's (`active`, `incomplete` when the first payment failed, `past_due`, `unpaid`, `canceled`, …). 404 before activation.",
    permission: 'billing:manage',
    request: { params: OrgIdParams },
    responses: { 200: { description: 'The subscription', schema: SubscriptionSchema } },
    tableActions: ['GetItem', 'BatchGetItem'],
  },
  listInvoices: {
    route: 'GET /orgs/{orgId}/invoices',
    summary: 'Invoices, newest first (owner, finance)',
    description:
      "Kept from Stripe's invoice events (`invoice.finalized`, `invoice.paid`, `invoice.payment_failed`), so a page is one Query and never waits on Stripe. `hostedInvoiceUrl` is Stripe's page for the invoice.",
    permission: 'billing:manage',
    request: { params: OrgIdParams, query: PageQuerySchema },
    responses: { 200: { description: 'Invoices', schema: InvoicePageSchema } },
    tableActions: ['GetItem', 'BatchGetItem', 'Query'],
    secrets: ['cursor'],
  },
  getBilling: {
    route: 'GET /orgs/{orgId}/billing',
    summary: 'Billing details (owner, finance)',
    description: 'Fields are null until billing details are saved.',
    permission: 'billing:manage',
    request: { params: OrgIdParams },
    responses: { 200: { description: 'Billing details', schema: BillingSchema } },
    tableActions: ['GetItem', 'BatchGetItem'],
  },
  putBilling: {
    route: 'PUT /orgs/{orgId}/billing',
    summary: 'Save billing details and the Stripe customer',
    description:
      'Creates the Stripe customer (once per organization, with an idempotency key: a retried PUT never creates two) or updates it, and completes the `billing` onboarding step.',
    permission: 'billing:manage',
    request: { params: OrgIdParams, body: BillingDetailsSchema },
    responses: { 200: { description: 'Saved billing details', schema: BillingSchema } },
    errors: ['BAD_GATEWAY'],
    tableActions: ['GetItem', 'BatchGetItem', 'ConditionCheckItem', 'UpdateItem', 'PutItem'],
    secrets: ['stripe'],
  },
  createSetupIntent: {
    route: 'POST /orgs/{orgId}/billing/setup-intent',
    idempotent: true,
    summary: 'A Stripe SetupIntent to collect the card',
    description:
      'Needs billing details first (409 `BILLING_DETAILS_REQUIRED`). Hand `clientSecret` to Stripe.js to collect the card; Stripe then sends `setup_intent.succeeded` to the webhook, which completes the `payment` step and activates the organization once every step is done.',
    permission: 'billing:manage',
    request: { params: OrgIdParams },
    responses: { 201: { description: 'SetupIntent', schema: SetupIntentSchema } },
    errors: ['BILLING_DETAILS_REQUIRED', 'BAD_GATEWAY'],
    // PutItem: the idempotency record of the response (route() stores it)
    tableActions: ['GetItem', 'BatchGetItem', 'PutItem'],
    secrets: ['stripe'],
  },
  receiveStripeEvent: {
    route: 'POST /webhooks/stripe',
    auth: 'public',
    summary: 'Stripe events (signed)',
    description:
      'Called by Stripe. The raw body must carry a valid `Stripe-Signature` for `STRIPE_WEBHOOK_SECRET`, at most 5 minutes old (else 400 `WEBHOOK_SIGNATURE_INVALID`, nothing changes). Each event id is applied once, in any order: `setup_intent.succeeded` records the card and activates the organization when plan, settings and billing are done; `setup_intent.setup_failed` shows the reason in onboarding (unless a card was already confirmed); `invoice.payment_failed` flags the organization. Other types are acknowledged and ignored. A signed but malformed event (no `id`, `data.object` not an object, `created` not plausible epoch seconds, ids longer than 255 characters or of the wrong shape) is 400 `VALIDATION_FAILED` and changes nothing. When Stripe refuses a call the event needs permanently (e.g. `resource_missing`), the event is acknowledged (200, `ignored: true`), logged as a warning with its id and counted (`StripeEventsDropped`, alarmed); transient failures (network, Stripe 5xx or 429) stay 5xx so Stripe retries. An unreadable webhook secret is 503 `UNAVAILABLE`. Bodies up to 1 MiB (other routes: 64 KiB).',
    who: 'Stripe (the signature is the authentication).',
    bodyCheckedBy: 'handler',
    maxBodyBytes: STRIPE_EVENT_MAX_BYTES,
    request: { body: StripeEventSchema, headers: ['Stripe-Signature'] },
    responses: { 200: { description: 'Received', schema: WebhookReceiptSchema } },
    errors: ['WEBHOOK_SIGNATURE_INVALID'],
    tableActions: ['GetItem', 'PutItem', 'UpdateItem'],
    secrets: ['stripe'],
  },
});
