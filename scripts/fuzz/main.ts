/**
 * `npm run fuzz`: a long seeded run, by default 10,000 inputs or 30 minutes, whichever comes first.
 *   npm run fuzz -- --seed 7 --count 100000 --minutes 600 --hang-ms 2000 --max-chars 65536
 * Failing inputs are saved under test/fixtures/fuzz/ (replayed by `npm test`); exit 1 when any.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runFuzz } from './fuzz.js';

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: '1' },
    count: { type: 'string', default: '10000' },
    minutes: { type: 'string', default: '30' },
    'hang-ms': { type: 'string', default: '2000' },
    'max-chars': { type: 'string', default: '65536' },
    save: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});

const root = repositoryRoot(dirname(fileURLToPath(import.meta.url)));
const number = (name: string, value: string | undefined) => {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new Error(`--${name} must be a number, not ${value}`);
  return n;
};
let lastLine = 0;
const report = await runFuzz({
  root,
  seed: number('seed', values.seed),
  count: number('count', values.count),
  timeMs: number('minutes', values.minutes) * 60_000,
  hangMs: number('hang-ms', values['hang-ms']),
  maxChars: number('max-chars', values['max-chars']),
  saveDir: values.save ?? join(root, 'test', 'fixtures', 'fuzz'),
  onInput(done, input, outcome) {
    if (outcome !== 'ok')
      process.stderr.write(`${outcome}: ${input.id} (${input.target}, ${input.origin})\n`);
    if (performance.now() - lastLine > 10_000) {
      lastLine = performance.now();
      process.stderr.write(`${done} inputs\n`);
    }
  },
});
if (values.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
else process.stdout.write(summary(report));
process.exitCode = report.crashes + report.hangs > 0 ? 1 : 0;

function summary(r: Awaited<ReturnType<typeof runFuzz>>): string {
  return [
    `fuzz seed ${r.seed}: ${r.inputs} inputs in ${(r.elapsedMs / 1000).toFixed(1)} s`,
    `  crashes ${r.crashes}, hangs ${r.hangs}`,
    `  mean ${r.meanMs.toFixed(0)} ms of CPU time per input (${r.meanWallMs.toFixed(0)} ms wall); slowest ${r.slowest ? `${r.slowest.ms.toFixed(0)} ms CPU (${r.slowest.id}: ${r.slowest.origin})` : '-'}`,
    `  peak heap of the fuzz thread ${r.peakHeapMb.toFixed(0)} MB; peak RSS ${r.peakRssMb.toFixed(0)} MB`,
    ...r.failures.map(
      (f) =>
        `  ${f.kind} ${f.id} (${f.target}, ${f.origin}): ${f.error.split('\n')[0]}${f.saved ? ` → ${f.saved}` : ''}`,
    ),
    '',
  ].join('\n');
}

function repositoryRoot(from: string): string {
  let folder = resolve(from);
  while (!folder.endsWith('scripts') && dirname(folder) !== folder) folder = dirname(folder);
  // scripts/fuzz → scripts → the root (or dist/scripts → dist → the root)
  const parent = dirname(folder);
  return parent.endsWith('dist') ? dirname(parent) : parent;
}
