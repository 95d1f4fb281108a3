import { useState } from 'preact/hooks';
import { api, call } from '../api/client.ts';
import { navigate } from '../router.ts';
import { useSession } from '../session-context.ts';
import { ErrorMessage, Field, TextField } from '../ui/components.tsx';
import { useAction } from '../ui/hooks.ts';
import { browserTimeZone, TimeZonePicker } from '../ui/time-zone-picker.tsx';

export function CreateOrg() {
  return (
    <section class="card">
      <h1>Create your organization</h1>
      <CreateOrgForm />
    </section>
  );
}

/** First sign-in: name and time zone; then the onboarding wizard. */
export function CreateOrgForm() {
  const session = useSession();
  const [name, setName] = useState('');
  const [timeZone, setTimeZone] = useState(browserTimeZone());
  const action = useAction();
  return (
    <form
      onSubmit={async (event) => {
        event.preventDefault();
        let orgId = '';
        const done = await action.run(async () => {
          const org = await call(api().POST('/orgs', { body: { name, timeZone } }));
          orgId = org.id;
        });
        if (done) {
          session.reload();
          navigate(`/orgs/${encodeURIComponent(orgId)}/onboarding`);
        }
      }}
    >
      <TextField
        id="org-name"
        label="Organization name"
        value={name}
        required
        maxLength={100}
        autocomplete="organization"
        onInput={setName}
      />
      <Field id="org-time-zone" label="Time zone" hint="Used for emails and dates, e.g. Europe/Berlin.">
        <TimeZonePicker id="org-time-zone" value={timeZone} onInput={setTimeZone} />
      </Field>
      <ErrorMessage error={action.error} />
      <button type="submit" class="primary" disabled={action.busy}>
        Create organization
      </button>
    </form>
  );
}
