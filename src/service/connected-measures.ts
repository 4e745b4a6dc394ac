import { comparedDates, figureDiscrepanciesBy } from '../connect/discrepancies/figures.js';
import {
  type FactPoint,
  comparePoints,
  measureSubject,
  pointQualifier,
  seriesConfidence,
  seriesOf,
  withoutFacts,
} from '../connect/series/index.js';
import type { ReadArticle, Series } from '../core/connected.js';
import type { ConnectedUpdate } from '../core/record-ports.js';
import type { Store } from '../store/store.js';
import { scoped } from './connected-update.js';

type Point = Series['points'][number];
/** A kept point: with its facts (`FactPoint`) when kept by this build, without when kept by an older one. */
type KeptPoint = Point & Partial<Pick<FactPoint, 'subject' | 'figure' | 'qualifier'>>;

/**
 * Every measure is kept whole in the store (every point with its sources and its facts, series or not), and
 * one more article giving a point of it takes the changed articles' points out and puts them back
 * (`regrow`): adding an article reads and measures its own articles (and those whose actors it changed),
 * never the measure's, whatever the measure's size. The subject is the most common of the points' (the
 * first made on a tie) and a compared point's qualifier is kept with it, so the regrown measure, its series
 * and its discrepancies are what measuring all of its articles gives. A measure kept before its points had
 * facts (an older store's large measure) keeps the subject it had, as it did then; one no store keeps yet
 * is measured whole once, and kept.
 */

const unique = <T>(values: Iterable<T>): T[] => [...new Set(values)];
const keyOf = (p: Point) => `${p.value}@${p.asOf ?? ''}`;

/**
 * A kept measure with the articles of `redone` taken out and their points (`given`: `figureMeasures` of
 * those articles, for this measure) put back, as measuring all of its articles would give it: a point's
 * sources in ingestion order (`rank`), its article and evidence the first source's. A point whose first
 * source was taken out and not given back needs the next one's evidence: those articles are `orphans`,
 * to be redone too (read, and their points given) before the result holds.
 */
export function regrow(
  kept: Series,
  redone: ReadonlySet<string>,
  given: Series | undefined,
  rank: ReadonlyMap<string, number>,
): { measure: Series; orphans: string[] } {
  const rankOf = (id: string) => rank.get(id) ?? Number.MAX_SAFE_INTEGER;
  const points = new Map<string, Point>();
  const lostFirst = new Set<string>();
  for (const p of kept.points) {
    const sources = p.sources.filter((s) => !redone.has(s));
    if (sources.length === 0) continue;
    if (redone.has(p.articleId)) lostFirst.add(keyOf(p));
    points.set(keyOf(p), { ...p, sources });
  }
  for (const g of given?.points ?? []) {
    const key = keyOf(g);
    const p = points.get(key);
    if (!p) {
      points.set(key, { ...g, sources: [...g.sources] });
      continue;
    }
    const sources = unique([...p.sources, ...g.sources]).sort((a, b) => rankOf(a) - rankOf(b));
    // The point is its first figure's: its article, evidence and facts.
    const first = lostFirst.has(key) || rankOf(g.articleId) < rankOf(p.articleId) ? g : p;
    points.set(key, { ...first, sources });
  }
  // A point that lost its first source has it back only when the first of its sources now is a given one.
  const orphans = [...lostFirst].flatMap((key) => {
    const p = points.get(key)!;
    return p.sources[0] === p.articleId && redone.has(p.articleId) ? [] : [p.sources[0]!];
  });
  const sorted = [...points.values()].sort(comparePoints);
  return {
    measure: { ...kept, points: sorted, confidence: seriesConfidence(sorted, kept.owned) },
    orphans: unique(orphans),
  };
}

/** Where a measure's articles are read from: the readings of one connecting, and their measures. */
export interface MeasureReads {
  /** The read ones among `ids`, in ingestion order. */
  load(ids: Iterable<string>): Promise<ReadArticle[]>;
  /** `measuresWithFacts` of `reads`, with their stored actors and furniture. */
  measure(reads: readonly ReadArticle[]): Promise<Series[]>;
}

/**
 * The measures the changed articles' figures are points of (now or before), with their series and figure
 * discrepancies, into `update`: a kept measure regrown, one not kept yet measured whole, and kept.
 */
