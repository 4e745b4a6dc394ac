/**
 * The HTTP API over a `Store`: JSON under `/api`, its OpenAPI document at `/api/openapi.json`, and the
 * built web UI at `/` when there is one.
 *
 * Who may do what:
 * - Reads (GET, HEAD) are open to whoever can reach the server.
 * - Writes (POST and every other method) need `Authorization: Bearer <token>` when a token is configured
 *   (`DOSSIER_TOKEN`); a wrong or missing one is 401.
 * - With no token configured, writes are refused (403, saying to set DOSSIER_TOKEN), except on a server
 *   bound to a loopback address (127.0.0.1, localhost), which only this machine can reach: there they are
 *   open, so that a local user needs no setup. Such a server also refuses requests whose Host is not
 *   local, and bodies must be JSON, so neither a rebound domain nor another site's form can write to it.
 */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { JobQueue } from '../core/ports.js';
import { DEFAULT_SEARCH_LIMITS } from '../core/search.js';
import type { SearchLimits } from '../core/search.js';
import { DEFAULT_MAX_BYTES } from '../ingest/limits.js';
import { isSharedStore } from '../store/store.js';
import type { Store } from '../store/store.js';
import { guardAccess } from './access.js';
import { DossierCache } from './dossier-cache.js';
import { ApiError, errorResponse, statusOf } from './errors.js';
import { IngestQueue } from './jobs.js';
import { openApiDocument } from './openapi.js';
import type { ApiRoute, ApiServices, IngestJobs } from './route.js';
import { actorRoutes } from './routes/actors.js';
import { documentRoutes } from './routes/documents.js';
import { articleRoutes } from './routes/articles.js';
import { eventRoutes } from './routes/events.js';
import { findingRoutes } from './routes/findings.js';
import { ingestRoutes } from './routes/ingest.js';
import { SharedIngestQueue } from './shared-jobs.js';
import { mountWebUi, securityHeaders } from './static-files.js';

export interface AppOptions {
  store: Store;
  /** The bearer token writes need; null or absent when none is configured. */
  token?: string | null | undefined;
  /** Let ingest fetch from private, loopback and link-local addresses. */
  allowPrivate?: boolean | undefined;
  /** The server listens on a loopback address only; without a token, writes are then open. */
  loopbackOnly?: boolean | undefined;
  /** The built web UI, served at `/`. */
  staticDir?: string | undefined;
  /** The largest single article accepted by ingest, in bytes. */
  maxBytes?: number | undefined;
  /** Called once per request, after the answer is made. */
  onRequest?: ((entry: RequestLogEntry) => void) | undefined;
  /** With a shared (PostgreSQL) store: the workers' queue, which ingest requests go to. */
  queue?: JobQueue | undefined;
  /** Caps on search queries; `DEFAULT_SEARCH_LIMITS` when absent. */
  searchLimits?: SearchLimits | undefined;
}

export interface RequestLogEntry {
  time: string;
  method: string;
  path: string;
  status: number;
  ms: number;
}

export interface Api {
  app: Hono;
  /** Finishes the running ingest job and drops the queued ones; the store is then free to close. */
  stop(): Promise<void>;
}

export const API_ROUTES: ApiRoute[] = [
  ...articleRoutes,
  ...actorRoutes,
  ...eventRoutes,
  ...findingRoutes,
  ...ingestRoutes,
  ...documentRoutes,
];

export function createApp(options: AppOptions): Hono {
  return createApi(options).app;
}

export function createApi(options: AppOptions): Api {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const dossier = new DossierCache(options.store);
  const settings = {
    allowPrivate: options.allowPrivate ?? false,
    maxBytes,
    onFinished: () => dossier.invalidate(),
  };
  const jobs: IngestJobs =
    options.queue && isSharedStore(options.store)
      ? new SharedIngestQueue({ ...settings, store: options.store, queue: options.queue })
      : new IngestQueue({ ...settings, store: options.store });
  const services: ApiServices = {
    store: options.store,
    dossier,
    jobs,
    searchLimits: options.searchLimits ?? DEFAULT_SEARCH_LIMITS,
  };

  const app = new Hono();
  const { onRequest } = options;
  if (onRequest) {
    app.use('*', async (c, next) => {
      const started = performance.now();
      await next();
      onRequest({
        time: new Date().toISOString(),
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round(performance.now() - started),
      });
    });
  }
  app.use('*', securityHeaders);
  app.use('*', guardAccess({ token: options.token || null, loopbackOnly: options.loopbackOnly ?? false }));
  app.use(
    '/api/*',
    bodyLimit({
      // JSON escaping can double a text's size on the way in.
      maxSize: 2 * maxBytes,
      onError: () => {
        throw new ApiError(413, `the body is larger than ${2 * maxBytes} bytes`);
      },
    }),
  );

  for (const route of API_ROUTES)
    app.on(route.method.toUpperCase(), route.path, (c) => route.run(c, services));
  let document: ReturnType<typeof openApiDocument> | null = null;
  app.get('/api/openapi.json', (c) => c.json((document ??= openApiDocument(API_ROUTES))));

  if (options.staticDir) mountWebUi(app, options.staticDir);

  app.notFound((c) => errorResponse(c, 404, `no such endpoint: ${c.req.method} ${c.req.path}`));
  app.onError((error, c) => {
    const { status, message } = statusOf(error);
    if (status >= 500) console.error(error);
    if (error instanceof ApiError)
      for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
    return errorResponse(c, status, message);
  });
  return { app, stop: () => jobs.stop() };
}
