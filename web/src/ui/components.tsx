import type { ComponentChildren, InputHTMLAttributes } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Pages } from './hooks.ts';

export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <p class="loading" role="status" aria-live="polite">
      {label}
    </p>
  );
}

export function ErrorMessage({ error, onRetry }: { error: string | undefined; onRetry?: () => void }) {
  if (!error) return null;
  return (
    <div class="error" role="alert">
      <span>{error}</span>
      {onRetry && (
        <button type="button" class="link" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}

export function Empty({ children }: { children: ComponentChildren }) {
  return <p class="empty">{children}</p>;
}

export function Notice({ children }: { children: ComponentChildren }) {
  return (
    <p class="notice" role="status">
      {children}
    </p>
  );
}

/** A modal dialog (native <dialog>: focus trapped, Escape closes). */
export function Dialog(props: {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ComponentChildren;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (props.open && !dialog.open) dialog.showModal();
    if (!props.open && dialog.open) dialog.close();
  }, [props.open]);
  return (
    <dialog ref={ref} aria-labelledby="dialog-title" onClose={props.onClose}>
      {props.open && (
        <>
          <h2 id="dialog-title">{props.title}</h2>
          {props.children}
        </>
      )}
    </dialog>
  );
}

/** A page the signed-in role may not use: its title and who may. */
export function Forbidden({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <section>
      <h1>{title}</h1>
      <p>{children}</p>
    </section>
  );
}

/** A destructive action: asks before it acts. */
export function ConfirmButton(props: {
  label: string;
  question: string;
  confirmLabel?: string;
  onConfirm: () => Promise<unknown> | undefined;
  disabled?: boolean;
  class?: string;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        class={props.class ?? 'danger'}
        disabled={props.disabled}
        onClick={() => setOpen(true)}
      >
        {props.label}
      </button>
      <Dialog open={open} title={props.label} onClose={() => setOpen(false)}>
        <p>{props.question}</p>
        <div class="actions">
          <button type="button" class="secondary" onClick={() => setOpen(false)}>
            Cancel
          </button>
          <button
            type="button"
            class="danger"
            onClick={async () => {
              setOpen(false);
              await props.onConfirm();
            }}
          >
            {props.confirmLabel ?? props.label}
          </button>
        </div>
      </Dialog>
    </>
  );
}

/** The end of a form in a dialog: what went wrong, then Cancel and the submit button. */
export function FormActions(props: {
  error: string | undefined;
  onCancel: () => void;
  submitLabel: string;
  disabled: boolean;
}) {
  return (
    <>
      <ErrorMessage error={props.error} />
      <div class="actions">
        <button type="button" class="secondary" onClick={props.onCancel}>
          Cancel
        </button>
        <button type="submit" class="primary" disabled={props.disabled}>
          {props.submitLabel}
        </button>
      </div>
    </>
  );
}

export function Field(props: { id: string; label: string; hint?: string; children: ComponentChildren }) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      {props.children}
      {props.hint && (
        <small id={`${props.id}-hint`} class="hint">
          {props.hint}
        </small>
      )}
    </div>
  );
}

/** A labelled text input; its hint, if any, describes it. */
export function TextField(props: {
  id: string;
  label: string;
  hint?: string;
  value: string;
  onInput: (value: string) => void;
  type?: 'email' | 'url' | 'number' | 'datetime-local';
  required?: boolean;
  maxLength?: number;
  autocomplete?: string;
  placeholder?: string;
  inputMode?: 'url';
  min?: number;
  max?: number;
  step?: number;
}) {
  const { id, label, hint, onInput, ...input } = props;
  return (
    <Field id={id} label={label} hint={hint}>
      <input
        id={id}
        aria-describedby={hint ? `${id}-hint` : undefined}
        {...(input as InputHTMLAttributes<HTMLInputElement>)}
        onInput={(event) => onInput((event.target as HTMLInputElement).value)}
      />
    </Field>
  );
}

/** A toolbar with one labelled filter: a select of "All", then each value (by its label, in order). */
export function Filter<V extends string>(props: {
  id: string;
  label: string;
  value: V | '';
  options: Record<V, string>;
  onChange: (value: V | '') => void;
}) {
  return (
    <div class="toolbar">
      <label for={props.id}>{props.label}</label>
      <select
        id={props.id}
        value={props.value}
        onChange={(event) => props.onChange((event.target as HTMLSelectElement).value as V | '')}
      >
        <option value="">All</option>
        {(Object.entries(props.options) as [V, string][]).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A table with a caption for screen readers, one header row of columns, then the rows. */
export function Table(props: { caption: string; columns: string[]; children: ComponentChildren }) {
  return (
    <div class="table-wrap">
      <table>
        <caption class="visually-hidden">{props.caption}</caption>
        <thead>
          <tr>
            {props.columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{props.children}</tbody>
      </table>
    </div>
  );
}

/**
 * A paginated list (`usePages`) as a table: loading, what went wrong (by default the first
 * page's or "Load more"'s, with "Try again"), the empty state, the rows, then "Load more".
 */
export function PagedTable<T>(props: {
  pages: Pages<T>;
  loadingLabel: string;
  empty: ComponentChildren;
  /** the error shown with "Try again" (default: the first page's, else "Load more"'s) */
  error?: string;
  caption: string;
  columns: string[];
  row: (item: T) => ComponentChildren;
}) {
  const { pages } = props;
  const { first, more, items } = pages;
  return (
    <>
      {first.loading && items.length === 0 && <Loading label={props.loadingLabel} />}
      <ErrorMessage
        error={'error' in props ? props.error : (first.error ?? more.error)}
        onRetry={first.reload}
      />
      {!first.loading && !first.error && items.length === 0 && <Empty>{props.empty}</Empty>}
      {items.length > 0 && (
        <Table caption={props.caption} columns={props.columns}>
          {items.map(props.row)}
        </Table>
      )}
      {pages.nextCursor && (
        <button type="button" class="secondary" disabled={more.busy} onClick={pages.loadMore}>
          Load more
        </button>
      )}
    </>
  );
}

export const formatDate = (iso: string | null | undefined, timeZone?: string) =>
  iso
    ? new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(
        new Date(iso),
      )
    : '—';
