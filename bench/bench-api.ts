/**
 * API latency under load: `dossier serve` on a generated store (SQLite or PostgreSQL), loaded by
 * `load.ts` from a process of its own (10 clients, 10 seconds per endpoint), so the load never shares the
 * server's event loop. For each endpoint: its first request (cold) and p50/p95 under load (warm).
 * Goals from issue 13: p95 under 50 ms and the first request under 200 ms at 1M articles; the server's
 * memory flat in the corpus size.
 *
 * The endpoints that show connected records read them from the store (issue 13, part B), never derive
 * them: each page is read from stored records (the timeline, an actor's profile and a story's events
 * also read the readings of the articles the page quotes), so every endpoint is asked at every size; a
 * first request that takes longer than 10 minutes or fails is reported as such.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { generatedStore } from './generate-store.js';
import type { StoreKind } from './generate-store.js';
import type { LoadResult } from './load.js';
import { ROOT } from './run-phase.js';

const CLI = path.join(ROOT, 'dist', 'src', 'cli', 'main.js');
const LOAD = path.join(ROOT, 'dist', 'bench', 'load.js');
const CLIENTS = 10;
const SECONDS = 10;
const COLD_TIMEOUT_MS = 600_000;
/** Frequent in both corpora, so the search ranks many matches, as a real query on a big store would. */
export const SEARCH_WORD = 'government';
/** A word many quotes hold, for the quotes' word filter. */
const QUOTE_WORD = 'minister';

export type Endpoint =
  | 'search'
  | 'timeline'
  | 'actor'
  | 'story events'
  | 'discrepancies'
  | 'quotes'
  | 'quotes with words'
  | 'figures'
  | 'network';

export interface ApiLatency {
  store: StoreKind;
  size: number;
  /** Articles actually stored (copies matching a stored text are kept once). */
  articles: number;
  endpoint: Endpoint;
  path: string | null;
  /** The endpoint's first request; the timeline's includes connecting the whole dossier. */
  coldMs: number | null;
  /** The server's CPU time for the first request: its cost whatever else the machine runs (10 ms ticks). */
  coldCpuMs: number | null;
  p50Ms: number | null;
  p95Ms: number | null;
  p99Ms: number | null;
  requestsPerSecond: number | null;
  requests: number;
  errors: number;
  /** Why the endpoint was not measured, when it was not. */
  note: string | null;
  /** The server's resident memory after this endpoint's load, and its peak so far. */
  serverRssMb: number | null;
  serverPeakRssMb: number | null;
  /**
   * The server's CPU time (user + system) per request under load: what a request costs whatever else runs
   * on the machine, where the latencies also count the time the server waited for a core.
   */
  serverCpuMsPerRequest: number | null;
  /** Seconds spent building the store in this run; 0 when a kept one was reused. */
  generateSeconds: number;
}

interface Cold {
  ms: number;
  cpuMs: number | null;
}

export interface RunningDossier {
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** Starts `dossier serve --port 0` on `db` and resolves with the URL it prints once listening. */
export function startDossier(db: string): Promise<RunningDossier> {
  const child = spawn(process.execPath, [CLI, '--db', db, 'serve', '--port', '0'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, DOSSIER_DB: '' },
  });
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    await exited;
  };
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      const url = /https?:\/\/\S+/.exec(out)?.[0];
      if (url) resolve({ url, process: child, stop });
    });
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`dossier serve exited with ${code}: ${err.trim()}`)));
  });
}

async function timedGet(url: string, timeoutMs = COLD_TIMEOUT_MS): Promise<{ ms: number; body: unknown }> {
  const started = performance.now();
  const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
  const body: unknown = await response.json();
  const ms = performance.now() - started;
  if (!response.ok) throw new Error(`GET ${url}: ${response.status} ${JSON.stringify(body)}`);
  return { ms, body };
}

function load(url: string): Promise<LoadResult> {
  const child = spawn(process.execPath, [LOAD, url, String(CLIENTS), String(SECONDS)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code === 0) resolve(JSON.parse(out) as LoadResult);
      else reject(new Error(`load exited with ${code}: ${err.trim()}`));
    });
  });
}

/** The process's resident memory now and at its peak; Linux only, nulls elsewhere. */
export function rssMb(pid: number | undefined): { now: number | null; peak: number | null } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => {
      const value = new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1];
      return value === undefined ? null : Math.round(Number(value) / 1024);
    };
    return { now: kb('VmRSS'), peak: kb('VmHWM') };
  } catch {
    return { now: null, peak: null };
  }
}

/** The process's CPU time so far (user + system, in ms); Linux only, null elsewhere. */
function cpuMs(pid: number | undefined): number | null {
  try {
    // Fields after the command's closing parenthesis: utime and stime are the 12th and 13th, in ticks.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return null;
  }
}

