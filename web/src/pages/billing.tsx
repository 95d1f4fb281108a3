import { useEffect, useState } from 'preact/hooks';
import { api, call } from '../api/client.ts';
import { can } from '../permissions.ts';
import { useOrg } from '../session-context.ts';
import { ErrorMessage, Forbidden, formatDate, Loading, PagedTable } from '../ui/components.tsx';
import { pageQuery, useLoad, usePages } from '../ui/hooks.ts';
import { formatMoney } from './billing-money.ts';
import { PlanSection } from './billing-plan.tsx';
import { PaymentStep } from './onboarding-payment.tsx';

/** Billing after activation (owner, finance): plan, subscription, card, invoices. */
export function Billing({ updatingCard }: { updatingCard: boolean }) {
  const { org, role } = useOrg();
  if (!can(role, 'billing:manage')) {
    return (
      <Forbidden title="Billing">
        Only the owner and finance members manage the plan, billing and payment method.
      </Forbidden>
    );
  }
  if (org.mode !== 'production') {
    return (
      <section>
        <h1>Billing</h1>
        <p>
          Billing starts when the organization switches to production.{' '}
          <a href={`/orgs/${encodeURIComponent(org.id)}/onboarding`}>Continue onboarding</a>
        </p>
      </section>
    );
  }
  return <BillingPage updatingCard={updatingCard} />;
}

function BillingPage({ updatingCard }: { updatingCard: boolean }) {
  const { org, reloadOrg } = useOrg();
  const path = { params: { path: { orgId: org.id } } };
  const subscription = useLoad(() => call(api().GET('/orgs/{orgId}/subscription', path)), [org.id]);
  const invoices = usePages(
    (cursor?: string) =>
      call(
        api().GET('/orgs/{orgId}/invoices', {
          params: { path: { orgId: org.id }, query: pageQuery(cursor) },
        }),
      ),
    [org.id],
  );
  const refresh = async () => {
    await Promise.all([reloadOrg(), subscription.reload(), invoices.first.reload()]);
  };
  const sub = subscription.data;
  return (
    <section>
      <h1>Billing</h1>
      <PlanSection onChanged={refresh} />
      <div class="card">
        <h2>Subscription</h2>
        {subscription.loading && !sub && <Loading label="Loading the subscription…" />}
        <ErrorMessage error={subscription.error} onRetry={subscription.reload} />
        {sub && (
          <dl class="facts">
            <dt>Status</dt>
            <dd data-testid="subscription-status">{sub.status.replaceAll('_', ' ')}</dd>
            <dt>{sub.cancelAtPeriodEnd ? 'Ends on' : 'Next renewal'}</dt>
            <dd data-testid="next-renewal">{formatDate(sub.currentPeriodEnd, org.timeZone)}</dd>
            <dt>Current period</dt>
            <dd>
              {formatDate(sub.currentPeriodStart, org.timeZone)} –{' '}
              {formatDate(sub.currentPeriodEnd, org.timeZone)}
            </dd>
          </dl>
        )}
      </div>
      <CardSection initiallyOpen={updatingCard} onUpdated={refresh} />
      <div class="card">
        <h2>Invoices</h2>
        <PagedTable
          pages={invoices}
          loadingLabel="Loading invoices…"
          empty="No invoice yet."
          caption="Invoices, newest first"
          columns={['Date', 'Number', 'Period', 'Amount', 'Status', 'Invoice']}
          row={(invoice) => (
            <tr key={invoice.id} data-testid="invoice-row">
              <td>{formatDate(invoice.createdAt, org.timeZone)}</td>
              <th scope="row">{invoice.number ?? invoice.id}</th>
              <td>
                {formatDate(invoice.periodStart, org.timeZone)} –{' '}
                {formatDate(invoice.periodEnd, org.timeZone)}
              </td>
              <td>
                {formatMoney(
                  invoice.status === 'paid' ? invoice.amountPaid : invoice.amountDue,
                  invoice.currency,
                )}
              </td>
              <td>{invoice.status}</td>
              <td>
                {invoice.hostedInvoiceUrl ? (
                  <a href={invoice.hostedInvoiceUrl} target="_blank" rel="noopener noreferrer">
                    View invoice {invoice.number ?? ''}
                    <span class="visually-hidden"> (opens Stripe in a new tab)</span>
                  </a>
                ) : (
                  '—'
                )}
              </td>
            </tr>
          )}
        />
      </div>
    </section>
  );
}

const SETTLE_WAIT_MS = 20_000;

/** The card on file and "Update card": Stripe.js collects the new one; Stripe's event makes it the default. */
function CardSection({
  initiallyOpen,
  onUpdated,
}: {
  initiallyOpen: boolean;
  onUpdated: () => Promise<void>;
}) {
  const { org } = useOrg();
  const path = { params: { path: { orgId: org.id } } };
  const billing = useLoad(() => call(api().GET('/orgs/{orgId}/billing', path)), [org.id]);
  const [open, setOpen] = useState(initiallyOpen);
  // the banner's "Update card" leads here from /billing too (same page, new path)
  useEffect(() => {
    if (initiallyOpen) setOpen(true);
  }, [initiallyOpen]);
  const card = billing.data?.paymentMethod;
  /** the new card is recorded (its id differs), then the open invoices it pays settle the org's status */
  const confirmed = async () => {
    const fresh = await call(api().GET('/orgs/{orgId}/billing', path));
    if (!fresh.paymentMethod || fresh.paymentMethod.id === card?.id) return false;
    const deadline = Date.now() + SETTLE_WAIT_MS;
    while (Date.now() < deadline) {
      const current = await call(api().GET('/orgs/{orgId}', path));
      if (current.billingStatus === 'ok') break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    return true;
  };
  return (
    <div class="card" id="card">
      <h2>Card</h2>
      {billing.loading && !billing.data && <Loading label="Loading the card…" />}
      <ErrorMessage error={billing.error} onRetry={billing.reload} />
      {billing.data && (
        <p data-testid="card-on-file">
          {card ? `${card.brand} ending in ${card.last4}` : 'No card on file.'}
        </p>
      )}
      {open ? (
        <PaymentStep
          title="Update card"
          confirmed={confirmed}
          onDone={async () => {
            setOpen(false);
            await Promise.all([billing.reload(), onUpdated()]);
          }}
        />
      ) : (
        <button type="button" class="secondary" onClick={() => setOpen(true)}>
          Update card
        </button>
      )}
    </div>
  );
}
