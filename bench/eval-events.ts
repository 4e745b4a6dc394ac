/**
 * Scores the events stage against the PLOVER gold-standard records (../shared/bench/events/plover-gsr.json):
 * one sentence each, with its event category, actors (source) and recipients (target). Each sentence is
 * read alone without a publication date, as the records carry none that the text relies on.
 *
 * The records predate PLOVER's 2021 category names: they code accusations as DISAPPROVE and requests as
 * DEMAND, so our ACCUSE and REQUEST are compared under those names. Our modes are folded into categories
 * as the manual does (`ploverCategory`: "will meet" is AGREE). The records' `mode` field is PLOVER's
 * sub-type ("visit", "heavy-weapons"), not whether the event happened, so there is no mode accuracy to give.
 *
 * Scoring: per record, our MAIN event is the one whose trigger shares a word with the gold event words, else
 * our first, chosen without looking at the gold category. Its type, its source side and its target side are
 * each right or wrong (a side: the same actors, matched by country code, or by name for non-country codes
 * such as IGO; an empty gold side wants an empty side); a symmetric event (CONSULT, AGREE, COOPERATE) is
 * scored on its participants, both sides together, as the records list them. "All right" needs all three.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
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
  /**
   * The MAIN event per record: our event whose trigger shares a word with the gold event words, else our
   * first event; chosen without looking at the gold category. Each part alone and all three together.
   */
  main: {
    type: number;
    sourceCountry: number;
    targetCountry: number;
    /** Type, source and target all right: what UniversalPetrarch's "coded correctly" counts. */
    allRight: number;
  };
  /** Lenient, for comparison with earlier runs: any of our events has the gold category. */
  anyTypeAccuracy: number;
  source: ActorScore;
  target: ActorScore;
  /** Per gold category: records, and records whose main event is typed right. */
  byType: Record<string, { records: number; correct: number; allRight: number }>;
  /**
   * The main events' errors by family, each record counted once per family it falls in: no event at all,
   * a wrong type, and per side an actor missing (ours empty), one too many (gold empty) or a wrong one.
   */
  errors: Record<ErrorFamily, number>;
  /** Null: the records' modes are PLOVER sub-types, not ours (see the header). */
  modeAccuracy: null;
  seconds: number;
}

export type ErrorFamily =
  | 'no event'
  | 'wrong type'
  | 'source missing'
  | 'source extra'
  | 'source wrong'
  | 'target missing'
  | 'target extra'
  | 'target wrong';

/** The family of a wrong side: ours empty, gold empty, or both named and different. */
const sideError = (ours: readonly string[], gold: readonly GoldActor[]): 'missing' | 'extra' | 'wrong' =>
  ours.length === 0 ? 'missing' : gold.length === 0 ? 'extra' : 'wrong';

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

const SYMMETRIC_GOLD = new Set(['CONSULT', 'AGREE', 'COOPERATE']);

/** CAMEO codes the records use where ISO 3166-1 alpha-3 differs. */
const CAMEO_TO_ISO: Record<string, string> = { JAP: 'JPN', ITL: 'ITA', GMY: 'DEU', UKG: 'GBR' };

/** Non-country CAMEO codes (international organisations, NGOs, militant groups…): matched by name. */
const isCountryCode = (code: string): boolean =>
  /^[A-Z]{3}$/.test(code) && !['IGO', 'NGO', 'IMG', 'MNC', 'UIS', 'INS', 'REB', 'OPP'].includes(code);

/**
 * An entity matches a gold actor by its country as the event codes it (the gold code's first three
 * letters, CAMEO spellings made ISO) when the gold code names a country; otherwise, or when the entity has no country, by a shared word
 * of its name or of its mentions in the sentence.
 */
function actorMatcher(
  analysis: Analysis,
  sentence: number,
  coded: ReadonlyMap<string, string | null>,
): (entityId: string, gold: GoldActor) => boolean {
  const words = new Map<string, Set<string>>();
  for (const e of analysis.entities) {
    const texts = [
      e.name,
      ...analysis.mentions.filter((m) => m.entityId === e.id && m.sentence === sentence).map((m) => m.text),
    ];
    words.set(e.id, contentWords(texts.join(' ')));
  }
  // The country the event codes the actor with (a person's role: "Russian opposition leader …"), else
  // the entity's own. An event's null is kept: it codes the actor with no country ("ethnic Turks", a
  // people placed nowhere), so the actor is matched by name, not by the country its demonym recalls.
  const countries = new Map(
    analysis.entities.map((e) => [e.id, coded.has(e.id) ? coded.get(e.id) : e.country]),
  );
  return (id, gold) => {
    const country = countries.get(id);
    const raw = (gold.code ?? '').slice(0, 3);
    const code = CAMEO_TO_ISO[raw] ?? raw;
    if (country && isCountryCode(code)) return country === code;
    return overlaps(words.get(id) ?? new Set(), contentWords(gold.actorText));
  };
}

