/**
 * The one rule for display names (people from a token claim or PATCH /me,
 * organizations, workspaces): NFC; no C0/C1 control characters; no bidi
 * overrides or isolates (U+202A–U+202E, U+2066–U+2069), which reorder the text
 * around them in rosters and emails; not empty or invisible-only once
 * default-ignorable characters (zero-width spaces and joiners, soft hyphens,
 * variation selectors, fillers) are removed; at most `max` characters.
 */
export const DISPLAY_NAME_MAX = 100;

// biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\s]/gu;

/** Why `value` (already trimmed and NFC) is not a display name, or undefined when it is one. */
export function displayNameProblem(value: string, max = DISPLAY_NAME_MAX): string | undefined {
  if (!value.isWellFormed()) return 'Not valid Unicode text.';
  if (CONTROL.test(value)) return 'Control characters are not allowed.';
  if (BIDI_CONTROL.test(value)) return 'Bidirectional override and isolate characters are not allowed.';
  if (value.replace(INVISIBLE, '').length === 0) return 'Must not be empty or invisible.';
  if ([...value].length > max) return `At most ${max} characters.`;
  return undefined;
}

/** NFC and trimmed: the form in which names are checked and stored. */
export const canonicalDisplayName = (value: string) => value.normalize('NFC').trim();

/**
 * A name claim made fit to store: controls become spaces, bidi controls go,
 * whitespace runs collapse, the length is cut at `max` characters. Undefined when
 * nothing visible is left (the caller then stores no name). Never the raw claim.
 */
export function cleanDisplayName(raw: string, max = DISPLAY_NAME_MAX): string | undefined {
  const cleaned = canonicalDisplayName(
    raw
      .toWellFormed()
      .replace(new RegExp(CONTROL.source, 'g'), ' ')
      .replace(new RegExp(BIDI_CONTROL.source, 'g'), '')
      .replace(/\s+/g, ' '),
  );
  const cut = canonicalDisplayName([...cleaned].slice(0, max).join(''));
  return displayNameProblem(cut, max) === undefined ? cut : undefined;
}

/**
 * The comparison key of a name (workspace names are unique by it): NFKC, case
 * folded, invisibles removed, whitespace collapsed, so `Ｓtaging`, `STAGING` and
 * `Sta\u200Bging` are all `staging`.
 */
export const nameKey = (name: string) =>
  name
    .normalize('NFKC')
    .toLowerCase()
    .toUpperCase()
    .toLowerCase()
    .normalize('NFKC')
    .replace(/\p{Default_Ignorable_Code_Point}/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
