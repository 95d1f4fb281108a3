import { ApiError } from '../errors.ts';

/** `If-Match: "<version>"` or `*` (undefined: any version). Weak ETags never match (RFC 9110). */
export function expectedVersion(ifMatch: string | undefined): number | undefined {
  if (ifMatch === undefined || ifMatch.trim() === '*') return undefined;
  const match = /^\s*"(\d+)"\s*$/.exec(ifMatch);
  if (!match)
    throw new ApiError('PRECONDITION_FAILED', 'If-Match must be an ETag returned by GET /orgs/{orgId}.');
  return Number(match[1]);
}

export const staleVersion = () =>
  new ApiError('PRECONDITION_FAILED', 'The organization changed since you read it. Fetch it and retry.');
