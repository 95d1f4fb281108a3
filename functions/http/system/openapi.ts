import { route } from '../../../shared/http/route.ts';
import { buildOpenApiDocument } from '../../../shared/schemas/openapi.ts';

let document: ReturnType<typeof buildOpenApiDocument> | undefined;

export const handler = route({ auth: false }, async () => {
  document ??= buildOpenApiDocument();
  return { body: document, headers: { 'cache-control': 'public, max-age=300' } };
});
