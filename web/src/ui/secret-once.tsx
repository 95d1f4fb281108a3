import { useRef, useState } from 'preact/hooks';

/**
 * A secret the API shows once (an API key, a webhook signing secret): selectable, with a copy
 * button, and a plain warning that it will not be shown again. Closing it forgets it.
 */
export function SecretOnce(props: { label: string; secret: string; onDone: () => void }) {
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<string>();
  const copy = async () => {
    input.current?.select();
    try {
      await navigator.clipboard.writeText(props.secret);
      setCopied('Copied to the clipboard.');
    } catch {
      // no clipboard permission: the text is selected, the person copies it by hand
      setCopied('Press Ctrl+C (⌘C) to copy the selected text.');
    }
  };
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
