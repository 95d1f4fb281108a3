import { useCopyField } from './hooks.ts';

/**
 * A secret the API shows once (an API key, a webhook signing secret): selectable, with a copy
 * button, and a plain warning that it will not be shown again. Closing it forgets it.
 */
export function SecretOnce(props: { label: string; secret: string; onDone: () => void }) {
  const { input, copied, copy } = useCopyField(props.secret);
  return (
    <div class="secret-once">
      <p class="warning">
        <strong>Copy it now: you will not see it again.</strong> Only a hash of it is kept; if you lose it,
        create a new one.
      </p>
      <label for="secret-value">{props.label}</label>
      <div class="secret-row">
        <input
          id="secret-value"
          ref={input}
          readOnly
          value={props.secret}
          spellcheck={false}
          autocomplete="off"
          onFocus={(event) => (event.target as HTMLInputElement).select()}
        />
        <button type="button" class="secondary" onClick={copy}>
          Copy
        </button>
      </div>
      {copied && (
        <p class="hint" role="status">
          {copied}
        </p>
      )}
      <div class="actions">
        <button type="button" class="primary" onClick={props.onDone}>
          I have stored it
        </button>
      </div>
    </div>
  );
}
