import { useState } from 'preact/hooks';
import { ApiProblem, api, call, problemText } from '../api/client.ts';
import { useOrg } from '../session-context.ts';
import { ErrorMessage, Field, Forbidden, Loading, Notice } from '../ui/components.tsx';
import { useAction, useLoad } from '../ui/hooks.ts';

type Policy = { requireMfa: boolean; allowedInviteDomains: string[] };

/** What the person reads when the API refuses to turn MFA on: their own sign-in lacks it. */
const OWN_TOKEN_LACKS_MFA =
  'You signed in without a second factor, so you cannot require one yet (you would lock yourself out). Sign out, sign in again with a second factor, then turn this on.';

const domainsOf = (text: string) =>
  text
    .split(/[\s,]+/)
    .map((domain) => domain.trim().toLowerCase())
    .filter(Boolean);

/** Access → Security policy: multi-factor sign-in, and the email domains invitations may go to. */
export function SecurityPolicy() {
  const { org, permissions } = useOrg();
  const allowed = permissions.has('access:manage');
  const path = { orgId: org.id };
  // kept here: saving reloads the policy, and the form remounts with what was saved
  const [notice, setNotice] = useState<string>();
  const policy = useLoad(
    async () =>
      allowed ? call(api().GET('/orgs/{orgId}/security-policy', { params: { path } })) : undefined,
    [org.id, allowed],
  );
  if (!allowed) {
    return (
      <Forbidden title="Security policy">
        Only people who manage access (the owner and admins) set the security policy.
      </Forbidden>
    );
  }
  if (!policy.data) {
    return policy.loading ? (
      <Loading label="Loading the security policy…" />
    ) : (
      <ErrorMessage error={policy.error} onRetry={policy.reload} />
    );
  }
  return (
    <section>
      <h1>Security policy</h1>
      <p>Rules for everyone in {org.name}. No plan is needed.</p>
      {notice && <Notice>{notice}</Notice>}
      <PolicyForm
        key={policy.data.updatedAt ?? 'default'}
        current={policy.data}
        setNotice={setNotice}
        onSaved={policy.reload}
      />
    </section>
  );
}

function PolicyForm({
  current,
  setNotice,
  onSaved,
}: {
  current: Policy;
  setNotice: (notice: string | undefined) => void;
  onSaved: () => Promise<void>;
}) {
  const { org } = useOrg();
  const [requireMfa, setRequireMfa] = useState(current.requireMfa);
  const [domains, setDomains] = useState(current.allowedInviteDomains.join('\n'));
  const [refusal, setRefusal] = useState<string>();
  const action = useAction();
  const save = async () => {
    setNotice(undefined);
    setRefusal(undefined);
    try {
      await call(
        api().PUT('/orgs/{orgId}/security-policy', {
          params: { path: { orgId: org.id } },
          body: { requireMfa, allowedInviteDomains: domainsOf(domains) },
        }),
      );
    } catch (error) {
      // turning MFA on with a token that lacks it: say why in the person's terms
      setRefusal(
        error instanceof ApiProblem && error.code === 'MFA_REQUIRED' && requireMfa && !current.requireMfa
          ? OWN_TOKEN_LACKS_MFA
          : problemText(error),
      );
      return;
    }
    setNotice('The security policy was saved.');
    await onSaved();
  };
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void action.run(save);
      }}
    >
      <fieldset>
        <legend>Multi-factor sign-in</legend>
        <label class="check">
          <input
            type="checkbox"
            checked={requireMfa}
            onChange={(event) => setRequireMfa((event.target as HTMLInputElement).checked)}
          />{' '}
          Require multi-factor sign-in
        </label>
        <p class="hint">
          Members who signed in without a second factor cannot use {org.name} until they sign in again with
          one; they can still leave it.
        </p>
      </fieldset>
      <fieldset>
        <legend>Invitations</legend>
        <Field
          id="allowed-invite-domains"
          label="Allowed email domains"
          hint="One per line, e.g. example.com. Empty: invitations may go to any email. Existing members stay."
        >
          <textarea
            id="allowed-invite-domains"
            aria-describedby="allowed-invite-domains-hint"
            rows={4}
            value={domains}
            onInput={(event) => setDomains((event.target as HTMLTextAreaElement).value)}
          />
        </Field>
      </fieldset>
      <ErrorMessage error={refusal ?? action.error} />
      <button type="submit" class="primary" disabled={action.busy}>
        Save policy
      </button>
    </form>
  );
}
