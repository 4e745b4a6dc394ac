/**
 * The fuzz run: seeded inputs (`inputs.ts`) fed one at a time to a worker thread that runs them through
 * extract, analyze and ingest (`run-input.ts`). An input that throws or kills the thread is a crash; one
 * that takes more CPU time than the hang limit is a hang, and so is one still running after `stopMs` of
 * wall time (the thread is then stopped and a new one started). The limit is on CPU time because a loaded
 * machine stretches wall time several-fold for every input alike. Either kind is saved as a test case (`test/fixtures/fuzz/<id>.<ext>` and `<id>.json`), which `test/fuzz.test.ts`
 * replays.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { siblingModule, spawnModule } from '../../src/service/threads.js';
import type { FuzzReply } from './fuzz-thread.js';
import { fuzzInput, loadCorpus } from './inputs.js';
import type { FuzzInput } from './inputs.js';
import { EXTENSIONS } from './run-input.js';

export interface FuzzOptions {
  /** The repository root (`../shared` is found beside it). */
  root: string;
  seed: number;
  /** Inputs to run at most. */
  count: number;
  /** Stop starting new inputs after this long, in ms. */
  timeMs: number;
  /** An input taking more CPU time than this, in ms, is a hang. */
  hangMs: number;
  /**
   * An input still running after this much wall time is stopped and counted a hang (default: ten times
   * `hangMs`, at least 30 s: a loaded machine stretches wall time, so the limit is on CPU time).
   */
  stopMs?: number;
  /** The largest shape or repetition spliced in, in characters. */
  maxChars: number;
  /** Where failing inputs are saved; nowhere when null. */
  saveDir: string | null;
  /** The thread's heap cap in MB: past it, the input is a crash (out of memory), not the end of the run. */
  heapMb?: number;
  onInput?: (done: number, input: FuzzInput, outcome: Outcome) => void;
}

export type Outcome = 'ok' | 'crash' | 'hang';

export interface FuzzFailure {
  id: string;
  kind: 'crash' | 'hang';
  target: string;
  origin: string;
  error: string;
  saved: string | null;
}

export interface FuzzReport {
  seed: number;
  inputs: number;
  crashes: number;
  hangs: number;
  failures: FuzzFailure[];
  /** The input that took the most CPU time, and how much, in ms. */
  slowest: { id: string; origin: string; ms: number } | null;
  /** Mean CPU time and wall time per input (wall time grows with the machine's load). */
  meanMs: number;
  meanWallMs: number;
  /** The fuzz thread's largest heap after an input, and the process's peak resident set, in MB. */
  peakHeapMb: number;
  peakRssMb: number;
  elapsedMs: number;
}

export async function runFuzz(options: FuzzOptions): Promise<FuzzReport> {
  const corpus = loadCorpus(options.root);
  const started = performance.now();
  const report: FuzzReport = {
    seed: options.seed,
    inputs: 0,
    crashes: 0,
    hangs: 0,
    failures: [],
    slowest: null,
    meanMs: 0,
    meanWallMs: 0,
    peakHeapMb: 0,
    peakRssMb: 0,
    elapsedMs: 0,
  };
  const runner = new ThreadRunner(options.heapMb ?? 2048, {
    text: corpus.texts[0]!.text,
    html: corpus.pages[0]!.html,
  });
  let totalCpu = 0;
  let totalWall = 0;
  const stopMs = options.stopMs ?? Math.max(10 * options.hangMs, 30_000);
  try {
    for (let index = 0; index < options.count; index++) {
      if (performance.now() - started > options.timeMs) break;
      const input = fuzzInput(corpus, { seed: options.seed, maxChars: options.maxChars }, index);
      const began = performance.now();
      let result = await runner.run(input, stopMs);
      totalWall += performance.now() - began;
      report.inputs += 1;
      if (result.kind === 'ok') {
        const ms = result.cpuMs;
        totalCpu += ms;
        if (!report.slowest || ms > report.slowest.ms)
          report.slowest = { id: input.id, origin: input.origin, ms };
        report.peakHeapMb = Math.max(report.peakHeapMb, result.heapBytes / 2 ** 20);
        if (ms > options.hangMs) result = { kind: 'hang', error: `took ${Math.round(ms)} ms of CPU time` };
      }
      if (result.kind !== 'ok') {
        if (result.kind === 'crash') report.crashes += 1;
        else report.hangs += 1;
        report.failures.push({
          id: input.id,
          kind: result.kind,
          target: input.target,
          origin: input.origin,
          error: result.error,
          saved: options.saveDir ? save(options.saveDir, input, result.kind, result.error) : null,
        });
      }
      options.onInput?.(report.inputs, input, result.kind);
    }
  } finally {
    await runner.close();
  }
  report.meanMs = report.inputs > 0 ? totalCpu / report.inputs : 0;
  report.meanWallMs = report.inputs > 0 ? totalWall / report.inputs : 0;
  report.peakRssMb = process.resourceUsage().maxRSS / 1024;
  report.elapsedMs = performance.now() - started;
  return report;
}

