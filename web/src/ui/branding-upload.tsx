import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { BrandingAsset } from '../../../shared/branding/domain/branding.ts';
import {
  decision,
  fileProblem,
  limitText,
  removeAsset,
  requestUpload,
  sendToStorage,
} from '../api/branding.ts';
import { problemText } from '../api/client.ts';
import { useOrg } from '../session-context.ts';
import { ErrorMessage } from './components.tsx';

type Phase =
  | { kind: 'idle' }
  | { kind: 'uploading'; sent: number }
  | { kind: 'checking' }
  | { kind: 'removing' };

/**
 * One branding image of the organization: its preview, a file input that uploads straight to
 * storage (checked in the browser for type and size first, then by the API's checker), the
 * progress and the decision announced in a live region, and "Remove". `onChange` gets the new
 * URL once the organization (and its ETag) has been read again, so a form around it saves on top
 * of the upload instead of undoing it. `children`: more fields for this asset (the URL input).
 */
export function BrandingAssetField(props: {
  asset: BrandingAsset;
  label: string;
  url: string | null;
  onChange: (url: string | null) => void;
  onBusyChange?: (busy: boolean) => void;
  children?: ComponentChildren;
}) {
  const { asset, label } = props;
  const { org, reloadOrg } = useOrg();
  const [preview, setPreview] = useState(props.url);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string>();
  // only the latest attempt (file chosen, or Remove) may update what is shown
  const attempt = useRef(0);
  const mounted = useRef(true);
  useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );
  useEffect(() => setPreview(props.url), [props.url]);
  const busy = phase.kind !== 'idle';
  useEffect(() => props.onBusyChange?.(busy), [busy]);

  const name = label.toLowerCase();
  const id = `branding-${asset}`;

  async function run(work: (current: () => boolean) => Promise<void>) {
    const mine = ++attempt.current;
    const current = () => mounted.current && attempt.current === mine;
    setError(undefined);
    try {
      await work(current);
    } catch (failure) {
      if (current()) {
        setStatus('');
        setError(problemText(failure));
      }
    } finally {
      if (current()) setPhase({ kind: 'idle' });
    }
  }

  const upload = (file: File) =>
    run(async (current) => {
      const problem = fileProblem(asset, file);
      if (problem) throw new Error(problem);
      setPhase({ kind: 'uploading', sent: 0 });
      setStatus(`Uploading the ${name}…`);
      const ticket = await requestUpload(org.id, asset, file);
      await sendToStorage(ticket, file, (sent) => current() && setPhase({ kind: 'uploading', sent }));
      if (!current()) return;
      setPhase({ kind: 'checking' });
      setStatus(`Checking the ${name}…`);
      const result = await decision(org.id, asset, ticket.uploadId, () => !current());
      if (!result || !current()) return;
      if (result.status !== 'accepted' || !result.url) {
        throw new Error(`The ${name} was not accepted: ${result.reason ?? 'storage refused the file.'}`);
      }
      await reloadOrg();
      if (!current()) return;
      setPreview(result.url);
      props.onChange(result.url);
      setStatus(`${label} uploaded.`);
    });

  const remove = () =>
    run(async (current) => {
      setPhase({ kind: 'removing' });
      setStatus(`Removing the ${name}…`);
      await removeAsset(org.id, asset);
      await reloadOrg();
      if (!current()) return;
      setPreview(null);
      props.onChange(null);
      setStatus(`${label} removed.`);
    });

  return (
    <fieldset class="branding-asset">
      <legend>{label}</legend>
      <div class="branding-preview">
        {preview ? (
          <img src={preview} alt={`Current ${name}`} class={`branding-image ${asset}`} />
        ) : (
          <span class="empty">No {name} yet.</span>
        )}
      </div>
      <div class="field">
        <label for={`${id}-file`}>Upload a {name}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept="image/png,image/jpeg,image/webp"
          aria-describedby={`${id}-file-hint`}
          onChange={(event) => {
            const input = event.currentTarget as HTMLInputElement;
            const file = input.files?.[0];
            // the same file may be chosen again after a refusal
            input.value = '';
            if (file) void upload(file);
          }}
        />
        <small id={`${id}-file-hint`} class="hint">
          {limitText(asset)}
        </small>
      </div>
      {phase.kind === 'uploading' && (
        <progress max={1} value={phase.sent} aria-label={`${label} upload progress`} />
      )}
      {phase.kind === 'checking' && <progress aria-label={`Checking the ${name}`} />}
      <p role="status" class="upload-status">
        {status}
      </p>
      <ErrorMessage error={error} />
      {preview && (
        <div>
          <button type="button" class="secondary" disabled={busy} onClick={() => void remove()}>
            Remove {name}
          </button>
        </div>
      )}
      {props.children}
    </fieldset>
  );
}
