/**
 * How well the events' confidence tells right from wrong on the hand-judged dev draws
 * (`bench/judged/reading-events*.tsv`): the share judged right per confidence band, with the confidence as
 * drawn and with the confidence the current reading gives the same item.
 *
 * The corpus is ingested as the drawer does (`judging.ts`) and every event is dumped with its key. An item
 * is re-scored only where the current reading at its key is the event that was judged: the same trigger,
 * type, mode and parties as in a reference dump (`--against`, made with `--dump` on the code before the
 * change), whose confidence there is the one drawn (the items were judged on older code: a confidence that
 * moved since says the reading may have too). Elsewhere the verdict may not carry over; the item is left out.
 *
 *     node dist/bench/events-calibration.js --dump /tmp/events-main.jsonl          # on the reference code
 *     node dist/bench/events-calibration.js --against /tmp/events-main.jsonl       # on the code to measure
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EventActor } from '../src/core/analysis.js';
import { withCorpusStore } from './judging.js';
import { ROOT } from './run-phase.js';

interface Dumped {
  key: string;
  /** What the judge saw, minus the confidence: trigger, type, mode and parties by name. */
  reading: string;
  confidence: number;
  /** The evidence an analyst sees beside it, for weighing the confidence: parties by kind, date, reporter. */
  evidence: string[];
}

interface Judged {
  key: string;
  drawn: number;
  right: boolean;
}

/** The bands of the table: each the confidences from its floor up to the next band's floor. */
const BANDS = [0, 0.3, 0.45, 0.5, 0.6, 0.7, 0.8, 0.9];

const bandOf = (c: number): number => BANDS.filter((b) => c >= b - 1e-9).pop() ?? 0;

async function dumpEvents(): Promise<Dumped[]> {
  return withCorpusStore(async (store) => {
    const out: Dumped[] = [];
    for await (const article of store.iterateArticles()) {
      const stored = await store.getReading(article.id);
      if (!stored) continue;
      const { reading } = stored;
      const entity = new Map(reading.entities.map((e) => [e.id, e]));
      const names = (ids: string[]) => ids.map((id) => entity.get(id)?.name ?? id).join('+');
      const kinds = (side: string, actors: EventActor[] | undefined) =>
        (actors ?? []).map(
          (a) =>
            `${side}:${entity.get(a.id)?.type ?? '?'}/${a.country ? 'country' : 'none'}/${a.sector ?? '-'}`,
        );
      reading.events.forEach((e, i) =>
        out.push({
          key: `${article.id}#event-${i}`,
          reading: `${e.sentence}:${e.trigger.start} ${e.type}/${e.mode} ${names(e.sourceIds)} -> ${names(e.targetIds)}`,
          confidence: e.confidence,
          evidence: [
            ...kinds('source', e.sourceActors),
            ...kinds('target', e.targetActors),
            `date:${e.dateFrom ?? '-'}`,
            `reported:${e.reportedBy ? 'yes' : 'no'}`,
            `place:${e.place ? 'yes' : 'no'}`,
            `trigger:${e.trigger.text}`,
          ],
        }),
      );
    }
    return out;
  });
}

function judgedItems(): Judged[] {
  const dir = join(ROOT, 'bench', 'judged');
  return readdirSync(dir)
    .filter((f) => /^reading-events.*\.tsv$/.test(f))
    .flatMap((f) =>
      readFileSync(join(dir, f), 'utf8')
        .split('\n')
        .slice(1)
        .map((line) => line.split('\t'))
        .filter((cols) => cols.length >= 3 && /^(right|wrong)$/.test(cols[2]!.trim()))
        .map((cols) => ({ key: cols[0]!, drawn: Number(cols[1]), right: cols[2]!.trim() === 'right' })),
    );
}

function table(rows: Array<{ confidence: number; right: boolean }>): string {
  const lines = ['| band | judged | right | share right |', '|---|---|---|---|'];
  for (const band of BANDS) {
    const inBand = rows.filter((r) => bandOf(r.confidence) === band);
    if (inBand.length === 0) continue;
    const right = inBand.filter((r) => r.right).length;
    lines.push(
      `| ≥ ${band} | ${inBand.length} | ${right} | ${((100 * right) / inBand.length).toFixed(0)}% |`,
    );
  }
  for (const floor of [0.5, 0.6, 0.7]) {
    const shown = rows.filter((r) => r.confidence >= floor - 1e-9);
    const right = shown.filter((r) => r.right).length;
    lines.push(
      `| all ≥ ${floor} | ${shown.length} | ${right} | ${((100 * right) / Math.max(1, shown.length)).toFixed(1)}% |`,
    );
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const option = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const dumpTo = option('--dump');
  const against = option('--against');
  const now = await dumpEvents();
  if (dumpTo) writeFileSync(dumpTo, now.map((d) => JSON.stringify(d)).join('\n') + '\n');
  const items = judgedItems();
  const drawn = items
    .filter((i) => !Number.isNaN(i.drawn))
    .map((i) => ({ confidence: i.drawn, right: i.right }));
  process.stdout.write(`Judged events, confidence as drawn (${drawn.length} items)\n${table(drawn)}\n`);
  if (!against) return;
  const reference = new Map(
    readFileSync(against, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as Dumped)
      .map((d) => [d.key, d]),
  );
  const current = new Map(now.map((d) => [d.key, d]));
  const same: Array<{ key: string; before: number; confidence: number; right: boolean }> = [];
  for (const item of items) {
    const ref = reference.get(item.key);
    const cur = current.get(item.key);
    // The reference reading is taken for the judged one only where it carries the confidence drawn.
    if (ref && cur && ref.reading === cur.reading && Math.abs(ref.confidence - item.drawn) < 1e-9)
      same.push({ key: item.key, before: ref.confidence, confidence: cur.confidence, right: item.right });
  }
  const before = same.map((s) => ({ confidence: s.before, right: s.right }));
  process.stdout.write(
    `\nItems read alike by both codes (${same.length} of ${items.length}), reference confidence\n${table(before)}\n` +
      `\nThe same items, current confidence\n${table(same)}\n`,
  );
}

await main();
