import { route } from '../../../shared/platform/http/route.ts';
import { buildOpenApiDocument } from '../../../shared/platform/openapi/document.ts';
import { routes } from '../routes.ts';
import { systemRoutes } from './routes.ts';

type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;
const documents = new Map<string, OpenApiDocument>();

/** The document names the server it was fetched from, so generated clients need no base URL. */
export const handler = route(systemRoutes.getOpenApiDocument, async ({ event }) => {
  const named = event.requestContext?.domainName ?? event.headers?.host ?? '';
  const host = /^[A-Za-z0-9.-]+(:\d{1,5})?$/.test(named) ? named : 'localhost';
  const proto = /^(127\.|localhost\b|\[::1\])/.test(host) ? 'http' : 'https';
  const serverUrl = `${proto}://${host}`;
  let document = documents.get(serverUrl);
  if (!document) {
    document = buildOpenApiDocument(routes, serverUrl);
    if (documents.size < 16) documents.set(serverUrl, document);
  }
  return { body: document, headers: { 'cache-control': 'public, max-age=300' } };
});
