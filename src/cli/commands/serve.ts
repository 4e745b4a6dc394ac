import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { z } from 'zod';
import { isLoopbackName } from '../../api/access.js';
import { startServer } from '../../api/server.js';
import { UsageError } from '../../core/errors.js';
import { DEFAULT_SEARCH_LIMITS } from '../../core/search.js';
import { openQueue, openStore } from '../../service/open-store.js';
import { isSharedStore } from '../../store/store.js';
import { parseOption, positiveInt } from '../options.js';

const port = z.coerce.number().int().min(0).max(65535);
/** How long a stop waits for the running ingest job once signalled. */
const SHUTDOWN_GRACE_MS = 10_000;

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the dossier over HTTP: a JSON API under /api and the web UI at /')
    .option('--port <n>', 'port to listen on (0: any free one)', '8080')
    .option('--host <address>', 'address to listen on', '127.0.0.1')
    .option('--allow-private', 'let ingest requests fetch from private, loopback and link-local addresses')
    .option('--verbose', 'log every request as a JSON line on stderr')
    .option(
      '--max-query-chars <n>',
      'longest search query accepted, in characters',
      String(DEFAULT_SEARCH_LIMITS.maxQueryChars),
    )
    .option(
      '--max-query-terms <n>',
      'most distinct words a search query may hold',
      String(DEFAULT_SEARCH_LIMITS.maxQueryTerms),
    )
    .addHelpText(
      'after',
      `
Reads are open. Writes (POST /api/ingest) need "Authorization: Bearer $DOSSIER_TOKEN" when DOSSIER_TOKEN
is set; without it they are open on 127.0.0.1/localhost and refused on any other address.

Examples:
  dossier serve
  DOSSIER_TOKEN=s3cret dossier serve --host 0.0.0.0 --port 80`,
    )
    .action(async (opts: Record<string, unknown>, command: Command) => {
      const host = String(opts.host);
      const listenPort = parseOption(port, '--port', opts.port);
      const searchLimits = {
        maxQueryChars: parseOption(positiveInt, '--max-query-chars', opts.maxQueryChars),
        maxQueryTerms: parseOption(positiveInt, '--max-query-terms', opts.maxQueryTerms),
      };
      const { db } = command.optsWithGlobals() as { db?: string };
      const token = process.env.DOSSIER_TOKEN || null;
      const store = await openStore(db);
      // A shared store's ingest requests go to its workers (dossier worker), not to this process.
      const queue = isSharedStore(store) ? await openQueue(store, { supervise: false }) : undefined;
      const server = await startServer({
        queue,
        store,
        port: listenPort,
        host,
        token,
        allowPrivate: Boolean(opts.allowPrivate),
        searchLimits,
        staticDir: builtWebUi() ?? undefined,
        onRequest: opts.verbose
          ? (entry) => process.stderr.write(`${JSON.stringify({ level: 'info', ...entry })}\n`)
          : undefined,
      }).catch(async (error: unknown) => {
        await queue?.stop();
        await store.close();
        throw listenFailure(error, host, listenPort);
      });
      process.stdout.write(`Dossier is served at ${server.url}\n`);
      if (token === null && !isLoopbackName(host)) {
        process.stderr.write('warning: writes are disabled; set DOSSIER_TOKEN to enable them\n');
      }
      await signalled();
      // The running ingest job is let finish, but not for ever: a second signal, or a stop taking longer
      // than the grace period, ends the process there. Nothing is lost: each batch of articles is one
      // transaction, and the next ingest reads what this one stored unread.
      const force = () => process.exit(1);
      process.once('SIGINT', force);
      process.once('SIGTERM', force);
      setTimeout(() => {
        process.stderr.write('warning: stopped before the running ingest job finished\n');
        force();
      }, SHUTDOWN_GRACE_MS).unref();
      await server.close();
      await queue?.stop();
      await store.close();
    });
}

/** The store stays open for the server's whole life, so it is closed only once we are told to stop. */
function signalled(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

/** `dist/web` of this package, wherever it is run from (source or `dist/`); null when not built. */
function builtWebUi(): string | null {
  let folder = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(folder, 'package.json'))) {
    const parent = dirname(folder);
    if (parent === folder) return null;
    folder = parent;
  }
  const web = join(folder, 'dist', 'web');
  return existsSync(join(web, 'index.html')) ? web : null;
}

/** A port in use or not ours to take is the user's to fix, said in one line. */
function listenFailure(error: unknown, host: string, port: number): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') return new UsageError(`cannot listen on ${host}:${port}: the port is in use`);
  if (code === 'EACCES') return new UsageError(`cannot listen on ${host}:${port}: permission denied`);
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') {
    return new UsageError(`cannot listen on ${host}:${port}: no such local address`);
  }
  return error;
}
