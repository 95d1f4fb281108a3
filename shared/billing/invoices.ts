import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type Stripe from 'stripe';
import { db, tableName } from '../platform/dynamo/client.ts';
import { nowIso, withoutKeys } from '../platform/dynamo/items.ts';
import { keys } from '../platform/dynamo/keys.ts';
import { inOrg, queryPage } from '../platform/dynamo/query.ts';

export type InvoiceStatus = 'draft' | 'open' | 'paid' | 'uncollectible' | 'void';

/** An invoice as kept from Stripe's events (`GET /orgs/{orgId}/invoices`). */
export interface InvoiceRecord {
  id: string;
  number: string | null;
  status: InvoiceStatus;
  amountDue: number;
  amountPaid: number;
  currency: string;
  periodStart: string;
  periodEnd: string;
  hostedInvoiceUrl: string | null;
  createdAt: string;
}

/**
 * An invoice only moves forward: draft → open → paid | uncollectible | void, and its attempts only
 * grow. So the object itself says which of two copies is newer, whatever order the events land in.
 */
const STATUS_RANK: Record<string, number> = { draft: 0, open: 1, uncollectible: 2, paid: 3, void: 3 };

const iso = (seconds: number) => new Date(seconds * 1000).toISOString();

/** The shape check for an event's invoice: hand-made test events may carry only an id and amounts. */
export const isFullInvoice = (invoice: Partial<Stripe.Invoice>): invoice is Stripe.Invoice =>
  typeof invoice.id === 'string' &&
  typeof invoice.created === 'number' &&
  typeof invoice.status === 'string' &&
  invoice.status in STATUS_RANK;

/**
 * Keeps the invoice as Stripe sent it, unless a newer state of it is stored: a later status, more
 * attempts, or the same with a later event. Idempotent (the same event twice writes the same item).
 */
export async function recordInvoice(
  orgId: string,
  invoice: Stripe.Invoice,
  eventCreated: number,
): Promise<'applied' | 'superseded'> {
  const createdAt = iso(invoice.created);
  const record: InvoiceRecord = {
    id: invoice.id,
    number: invoice.number,
    status: invoice.status as InvoiceStatus,
    amountDue: invoice.amount_due,
    amountPaid: invoice.amount_paid,
    currency: invoice.currency,
    periodStart: iso(invoice.period_start),
    periodEnd: iso(invoice.period_end),
    hostedInvoiceUrl: invoice.hosted_invoice_url ?? null,
    createdAt,
  };
  const rank = STATUS_RANK[record.status] ?? 0;
  try {
    await db().send(
      new PutCommand({
        TableName: tableName(),
        Item: {
          ...keys.invoice(orgId, createdAt, invoice.id),
          type: 'invoice',
          orgId,
          ...record,
          statusRank: rank,
          attemptCount: invoice.attempt_count,
          eventCreated,
          // when it was recorded: the time of its outgoing event (billing.invoice_paid)
          updatedAt: nowIso(),
        },
        ConditionExpression:
          'attribute_not_exists(PK) OR statusRank < :rank OR (statusRank = :rank AND (attemptCount < :attempts OR (attemptCount = :attempts AND eventCreated <= :created)))',
        ExpressionAttributeValues: {
          ':rank': rank,
          ':attempts': invoice.attempt_count,
          ':created': eventCreated,
        },
      }),
    );
    return 'applied';
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return 'superseded';
    throw error;
  }
}

/** One page, newest first: one Query, no Stripe call. */
export function listInvoices(orgId: string, options: { limit: number; cursor?: string }) {
  return queryPage(
    { key: inOrg(orgId, 'INVOICE#'), descending: true, limit: options.limit },
    { scope: `invoices:${orgId}`, cursor: options.cursor },
    (item) => {
      const {
        type: _type,
        orgId: _org,
        statusRank: _rank,
        attemptCount: _a,
        eventCreated: _e,
        updatedAt: _u,
        ...invoice
      } = withoutKeys(item);
      return invoice as unknown as InvoiceRecord;
    },
  );
}
