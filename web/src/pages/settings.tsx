import { useState } from 'preact/hooks';
import { api, call } from '../api/client.ts';
import { can } from '../permissions.ts';
import { useOrg } from '../session-context.ts';
import { ErrorMessage, Field, Notice } from '../ui/components.tsx';
import { useAction } from '../ui/hooks.ts';
import { TimeZonePicker } from '../ui/time-zone-picker.tsx';

export function Settings() {
  const { org, role } = useOrg();
  return (
    <section>
      <h1>Organization settings</h1>
      {can(role, 'org:update') ? (
        <div class="card">
          <SettingsForm submitLabel="Save changes" />
        </div>
      ) : (
        <dl class="facts">
          <dt>Name</dt>
          <dd>{org.name}</dd>
          <dt>Time zone</dt>
          <dd>{org.timeZone}</dd>
          <dt>Logo</dt>
          <dd>{org.branding.logoUrl ?? '—'}</dd>
        </dl>
      )}
    </section>
  );
}

const brandingFields = [
  ['logoUrl', 'Logo URL'],
  ['bannerUrl', 'Banner URL'],
  ['badgeUrl', 'Badge URL'],
] as const;

/** Name, time zone and branding (https URLs): PATCH with If-Match so a concurrent edit is not lost. */
export function SettingsForm(props: { submitLabel: string; onSaved?: () => void }) {
  const { org, etag, reloadOrg } = useOrg();
  const [name, setName] = useState(org.name);
  const [timeZone, setTimeZone] = useState(org.timeZone);
  const [branding, setBranding] = useState({
    logoUrl: org.branding.logoUrl ?? '',
    bannerUrl: org.branding.bannerUrl ?? '',
    badgeUrl: org.branding.badgeUrl ?? '',
  });
  const [saved, setSaved] = useState(false);
  const action = useAction();
  return (
    <form
      onSubmit={async (event) => {
        event.preventDefault();
        setSaved(false);
        const done = await action.run(() =>
          call(
            api().PATCH('/orgs/{orgId}', {
              params: { path: { orgId: org.id } },
              headers: etag ? { 'if-match': etag } : {},
              body: {
                name,
                timeZone,
                branding: {
                  logoUrl: branding.logoUrl.trim() || null,
                  bannerUrl: branding.bannerUrl.trim() || null,
                  badgeUrl: branding.badgeUrl.trim() || null,
                },
              },
            }),
          ),
        );
        if (done) {
          setSaved(true);
          reloadOrg();
          props.onSaved?.();
        }
      }}
    >
      <Field id="settings-name" label="Organization name">
        <input
          id="settings-name"
          value={name}
          required
          maxLength={100}
          onInput={(event) => setName((event.target as HTMLInputElement).value)}
        />
      </Field>
      <Field id="settings-time-zone" label="Time zone" hint="An IANA time zone, e.g. Europe/Berlin.">
        <TimeZonePicker id="settings-time-zone" value={timeZone} onInput={setTimeZone} />
      </Field>
      <fieldset>
        <legend>Branding</legend>
        {brandingFields.map(([key, label]) => (
          <Field key={key} id={`settings-${key}`} label={label} hint="https only; leave empty for none.">
            <input
              id={`settings-${key}`}
              type="url"
              inputMode="url"
              placeholder="https://"
              value={branding[key]}
              aria-describedby={`settings-${key}-hint`}
              onInput={(event) =>
                setBranding({ ...branding, [key]: (event.target as HTMLInputElement).value })
              }
            />
          </Field>
        ))}
      </fieldset>
      <ErrorMessage error={action.error} />
      {saved && <Notice>Changes saved.</Notice>}
      <button type="submit" class="primary" disabled={action.busy}>
        {props.submitLabel}
      </button>
    </form>
  );
}
