import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What one measured phase reports. Peak memory is the child process's own maximum resident set. */
export interface PhaseResult {
  name: string;
  items: number;
  unit: string;
  seconds: number;
  perSecond: number;
  peakRssMb: number;
  extra?: Record<string, number | string>;
}

export const ROOT = process.cwd();
export const SHARED_BENCH = resolve(ROOT, '..', 'shared', 'bench');
export const BBC = join(SHARED_BENCH, 'corpora', 'bbc-2004-05');

/** The BBC 2004–05 files, topic by topic in name order. */
export function bbcFiles(): string[] {
  return readdirSync(BBC, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(join(BBC, d.name))
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => join(BBC, d.name, f)),
    );
}

/**
 * Runs one phase in a fresh Node process, so each measurement starts from the same empty heap and its
 * peak memory is its own; the machine is noisy, so compare phases of one run, not runs.
 */
export function runPhase(script: string, phase: string, nodeArgs: string[] = []): PhaseResult {
  const file = fileURLToPath(new URL(script, import.meta.url));
  const child = spawnSync(process.execPath, [...nodeArgs, file, phase], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  if (child.status !== 0) throw new Error(`bench phase ${phase} failed:\n${child.stderr}`);
  const lines = child.stdout.trim().split('\n');
  return JSON.parse(lines[lines.length - 1]!) as PhaseResult;
}

/** Called by a phase process to report its result to the parent. */
export function reportPhase(result: Omit<PhaseResult, 'peakRssMb' | 'perSecond'>): void {
  const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  const perSecond = result.items / result.seconds;
  process.stdout.write(`${JSON.stringify({ ...result, perSecond, peakRssMb })}\n`);
}

export function printTable(title: string, header: string[], rows: Array<Array<string | number>>): void {
  const cells = [header, ...rows.map((r) => r.map((c) => (typeof c === 'number' ? formatNumber(c) : c)))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => String(r[i] ?? '').length)));
  const line = (r: Array<string | number>) =>
    `| ${r.map((c, i) => String(c).padEnd(widths[i]!)).join(' | ')} |`;
  process.stdout.write(`\n${title}\n${line(header)}\n|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|\n`);
  for (const r of cells.slice(1)) process.stdout.write(`${line(r)}\n`);
}

function formatNumber(n: number): string {
  if (Number.isInteger(n)) return String(n);
  return Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 1 ? n.toFixed(2) : n.toFixed(3);
}

export function writeResults(kind: 'bench' | 'eval', data: unknown): string {
  const dir = join(ROOT, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const file = join(dir, `${kind}-${stamp}.json`);
  const body = JSON.stringify(
    { kind, at: new Date().toISOString(), node: process.version, ...(data as object) },
    null,
    2,
  );
  writeFileSync(file, body);
  writeFileSync(join(dir, `${kind}-latest.json`), body);
  return file;
}

export const elapsedSeconds = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;
