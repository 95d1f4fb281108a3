import { listApiKeys } from '../../../shared/api-keys/api-keys.ts';
import { toApiKeyResponse } from '../../../shared/api-keys/domain/api-keys.ts';
import { ApiKeyQuerySchema } from '../../../shared/api-keys/schemas.ts';
import { authorize } from '../../../shared/members/access.ts';
import { OrgIdParams } from '../../../shared/orgs/schemas.ts';
import { route } from '../../../shared/platform/http/route.ts';

export const handler = route(
  { params: OrgIdParams, query: ApiKeyQuerySchema },
  async ({ caller, params, query }) => {
    await authorize(params.orgId, caller, 'developer:use');
    const page = await listApiKeys(params.orgId, query);
    return {
      body: {
        items: page.items.map(({ record, status }) => toApiKeyResponse(record, status)),
        nextCursor: page.nextCursor,
      },
    };
  },
);
