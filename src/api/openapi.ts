import { createDocument } from 'zod-openapi';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { SHOWN_FROM } from '../core/confidence.js';
import type { ApiRoute } from './route.js';

/** The OpenAPI 3.1 document of the routes, built from the same schemas that validate requests. */
export function openApiDocument(routes: ApiRoute[]) {
  const paths: ZodOpenApiPathsObject = {};
  for (const route of routes)
    paths[route.openApiPath] = { ...paths[route.openApiPath], [route.method]: route.operation };
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Dossier API',
      version: '1',
      description:
        'A sourced dossier built from news articles. Lists answer { items, total, limit, offset }; ' +
        'errors answer { error: { status, message } }. Reads are open; writes need a bearer token ' +
        '(DOSSIER_TOKEN) unless the server listens on localhost only and has none configured.',
      // Each kind's floor of what lists show by default, so that a client marks what they leave out alike.
      'x-shown-from': SHOWN_FROM,
    },
    paths,
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'The server’s DOSSIER_TOKEN' },
      },
    },
  });
}
