import { listInvoices } from '../../../shared/billing/invoices.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { billingRoutes } from './routes.ts';

export const handler = route(billingRoutes.listInvoices, async ({ params, query }) => {
  return { body: await listInvoices(params.orgId, query) };
});
