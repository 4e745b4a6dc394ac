/**
 * Scores the events stage against the PLOVER gold-standard records (../shared/bench/events/plover-gsr.json):
 * one sentence each, with its event category, actors (source) and recipients (target). Each sentence is
 * read alone without a publication date, as the records carry none that the text relies on.
 *
 * The records predate PLOVER's 2021 category names: they code accusations as DISAPPROVE and requests as
 * DEMAND, so our ACCUSE and REQUEST are compared under those names. Our modes are folded into categories
 * as the manual does (`ploverCategory`: "will meet" is AGREE). The records' `mode` field is PLOVER's
 * sub-type ("visit", "heavy-weapons"), not whether the event happened, so there is no mode accuracy to give.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Analysis, Event, EventType } from '../src/core/analysis.js';
import { analyzeText } from '../src/pipeline/reading.js';
import { findEvents } from '../src/stages/events/index.js';
import { ploverCategory } from '../src/stages/events/plover.js';

const GSR_FILE = '../shared/bench/events/plover-gsr.json';

interface GoldActor {
  actorText: string;
  code?: string;
}

interface GoldRecord {
  id: string;
  event: string;
  eventText: string;
  text?: string;
  source?: GoldActor[] | string | null;
  target?: GoldActor[] | string | null;
}

export interface ActorScore {
  gold: number;
  system: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface EventScore {
  records: number;
  /** Share of records where we found any event. */
  coded: number;
  /** Our best event per record (one of the gold category first, else the one at the gold words) has the gold category. */
  typeAccuracy: number;
  /** The same, choosing our event without looking at the gold category (at the gold words, else the first). */
  mainTypeAccuracy: number;
  source: ActorScore;
  target: ActorScore;
  /** Per gold category: records, and records typed right (best event). */
  byType: Record<string, { records: number; correct: number }>;
  /** Null: the records' modes are PLOVER sub-types, not ours (see the header). */
  modeAccuracy: null;
  seconds: number;
}

/** Our categories under the names the gold records use. */
const AS_GOLD: Partial<Record<EventType, string>> = { ACCUSE: 'DISAPPROVE', REQUEST: 'DEMAND' };

const goldCategory = (e: Event): string => {
  const category = ploverCategory(e);
  return AS_GOLD[category] ?? category;
};

const STOPWORDS = new Set([
  'the',
  'of',
  'and',
  'a',
  'an',
  'in',
  'for',
  'to',
  'on',
  's',
  'from',
  'its',
  'his',
  'her',
  'their',
]);

function contentWords(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 0 && !STOPWORDS.has(w)),
  );
}

const overlaps = (a: Set<string>, b: Set<string>): boolean => [...a].some((w) => b.has(w));

const actorsOf = (value: GoldRecord['source']): GoldActor[] => (Array.isArray(value) ? value : []);

/** An entity matches a gold actor by a shared word of its name or mention, or by its country code. */
function actorMatcher(analysis: Analysis, sentence: number): (entityId: string, gold: GoldActor) => boolean {
  const words = new Map<string, Set<string>>();
  for (const e of analysis.entities) {
    const texts = [
      e.name,
      ...analysis.mentions.filter((m) => m.entityId === e.id && m.sentence === sentence).map((m) => m.text),
    ];
    words.set(e.id, contentWords(texts.join(' ')));
  }
  const countries = new Map(analysis.entities.map((e) => [e.id, e.country]));
  return (id, gold) => {
    const country = countries.get(id);
    if (country && gold.code && gold.code.slice(0, 3) === country) return true;
    return overlaps(words.get(id) ?? new Set(), contentWords(gold.actorText));
  };
}

function tally(
  score: { gold: number; system: number; hitGold: number; hitSystem: number },
  ours: string[],
  gold: GoldActor[],
  match: (id: string, g: GoldActor) => boolean,
): void {
  score.gold += gold.length;
  score.system += ours.length;
  score.hitGold += gold.filter((g) => ours.some((id) => match(id, g))).length;
  score.hitSystem += ours.filter((id) => gold.some((g) => match(id, g))).length;
}

function finish(s: { gold: number; system: number; hitGold: number; hitSystem: number }): ActorScore {
  const precision = s.system === 0 ? 0 : s.hitSystem / s.system;
  const recall = s.gold === 0 ? 0 : s.hitGold / s.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { gold: s.gold, system: s.system, precision, recall, f1 };
}

/** Whether an event's trigger shares a word with the gold event words. */
const atGoldWords = (e: Event, goldWords: Set<string>): boolean =>
  overlaps(contentWords(e.trigger.text), goldWords);

export async function evaluatePlover(): Promise<EventScore> {
  const raw = JSON.parse(await readFile(path.join(process.cwd(), GSR_FILE), 'utf8')) as GoldRecord[];
  const records = raw.filter((r) => r.event !== 'DOCUMENT' && typeof r.text === 'string');
  const source = { gold: 0, system: 0, hitGold: 0, hitSystem: 0 };
  const target = { gold: 0, system: 0, hitGold: 0, hitSystem: 0 };
  const byType: EventScore['byType'] = {};
  let coded = 0;
  let typed = 0;
  let mainTyped = 0;
  const began = process.hrtime.bigint();
  for (const record of records) {
    const text = record.text ?? '';
    const analysis = analyzeText(text, null);
    const events = findEvents(analysis);
    const goldWords = contentWords(record.eventText);
    const main = events.find((e) => atGoldWords(e, goldWords)) ?? events[0];
    const best = events.find((e) => goldCategory(e) === record.event) ?? main;
    const entry = (byType[record.event] ??= { records: 0, correct: 0 });
    entry.records++;
    if (events.length > 0) coded++;
    if (best && goldCategory(best) === record.event) {
      typed++;
      entry.correct++;
    }
    if (main && goldCategory(main) === record.event) mainTyped++;
    const match = actorMatcher(analysis, best?.sentence ?? 0);
    tally(source, best?.sourceIds ?? [], actorsOf(record.source), match);
    tally(target, best?.targetIds ?? [], actorsOf(record.target), match);
  }
  const seconds = Number(process.hrtime.bigint() - began) / 1e9;
  const n = records.length;
  return {
    records: n,
    coded: coded / n,
    typeAccuracy: typed / n,
    mainTypeAccuracy: mainTyped / n,
    source: finish(source),
    target: finish(target),
    byType,
    modeAccuracy: null,
    seconds,
  };
}
