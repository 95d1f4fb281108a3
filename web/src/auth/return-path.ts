/**
 * Where a sign-in returns to (the console after its callback, the local development sign-in
 * form): never an open redirect. Pure, so the console and the local stack share it.
 */

/** C0 and C1 control characters and DEL: URL parsers drop (tab, newline) or mangle them. */
const hasControl = (value: string) =>
  [...value].some((char) => {
    const code = char.charCodeAt(0);
    return code < 0x20 || (code >= 0x7f && code <= 0x9f);
  });

/**
 * Starts with a single `/` (not `//`, another host), with no backslash anywhere (browsers read
 * `\` as `/`: `/\evil.example` is `//evil.example`) and no control character (`/\t/evil.example`
 * is `//evil.example` once the tab is dropped).
 */
const isPlainPath = (value: string) =>
  value.startsWith('/') && !value.startsWith('//') && !value.includes('\\') && !hasControl(value);

/**
 * `value` when it is a path of this origin, safe as given and once percent-decoded (`/%5Cevil`
 * and `/%2F%2Fevil` stay on this origin when navigated to, but not if anything decodes them
 * once more), else `/`.
 */
export function safeReturnPath(value: string | null | undefined): string {
  if (!value || !isPlainPath(value)) return '/';
  let decoded: string;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    return '/';
  }
  return isPlainPath(decoded) ? value : '/';
}

/** The console's return path: a safe one (`safeReturnPath`) that is not the sign-in callback itself. */
export function safePath(value: string | null | undefined): string {
  const path = safeReturnPath(value);
  return path.startsWith('/auth/') ? '/' : path;
}
