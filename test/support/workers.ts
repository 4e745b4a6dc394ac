import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { batchStatus } from '../../src/service/intake.js';
import { PostgresStore } from '../../src/store/postgres/index.js';
import { CLI, ROOT } from '../helpers.js';
import type { CliResult } from '../helpers.js';
import { SEEDS_MANIFEST } from './seeds.js';

/** The BBC 2004–05 corpus (`../shared/bench`): plain news texts, with exact and near duplicates among them. */
const BBC = join(ROOT, '..', 'shared', 'bench', 'corpora', 'bbc-2004-05');

/** The first `count` BBC files, topic by topic in name order. */
export function bbcFiles(count: number): string[] {
  const files = readdirSync(BBC, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .flatMap((topic) =>
      readdirSync(join(BBC, topic))
        .filter((name) => name.endsWith('.txt'))
        .sort()
        .map((name) => join(BBC, topic, name)),
    );
  assert.ok(files.length >= count, `the BBC corpus at ${BBC} has ${files.length} files, fewer than ${count}`);
  return files.slice(0, count);
}

/**
 * A manifest with what makes storing order-dependent: a text whose later version at the same URL is a
 * revision, a copy of a text already given (unchanged), the same text again with a stronger date
 * (updated), and a line that is refused.
 */
export function trickyManifest(dir: string, label: string): string {
  const path = join(dir, `${label}.jsonl`);
  const text = (n: number) =>
    `Negotiators from ${label} met in Geneva on Tuesday for round ${n} of the ceasefire talks. ` +
    `The delegations said the talks on prisoner exchanges would resume next week.`;
  const lines = [
    { url: `https://news.example.org/${label}/talks`, text: text(1), outlet: 'Example Wire' },
    { text: text(2) },
    { url: `https://news.example.org/${label}/talks`, text: `${text(1)} A third delegation joined later.` },
    { text: text(2), published: '2025-03-12', outlet: 'Example Daily' },
    { text: text(3) },
  ];
  writeFileSync(path, `${lines.map((line) => JSON.stringify(line)).join('\n')}\n{not json\n`);
  return path;
}

/** Inputs for one run: the seeds, `bbc` BBC files, and a tricky manifest, in that order. */
export function workInputs(dir: string, bbc: number, label = 'a'): string[] {
  return [SEEDS_MANIFEST, ...bbcFiles(bbc), trickyManifest(dir, label)];
}

/** Runs `dossier` on `location` without blocking the test's event loop. */
export function run(location: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [CLI, '--db', location, ...args], {
      cwd: ROOT,
      env: { ...process.env, DOSSIER_DB: '', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

export interface RunningWorker {
  child: ChildProcess;
  /** What it logged on stderr so far. */
  log(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export function startWorker(
  location: string,
  env: NodeJS.ProcessEnv = {},
  args: string[] = [],
): RunningWorker {
  const child = spawn(process.execPath, [CLI, '--db', location, 'worker', '--verbose', ...args], {
    cwd: ROOT,
    env: { ...process.env, DOSSIER_DB: '', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, log: () => stderr, exited };
}

/** Queues inputs as a batch without working on them; resolves with the batch id. */
export async function enqueue(
  location: string,
  inputs: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<string> {
  const result = await run(location, ['ingest', '--detach', ...inputs], env);
  assert.equal(result.status, 0, result.stderr);
  const id = /batch ([0-9a-f-]{36})/.exec(result.stdout)?.[1];
  assert.ok(id, `no batch id in: ${result.stdout}`);
  return id;
}

/** Resolves once every batch is done; fails after `timeoutMs`. */
export async function waitForBatches(location: string, ids: string[], timeoutMs = 600_000): Promise<void> {
  const store = await PostgresStore.open(location);
  try {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const batches = await Promise.all(ids.map((id) => store.getBatch(id)));
      if (batches.every((b) => b !== null && batchStatus(b) === 'done')) return;
      assert.ok(Date.now() < deadline, `batches not done after ${timeoutMs} ms: ${JSON.stringify(batches)}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  } finally {
    await store.close();
  }
}

/**
 * Everything a store holds, as `dossier export --format json` writes it, without the clock times (when
 * each article was ingested), which no two runs share.
 */
export async function exported(location: string): Promise<Record<string, unknown>> {
  const result = await run(location, ['export', '--format', 'json']);
  assert.equal(result.status, 0, result.stderr);
  const document = JSON.parse(result.stdout) as { articles: Array<Record<string, unknown>> };
  for (const article of document.articles) {
    delete article.ingestedAt;
    delete article.updatedAt;
  }
  return document;
}

/** The ingest report line one process prints, for comparison. */
export function reportLine(stdout: string): string {
  return stdout.split('\n').find((line) => line.startsWith('ingested:')) ?? '';
}
