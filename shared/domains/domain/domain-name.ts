import { domainToASCII } from 'node:url';
import freeMailProviders from 'email-providers/all.json' with { type: 'json' };
import { getDomain, getPublicSuffix } from 'tldts';

/**
 * Domain names as the domains area takes them: lower-case, IDNs in their A-label form
 * (`Bücher.de` → `xn--bcher-kva.de`), no trailing dot. Refused: public suffixes (the
 * Public Suffix List, ICANN and private sections, through `tldts`: `com`, `co.uk`,
 * `github.io`) and free-mail providers (the `email-providers` list: `gmail.com`,
 * `outlook.com`, …). Reserved names (`example.com`, `.test`) pass: DNS proof decides.
 */

/** RFC 2606's example domains are nobody's mailbox provider (the list carries example.com): DNS proof decides. */
const reserved = new Set(['example.com', 'example.net', 'example.org']);
const freeMail = new Set<string>((freeMailProviders as string[]).filter((domain) => !reserved.has(domain)));

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

export type DomainProblem =
  /** not a host name at all: 400 VALIDATION_FAILED */
  | { kind: 'invalid'; message: string }
  /** a name nobody may claim: 400 DOMAIN_NOT_ALLOWED */
  | { kind: 'notAllowed'; message: string };

export type NormalizedDomain = { domain: string } | { problem: DomainProblem };

/** The A-label, lower-case form of `input`, or why it cannot be an organization's domain. */
export function normalizeDomain(input: string): NormalizedDomain {
  const trimmed = input.trim().replace(/\.$/, '');
  const invalid = (message: string) => ({ problem: { kind: 'invalid' as const, message } });
  if (trimmed === '' || /[\s@/\\:?#[\]]/.test(trimmed)) return invalid('Not a domain name (e.g. acme.com).');
  const ascii = domainToASCII(trimmed).toLowerCase();
  if (!ascii) return invalid('Not a domain name (e.g. acme.com).');
  if (ascii.length > 253) return invalid('A domain name has at most 253 characters.');
  const labels = ascii.split('.');
  if (labels.length < 2) return { problem: notAllowed(`${ascii} is a public suffix.`) };
  if (!labels.every((label) => LABEL.test(label))) {
    return invalid(
      'Each label has 1 to 63 letters, digits or hyphens, not starting or ending with a hyphen.',
    );
  }
  if (/^[0-9]+$/.test(labels.at(-1) as string)) return invalid('An IP address is not a domain name.');
  const options = { allowPrivateDomains: true };
  if (getPublicSuffix(ascii, options) === ascii || getDomain(ascii, options) === null) {
    return { problem: notAllowed(`${ascii} is a public suffix: register a domain under it.`) };
  }
  if (freeMail.has(ascii)) {
    return {
      problem: notAllowed(`${ascii} is a free email provider: its addresses belong to anyone who signs up.`),
    };
  }
  return { domain: ascii };
}

const notAllowed = (message: string): DomainProblem => ({ kind: 'notAllowed', message });

/** Domains of emails seen by this container (every signed-in request asks for its caller's). */
const domainsOfEmails = new Map<string, string | undefined>();
const DOMAINS_KEPT = 1000;

/** The domain of a (normalized) email address, in the form domains are stored; undefined if none. */
export function emailDomain(email: string | null | undefined): string | undefined {
  if (!email) return undefined;
  const at = email.lastIndexOf('@');
  if (at < 1) return undefined;
  const part = email.slice(at + 1);
  if (domainsOfEmails.has(part)) return domainsOfEmails.get(part);
  const normalized = normalizeDomain(part);
  const domain = 'domain' in normalized ? normalized.domain : undefined;
  if (domainsOfEmails.size >= DOMAINS_KEPT) domainsOfEmails.clear();
  domainsOfEmails.set(part, domain);
  return domain;
}

/** Where the verification record is published. */
export const challengeName = (domain: string) => `_orgs-challenge.${domain}`;

/** The record's value: a marker and the domain's random token. */
export const challengeValue = (token: string) => `orgs-verification=${token}`;
