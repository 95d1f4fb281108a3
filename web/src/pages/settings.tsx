import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import { api, call, type Schemas } from '../api/client.ts';
import { can } from '../permissions.ts';
import { useOrg } from '../session-context.ts';
import { BrandingAssetField } from '../ui/branding-upload.tsx';
import { ErrorMessage, Field, Notice, TextField } from '../ui/components.tsx';
import { useAction } from '../ui/hooks.ts';
import { TimeZonePicker } from '../ui/time-zone-picker.tsx';

export function Settings() {
  const { org, role } = useOrg();
  return (
    <section>
      <h1>Organization settings</h1>
      {can(role, 'org:settings') ? (
        <div class="card">
          <SettingsForm submitLabel="Save changes" />
        </div>
      ) : (
        <dl class="facts">
          <dt>Name</dt>
          <dd>{org.name}</dd>
          <dt>Time zone</dt>
          <dd>{org.timeZone}</dd>
          {brandingFields.map(([asset, key, label]) => (
            <Fragment key={asset}>
              <dt>{label}</dt>
              <dd>
                {org.branding[key] ? (
                  <img src={org.branding[key]} alt={label} class={`branding-image ${asset}`} />
                ) : (
                  '—'
                )}
              </dd>
            </Fragment>
          ))}
        </dl>
      )}
    </section>
  );
}

const brandingFields = [
  ['logo', 'logoUrl', 'Logo'],
  ['banner', 'bannerUrl', 'Banner'],
  ['badge', 'badgeUrl', 'Badge'],
] as const;

type BrandingKey = (typeof brandingFields)[number][1];
type BrandingText = Record<BrandingKey, string>;

const brandingText = (branding: Schemas['Branding']): BrandingText => ({
  logoUrl: branding.logoUrl ?? '',
  bannerUrl: branding.bannerUrl ?? '',
  badgeUrl: branding.badgeUrl ?? '',
});

/**
 * Name, time zone and branding: each image uploaded (it applies at once) or given as an https URL
 * (saved with the form). The PATCH carries If-Match, and only the URLs edited here: an upload or
 * removal since the page opened is neither undone nor refused for being a CDN URL.
 */
export function SettingsForm(props: { submitLabel: string; onSaved?: () => void }) {
  const { org, etag, reloadOrg } = useOrg();
  const [name, setName] = useState(org.name);
  const [timeZone, setTimeZone] = useState(org.timeZone);
  const [branding, setBranding] = useState(() => brandingText(org.branding));
  /** what the API holds, as last read or set by an upload: the URL inputs differ from it when edited */
  const [stored, setStored] = useState(() => brandingText(org.branding));
  const [uploading, setUploading] = useState<Partial<Record<BrandingKey, boolean>>>({});
  const [saved, setSaved] = useState(false);
  const action = useAction();
  const edited = brandingFields.map(([, key]) => key).filter((key) => branding[key].trim() !== stored[key]);
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
                ...(edited.length > 0 && {
                  branding: Object.fromEntries(edited.map((key) => [key, branding[key].trim() || null])),
                }),
              },
            }),
          ),
        );
        if (done) {
          setSaved(true);
          setStored((previous) => {
            const next = { ...previous };
            for (const key of edited) next[key] = branding[key].trim();
            return next;
          });
          await reloadOrg();
          props.onSaved?.();
        }
      }}
    >
      <TextField
        id="settings-name"
        label="Organization name"
        value={name}
        required
        maxLength={100}
        onInput={setName}
      />
      <Field id="settings-time-zone" label="Time zone" hint="An IANA time zone, e.g. Europe/Berlin.">
        <TimeZonePicker id="settings-time-zone" value={timeZone} onInput={setTimeZone} />
      </Field>
      <fieldset>
        <legend>Branding</legend>
        <p class="hint">An uploaded image applies at once; a URL is saved with the form.</p>
        {brandingFields.map(([asset, key, label]) => (
          <BrandingAssetField
            key={key}
            asset={asset}
            label={label}
            url={org.branding[key]}
            onBusyChange={(busy) => setUploading((previous) => ({ ...previous, [key]: busy }))}
            onChange={(url) => {
              setSaved(false);
              setBranding((previous) => ({ ...previous, [key]: url ?? '' }));
              setStored((previous) => ({ ...previous, [key]: url ?? '' }));
            }}
          >
            <TextField
              id={`settings-${key}`}
              label={`${label} URL`}
              hint="Or an https URL of an image hosted elsewhere; leave empty for none."
              type="url"
              inputMode="url"
              placeholder="https://"
              value={branding[key]}
              onInput={(value) => setBranding({ ...branding, [key]: value })}
            />
          </BrandingAssetField>
        ))}
      </fieldset>
      <ErrorMessage error={action.error} />
      {saved && <Notice>Changes saved.</Notice>}
      <button type="submit" class="primary" disabled={action.busy || Object.values(uploading).some(Boolean)}>
        {props.submitLabel}
      </button>
    </form>
  );
}
