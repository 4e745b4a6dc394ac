/**
 * Hostile input (issue 15), each part in its own process (`runPhase`):
 * - `shapes`: every pathological shape of `scripts/fuzz/shapes.ts` at 4k, 16k and 64k characters through
 *   clean-up, reading and extraction, and nested pages at 1k, 10k and 100k levels through extraction, in
 *   CPU milliseconds (comparable on a loaded machine, unlike wall time). Goals: every shape under 1 s at
 *   64k, a 100k-deep page under 2 s.
 * - `fuzz`: a seeded fuzz run (`DOSSIER_BENCH_FUZZ` inputs, 1,000 by default) with its crashes, hangs
 *   (> 2 s), mean and slowest input, and peak memory.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../src/api/server.js';
import { cleanText } from '../src/clean/boilerplate.js';
import { SqliteStore } from '../src/store/sqlite/index.js';
import { extractHtml } from '../src/extract/html.js';
import { analyzeText } from '../src/pipeline/reading.js';
import { runFuzz } from '../scripts/fuzz/fuzz.js';
import { NESTED_PROSE, TEXT_SHAPES, nestedPage } from '../scripts/fuzz/shapes.js';
import { ROOT, reportPhase } from './run-phase.js';

export const SHAPE_SIZES = [4_000, 16_000, 64_000];
export const NESTING_DEPTHS = [1_000, 10_000, 100_000];

export interface ShapeTime {
  shape: string;
  /** Characters, or nesting levels for a nested page. */
  size: number;
  cpuMs: number;
  /** For nested pages: whether the prose inside was extracted. */
  found?: boolean;
}

function cpuMs(work: () => void): number {
  const before = process.cpuUsage();
  work();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

function shapes(): void {
  const started = performance.now();
  // One warm-up pass, so that no shape pays for loading the models or compiling the code.
  analyzeText(cleanText(TEXT_SHAPES[0]!.make(4_000)).text, '2025-05-21');
  const times: ShapeTime[] = [];
  for (const shape of TEXT_SHAPES) {
    for (const size of SHAPE_SIZES) {
      const text = shape.make(size);
      times.push({
        shape: shape.name,
        size,
        cpuMs: cpuMs(() => {
          const cleaned = cleanText(text);
          analyzeText(cleaned.text || text, '2025-05-21');
          extractHtml(`<html><body><p>${text}</p></body></html>`);
        }),
      });
    }
  }
  for (const depth of NESTING_DEPTHS) {
    const page = nestedPage(depth);
    let found = false;
    const ms = cpuMs(() => {
      found = extractHtml(page).text.includes(NESTED_PROSE);
    });
    times.push({ shape: 'nested divs', size: depth, cpuMs: ms, found });
  }
  reportPhase({
    name: 'hostile-shapes',
    items: times.length,
    unit: 'inputs',
    seconds: (performance.now() - started) / 1000,
    extra: { times: JSON.stringify(times) },
  });
}

async function fuzz(): Promise<void> {
  const count = Number(process.env.DOSSIER_BENCH_FUZZ || 1000);
  const report = await runFuzz({
    root: ROOT,
    seed: 1,
    count,
    timeMs: Number.POSITIVE_INFINITY,
    hangMs: 2_000,
    maxChars: 65_536,
    saveDir: null,
  });
  reportPhase({
    name: 'fuzz',
    items: report.inputs,
    unit: 'inputs',
    seconds: report.elapsedMs / 1000,
    extra: { report: JSON.stringify(report) },
  });
}

/**
 * API reads while `serve` ingests a 2 MB article (goal: answered within 100 ms): the article is posted,
 * then `/api/articles` is asked one request after the other until the job is done.
 */
async function readsDuringIngest(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-serve-'));
  const store = new SqliteStore(join(dir, 'serve.db'));
  const server = await startServer({ store, port: 0 });
  const started = performance.now();
  const latencies: number[] = [];
  let jobMs = 0;
  try {
    const sentence = 'The council of Springfield said on Monday that the old bridge would reopen in May. ';
    const text = sentence.repeat(Math.ceil(2_000_000 / sentence.length));
    const posted = await fetch(`${server.url}/api/ingest`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ text }),
    });
    const { job } = (await posted.json()) as { job: { id: string } };
    for (;;) {
      const asked = performance.now();
      await (await fetch(`${server.url}/api/articles`)).arrayBuffer();
      latencies.push(performance.now() - asked);
      const status = ((await (await fetch(`${server.url}/api/jobs/${job.id}`)).json()) as { status: string })
        .status;
      if (status === 'done' || status === 'failed') break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    jobMs = performance.now() - started;
  } finally {
    await server.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const sorted = [...latencies].sort((a, b) => a - b);
  reportPhase({
    name: 'reads-during-ingest',
    items: latencies.length,
    unit: 'reads',
    seconds: (performance.now() - started) / 1000,
    extra: {
      p50Ms: sorted[Math.floor(sorted.length / 2)] ?? 0,
      p95Ms: sorted[Math.floor(sorted.length * 0.95)] ?? 0,
      maxMs: sorted[sorted.length - 1] ?? 0,
      ingestMs: jobMs,
    },
  });
}

const phase = process.argv[2];
if (phase === 'shapes') shapes();
else if (phase === 'fuzz') await fuzz();
else if (phase === 'reads') await readsDuringIngest();
else throw new Error(`unknown hostile-input phase ${phase}`);
