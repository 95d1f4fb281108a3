import { authorize } from '../../../shared/data/access.ts';
import { listApiKeys } from '../../../shared/data/api-keys.ts';
import { toApiKeyResponse } from '../../../shared/domain/api-keys.ts';
import { route } from '../../../shared/http/route.ts';
import { ApiKeyQuerySchema } from '../../../shared/schemas/api-keys.ts';
import { OrgIdParams } from '../../../shared/schemas/orgs.ts';

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
