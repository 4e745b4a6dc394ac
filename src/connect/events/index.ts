import type { EventMode, EventType } from '../../core/analysis.js';
import { clampConfidence, corroborated } from '../../core/confidence.js';
import type { Evidence, MergedEvent, ReadArticle } from '../../core/connected.js';
import type { StoredEventReport } from '../../core/event-reports.js';
import type { Article } from '../../core/types.js';
import { memberKey, publishedDay } from '../entities/evidence.js';
import { stableId } from '../entities/ids.js';
import { foldName } from '../entities/names.js';
import { addDays, daysBetween, parseTimex, PRECISION_RANK, rangesAgree, type DateRange } from './dates.js';
import type { Grain } from './grain.js';
import { commonPassages, SAME_PASSAGE, stemOf } from './passages.js';
import { articleEventReports, reportedPassageKeys, reportPassages } from './reports.js';

/** How far apart two undated reports of one event may be published, and an undated report from a dated one. */
export const UNDATED_WINDOW_DAYS = 3;

/** Kinds of event that recur day after day between the same actors: a day apart is another event. */
const RECURRING = new Set<EventType>(['ASSAULT', 'FIGHT', 'COERCE', 'MOBILIZE', 'THREATEN', 'ACCUSE']);

/** One article's report of an event, with its actors resolved across articles. */
export interface EventReport {
  article: Article;
  /** The article's story, when stories are known. */
  story: string | null;
  event: StoredEventReport['event'];
  evidence: Evidence;
  sourceIds: string[];
  targetIds: string[];
  participants: Set<string>;
  /** Who is quoted saying it, resolved across articles; empty when it is no named speaker's words. */
  speakers: Set<string>;
  date: DateRange | null;
  /** The article's publication day, which places an undated report. */
  published: string | null;
  /** Whether the report tells of one attack or of many, where its kind is counted so and it says. */
  grain: Grain | null;
  /** Its sentence's content words, and its passage keys (`passages.ts`). */
  words: Set<string>;
  passages: Set<string>;
  /** Those of its passage keys that may join two stories: printed in few articles (`JOINING_PRINTS`). */
  joining: Set<string>;
}

/** What merging knows beyond the readings: each article's story and its furniture sentences. */
export interface EventContext {
  storyOf?: ReadonlyMap<string, string>;
  furniture?: ReadonlyMap<string, ReadonlySet<number>>;
  /**
   * The passage keys printed in more than `JOINING_PRINTS` articles of the corpus (`commonPassages`), which
   * join no two stories: `mergeEvents` counts them among the articles it is given; merging a part of the
   * corpus is told them (the store counts its passage index, `service/connected-events.ts`).
   */
  common?: ReadonlySet<string>;
}

/** An article with its event reports, made from its reading (`reports.ts`) or stored with its links. */
export interface ReportingArticle {
  article: Article;
  reports: readonly StoredEventReport[];
}

function reportsOf(
  articles: readonly ReportingArticle[],
  memberOf: ReadonlyMap<string, string>,
  context: EventContext,
): EventReport[] {
  const reports: EventReport[] = [];
  for (const { article, reports: stored } of articles) {
    const resolve = (ids: readonly string[]) => [
      ...new Set(ids.flatMap((id) => memberOf.get(memberKey(article.id, id)) ?? [])),
    ];
    const furniture = context.furniture?.get(article.id);
    const story = context.storyOf?.get(article.id) ?? null;
    const published = publishedDay({ article });
    const common = context.common ?? new Set<string>();
    for (const report of stored) {
      const { event } = report;
      const passages = reportPassages(report);
      // An event read from furniture is the page's, not the report's; one with no actor is no one's.
      if (furniture?.has(event.sentence)) continue;
      const sourceIds = resolve(event.sourceIds);
      const targetIds = resolve(event.targetIds);
      if (sourceIds.length + targetIds.length === 0) continue;
      reports.push({
        article,
        story,
        event,
        evidence: report.evidence,
        sourceIds,
        targetIds,
        participants: new Set([...sourceIds, ...targetIds]),
        speakers: new Set(resolve(report.speakerIds ?? [])),
        date: parseTimex(event.date),
        published,
        grain: report.grain,
        words: new Set(report.words),
        passages: new Set(passages),
        joining: new Set(passages.filter((key) => !common.has(key))),
      });
    }
  }
  return reports.sort(
    (a, b) =>
      (a.published ?? '').localeCompare(b.published ?? '') ||
      a.article.id.localeCompare(b.article.id) ||
      a.event.trigger.start - b.event.trigger.start,
  );
}

