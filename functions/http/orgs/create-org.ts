import { idempotencyOf, idempotencyPut, replayOf } from '../../../shared/data/idempotency.ts';
import { createOrg } from '../../../shared/data/orgs.ts';
import { AppendedItemFailed } from '../../../shared/data/transact.ts';
import { ensureUser } from '../../../shared/data/users.ts';
import { etagOf, type OrgRecord, toOrgResponse } from '../../../shared/domain/org.ts';
import { ApiError } from '../../../shared/http/errors.ts';
import { route } from '../../../shared/http/route.ts';
import { CreateOrgSchema } from '../../../shared/schemas/orgs.ts';

const created = (org: OrgRecord) => ({
  status: 201,
  body: toOrgResponse(org),
  headers: { etag: etagOf(org), location: `/orgs/${org.id}` },
});

export const handler = route({ body: CreateOrgSchema }, async ({ caller, body, headers }) => {
  const idempotency = idempotencyOf(headers, `createOrg:${caller.userId}`, body);
  const replay = await replayOf(idempotency);
  if (replay) return replay;
  const user = await ensureUser(caller);
  try {
    const org = await createOrg(
      { ...body, owner: { userId: user.id, email: user.emailVerified ? user.email : null, name: user.name } },
      (org) => (idempotency ? [idempotencyPut(idempotency, created(org))] : []),
    );
    return created(org);
  } catch (error) {
    if (!(error instanceof AppendedItemFailed)) throw error;
    // a concurrent request with the same key committed first: answer as it did
    const raced = await replayOf(idempotency);
    if (raced) return raced;
    throw new ApiError('CONFLICT', 'A request with this Idempotency-Key is in progress. Retry.');
  }
});