/**
 * One side of an event is right when it names the same actors as the gold record: every gold actor matched
 * by one of ours and each of ours matching a gold actor; a side the record leaves empty must be empty.
 */
function sideRight(
  ours: readonly string[],
  gold: readonly GoldActor[],
  match: (id: string, g: GoldActor) => boolean,
): boolean {
  if (gold.length === 0) return ours.length === 0;
  return (
    gold.every((g) => ours.some((id) => match(id, g))) && ours.every((id) => gold.some((g) => match(id, g)))
  );
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
  const main = { type: 0, sourceCountry: 0, targetCountry: 0, allRight: 0 };
  let coded = 0;
  let anyTyped = 0;
  const errors: Record<ErrorFamily, number> = {
    'no event': 0,
    'wrong type': 0,
    'source missing': 0,
    'source extra': 0,
    'source wrong': 0,
    'target missing': 0,
    'target extra': 0,
    'target wrong': 0,
  };
  const began = process.hrtime.bigint();
  for (const record of records) {
    const text = record.text ?? '';
    const analysis = analyzeText(text, null);
    const events = findEvents(analysis);
    const goldWords = contentWords(record.eventText);
    const chosen = events.find((e) => atGoldWords(e, goldWords)) ?? events[0];
    const entry = (byType[record.event] ??= { records: 0, correct: 0, allRight: 0 });
    entry.records++;
    if (events.length > 0) coded++;
    if (events.some((e) => goldCategory(e) === record.event)) anyTyped++;
    const actorCountries = new Map(
      [...(chosen?.sourceActors ?? []), ...(chosen?.targetActors ?? [])].map((a) => [a.id, a.country]),
    );
    const match = actorMatcher(analysis, chosen?.sentence ?? 0, actorCountries);
    const typeRight = chosen !== undefined && goldCategory(chosen) === record.event;
    // A symmetric event (CONSULT, AGREE, COOPERATE) names participants, not sides: the records put both
    // on the source side ("SRC/TAR"), so its two sides are scored together.
    const symmetric = chosen?.symmetric === true && SYMMETRIC_GOLD.has(record.event);
    const participants = [...(chosen?.sourceIds ?? []), ...(chosen?.targetIds ?? [])];
    const goldParticipants = [...actorsOf(record.source), ...actorsOf(record.target)];
    const sourceRight = symmetric
      ? sideRight(participants, goldParticipants, match)
      : sideRight(chosen?.sourceIds ?? [], actorsOf(record.source), match);
    const targetRight = symmetric
      ? sourceRight
      : sideRight(chosen?.targetIds ?? [], actorsOf(record.target), match);
    if (typeRight) {
      main.type++;
      entry.correct++;
    }
    if (sourceRight) main.sourceCountry++;
    if (targetRight) main.targetCountry++;
    if (typeRight && sourceRight && targetRight) {
      main.allRight++;
      entry.allRight++;
    }
    if (!chosen) errors['no event']++;
    else {
      if (!typeRight) errors['wrong type']++;
      const [ourSource, goldSource] = symmetric
        ? [participants, goldParticipants]
        : [chosen.sourceIds, actorsOf(record.source)];
      if (!sourceRight) errors[`source ${sideError(ourSource, goldSource)}`]++;
      if (!targetRight && !symmetric)
        errors[`target ${sideError(chosen.targetIds, actorsOf(record.target))}`]++;
    }
    if (process.env.EVAL_EVENTS_DEBUG && !(typeRight && sourceRight && targetRight)) {
      const names = (ids: string[]) =>
        ids.map((id) => analysis.entities.find((e) => e.id === id)).map((e) => `${e?.name}/${e?.country}`);
      process.stderr.write(
        `${record.id} ${typeRight ? '' : 'TYPE '}${sourceRight ? '' : 'SRC '}${targetRight ? '' : 'TGT'}\n  ${text}\n  gold ${record.event} ${JSON.stringify(actorsOf(record.source).map((a) => a.actorText + '/' + a.code))} -> ${JSON.stringify(actorsOf(record.target).map((a) => a.actorText + '/' + a.code))} [${record.eventText}]\n  ours ${chosen ? `${goldCategory(chosen)} (${chosen.type}/${chosen.mode}) ${chosen.trigger.text} ${names(chosen.sourceIds)} -> ${names(chosen.targetIds)}` : 'none'}\n`,
      );
    }
    tally(source, chosen?.sourceIds ?? [], actorsOf(record.source), match);
    tally(target, chosen?.targetIds ?? [], actorsOf(record.target), match);
  }
  const seconds = Number(process.hrtime.bigint() - began) / 1e9;
  const n = records.length;
  return {
    records: n,
    coded: coded / n,
    main: {
      type: main.type / n,
      sourceCountry: main.sourceCountry / n,
      targetCountry: main.targetCountry / n,
      allRight: main.allRight / n,
    },
    anyTypeAccuracy: anyTyped / n,
    source: finish(source),
    target: finish(target),
    byType,
    errors,
    modeAccuracy: null,
    seconds,
  };
}