/** The paths of the connected endpoints, found from what the dossier holds (its busiest actor and story). */
async function connectedPaths(url: string): Promise<Record<'actor' | 'story events', string>> {
  const people = (await timedGet(`${url}/api/entities?type=person&limit=1`)).body as {
    items: Array<{ name: string }>;
  };
  const actor = people.items[0]?.name;
  if (actor === undefined)
    throw new Error('the generated store has no person to bench the actor endpoint on');
  const stories = (await timedGet(`${url}/api/stories?limit=200`)).body as {
    items: Array<{ id: string; eventIds: string[] }>;
  };
  const story = stories.items.sort((a, b) => b.eventIds.length - a.eventIds.length)[0]?.id;
  if (story === undefined) throw new Error('the generated store has no story');
  return {
    actor: `/api/actors/${encodeURIComponent(actor)}`,
    'story events': `/api/events?story=${encodeURIComponent(story)}&limit=50`,
  };
}

async function benchStore(kind: StoreKind, size: number): Promise<ApiLatency[]> {
  const store = await generatedStore(kind, size);
  process.stderr.write(`api bench: ${kind}, ${store.articles} articles${store.reused ? ' (kept)' : ''}\n`);
  const server = await startDossier(store.location);
  const rows: ApiLatency[] = [];
  const row = (endpoint: Endpoint, path: string | null, fields: Partial<ApiLatency>): ApiLatency => {
    const memory = rssMb(server.process.pid);
    return {
      store: kind,
      size,
      articles: store.articles,
      endpoint,
      path,
      coldMs: null,
      coldCpuMs: null,
      serverCpuMsPerRequest: null,
      p50Ms: null,
      p95Ms: null,
      p99Ms: null,
      requestsPerSecond: null,
      requests: 0,
      errors: 0,
      note: null,
      serverRssMb: memory.now,
      serverPeakRssMb: memory.peak,
      generateSeconds: store.seconds,
      ...fields,
    };
  };
  /** The first request of `path`: its time, and the server's CPU time spent on it. */
  const first = async (path: string): Promise<Cold> => {
    const before = cpuMs(server.process.pid);
    const { ms } = await timedGet(`${server.url}${path}`);
    const after = cpuMs(server.process.pid);
    return { ms, cpuMs: before === null || after === null ? null : after - before };
  };
  const measure = async (endpoint: Endpoint, path: string, cold: Cold) => {
    process.stderr.write(
      `api bench: ${kind}, ${store.articles} articles, ${endpoint}: ${CLIENTS} clients for ${SECONDS} s\n`,
    );
    const cpuBefore = cpuMs(server.process.pid);
    const result = await load(`${server.url}${path}`);
    const cpuAfter = cpuMs(server.process.pid);
    // A cheap request answered means the load's last requests are done too.
    await timedGet(`${server.url}/api/openapi.json`);
    rows.push(
      row(endpoint, path, {
        coldMs: cold.ms,
        coldCpuMs: cold.cpuMs,
        serverCpuMsPerRequest:
          cpuBefore === null || cpuAfter === null || result.requests === 0
            ? null
            : (cpuAfter - cpuBefore) / result.requests,
        p50Ms: result.p50Ms,
        p95Ms: result.p95Ms,
        p99Ms: result.p99Ms,
        requestsPerSecond: result.perSecond,
        requests: result.requests,
        errors: result.errors,
      }),
    );
  };
  try {
    // Search first: it needs no connected dossier, so nothing computed for the others weighs on it.
    const search = `/api/search?q=${SEARCH_WORD}&limit=20`;
    await measure('search', search, await first(search));
    // Discrepancies next: the stored records alone, before anything has loaded the readings.
    const discrepancies = '/api/discrepancies?limit=50';
    await measure('discrepancies', discrepancies, await first(discrepancies));
    // Quotes, figures and the network: rows kept beside readings and events, no reading loaded.
    for (const [endpoint, path] of [
      ['quotes', '/api/quotes?limit=50'],
      // A word filter (`q`) is a substring match over every quote's words.
      ['quotes with words', `/api/quotes?q=${QUOTE_WORD}&limit=50`],
      ['figures', '/api/figures?limit=50'],
      ['network', '/api/network'],
    ] as const)
      await measure(endpoint, path, await first(path));
    const connected: Endpoint[] = ['timeline', 'actor', 'story events'];
    const timeline = '/api/timeline?limit=50';
    let coldTimeline: Cold;
    try {
      coldTimeline = await first(timeline);
    } catch (error) {
      const note = `first request failed: ${(error as Error).message.slice(0, 200)}`;
      for (const endpoint of connected) rows.push(row(endpoint, null, { note }));
      return rows;
    }
    await measure('timeline', timeline, coldTimeline);
    const paths = await connectedPaths(server.url);
    for (const endpoint of ['actor', 'story events'] as const) {
      await measure(endpoint, paths[endpoint], await first(paths[endpoint]));
    }
    return rows;
  } finally {
    await server.stop();
  }
}

/** One row per store kind, size and endpoint; each store gets its own server. */
export async function benchApi(
  sizes: number[],
  kinds: StoreKind[] = ['sqlite', 'postgres'],
): Promise<ApiLatency[]> {
  const rows: ApiLatency[] = [];
  for (const size of sizes) for (const kind of kinds) rows.push(...(await benchStore(kind, size)));
  return rows;
}
