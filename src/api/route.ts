/**
 * An endpoint is declared once, as its schemas and a handler: `route()` turns that into both the Hono
 * handler (validation included) and the endpoint's OpenAPI operation, so the document cannot drift from
 * what the server accepts and answers.
 */
import type { SearchLimits } from '../core/search.js';
import type { Context } from 'hono';
import { z } from 'zod';
import type { ZodOpenApiOperationObject } from 'zod-openapi';
import type { Store } from '../store/store.js';
import type { DossierCache } from './dossier-cache.js';
import { ApiError, ErrorResponses, invalid } from './errors.js';
import type { IngestJob } from './jobs.js';
import type { IngestRequest } from './schemas/requests.js';
import { serialized } from './serialized.js';

/** Ingest jobs: run in this process (`IngestQueue`, SQLite) or queued for workers (`SharedIngestQueue`). */
export interface IngestJobs {
  enqueue(request: IngestRequest): IngestJob | Promise<IngestJob>;
  get(id: string): IngestJob | null | Promise<IngestJob | null>;
  stop(): Promise<void>;
}

/** What handlers work with; one set per app. */
export interface ApiServices {
  store: Store;
  dossier: DossierCache;
  jobs: IngestJobs;
  /** The caps on `/api/search` queries. */
  searchLimits: SearchLimits;
}

const Nothing = z.object({});
type Nothing = typeof Nothing;

interface RouteSpec<R extends z.ZodType, Q extends z.ZodObject, P extends z.ZodObject, B extends z.ZodType> {
  method: 'get' | 'post';
  /** In Hono's syntax: `/api/articles/:id`. */
  path: string;
  summary: string;
  tag: string;
  query?: Q;
  params?: P;
  body?: B;
  response: R;
  /** 202 when the work is accepted but done later. */
  status?: 200 | 202;
  /**
   * For documents rather than records (a brief, a GEXF file): the media types the endpoint may answer
   * with; its handler then returns `{ body, type }`, and `response` describes `body`.
   */
  documents?: string[];
  handle(
    request: { query: z.output<Q>; params: z.output<P>; body: z.output<B> },
    services: ApiServices,
  ): Promise<z.input<R> | RenderedDocument> | z.input<R> | RenderedDocument;
}

/** What a document endpoint's handler returns. */
export interface RenderedDocument {
  body: string;
  type: string;
}

export interface ApiRoute {
  method: 'get' | 'post';
  path: string;
  /** The path as OpenAPI writes it: `/api/articles/{id}`. */
  openApiPath: string;
  operation: ZodOpenApiOperationObject;
  run(c: Context, services: ApiServices): Promise<Response>;
}

export function route<
  R extends z.ZodType,
  Q extends z.ZodObject = Nothing,
  P extends z.ZodObject = Nothing,
  B extends z.ZodType = Nothing,
>(spec: RouteSpec<R, Q, P, B>): ApiRoute {
  const status = spec.status ?? 200;
  return {
    method: spec.method,
    path: spec.path,
    openApiPath: spec.path.replace(/:(\w+)/g, '{$1}'),
    operation: operationOf(spec, status),
    async run(c, services) {
      const query = parse(spec.query, c.req.query(), 'query');
      const params = parse(spec.params, c.req.param(), 'path');
      const body = spec.body ? parse(spec.body, await jsonBody(c), 'body') : ({} as z.output<B>);
      const result = await spec.handle({ query, params, body }, services);
      if (spec.documents) {
        const document = result as unknown as RenderedDocument;
        return c.body(document.body, status, { 'content-type': `${document.type}; charset=utf-8` });
      }
      return c.body(serialized(result), status, { 'content-type': 'application/json' });
    },
  };
}

/** An absent schema means the endpoint takes nothing there: its output is then `{}`. */
function parse<S extends z.ZodType>(schema: S | undefined, value: unknown, where: string): z.output<S> {
  if (!schema) return {} as z.output<S>;
  const result = schema.safeParse(value);
  if (!result.success) throw invalid(where, result.error);
  return result.data;
}

/**
 * Only JSON bodies are read. Besides being the API's one format, this keeps plain cross-site form posts
 * out: a browser must ask (CORS preflight) before sending JSON elsewhere, and this server never says yes.
 */
async function jsonBody(c: Context): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    throw new ApiError(415, 'the body must be JSON, sent with Content-Type: application/json');
  }
  try {
    return await c.req.json();
  } catch {
    throw new ApiError(400, 'the body is not valid JSON');
  }
}

function operationOf(
  spec: RouteSpec<z.ZodType, z.ZodObject, z.ZodObject, z.ZodType>,
  status: 200 | 202,
): ZodOpenApiOperationObject {
  const writes = spec.method !== 'get';
  return {
    summary: spec.summary,
    tags: [spec.tag],
    requestParams: {
      ...(spec.query ? { query: spec.query } : {}),
      ...(spec.params ? { path: spec.params } : {}),
    },
    ...(spec.body
      ? { requestBody: { required: true, content: { 'application/json': { schema: spec.body } } } }
      : {}),
    ...(writes ? { security: [{ bearer: [] }] } : {}),
    responses: {
      [String(status)]: {
        description: status === 202 ? 'Accepted' : 'OK',
        content: Object.fromEntries(
          (spec.documents ?? ['application/json']).map((type) => [type, { schema: spec.response }]),
        ),
      },
      '400': ErrorResponses.badRequest,
      ...(spec.params ? { '404': ErrorResponses.notFound } : {}),
      ...(writes ? { '401': ErrorResponses.unauthorized, '403': ErrorResponses.forbidden } : {}),
    },
  };
}
