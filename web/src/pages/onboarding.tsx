import { useEffect, useState } from 'preact/hooks';
import { api, call, type Schemas } from '../api/client.ts';
import { can } from '../permissions.ts';
import { navigate } from '../router.ts';
import { useOrg } from '../session-context.ts';
import { ErrorMessage, Forbidden, Loading } from '../ui/components.tsx';
import { useAction, useLoad } from '../ui/hooks.ts';
import { BillingStep } from './onboarding-billing.tsx';
import { PaymentStep } from './onboarding-payment.tsx';
import { PlanChoices } from './plan-choices.tsx';
import { SettingsForm } from './settings.tsx';

type StepId = Schemas['Onboarding']['steps'][number]['id'] | 'done';
const STEPS: [StepId, string][] = [
  ['plan', 'Plan'],
  ['settings', 'Settings'],
  ['billing', 'Billing information'],
  ['payment', 'Card'],
  ['done', 'Done'],
];

const firstOpenStep = (onboarding: Schemas['Onboarding']): StepId =>
  onboarding.steps.find((step) => !step.done)?.id ?? 'done';

/** The wizard: plan → settings → billing information → card → done; resumes at the first step not done. */
export function Onboarding({ step }: { step: string | undefined }) {
  const { org, role, reloadOrg } = useOrg();
  const base = `/orgs/${encodeURIComponent(org.id)}/onboarding`;
  const load = () => call(api().GET('/orgs/{orgId}/onboarding', { params: { path: { orgId: org.id } } }));
  const onboarding = useLoad(load, [org.id]);
  const current = (step ?? (onboarding.data ? firstOpenStep(onboarding.data) : undefined)) as
    | StepId
    | undefined;
  useEffect(() => {
    if (!step && current) navigate(`${base}/${current}`, { replace: true });
  }, [step, current]);

  if (!can(role, 'billing:manage')) {
    return (
      <Forbidden title="Billing & plan">
        Only the owner and finance members manage the plan, billing and payment method.
      </Forbidden>
    );
  }
  if (!onboarding.data) {
    return onboarding.error ? (
      <ErrorMessage error={onboarding.error} onRetry={onboarding.reload} />
    ) : (
      <Loading />
    );
  }
  const data = onboarding.data;
  /** after a step is saved: the first step still open, from a fresh read */
  const next = async () => {
    const fresh = await load();
    reloadOrg();
    onboarding.reload();
    navigate(`${base}/${firstOpenStep(fresh)}`);
  };
  const done = (id: StepId) => id !== 'done' && data.steps.find((entry) => entry.id === id)?.done;
  return (
    <section>
      <h1>{org.mode === 'production' ? 'Billing & plan' : 'Switch to Production'}</h1>
      <nav aria-label="Onboarding steps">
        <ol class="stepper">
          {STEPS.map(([id, label], index) => (
            <li key={id} class={done(id) ? 'done' : ''}>
              <a href={`${base}/${id}`} aria-current={current === id ? 'step' : undefined}>
                <span class="step-number" aria-hidden="true">
                  {done(id) ? '✓' : index + 1}
                </span>
                {label}
                {done(id) && <span class="visually-hidden"> (done)</span>}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      <div class="card">
        {current === 'plan' && <PlanStep onDone={next} />}
        {current === 'settings' &&
          (can(role, 'org:settings') ? (
            <>
              <h2>Settings</h2>
              <SettingsForm submitLabel="Save and continue" onSaved={next} />
            </>
          ) : (
            <p>The owner or an admin saves the organization’s settings.</p>
          ))}
        {current === 'billing' && <BillingStep onDone={next} />}
        {current === 'payment' && <PaymentStep onDone={next} />}
        {current === 'done' && <DoneStep onboarding={data} />}
      </div>
    </section>
  );
}

function PlanStep({ onDone }: { onDone: () => Promise<void> }) {
  const { org } = useOrg();
  const plans = useLoad(() => call(api().GET('/plans')), []);
  const [planId, setPlanId] = useState(org.planId);
  const action = useAction();
  if (!plans.data)
    return plans.error ? <ErrorMessage error={plans.error} onRetry={plans.reload} /> : <Loading />;
  return (
    <form
      onSubmit={async (event) => {
        event.preventDefault();
        if (
          await action.run(() =>
            call(
              api().PUT('/orgs/{orgId}/plan', {
                params: { path: { orgId: org.id } },
                body: { planId: planId as Schemas['Plan']['id'] },
              }),
            ),
          )
        )
          await onDone();
      }}
    >
      <PlanChoices legend="Choose a plan" plans={plans.data} planId={planId} onChoose={setPlanId} />
      <ErrorMessage error={action.error} />
      <button type="submit" class="primary" disabled={action.busy}>
        Continue
      </button>
    </form>
  );
}

function DoneStep({ onboarding }: { onboarding: Schemas['Onboarding'] }) {
  const { org } = useOrg();
  const open = onboarding.steps.filter((step) => !step.done);
  return (
    <div>
      <h2>{org.mode === 'production' ? 'You are live' : 'Almost there'}</h2>
      {org.mode === 'production' ? (
        <p>
          <strong>{org.name}</strong> is in production mode.
        </p>
      ) : (
        <p>Still to do: {open.map((step) => step.id).join(', ') || 'waiting for the card confirmation'}.</p>
      )}
      <a class="button primary" href={`/orgs/${encodeURIComponent(org.id)}`}>
        Go to the overview
      </a>
    </div>
  );
}
