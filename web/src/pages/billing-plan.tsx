import { useState } from 'preact/hooks';
import { api, call, type Schemas } from '../api/client.ts';
import { useOrg } from '../session-context.ts';
import { ErrorMessage, Loading } from '../ui/components.tsx';
import { useAction, useLoad } from '../ui/hooks.ts';
import { formatMoney, formatPrice } from './billing-money.ts';
import { PlanChoices } from './plan-choices.tsx';

type Plan = Schemas['Plan'];

/**
 * What a change costs now. The API has no proration preview, so this is the price difference per
 * period; Stripe prorates it: an upgrade invoices the rest of this period at once, a downgrade
 * credits it on the next invoice.
 */
function ChangeCost({ from, to }: { from: Plan | undefined; to: Plan }) {
  if (!from?.price || !to.price || from.price.currency !== to.price.currency) {
    return <p>Stripe prorates the change for the rest of the current period.</p>;
  }
  const difference = to.price.unitAmount - from.price.unitAmount;
  const amount = formatMoney(Math.abs(difference), to.price.currency);
  return (
    <p data-testid="plan-change-cost">
      {to.name} costs {formatPrice(to.price)} instead of {formatPrice(from.price)}:{' '}
      {difference >= 0
        ? `${amount} more per ${to.price.interval}. The prorated difference for the rest of this period is invoiced now.`
        : `${amount} less per ${to.price.interval}. The unused part of this period is credited on the next invoice.`}
    </p>
  );
}

/** The plan with its price and "Change plan" (shown only to those with billing:manage: this page's audience). */
export function PlanSection({ onChanged }: { onChanged: () => Promise<void> }) {
  const { org } = useOrg();
  const plans = useLoad(() => call(api().GET('/plans')), []);
  const [planId, setPlanId] = useState<Plan['id']>(org.planId as Plan['id']);
  const action = useAction();
  if (!plans.data)
    return plans.error ? <ErrorMessage error={plans.error} onRetry={plans.reload} /> : <Loading />;
  const current = plans.data.find((plan) => plan.id === org.planId);
  const chosen = plans.data.find((plan) => plan.id === planId);
  return (
    <div class="card">
      <h2>Plan</h2>
      <p data-testid="current-plan">
        <strong>{current?.name ?? org.planId}</strong>
        {current?.price && <> — {formatPrice(current.price)}</>}, up to{' '}
        {current?.memberLimit.toLocaleString('en')} active members
      </p>
      <form
        onSubmit={async (event) => {
          event.preventDefault();
          const ok = await action.run(() =>
            call(api().PUT('/orgs/{orgId}/plan', { params: { path: { orgId: org.id } }, body: { planId } })),
          );
          if (ok) await onChanged();
        }}
      >
        <PlanChoices
          legend="Change plan"
          plans={plans.data}
          planId={planId}
          onChoose={setPlanId}
          withPrices
        />
        {chosen && chosen.id !== org.planId && <ChangeCost from={current} to={chosen} />}
        <ErrorMessage error={action.error} />
        <button type="submit" class="primary" disabled={action.busy || planId === org.planId}>
          Change plan
        </button>
      </form>
    </div>
  );
}