function save(dir: string, input: FuzzInput, kind: 'crash' | 'hang', error: string): string {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${input.id}.${EXTENSIONS[input.target]}`);
  writeFileSync(file, input.bytes);
  const meta = {
    id: input.id,
    target: input.target,
    origin: input.origin,
    kind,
    error: error.split('\n')[0],
  };
  writeFileSync(join(dir, `${input.id}.json`), `${JSON.stringify(meta, null, 2)}\n`);
  return file;
}

type RunResult = { kind: 'ok'; heapBytes: number; cpuMs: number } | { kind: 'crash' | 'hang'; error: string };

class ThreadRunner {
  private thread: Worker | null = null;

  constructor(
    private readonly heapMb: number,
    private readonly warmUp: { text: string; html: string },
  ) {}

  /** A thread that has loaded everything: its start-up is never counted against an input. */
  private async ready(): Promise<Worker> {
    if (this.thread) return this.thread;
    const thread = spawnModule(siblingModule(import.meta.url, 'fuzz-thread'), this.warmUp, {
      resourceLimits: { maxOldGenerationSizeMb: this.heapMb },
    });
    await new Promise<void>((resolve, reject) => {
      thread.once('message', () => resolve());
      thread.once('error', reject);
    });
    this.thread = thread;
    return thread;
  }

  async run(input: FuzzInput, hangMs: number): Promise<RunResult> {
    const thread = await this.ready();
    return new Promise<RunResult>((resolve) => {
      const finish = (result: RunResult, stop: boolean) => {
        clearTimeout(timer);
        thread.off('message', onMessage);
        thread.off('exit', onExit);
        thread.off('error', onError);
        if (stop) {
          if (this.thread === thread) this.thread = null;
          void thread.terminate();
        }
        resolve(result);
      };
      let lastError = '';
      const onMessage = (reply: FuzzReply) => {
        if (reply.id !== input.id) return;
        finish(
          reply.error === null
            ? { kind: 'ok', heapBytes: reply.heapBytes, cpuMs: reply.cpuMs }
            : { kind: 'crash', error: reply.error },
          false,
        );
      };
      const onError = (error: Error) => {
        lastError = error.stack ?? error.message;
      };
      const onExit = (code: number) =>
        finish({ kind: 'crash', error: lastError || `the fuzz thread died (exit code ${code})` }, true);
      const timer = setTimeout(
        () => finish({ kind: 'hang', error: `still running after ${hangMs} ms` }, true),
        hangMs,
      );
      thread.on('message', onMessage);
      thread.on('error', onError);
      thread.on('exit', onExit);
      thread.postMessage({ id: input.id, target: input.target, bytes: input.bytes });
    });
  }

  async close(): Promise<void> {
    const thread = this.thread;
    this.thread = null;
    if (thread) await thread.terminate();
  }
}
