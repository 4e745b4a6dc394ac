/**
 * Refits the events' confidence (`src/stages/events/drafts.ts`) on the hand-judged dev draws and measures
 * it by leave-one-draw-out cross-validation: fit on every draw but one, score the one left out, pool.
 *
 * An item counts only where the current reading at its key is the event that was judged: the same reading
 * (trigger, type, mode, parties) in a dump of the code it was drawn on, with the confidence drawn, as in a
 * dump of the current code (`events-calibration.js --dump`). Each `--reference` names the draws made on one
 * code and that code's dump.
 *
 *     node dist/bench/events-calibration.js --dump /tmp/now.jsonl                       # current code
 *     node dist/bench/events-refit.js --current /tmp/now.jsonl \
 *       --reference 741,742:/tmp/d41f24d.jsonl --reference 740:/tmp/49b0bff.jsonl …
 *
 * The features are what the current model already weighs, read back from the dump: the evidence score
 * (recovered from the current confidence, the only unknown of the current model), whether the rules held
 * the event back, a date in its own clause, a proposal, several sources, sources with no sector, ASSAULT.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './run-phase.js';

interface Dumped {
  key: string;
  reading: string;
  confidence: number;
  evidence: string[];
}

interface Item {
  draw: string;
  right: boolean;
  current: number;
  x: Record<string, number>;
}

const HIDDEN = 0.45;
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const round2 = (v: number) => Math.round(Math.min(1, Math.max(0, v)) * 100) / 100;

const readDump = (file: string): Map<string, Dumped> =>
  new Map(
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as Dumped)
      .map((d) => [d.key, d]),
  );

/** The current model (`confidenceOf`) over the features, with a given score and held flag. */
function currentLogit(x: Record<string, number>, score: number): number {
  const evidence = -3.45 + 5.5 * score + 0.5 * x.clause! - 1.3 * x.proposed! + 0.65 * x.many!;
  return 0.22 + 0.62 * evidence - 0.5 * x.noSector! - 1.28 * x.assault!;
}

function currentModel(x: Record<string, number>, score: number, held: boolean): number {
  const chance = sigmoid(currentLogit(x, score));
  return round2(held ? Math.min(chance, HIDDEN) : chance);
}

/** The features of a dumped event; the score and held flag found as those the current confidence fits. */
function features(d: Dumped): Record<string, number> | null {
  const m = /^\d+:\d+ ([A-Z_]+)\/([a-z-]+) /.exec(d.reading);
  if (!m) return null;
  const sources = d.evidence.filter((e) => e.startsWith('source:'));
  const targets = d.evidence.filter((e) => e.startsWith('target:'));
  const x: Record<string, number> = {
    clause: d.evidence.includes('date:clause') ? 1 : 0,
    proposed: m[2] === 'proposed' ? 1 : 0,
    many: sources.length >= 2 ? 1 : 0,
    noSector: sources.every((s) => s.endsWith('/-')) ? 1 : 0,
    assault: m[1] === 'ASSAULT' ? 1 : 0,
    asserted: m[2] === 'asserted' ? 1 : 0,
    noTarget: targets.length === 0 ? 1 : 0,
    targetCountry: targets.length > 0 && targets.every((t) => t.includes('/country/')) ? 1 : 0,
    sourceCountry: sources.length > 0 && sources.every((t) => t.includes('/country/')) ? 1 : 0,
    reported: d.evidence.includes('reported:yes') ? 1 : 0,
    place: d.evidence.includes('place:yes') ? 1 : 0,
    personSource: sources.some((s) => s.startsWith('source:PERSON/')) ? 1 : 0,
  };
  // The highest score on the 0.05 grid that gives the current confidence (a held event at the cap has
  // several; the highest is nearest to the uncapped chance).
  for (let k = 20; k >= 0; k--) {
    const score = k * 0.05;
    if (currentModel(x, score, score <= HIDDEN + 1e-9) === d.confidence) {
      // In tenths, so that the ridge weighs it like the yes-or-no features.
      x.score = score * 10;
      x.logit = currentLogit(x, score);
      x.held = score <= HIDDEN + 1e-9 ? 1 : 0;
      return x;
    }
  }
  return null;
}

