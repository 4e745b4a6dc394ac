import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { ServerType } from '@hono/node-server';
import type { JobQueue } from '../core/ports.js';
import type { SearchLimits } from '../core/search.js';
import type { Store } from '../store/store.js';
import { isLoopbackName } from './access.js';
import type { RequestLogEntry } from './app.js';
import { createApi } from './app.js';

export interface ServerOptions {
  store: Store;
  /** 0 picks a free port; the URL says which. */
  port: number;
  /** The address to listen on; a loopback one by default, where writes need no token (see `app.ts`). */
  host?: string | undefined;
  token?: string | null | undefined;
  staticDir?: string | undefined;
  allowPrivate?: boolean | undefined;
  onRequest?: ((entry: RequestLogEntry) => void) | undefined;
  /** With a shared (PostgreSQL) store: the workers' queue, which ingest requests go to. */
  queue?: JobQueue | undefined;
  /** Caps on search queries; the defaults when absent. */
  searchLimits?: SearchLimits | undefined;
}

export interface RunningServer {
  url: string;
  /** Stops listening, lets the running ingest job finish, and resolves; the store stays open. */
  close(): Promise<void>;
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const api = createApi({
    store: options.store,
    token: options.token,
    allowPrivate: options.allowPrivate,
    loopbackOnly: isLoopbackName(host),
    staticDir: options.staticDir,
    onRequest: options.onRequest,
    queue: options.queue,
    searchLimits: options.searchLimits,
  });
  const server = await listen(api.app.fetch, options.port, host);
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Keep-alive connections would hold `close` open until they time out.
      if ('closeIdleConnections' in server) server.closeIdleConnections();
      await Promise.all([closed, api.stop()]);
    },
  };
}

function listen(fetch: (request: Request) => Response | Promise<Response>, port: number, host: string) {
  return new Promise<ServerType>((resolve, reject) => {
    const server = serve({ fetch, port, hostname: host }, () => {
      server.off('error', reject);
      resolve(server);
    });
    server.once('error', reject);
  });
}