const RSS_CORPUS = '../shared/bench/corpora/rss-2025-05/articles.jsonl.gz';

export interface CorpusReadingScore {
  articles: number;
  events: number;
  eventsWithoutActor: number;
  eventsOneSided: number;
  quotes: number;
  quotesWithoutSpeaker: number;
  directWithoutSpeaker: number;
  figures: number;
  /** Shares of figures saying what they measure, when they hold and who reports them; ranges kept as ranges. */
  figuresMeasured: number;
  figuresDated: number;
  figuresAttributed: number;
  figureRanges: number;
}

/**
 * The dev RSS corpus: its number of lines, and the items with text, each with its line (from 1) and its
 * feed's publication day, as the evals and the figure drawer read them.
 */
export async function readRssCorpus(): Promise<{
  lines: number;
  items: Array<{ line: number; text: string; published: string | null }>;
}> {
  const lines = gunzipSync(await readFile(path.join(process.cwd(), RSS_CORPUS)))
    .toString('utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');
  const items = lines.flatMap((line, i) => {
    const entry = JSON.parse(line) as { text?: string; published?: string };
    if (!entry.text) return [];
    const time = entry.published ? Date.parse(entry.published) : NaN;
    const published = Number.isNaN(time) ? null : new Date(time).toISOString().slice(0, 10);
    return [{ line: i + 1, text: entry.text, published }];
  });
  return { lines: lines.length, items };
}

/**
 * Reads the dev RSS corpus (no gold) and counts what an analyst would see go wrong without a judge: events
 * naming no actor, quotes with no speaker. Each article is read with its feed date.
 */
export async function evaluateCorpusReading(): Promise<CorpusReadingScore> {
  const corpus = await readRssCorpus();
  let events = 0;
  let noActor = 0;
  let oneSided = 0;
  let quotes = 0;
  let noSpeaker = 0;
  let direct = 0;
  let directNoSpeaker = 0;
  let figures = 0;
  let measured = 0;
  let dated = 0;
  let attributed = 0;
  let ranges = 0;
  for (const { text, published } of corpus.items) {
    const analysis = analyzeText(text, published);
    for (const e of analysis.events) {
      events++;
      if (e.sourceIds.length === 0 && e.targetIds.length === 0) noActor++;
      // A symmetric event (CONSULT, AGREE, COOPERATE) of two or more participants names both sides, however
      // the grammar split them.
      else if (e.symmetric === true && e.sourceIds.length + e.targetIds.length >= 2) continue;
      else if (e.sourceIds.length === 0 || e.targetIds.length === 0) oneSided++;
    }
    for (const q of analysis.quotes) {
      quotes++;
      if (q.speakerId === null) noSpeaker++;
      if (q.direct) {
        direct++;
        if (q.speakerId === null) directNoSpeaker++;
      }
    }
    for (const f of analysis.figures) {
      figures++;
      if (f.subject !== null) measured++;
      if (f.asOf !== null) dated++;
      if (f.attribution !== null) attributed++;
      if (f.valueMax !== null) ranges++;
    }
  }
  return {
    articles: corpus.lines,
    events,
    eventsWithoutActor: events ? noActor / events : 0,
    eventsOneSided: events ? oneSided / events : 0,
    quotes,
    quotesWithoutSpeaker: quotes ? noSpeaker / quotes : 0,
    directWithoutSpeaker: direct ? directNoSpeaker / direct : 0,
    figures,
    figuresMeasured: figures ? measured / figures : 0,
    figuresDated: figures ? dated / figures : 0,
    figuresAttributed: figures ? attributed / figures : 0,
    figureRanges: ranges,
  };
}