function judged(): Array<{ draw: string; key: string; drawn: number; right: boolean }> {
  const dir = join(ROOT, 'bench', 'judged');
  const out: Array<{ draw: string; key: string; drawn: number; right: boolean }> = [];
  for (const f of readdirSync(dir).filter((name) => /^reading-events-seed\d+\.tsv$/.test(name))) {
    const draw = /seed(\d+)/.exec(f)![1]!;
    for (const cols of readFileSync(join(dir, f), 'utf8')
      .split('\n')
      .slice(1)
      .map((l) => l.split('\t'))) {
      if (cols.length < 3 || !/^(right|wrong)$/.test(cols[2]!.trim())) continue;
      out.push({ draw, key: cols[0]!, drawn: Number(cols[1]), right: cols[2]!.trim() === 'right' });
    }
  }
  return out;
}

/** A ridge-penalised logistic fit by Newton's method from zero: deterministic. */
function fit(items: readonly Item[], names: readonly string[], ridge = 1): number[] {
  const rows = items.map((i) => [1, ...names.map((n) => i.x[n]!)]);
  const p = names.length + 1;
  let w = new Array<number>(p).fill(0);
  for (let iter = 0; iter < 50; iter++) {
    const grad = new Array<number>(p).fill(0);
    const hess = Array.from({ length: p }, () => new Array<number>(p).fill(0));
    rows.forEach((r, n) => {
      const mu = sigmoid(r.reduce((s, v, j) => s + v * w[j]!, 0));
      const y = items[n]!.right ? 1 : 0;
      for (let a = 0; a < p; a++) {
        grad[a]! += (mu - y) * r[a]!;
        for (let b = 0; b < p; b++) hess[a]![b]! += mu * (1 - mu) * r[a]! * r[b]!;
      }
    });
    for (let a = 1; a < p; a++) {
      grad[a]! += ridge * w[a]!;
      hess[a]![a]! += ridge;
    }
    w = w.map((v, j) => v - solve(hess, grad)[j]!);
  }
  return w;
}

function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let piv = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[piv]![c]!)) piv = r;
    [m[c], m[piv]] = [m[piv]!, m[c]!];
    for (let r = 0; r < n; r++) {
      if (r === c || m[c]![c] === 0) continue;
      const f = m[r]![c]! / m[c]![c]!;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  return m.map((row, i) => (row[i] === 0 ? 0 : row[n]! / row[i]!));
}

const predict = (w: readonly number[], names: readonly string[], i: Item): number => {
  const chance = sigmoid(w[0]! + names.reduce((s, n, j) => s + w[j + 1]! * i.x[n]!, 0));
  return round2(i.x.held ? Math.min(chance, HIDDEN) : chance);
};

function wilson(k: number, n: number): string {
  if (n === 0) return '–';
  const z = 1.96;
  const p = k / n;
  const d = 1 + (z * z) / n;
  const c = (p + (z * z) / (2 * n)) / d;
  const h = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / d;
  return `${(100 * (c - h)).toFixed(1)}–${(100 * (c + h)).toFixed(1)}%`;
}

function row(label: string, scored: Array<{ c: number; right: boolean }>, floor: number): string {
  const brier = scored.reduce((s, r) => s + (r.c - (r.right ? 1 : 0)) ** 2, 0) / scored.length;
  const shown = scored.filter((r) => r.c >= floor - 1e-9);
  const k = shown.filter((r) => r.right).length;
  const allRight = scored.filter((r) => r.right).length;
  const mean = shown.reduce((s, r) => s + r.c, 0) / Math.max(1, shown.length);
  return (
    `| ${label} | ≥ ${floor} | ${brier.toFixed(3)} | ${k}/${shown.length} | ` +
    `${((100 * k) / Math.max(1, shown.length)).toFixed(1)}% (${wilson(k, shown.length)}) | ` +
    `${mean.toFixed(2)} | ${k} of ${allRight} |`
  );
}

