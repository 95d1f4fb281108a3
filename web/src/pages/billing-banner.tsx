import { can } from '../permissions.ts';
import { useOrg } from '../session-context.ts';

/**
 * Shown on every organization page while a payment is overdue: "Update card" for those who
 * manage billing, a plain notice for everyone else (they cannot act on it).
 */
export function BillingBanner() {
  const { org, role } = useOrg();
  if (org.billingStatus !== 'past_due' && org.billingStatus !== 'restricted') return null;
  const restricted = org.billingStatus === 'restricted';
  const what = restricted
    ? 'The payment is overdue: production API keys and invitations are paused until it is paid.'
    : 'The last payment failed.';
  return (
    <div class={`banner ${restricted ? 'error' : 'warning'}`} role="alert" data-testid="billing-banner">
      {can(role, 'billing:manage') ? (
        <p>
          {what} Update the card to pay the open invoice.{' '}
          <a class="button primary" href={`/orgs/${encodeURIComponent(org.id)}/billing/card`}>
            Update card
          </a>
        </p>
      ) : (
        <p>{what} The owner or a finance member has been asked to update the card.</p>
      )}
    </div>
  );
}
