/**
 * Trimmed; ASCII letters lower-cased, other letters lower-cased only when their
 * lower case stays outside ASCII. A character such as the Kelvin sign (U+212A,
 * whose lower case is "k") is kept as it is, so an address that only looks like
 * another never compares equal to it. Token and invitation emails both pass here.
 */
export const normalizeEmail = (email: string) =>
  Array.from(email.trim(), (char) => {
    const lower = char.toLowerCase();
    // biome-ignore lint/suspicious/noControlCharactersInRegex: any ASCII character
    return char.charCodeAt(0) > 0x7f && /[\u0000-\u007f]/.test(lower) ? char : lower;
  }).join('');
