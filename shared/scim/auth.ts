import type middy from '@middy/core';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { RouteEvent } from '../platform/http/request.ts';
import { ScimError } from './errors.ts';
import { verifyScimToken } from './tokens.ts';

const refused = () =>
  new ScimError(401, 'A valid SCIM token is required (Authorization: Bearer <token>).', undefined, {
    'www-authenticate': 'Bearer realm="SCIM"',
  });

/** `route()`'s authentication for `auth: 'scim'`: `Authorization: Bearer <SCIM token>`, verified now. */
export const scimAuth = (): middy.MiddlewareObj<RouteEvent, APIGatewayProxyStructuredResultV2> => ({
  before: async ({ event }) => {
    const match = /^Bearer\s+(\S+)$/i.exec(event.headers?.authorization?.trim() ?? '');
    const principal = match?.[1] ? await verifyScimToken(match[1]) : undefined;
    if (!principal) throw refused();
    event.scim = principal;
  },
});
