import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { problemText } from '../api/client.ts';

export interface Loaded<T> {
  data?: T;
  error?: string;
  loading: boolean;
  /** loads again; settles once that load (or a later one) has landed in the state */
  reload: () => Promise<void>;
}

/** Loads on mount and whenever `deps` change; `reload()` loads again. */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]): Loaded<T> {
  const [state, setState] = useState<{ data?: T; error?: string; loading: boolean }>({ loading: true });
  const [version, setVersion] = useState(0);
  const waiting = useRef<(() => void)[]>([]);
  useEffect(() => {
    let current = true;
    setState((previous) => ({ ...previous, loading: true }));
    load()
      .then(
        (data) => current && setState({ data, loading: false }),
        (error) => current && setState({ error: problemText(error), loading: false }),
      )
      .finally(() => {
        if (current) for (const settle of waiting.current.splice(0)) settle();
      });
    return () => {
      current = false;
    };
  }, [...deps, version]);
  const reload = useCallback(
    () =>
      new Promise<void>((settle) => {
        waiting.current.push(settle);
        setVersion((value) => value + 1);
      }),
    [],
  );
  return { ...state, reload };
}

/** Runs one action at a time and keeps its refusal (the problem's `detail`) for display. */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const mounted = useRef(true);
  useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );
  const run = useCallback(async (action: () => Promise<unknown>): Promise<boolean> => {
    setBusy(true);
    setError(undefined);
    try {
      await action();
      return true;
    } catch (failure) {
      if (mounted.current) setError(problemText(failure));
      return false;
    } finally {
      if (mounted.current) setBusy(false);
    }
  }, []);
  return { busy, error, run, clearError: () => setError(undefined) };
}

export interface PageOf<T> {
  items: T[];
  nextCursor: string | null;
}

/** A paginated list: the first page on mount and whenever `deps` change, then "Load more". */
export function usePages<T>(fetchPage: (cursor?: string) => Promise<PageOf<T>>, deps: unknown[]) {
  const [items, setItems] = useState<T[]>([]);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const more = useAction();
  const first = useLoad(async () => {
    const page = await fetchPage();
    setItems(page.items);
    setNextCursor(page.nextCursor);
    return page;
  }, deps);
  const loadMore = () =>
    more.run(async () => {
      if (!nextCursor) return;
      const page = await fetchPage(nextCursor);
      setItems((previous) => [...previous, ...page.items]);
      setNextCursor(page.nextCursor);
    });
  return { items, first, more, nextCursor, loadMore };
}

/** `usePages` for a list only some roles read: without `allowed` it is empty and nothing is fetched. */
export function usePagesIf<T>(
  allowed: boolean,
  fetchPage: (cursor?: string) => Promise<PageOf<T>>,
  deps: unknown[],
) {
  return usePages<T>(
    async (cursor?: string) => (!allowed ? { items: [], nextCursor: null } : fetchPage(cursor)),
    deps,
  );
}

/** The query of one page of 25: its filters, then the cursor of the page (none for the first). */
export const pageQuery = <F extends object>(cursor?: string, filters?: F) => ({
  limit: 25,
  ...filters,
  ...(cursor ? { cursor } : {}),
});

export type Pages<T> = ReturnType<typeof usePages<T>>;

/**
 * Copies `text` from a read-only field: selects the field first, so that without clipboard
 * permission the person copies it by hand; `copied` says which happened.
 */
export function useCopyField(text: string) {
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<string>();
  const copy = async () => {
    input.current?.select();
    try {
      await navigator.clipboard.writeText(text);
      setCopied('Copied to the clipboard.');
    } catch {
      setCopied('Press Ctrl+C (⌘C) to copy the selected text.');
    }
  };
  return { input, copied, copy };
}