export async function updateMeasures(
  store: Store,
  reads: MeasureReads,
  changedReads: readonly ReadArticle[],
  update: ConnectedUpdate,
): Promise<void> {
  const changed = changedReads.map((r) => r.article.id);
  const mine = await reads.measure(changedReads);
  const affected = unique([...mine.map((m) => m.id), ...(await store.measuresOfArticles(changed))]);
  const kept = await store.keptMeasures(affected);
  const keptIds = new Set(kept.map((m) => m.id));
  const whole = new Set(affected.filter((id) => !keptIds.has(id)));
  const others = whole.size > 0 ? await store.articlesOfMeasures([...whole]) : [];
  const contributors = others.length > 0 ? await reads.load([...others, ...changed]) : changedReads;
  const measured = contributors.length === changedReads.length ? mine : await reads.measure(contributors);
  const measures = measured.filter((m) => whole.has(m.id));
  // Measured over every article the index gives it and found in none: no article holds it any more.
  const found = new Set(measures.map((m) => m.id));
  update.dropMeasures = [...whole].filter((id) => !found.has(id));
  for (const k of kept) {
    const grown = await grow(
      store,
      reads,
      k,
      changed,
      mine.find((m) => m.id === k.id),
    );
    if (grown.points.length > 0) measures.push(grown);
  }

  // A discrepancy names the qualifier of each disagreeing point's figure, kept with the point; a point
  // kept without it (by an older build) has its first source read.
  const unknown = measures.flatMap((m) =>
    comparedDates(m).flatMap(([, points]) =>
      (points as KeptPoint[]).filter((p) => p.qualifier === undefined).map((p) => p.articleId),
    ),
  );
  const byId = new Map(
    [...contributors, ...(unknown.length > 0 ? await reads.load(unknown) : [])].map(
      (r): [string, ReadArticle] => [r.article.id, r],
    ),
  );
  const qualifierOf = (p: KeptPoint) =>
    p.qualifier !== undefined ? p.qualifier : pointQualifier(byId.get(p.articleId), p);
  update.measureArticles = changed.map((articleId) => ({
    articleId,
    measureIds: measures.filter((m) => m.points.some((p) => p.sources.includes(articleId))).map((m) => m.id),
  }));
  update.removeSeries = affected;
  update.series = seriesOf(measures.map(withoutFacts));
  update.removeKeptMeasures = affected;
  update.keptMeasures = measures;
  for (const id of affected) update.discrepancyScopes.push(`measure:${id}`);
  for (const m of measures)
    update.discrepancies.push(...scoped(`measure:${m.id}`, figureDiscrepanciesBy([m], qualifierOf)));
}

/** A kept measure regrown with the changed articles' points, and those of any article that became a point's first. */
async function grow(
  store: Store,
  reads: MeasureReads,
  kept: Series,
  changed: readonly string[],
  mine: Series | undefined,
): Promise<Series> {
  const redone = new Set(changed);
  let given = mine;
  for (;;) {
    // Ranks are needed where sources meet: the given points' and those of the kept points they join.
    const givenKeys = new Set((given?.points ?? []).map(keyOf));
    const ids = [
      ...(given?.points ?? []).flatMap((p) => p.sources),
      ...kept.points.filter((p) => givenKeys.has(keyOf(p))).flatMap((p) => p.sources),
    ];
    const rank = new Map((await store.ingestionOrder(unique(ids))).map((id, i): [string, number] => [id, i]));
    const { measure, orphans } = regrow(kept, redone, given, rank);
    if (orphans.length === 0) return { ...measure, subject: await subjectOf(store, measure) };
    for (const id of orphans) redone.add(id);
    given = (await reads.measure(await reads.load(redone))).find((m) => m.id === kept.id);
  }
}

/**
 * A regrown measure's subject: the most common of its points' (`measureSubject`), their first articles
 * asked for their ingestion order only when two subjects tie. A point kept without its facts (by an older
 * build) leaves the subject as it was kept.
 */
async function subjectOf(store: Store, measure: Series): Promise<string> {
  const points = measure.points as KeptPoint[];
  if (points.some((p) => p.subject === undefined || p.figure === undefined)) return measure.subject;
  const made = points as FactPoint[];
  const counts = new Map<string, number>();
  for (const p of made) counts.set(p.subject, (counts.get(p.subject) ?? 0) + 1);
  const most = Math.max(...counts.values());
  const tied = made.filter((p) => counts.get(p.subject) === most);
  if (new Set(tied.map((p) => p.subject)).size === 1) return tied[0]!.subject;
  const order = await store.ingestionOrder(unique(tied.map((p) => p.articleId)));
  const rank = new Map(order.map((id, i): [string, number] => [id, i]));
  return measureSubject(
    [...tied].sort((a, b) => rank.get(a.articleId)! - rank.get(b.articleId)! || a.figure - b.figure),
  );
}
