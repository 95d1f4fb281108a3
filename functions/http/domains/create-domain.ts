import { type DomainRecord, toDomainResponse } from '../../../shared/domains/domain/domain.ts';
import { addDomain } from '../../../shared/domains/domains.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { idempotently } from '../../../shared/platform/idempotency/idempotency.ts';
import { domainsRoutes } from './routes.ts';

const created = (record: DomainRecord) => ({
  status: 201,
  body: toDomainResponse(record),
  headers: { location: `/orgs/${record.orgId}/domains/${record.id}` },
});

export const handler = route(domainsRoutes.createDomain, async ({ actor, body, idempotency }) =>
  idempotently(idempotency, created, (append) => addDomain(actor, body.domain, append)),
);
