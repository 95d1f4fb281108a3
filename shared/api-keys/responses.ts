import type { RouteResult } from '../platform/http/request.ts';
import type { CreatedKey, RolledKey } from './api-keys.ts';
import { toApiKeyResponse } from './domain/api-keys.ts';

/** 201 with the secret: the creator was authorized as an active developer-role member just now. */
export const createdKeyResponse = ({ record, key }: CreatedKey): RouteResult => ({
  status: 201,
  body: { ...toApiKeyResponse(record, 'active'), key },
  headers: { location: `/orgs/${record.orgId}/api-keys/${record.id}` },
});

export const rolledKeyResponse = (rolled: RolledKey): RouteResult => {
  const created = createdKeyResponse(rolled);
  return {
    ...created,
    body: { ...(created.body as object), previous: toApiKeyResponse(rolled.previous, rolled.previousStatus) },
  };
};
