/**
 * The SCIM filter subset this service evaluates (RFC 7644 §3.4.2.2): `eq` on an attribute
 * path, `and`, `or`, parentheses. Anything else (other operators, `not`, value paths) throws
 * `UnsupportedFilter`, answered as 400 `invalidFilter`. Attribute names and operators are
 * case-insensitive; string values compare as the attribute's own rules say (the caller's).
 */
export type Filter =
  | { op: 'eq'; attr: string; value: string | boolean | null }
  | { op: 'and' | 'or'; left: Filter; right: Filter };

export class UnsupportedFilter extends Error {}

type Token = { kind: 'word'; text: string } | { kind: 'string'; text: string } | { kind: '(' | ')' };

function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const char = input[i] as string;
    if (/\s/.test(char)) {
      i++;
    } else if (char === '(' || char === ')') {
      tokens.push({ kind: char });
      i++;
    } else if (char === '"') {
      let text = '';
      i++;
      for (;;) {
        if (i >= input.length) throw new UnsupportedFilter('An unterminated string.');
        const next = input[i] as string;
        if (next === '\\') {
          const escaped = input[i + 1];
          if (escaped === undefined) throw new UnsupportedFilter('An unterminated string.');
          text += escaped;
          i += 2;
        } else if (next === '"') {
          i++;
          break;
        } else {
          text += next;
          i++;
        }
      }
      tokens.push({ kind: 'string', text });
    } else {
      const match = /^[^\s()"]+/.exec(input.slice(i));
      if (!match) throw new UnsupportedFilter(`Unexpected "${char}".`);
      tokens.push({ kind: 'word', text: match[0] });
      i += match[0].length;
    }
  }
  return tokens;
}

const ATTR = /^[A-Za-z][\w-]*(\.[A-Za-z][\w-]*)?$/;

export function parseFilter(input: string): Filter {
  const tokens = tokenize(input);
  let position = 0;
  const peek = () => tokens[position];
  const word = (token: Token | undefined) => (token?.kind === 'word' ? token.text.toLowerCase() : undefined);

  const primary = (): Filter => {
    const token = peek();
    if (token?.kind === '(') {
      position++;
      const inner = or();
      if (peek()?.kind !== ')') throw new UnsupportedFilter('A missing ")".');
      position++;
      return inner;
    }
    if (token?.kind !== 'word' || !ATTR.test(token.text))
      throw new UnsupportedFilter('An attribute path was expected.');
    if (word(token) === 'not') throw new UnsupportedFilter('"not" is not supported.');
    position++;
    const operator = word(peek());
    if (operator !== 'eq')
      throw new UnsupportedFilter(`Only "eq" is supported${operator ? `, not "${operator}"` : ''}.`);
    position++;
    const value = peek();
    position++;
    if (value?.kind === 'string') return { op: 'eq', attr: token.text, value: value.text };
    const literal = word(value);
    if (literal === 'true' || literal === 'false')
      return { op: 'eq', attr: token.text, value: literal === 'true' };
    if (literal === 'null') return { op: 'eq', attr: token.text, value: null };
    throw new UnsupportedFilter('A quoted string, true, false or null was expected.');
  };
  const and = (): Filter => {
    let left = primary();
    while (word(peek()) === 'and') {
      position++;
      left = { op: 'and', left, right: primary() };
    }
    return left;
  };
  const or = (): Filter => {
    let left = and();
    while (word(peek()) === 'or') {
      position++;
      left = { op: 'or', left, right: and() };
    }
    return left;
  };
  const filter = or();
  if (position !== tokens.length) throw new UnsupportedFilter('Unexpected text after the filter.');
  return filter;
}