const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean =>
  a.size === b.size && [...a].every((x) => b.has(x));

/**
 * Enough actors in common to be one event: all of the smaller side's actors when it has one, at least two
 * otherwise ("Israel" alone is in a hundred different strikes).
 */
function sameActors(a: EventReport, b: EventReport): boolean {
  let shared = 0;
  for (const id of a.participants) if (b.participants.has(id)) shared++;
  return shared >= Math.min(2, a.participants.size, b.participants.size) && shared > 0;
}

/** Two sentences saying much the same: this share of their content words in common (Jaccard). */
const SAME_WORDING = 0.3;

/** The share of two reports' sentence words they have in common (Jaccard). */
function wordingShare(a: EventReport, b: EventReport): number {
  let shared = 0;
  for (const w of a.words) if (b.words.has(w)) shared++;
  return shared / Math.max(1, a.words.size + b.words.size - shared);
}

/**
 * Two reports that are one passage (`passages.ts`): a run of words printed alike in both (a passage key in
 * common, of `keys`: all of them, or those that may join two stories) and most of their words in common. A
 * stock phrase shares its few words, not a run.
 */
function samePassage(a: EventReport, b: EventReport, keys: 'passages' | 'joining' = 'passages'): boolean {
  if (wordingShare(a, b) < SAME_PASSAGE) return false;
  for (const key of a[keys]) if (b[keys].has(key)) return true;
  return false;
}

/**
 * The two reports tell of one happening: sentences largely in the same words (a syndicated or repeated
 * report), or the same trigger word (by its stem) on the same day, both dated to the day. Two general
 * statements that share their actors and a word ("fighting Hamas", "aid into Gaza") are not one event.
 */
function sameHappening(a: EventReport, b: EventReport): boolean {
  if (wordingShare(a, b) >= SAME_WORDING) return true;
  return (
    stemOf(a.event.trigger.text) === stemOf(b.event.trigger.text) &&
    a.date?.precision === 'day' &&
    b.date?.precision === 'day' &&
    a.date.value === b.date.value
  );
}

/**
 * One quote printed alike in two articles (`samePassage`) but given to two speakers, none in common: one
 * outlet has misattributed it, and merging would assert the words of both (Merz's words to a broadcaster
 * given to Tajani on another page). A report with no named speaker says nothing either way; in one article,
 * one sentence giving two speakers' words of one thing ("X said ..., while Y said ...") is no copy.
 */
function twoSpeakersOfOneQuote(a: EventReport, b: EventReport): boolean {
  if (a.article.id === b.article.id || a.speakers.size === 0 || b.speakers.size === 0) return false;
  for (const id of a.speakers) if (b.speakers.has(id)) return false;
  // Every passage key counts: this keeps reports apart, so a quote printed everywhere joins nothing by it.
  return samePassage(a, b);
}

const placesAgree = (a: string | null, b: string | null): boolean => {
  if (!a || !b) return true;
  const [x, y] = [foldName(a), foldName(b)];
  return x.includes(y) || y.includes(x);
};

/**
 * Whether two reports of one type can be of one event: enough actors in common (`sameActors`), told alike
 * (`sameHappening`), not one quote given to two speakers (`twoSpeakersOfOneQuote`), both of one attack or
 * both of many when they say (`grain.ts`), and by
 * their dates: dates that agree (same day, or one's month holding the other's day); two undated reports
 * published within a few days; an undated report and a date a few days either side of its publication.
 * Across articles the two must be in one story, or be one passage printed in two and in few articles
 * (`samePassage`, `JOINING_PRINTS`), and name
 * one place when both name a place, and two days
 * a day apart are one event reported with a discrepancy, unless the event is of a kind that recurs or the
 * actors differ. Within one article, different days or places, or a dated and an undated report, are
 * different events: an article does not contradict itself about when and where the same thing happened
 * twice over.
 */
