import type { Schemas } from '../api/client.ts';
import { formatPrice } from './billing-money.ts';

type Plan = Schemas['Plan'];

/** The plans as radio choices (onboarding's first step, the Billing page's change); prices when asked. */
export function PlanChoices(props: {
  legend: string;
  plans: Plan[];
  planId: string | undefined;
  onChoose: (planId: Plan['id']) => void;
  withPrices?: boolean;
}) {
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      <div class="plans">
        {props.plans.map((plan) => (
          <label key={plan.id} class={`plan ${props.planId === plan.id ? 'selected' : ''}`}>
            <input
              type="radio"
              name="plan"
              value={plan.id}
              checked={props.planId === plan.id}
              onChange={() => props.onChoose(plan.id)}
            />
            <strong>{plan.name}</strong>
            {props.withPrices && plan.price && <span>{formatPrice(plan.price)}</span>}
            <span>up to {plan.memberLimit.toLocaleString('en')} active members</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
