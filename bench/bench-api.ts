/**
 * API latency under load: `dossier serve` on a generated store, driven by autocannon from its own process
 * (10 connections, 10 seconds per endpoint) so the load tool never shares the server's event loop or core
 * budget with it beyond what the machine imposes. Goal from the issue: p95 under 50 ms at 100k articles.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cachedStorePath, generateStore } from './generate-store.js';
import { ROOT } from './run-phase.js';

const CLI = path.join(ROOT, 'dist', 'src', 'cli', 'main.js');
const AUTOCANNON = path.join(ROOT, 'node_modules', '.bin', 'autocannon');
const CONNECTIONS = 10;
const SECONDS = 10;
/** Frequent in both corpora, so the search ranks thousands of matches, as a real query on a big store would. */
export const SEARCH_WORD = 'government';

export interface ApiLatency {
  size: number;
  /** Articles actually stored (copies matching a stored text are kept once). */
  articles: number;
  endpoint: 'timeline' | 'search' | 'actor';
  path: string;
  /**
   * The endpoint's first request, before the load. The timeline is asked first, so its figure includes
   * connecting the whole dossier (`connectAll`), which the server then caches for every later request.
   */
  coldMs: number;
  /** Null when no request was answered within autocannon's 10 s timeout. */
  p50Ms: number | null;
  /** autocannon reports no p95; this is its next percentile up, p97.5 (see `tailPercentile`). */
  tailMs: number | null;
  tailPercentile: 'p97.5';
  requestsPerSecond: number;
  requests: number;
  /** Socket errors, timeouts and non-2xx answers together. */
  errors: number;
  /** Peak resident memory of the server process over the whole size's run. */
  serverPeakRssMb: number | null;
  /** Seconds spent building the store in this run; 0 when a cached one was reused. */
  generateSeconds: number;
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
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /https?:\/\/\S+/.exec(out)?.[0];
      if (url) resolve({ url, process: child, stop });
    });
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`dossier serve exited with ${code}: ${err.trim()}`)));
  });
}

async function timedGet(url: string): Promise<{ ms: number; body: unknown }> {
  const started = performance.now();
  const response = await fetch(url);
  const body: unknown = await response.json();
  const ms = performance.now() - started;
  if (!response.ok) throw new Error(`GET ${url}: ${response.status} ${JSON.stringify(body)}`);
  return { ms, body };
}

interface AutocannonResult {
  latency: { p50: number; p97_5: number };
  requests: { average: number; total: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}

function autocannon(url: string): Promise<AutocannonResult> {
  const child = spawn(AUTOCANNON, ['-c', String(CONNECTIONS), '-d', String(SECONDS), '-j', url], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code === 0) resolve(JSON.parse(out) as AutocannonResult);
      else reject(new Error(`autocannon exited with ${code}: ${err.trim()}`));
    });
  });
}

/** The process's high-water mark of resident memory; Linux only, null elsewhere. */
function peakRssMb(pid: number | undefined): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmHWM:\s+(\d+)/.exec(status)?.[1];
    return kb === undefined ? null : Math.round(Number(kb) / 1024);
  } catch {
    return null;
  }
}

/** The most mentioned person, so the actor profile benched is a heavy one rather than a rare name. */
async function frequentActor(url: string): Promise<string> {
  const { body } = await timedGet(`${url}/api/entities?type=person&limit=1`);
  const name = (body as { items: Array<{ name: string }> }).items[0]?.name;
  if (name === undefined) throw new Error('the generated store has no person to bench the actor endpoint on');
  return name;
}

/**
 * Requests still in flight when autocannon stops keep the server busy; a cheap request answers only once
 * they are done, so the next endpoint's figures start from an idle server.
 */
async function settle(url: string): Promise<void> {
  await timedGet(`${url}/api/openapi.json`);
}

/**
 * All first requests come before any load, the timeline's first of all (it connects the dossier). The
 * loads run search, actor, timeline: the slowest last, so its backlog delays nothing that is measured.
 */
async function benchSize(size: number): Promise<ApiLatency[]> {
  const store = await generateStore(cachedStorePath(size), size);
  process.stderr.write(
    `api bench: ${store.articles} articles in ${store.path}${store.reused ? ' (cached)' : ''}\n`,
  );
  const server = await startDossier(store.path);
  try {
    const timeline = '/api/timeline?limit=50';
    const coldTimeline = (await timedGet(`${server.url}${timeline}`)).ms;
    const paths = {
      search: `/api/search?q=${SEARCH_WORD}&limit=20`,
      actor: `/api/actors/${encodeURIComponent(await frequentActor(server.url))}`,
      timeline,
    };
    const coldMs = {
      search: (await timedGet(`${server.url}${paths.search}`)).ms,
      actor: (await timedGet(`${server.url}${paths.actor}`)).ms,
      timeline: coldTimeline,
    };
    const rows: ApiLatency[] = [];
    for (const endpoint of ['search', 'actor', 'timeline'] as const) {
      process.stderr.write(
        `api bench: ${store.articles} articles, ${endpoint}: ${CONNECTIONS} clients for ${SECONDS} s\n`,
      );
      const load = await autocannon(`${server.url}${paths[endpoint]}`);
      const answered = load.requests.total > 0;
      rows.push({
        size,
        articles: store.articles,
        endpoint,
        path: paths[endpoint],
        coldMs: coldMs[endpoint],
        p50Ms: answered ? load.latency.p50 : null,
        tailMs: answered ? load.latency.p97_5 : null,
        tailPercentile: 'p97.5',
        requestsPerSecond: load.requests.average,
        requests: load.requests.total,
        errors: load.errors + load.timeouts + load.non2xx,
        serverPeakRssMb: null,
        generateSeconds: store.seconds,
      });
      if (endpoint !== 'timeline') await settle(server.url);
    }
    const peak = peakRssMb(server.process.pid);
    return rows.map((row) => ({ ...row, serverPeakRssMb: peak }));
  } finally {
    await server.stop();
  }
}

/** One row per size and endpoint; sizes run one after the other, each against its own server. */
export async function benchApi(sizes: number[]): Promise<ApiLatency[]> {
  const rows: ApiLatency[] = [];
  for (const size of sizes) rows.push(...(await benchSize(size)));
  return rows;
}
