import type { Event, EventType } from '../../core/analysis.js';
import type { ReadArticle } from '../../core/connected.js';
import type { StoredEventReport } from '../../core/event-reports.js';
import { furnitureSource } from '../../core/furniture.js';
import type { Article } from '../../core/types.js';
import { evidenceAt } from '../entities/evidence.js';
import type { SentenceKey } from '../furniture/index.js';
import { grainOf } from './grain.js';
import { contentWords, headlineStrip, passageRuns, sentenceOf } from './passages.js';

/**
 * An article's event reports made from its reading alone (`core/event-reports.ts`): what merging reads of
 * each event, kept with the article's links so that merging a story's events again decodes no other
 * article's reading. Bump `EVENT_REPORTS` when what is made here changes: stored rows of another version
 * are made again when next touched.
 */
export const EVENT_REPORTS = 'event-reports-2';

/**
 * What an article's stored reports must have been made by and under: these rules, and its furniture source
 * (its sentence keys are its outlet's, `sentenceKeys`).
 */
export const reportsVersion = (article: Pick<Article, 'url' | 'outlet'>): string =>
  `${EVENT_REPORTS}|${furnitureSource(article.url, article.outlet) ?? ''}`;

/** Kinds of event reported one by one and as a day's or a week's many ("strikes across Gaza"): see `grain.ts`. */
export const COUNTED = new Set<EventType>(['ASSAULT', 'FIGHT']);

/**
 * Every event of the reading as a report (those read from furniture or naming no actor too: which are is
 * decided when merged). `keys`: the article's sentence keys (`sentenceKeys`), when its furniture is decided
 * from the stored report.
 */
export function articleEventReports(read: ReadArticle, keys?: readonly SentenceKey[]): StoredEventReport[] {
  const keyOf = new Map((keys ?? []).map((k) => [k.sentence, k.key]));
  const people = new Set(read.reading.entities.filter((e) => e.type === 'person').map((e) => e.id));
  return read.reading.events.map((event) => {
    const sentence = sentenceOf(read, event);
    return {
      event: {
        type: event.type,
        mode: event.mode,
        trigger: event.trigger,
        sourceIds: event.sourceIds,
        targetIds: event.targetIds,
        date: event.date,
        place: event.place,
        sentence: event.sentence,
        start: event.start,
        end: event.end,
        confidence: event.confidence,
      },
      sentenceKey: keyOf.get(event.sentence) ?? null,
      grain: COUNTED.has(event.type) ? grainOf(read, event) : null,
      ...speakersOf(read, event, people),
      words: contentWords(sentence),
      strip: headlineStrip(sentence),
      evidence: evidenceAt(read, event.start),
    };
  });
}

/**
 * Who is quoted saying an event's words: the people named as speakers of the quotes its trigger is inside
 * (no field when none, so the rows of reports outside quotes stay as they were). Only people: a capital, a
 * country and its ministry are one government's words under different names ("Damascus said", "Syria
 * said"), which resolution keeps apart. `people`: the ids of the article's persons.
 */
function speakersOf(read: ReadArticle, event: Event, people: ReadonlySet<string>): { speakerIds?: string[] } {
  const { start, end } = event.trigger;
  const ids = read.reading.quotes.flatMap((q) =>
    q.speakerId !== null && people.has(q.speakerId) && q.content.start <= start && end <= q.content.end
      ? [q.speakerId]
      : [],
  );
  return ids.length > 0 ? { speakerIds: [...new Set(ids)] } : {};
}

/** The figures of the reading inside a report's evidence sentence, in reading order. */
export function reportedFigures(read: ReadArticle, reports: readonly StoredEventReport[]) {
  return read.reading.figures.filter((f) =>
    reports.some((r) => f.start >= r.evidence.start && f.end <= r.evidence.end),
  );
}

/** A report's passage keys (`passages.ts` `passageKeys`). */
export const reportPassages = (report: StoredEventReport): string[] =>
  report.strip ? [] : passageRuns(report.event.type, report.words);

/**
 * The passage keys of an article's stored reports, those read from its furniture left out: what
 * `articlePassageKeys` gives of its reading.
 */
export function reportedPassageKeys(
  reports: readonly StoredEventReport[],
  furniture?: ReadonlySet<number>,
): string[] {
  const keys = new Set<string>();
  for (const report of reports)
    if (!furniture?.has(report.event.sentence)) for (const key of reportPassages(report)) keys.add(key);
  return [...keys];
}