function compatible(a: EventReport, b: EventReport): boolean {
  if (!sameActors(a, b) || !sameHappening(a, b) || twoSpeakersOfOneQuote(a, b)) return false;
  // One strike and the day's strikes are a part and its whole, not one event.
  if (a.grain !== null && b.grain !== null && a.grain !== b.grain) return false;
  if (a.article.id === b.article.id) {
    if (!placesAgree(a.event.place, b.event.place) || (a.date === null) !== (b.date === null)) return false;
    return a.date === null || b.date === null || rangesAgree(a.date, b.date);
  }
  // Across articles: one story (two stories are two happenings) unless one passage, printed in few
  // articles, is printed in both (`JOINING_PRINTS`); one place when both give one.
  if (a.story !== b.story && !samePassage(a, b, 'joining')) return false;
  if (!placesAgree(a.event.place, b.event.place)) return false;
  if (a.date && b.date) {
    if (rangesAgree(a.date, b.date)) return true;
    const dayApart =
      a.date.precision === 'day' &&
      b.date.precision === 'day' &&
      Math.abs(daysBetween(a.date.from, b.date.from)) === 1;
    return dayApart && !RECURRING.has(a.event.type) && sameSet(a.participants, b.participants);
  }
  const undated = a.date ? b : a;
  const other = a.date ? a : b;
  if (!undated.published) return false;
  if (!other.date) {
    return (
      other.published !== null &&
      Math.abs(daysBetween(undated.published, other.published)) <= UNDATED_WINDOW_DAYS
    );
  }
  const from = addDays(undated.published, -UNDATED_WINDOW_DAYS);
  const to = addDays(undated.published, UNDATED_WINDOW_DAYS);
  return other.date.from <= to && from <= other.date.to;
}

/**
 * The same meeting, proposal or strike reported by several articles (or twice in one), as one event: same
 * type, compatible with every report already joined (see `compatible`). Reports read from furniture, or
 * with no resolved actor, make no event. Reports are only compared with events sharing their type and an
 * actor, so the work grows with the reports.
 */
export function mergeEvents(
  articles: readonly ReadArticle[],
  memberOf: ReadonlyMap<string, string>,
  context: EventContext = {},
): MergedEvent[] {
  const reporting = articles.map((read) => ({ article: read.article, reports: articleEventReports(read) }));
  const common =
    context.common ??
    commonPassages(
      reporting.map((r) => reportedPassageKeys(r.reports, context.furniture?.get(r.article.id))),
    );
  return mergeReports(reporting, memberOf, { ...context, common });
}

/**
 * `mergeEvents` over the articles' event reports (stored with their links, see `core/event-reports.ts`):
 * what linking merges a story's events from, decoding no reading.
 */
export function mergeReports(
  articles: readonly ReportingArticle[],
  memberOf: ReadonlyMap<string, string>,
  context: EventContext = {},
): MergedEvent[] {
  const clusters: EventReport[][] = [];
  const byTypeAndActor = new Map<string, number[]>();
  for (const report of reportsOf(articles, memberOf, context)) {
    const candidates = new Set<number>();
    for (const id of report.participants)
      for (const c of byTypeAndActor.get(`${report.event.type}|${id}`) ?? []) candidates.add(c);
    const joined = [...candidates]
      .sort((a, b) => a - b)
      .find((c) => clusters[c]!.every((other) => compatible(report, other)));
    const at = joined ?? clusters.push([]) - 1;
    clusters[at]!.push(report);
    for (const id of report.participants) {
      const key = `${report.event.type}|${id}`;
      const list = byTypeAndActor.get(key) ?? [];
      if (!list.includes(at)) list.push(at);
      byTypeAndActor.set(key, list);
    }
  }
  return clusters.map(describeEvent);
}

/**
 * The story an event is filed under: the one most of its reports belong to, the first report's on a tie
 * (an event is one story's unless a passage printed in two joined it, `samePassage`).
 */
