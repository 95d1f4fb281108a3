import type { RouteEvent, RouteResult } from '../platform/http/request.ts';
import { SCIM_CONTENT_TYPE } from './errors.ts';

/** A SCIM answer: `application/scim+json`. */
export const scimResult = (
  body: unknown,
  status = 200,
  headers: Record<string, string> = {},
): RouteResult => ({
  status,
  body,
  headers: { 'content-type': SCIM_CONTENT_TYPE, ...headers },
});

/** The SCIM base URL as the client reached it (what `meta.location` and `Location` name). */
export function scimBaseUrl(event: RouteEvent): string {
  const host =
    event.headers?.['x-forwarded-host'] ??
    event.headers?.host ??
    event.requestContext?.domainName ??
    'localhost';
  const local = /^(localhost|127\.|\[::1\])/.test(host);
  const proto = event.headers?.['x-forwarded-proto'] ?? (local ? 'http' : 'https');
  return `${proto}://${host}/scim/v2`;
}