function main(): void {
  const args = process.argv.slice(2);
  const values = (name: string) => args.flatMap((a, i) => (a === name ? [args[i + 1]!] : []));
  const current = readDump(values('--current')[0]!);
  const items: Item[] = [];
  let all = 0;
  let unread = 0;
  const perDraw = new Map<string, [number, number]>();
  for (const spec of values('--reference')) {
    const [draws, file] = spec.split(':') as [string, string];
    const reference = readDump(file);
    for (const j of judged().filter((i) => draws.split(',').includes(i.draw))) {
      all++;
      const ref = reference.get(j.key);
      const cur = current.get(j.key);
      const counts = perDraw.get(j.draw) ?? [0, 0];
      counts[1]++;
      perDraw.set(j.draw, counts);
      if (!ref || !cur || ref.reading !== cur.reading || Math.abs(ref.confidence - j.drawn) > 1e-9) continue;
      const x = features(cur);
      if (!x) {
        unread++;
        continue;
      }
      counts[0]++;
      items.push({ draw: j.draw, right: j.right, current: cur.confidence, x });
    }
  }
  const draws = [...new Set(items.map((i) => i.draw))];
  process.stdout.write(
    `Judged items read alike by the code drawn on and the current code: ${items.length} of ${all}, ` +
      `${items.filter((i) => i.right).length} right; per draw ` +
      [...perDraw].map(([d, [k, n]]) => `${d} ${k}/${n}`).join(', ') +
      `; ${unread} whose features could not be read back\n\n`,
  );
  // The current model's features, each refit adding a few to them.
  const currentFeatures = ['score', 'held', 'clause', 'proposed', 'many', 'noSector', 'assault'];
  const sets: Record<string, string[]> = {
    'current model recalibrated (its logit, held)': ['logit', 'held'],
    'refit, current features': currentFeatures,
    'refit, + mode, target, country': [...currentFeatures, 'asserted', 'noTarget', 'sourceCountry'],
    'refit, + target': [...currentFeatures, 'noTarget'],
    'refit, + reported, place, person': [...currentFeatures, 'reported', 'place', 'personSource'],
  };
  // Scored by leave-one-draw-out, each item with its draw; `--only` also tables the draws it names alone
  // (those none of the models was fitted on before).
  const scoredBy: Array<[string, Array<{ draw: string; c: number; right: boolean }>]> = [
    ['current model (not refit)', items.map((i) => ({ draw: i.draw, c: i.current, right: i.right }))],
  ];
  for (const [label, names] of Object.entries(sets)) {
    scoredBy.push([
      label,
      draws.flatMap((d) => {
        const w = fit(
          items.filter((i) => i.draw !== d),
          names,
        );
        return items
          .filter((i) => i.draw === d)
          .map((i) => ({ draw: d, c: predict(w, names, i), right: i.right }));
      }),
    ]);
    const w = fit(items, names);
    process.stdout.write(
      `${label}, fit on all ${items.length}: ${['intercept', ...names].map((n, j) => `${n} ${w[j]!.toFixed(2)}`).join(', ')}\n`,
    );
  }
  const only = values('--only')[0]?.split(',');
  for (const subset of only ? [draws, only] : [draws]) {
    const lines = [
      `\nDraws ${subset.join(', ')}`,
      '| model (leave-one-draw-out) | shown at | Brier | shown right | precision (95% Wilson) | mean conf. shown | right items shown |',
      '|---|---|---|---|---|---|---|',
    ];
    for (const [label, scored] of scoredBy)
      for (const floor of [0.5, 0.6, 0.7])
        lines.push(
          row(
            label,
            scored.filter((r) => subset.includes(r.draw)),
            floor,
          ),
        );
    process.stdout.write(`${lines.join('\n')}\n`);
  }
}

main();