export function storyOfEvent(event: MergedEvent, storyOf: ReadonlyMap<string, string>): string | null {
  const counts = new Map<string, number>();
  for (const { articleId } of event.evidence) {
    const story = storyOf.get(articleId);
    if (story !== undefined) counts.set(story, (counts.get(story) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [story, count] of counts) if (best === null || count > counts.get(best)!) best = story;
  return best;
}

const MODE_ORDER: readonly EventMode[] = [
  'asserted',
  'planned',
  'proposed',
  'called-off',
  'denied',
  'hypothetical',
];

function mostCommon<T>(values: readonly T[], better: (a: T, b: T) => number): T | null {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || better(a[0], b[0]))[0]?.[0] ?? null;
}

/**
 * The best-supported date: the one most reports agree with, then the finest, then the earliest; when no
 * report dates the event, the earliest publication day, marked undated. The precision is honest: when some
 * dated report disagrees with it (two days a day apart), the date is the month (or year) holding them all,
 * or marked approximate when even that differs.
 */
export function bestDate(reports: readonly EventReport[]): {
  date: string | null;
  precision: MergedEvent['precision'];
} {
  const dated = reports.flatMap((r) => (r.date ? [r.date] : []));
  const support = (d: DateRange) => dated.filter((o) => rangesAgree(d, o)).length;
  const best = [...dated].sort(
    (a, b) =>
      support(b) - support(a) ||
      PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision] ||
      a.from.localeCompare(b.from),
  )[0];
  if (!best) {
    const published = reports.flatMap((r) => (r.published ? [r.published] : [])).sort()[0] ?? null;
    return { date: published, precision: 'undated' };
  }
  if (dated.every((d) => rangesAgree(best, d))) return { date: best.value, precision: best.precision };
  const from = dated.map((d) => d.from).sort()[0]!;
  const to = dated
    .map((d) => d.to)
    .sort()
    .at(-1)!;
  if (from.slice(0, 7) === to.slice(0, 7)) return { date: from.slice(0, 7), precision: 'month' };
  if (from.slice(0, 4) === to.slice(0, 4)) return { date: from.slice(0, 4), precision: 'year' };
  return { date: best.value, precision: 'around' };
}

function datesAgree(reports: readonly EventReport[]): boolean {
  const dated = reports.flatMap((r) => (r.date ? [r.date] : []));
  return dated.every((a) => dated.every((b) => rangesAgree(a, b)));
}

function describeEvent(reports: EventReport[]): MergedEvent {
  const first = reports[0]!;
  const places = reports.flatMap((r) => (r.event.place ? [r.event.place] : []));
  // Ties go to the place reported first.
  const placeKey = mostCommon(
    places.map((p) => foldName(p)),
    () => 0,
  );
  return {
    id: stableId('evt', first.event.type, first.article.id, String(first.event.trigger.start)),
    type: first.event.type,
    mode: mostCommon(
      reports.map((r) => r.event.mode),
      (a, b) => MODE_ORDER.indexOf(a) - MODE_ORDER.indexOf(b),
    )!,
    ...bestDate(reports),
    place: places.find((p) => foldName(p) === placeKey) ?? null,
    sourceIds: [...new Set(reports.flatMap((r) => r.sourceIds))],
    targetIds: [...new Set(reports.flatMap((r) => r.targetIds))],
    storyId: null,
    evidence: reports.map((r) => ({
      ...r.evidence,
      date: r.date?.value ?? null,
      place: r.event.place,
      mode: r.event.mode,
      confidence: r.event.confidence,
    })),
    confidence: confidenceOf(reports, datesAgree(reports)),
  };
}

/**
 * Independent reports corroborate: each outlet counts once, at its best report (two pages of one outlet,
 * or two mentions in one article, are one source). Sources that disagree on the day lower it.
 */
function confidenceOf(reports: readonly EventReport[], datesAgree: boolean): number {
  const bestPerSource = new Map<string, number>();
  for (const r of reports) {
    const source = r.article.outlet ?? r.article.id;
    bestPerSource.set(source, Math.max(bestPerSource.get(source) ?? 0, r.event.confidence));
  }
  return clampConfidence(corroborated([...bestPerSource.values()]) * (datesAgree ? 1 : DATE_CONFLICT));
}

/** How much a disagreement on the day (reports a day apart) takes from a merged event's confidence. */
const DATE_CONFLICT = 0.8;
