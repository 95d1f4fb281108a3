import { useState } from 'preact/hooks';
import { webhookEventTypes } from '../../../shared/webhooks/domain/event-types.ts';
import type { Schemas } from '../api/client.ts';
import { Field, FormActions, TextField } from '../ui/components.tsx';

export type EventType = Schemas['CreateWebhookEndpoint']['events'][number];
type Mode = NonNullable<Schemas['WebhookEndpoint']['mode']>;

export interface EndpointFields {
  url: string;
  description: string | null;
  events: EventType[];
  mode?: Mode | null;
}

/** Register (with mode) or edit (without: the API fixes it at registration) an endpoint. */
export function EndpointForm(props: {
  initial?: Schemas['WebhookEndpoint'];
  withMode: boolean;
  submitLabel: string;
  busy: boolean;
  error: string | undefined;
  onSubmit: (fields: EndpointFields) => void;
  onCancel: () => void;
}) {
  const initial = props.initial;
  const [url, setUrl] = useState(initial?.url ?? '');
  const [description, setDescription] = useState(initial?.description ?? '');
  const [all, setAll] = useState(!initial || initial.events.includes('*'));
  const [chosen, setChosen] = useState<Set<string>>(
    new Set(initial?.events.filter((type) => type !== '*') ?? []),
  );
  const [mode, setMode] = useState<Mode | ''>(initial?.mode ?? '');
  const toggle = (type: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(type);
    else next.delete(type);
    setChosen(next);
  };
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        props.onSubmit({
          url,
          description: description.trim() ? description : null,
          events: all ? ['*'] : webhookEventTypes.filter((type) => chosen.has(type)),
          ...(props.withMode ? { mode: mode || null } : {}),
        });
      }}
    >
      <TextField
        id="endpoint-url"
        label="Endpoint URL"
        hint="https to a public address."
        type="url"
        required
        value={url}
        onInput={setUrl}
      />
      <TextField
        id="endpoint-description"
        label="Description (optional)"
        value={description}
        maxLength={500}
        onInput={setDescription}
      />
      <fieldset>
        <legend>Events</legend>
        <label>
          <input type="radio" name="events" checked={all} onChange={() => setAll(true)} /> All events
        </label>
        <label>
          <input type="radio" name="events" checked={!all} onChange={() => setAll(false)} /> Chosen events
        </label>
        {!all && (
          <div class="event-types">
            {webhookEventTypes.map((type) => (
              <label key={type}>
                <input
                  type="checkbox"
                  checked={chosen.has(type)}
                  onChange={(event) => toggle(type, (event.target as HTMLInputElement).checked)}
                />{' '}
                <code>{type}</code>
              </label>
            ))}
          </div>
        )}
      </fieldset>
      {props.withMode && (
        <Field id="endpoint-mode" label="Mode" hint="API key events only for keys of this mode.">
          <select
            id="endpoint-mode"
            value={mode}
            aria-describedby="endpoint-mode-hint"
            onChange={(event) => setMode((event.target as HTMLSelectElement).value as Mode | '')}
          >
            <option value="">Any mode</option>
            <option value="sandbox">Sandbox</option>
            <option value="production">Production</option>
          </select>
        </Field>
      )}
      <FormActions
        error={props.error}
        onCancel={props.onCancel}
        submitLabel={props.submitLabel}
        disabled={props.busy || (!all && chosen.size === 0)}
      />
    </form>
  );
}

/** How an endpoint's event list reads. */
export const eventsText = (events: string[]) => (events.includes('*') ? 'All events' : events.join(', '));
