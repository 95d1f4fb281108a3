import type { Stripe, StripeCardElement } from '@stripe/stripe-js';
import { useEffect, useRef, useState } from 'preact/hooks';
import { api, call } from '../api/client.ts';
import { useOrg } from '../session-context.ts';
import { stripe } from '../stripe/load.ts';
import { ErrorMessage, Loading } from '../ui/components.tsx';
import { useAction } from '../ui/hooks.ts';

interface CardForm {
  stripe: Stripe;
  card: StripeCardElement;
  clientSecret: string;
}

const CONFIRMATION_WAIT_MS = 20_000;

/**
 * The card, collected by Stripe.js against a SetupIntent. Stripe then tells the API
 * (setup_intent.succeeded), so the step is done once the API says so: we poll `confirmed`
 * (by default, onboarding's payment step).
 */
export function PaymentStep(props: {
  onDone: () => Promise<void>;
  title?: string;
  confirmed?: () => Promise<boolean>;
}) {
  const { onDone } = props;
  const { org } = useOrg();
  const paymentStepDone = async () => {
    const onboarding = await call(
      api().GET('/orgs/{orgId}/onboarding', { params: { path: { orgId: org.id } } }),
    );
    return onboarding.steps.find((step) => step.id === 'payment')?.done === true;
  };
  const confirmed = props.confirmed ?? paymentStepDone;
  const mountPoint = useRef<HTMLDivElement>(null);
  const [form, setForm] = useState<CardForm>();
  const [loadError, setLoadError] = useState<string>();
  const [waiting, setWaiting] = useState(false);
  const action = useAction();

  useEffect(() => {
    let cancelled = false;
    let card: StripeCardElement | undefined;
    (async () => {
      const intent = await call(
        api().POST('/orgs/{orgId}/billing/setup-intent', { params: { path: { orgId: org.id } } }),
      );
      const instance = await stripe();
      if (cancelled || !mountPoint.current) return;
      const element = instance.elements().create('card');
      element.mount(mountPoint.current);
      card = element;
      setForm({ stripe: instance, card: element, clientSecret: intent.clientSecret });
    })().catch((error) => !cancelled && setLoadError(error instanceof Error ? error.message : String(error)));
    return () => {
      cancelled = true;
      card?.destroy();
    };
  }, [org.id]);

  const confirm = async () => {
    if (!form) return;
    const result = await form.stripe.confirmCardSetup(form.clientSecret, {
      payment_method: { card: form.card },
    });
    if (result.error) throw new Error(result.error.message ?? 'The card was not accepted.');
    setWaiting(true);
    try {
      const deadline = Date.now() + CONFIRMATION_WAIT_MS;
      while (Date.now() < deadline) {
        if (await confirmed()) return onDone();
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      throw new Error('The card was accepted; Stripe has not confirmed it yet. Check again in a minute.');
    } finally {
      setWaiting(false);
    }
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void action.run(confirm);
      }}
    >
      <h2>{props.title ?? 'Card'}</h2>
      <p>Enter your card details and confirm by clicking Use this card.</p>
      <ErrorMessage error={loadError} />
      {!form && !loadError && <Loading label="Loading the card form…" />}
      <div class="card-element" ref={mountPoint} />
      <ErrorMessage error={action.error} />
      {waiting && <Loading label="Waiting for Stripe to confirm the card…" />}
      <button type="submit" class="primary" disabled={!form || action.busy}>
        Use this card
      </button>
    </form>
  );
}
