import type { Mention } from '../../core/analysis.js';
import { clampConfidence } from '../../core/confidence.js';
import type { ReadArticle, Series } from '../../core/connected.js';
import { evidenceAt, memberKey, publishedDay, sentenceAt } from '../entities/evidence.js';
import { stableId } from '../entities/ids.js';
import { parseTimex } from '../events/dates.js';
import { treeOf } from '../../stages/syntax/tree.js';
import { readFigureClause } from './clause.js';
import { clauseAround, measureOf } from './measure.js';

type Point = Series['points'][number];

export interface FigureContext {
  furniture?: ReadonlyMap<string, ReadonlySet<number>>;
}

/**
 * Figures grouped by measure (owner, head noun, unit and scope; see `measureOf`), across articles and
 * within one: each group's points in date order, each dated by its as-of date or else its article's
 * publication day ("PRESENT_REF" and the like hold at the publication day, and so does a count "since" a
 * date, whose date is where it starts). The same value at the same date is one point whatever the number
 * of articles giving it; they are its sources. Figures read from furniture count for nothing, and so do
 * values only threatened, planned, imagined or denied, and values told in the past tense with no date of
 * their own (see `clause.ts`). Every group is returned, one date or many: the same date with two values
 * is where figures disagree (see `discrepancies/figures.ts`).
 */
export function figureMeasures(
  articles: readonly ReadArticle[],
  memberOf: ReadonlyMap<string, string>,
  context: FigureContext = {},
): Series[] {
  return measuresWithFacts(articles, memberOf, context).map(withoutFacts);
}

/**
 * A point with what its first figure gave (the figure that made it: its article is the point's
 * `articleId`): the subject as written, the figure's place in the article's figures and the qualifier a
 * discrepancy reads (`pointQualifier`). A measure's subject
 * is the most common of its points' (`measureSubject`), so a measure kept with these is updated from the
 * articles that change it alone, never measured again over all of its articles.
 */
export type FactPoint = Point & { subject: string; figure: number; qualifier: string | null };
/** A measure whose points hold their facts. */
export type FactMeasure = Omit<Series, 'points'> & { points: FactPoint[] };

/** `figureMeasures`, each point with its facts (`FactPoint`). */
export function measuresWithFacts(
  articles: readonly ReadArticle[],
  memberOf: ReadonlyMap<string, string>,
  context: FigureContext = {},
): FactMeasure[] {
  const measures = new Map<
    string,
    { subjects: string[]; unit: string | null; owned: boolean; points: FactPoint[] }
  >();
  for (const read of articles) {
    const bySentence = new Map<number, Mention[]>();
    for (const m of read.reading.mentions)
      bySentence.set(m.sentence, [...(bySentence.get(m.sentence) ?? []), m]);
    const resolve = (m: Mention) => memberOf.get(memberKey(read.article.id, m.entityId)) ?? null;
    const furniture = context.furniture?.get(read.article.id);
    for (const [index, figure] of read.reading.figures.entries()) {
      if (furniture?.has(figure.sentence)) continue;
      const sentence = sentenceAt(read.reading.sentences, figure.start);
      const sentenceText = sentence ? read.article.text.slice(sentence.start, sentence.end) : figure.text;
      const clause = sentence
        ? clauseAround(sentenceText, figure.start - sentence.start, figure.end - sentence.start)
        : figure.text;
      const mentions = bySentence.get(figure.sentence) ?? [];
      const clauseRead = sentence?.tokens?.length
        ? readFigureClause(
            treeOf(read.article.text, sentence),
            figure,
            sentence.start,
            sentenceText,
            mentions,
          )
        : null;
      // A threatened, planned, imagined or denied value is not a value the measure had.
      if (clauseRead !== null && clauseRead.mode !== 'asserted') continue;
      const measure = measureOf(figure, mentions, resolve, clause, clauseRead?.nouns ?? []);
      if (!measure) continue;
      const entry = measures.get(measure.key) ?? {
        subjects: [],
        unit: figure.unit,
        owned: measure.owned,
        points: [],
      };
      // A count "since" a date ("killed since October 2023") holds when it was written: its date is the start.
      const since = /\bsince\b/i.test(sentenceText);
      // The article's day is the figure's only when the clause tells of the present ("has killed 53,939",
      // "stands at 20%"); a value told in the past tense with no date of its own has no date here.
      const own = since ? null : (parseTimex(figure.asOf)?.value ?? null);
      const asOf = own ?? (!since && clauseRead?.past ? null : publishedDay(read));
      if (asOf === null) continue;
      const same = entry.points.find((p) => p.value === figure.value && p.asOf === asOf);
      if (same) {
        if (!same.sources.includes(read.article.id)) same.sources.push(read.article.id);
      } else {
        entry.subjects.push(measure.subject);
        const evidence = evidenceAt(read, figure.start);
        entry.points.push({
          value: figure.value,
          asOf,
          articleId: read.article.id,
          evidence,
          sources: [read.article.id],
          subject: measure.subject,
          figure: index,
          qualifier: pointQualifier(read, { value: figure.value, evidence }),
        });
      }
      measures.set(measure.key, entry);
    }
  }
  const out: FactMeasure[] = [];
  for (const [key, entry] of measures) {
    const points = [...entry.points].sort(comparePoints);
    out.push({
      id: stableId('ser', key),
      subject: mostCommon(entry.subjects),
      unit: entry.unit,
      points,
      confidence: seriesConfidence(points, entry.owned),
      owned: entry.owned,
    });
  }
  return out.sort(
    (a, b) => (a.points[0]?.asOf ?? '').localeCompare(b.points[0]?.asOf ?? '') || a.id.localeCompare(b.id),
  );
}

/**
 * The qualifier ("about", "at least") of a point's figure as a discrepancy reads it: the first figure of
 * its value within its evidence.
 */
export function pointQualifier(
  read: ReadArticle | undefined,
  point: Pick<Point, 'value' | 'evidence'>,
): string | null {
  const figure = read?.reading.figures.find(
    (f) => f.value === point.value && f.start >= point.evidence.start && f.end <= point.evidence.end,
  );
  return figure?.qualifier ?? null;
}

/** A measure with its points as a series record holds them, without their facts. */
export function withoutFacts(measure: Series): Series {
  return {
    ...measure,
    points: measure.points.map((point) => {
      const { subject: _subject, figure: _figure, qualifier: _qualifier, ...plain } = point as FactPoint;
      return plain;
    }),
  };
}

/**
 * A measure's subject from its points' (`FactPoint`) in the order they were made (their first articles'
 * ingestion order, then the figure's place): the most common, the first made on a tie, as `figureMeasures`
 * names it.
 */
export function measureSubject(made: readonly FactPoint[]): string {
  return mostCommon(made.map((p) => p.subject));
}

/** A measure's points in the order it keeps them: by date, then by the article and place first giving them. */
export const comparePoints = (a: Point, b: Point): number =>
  (a.asOf ?? '').localeCompare(b.asOf ?? '') ||
  a.articleId.localeCompare(b.articleId) ||
  a.evidence.start - b.evidence.start;

/**
 * The series among the measures: an actor's measure ("Ukraine's territory", "Gaza's death toll") with
 * points at two or more dates from two or more articles (dates apart: a year holds its days), two values or more, within one order of magnitude. A
 * measure at one date only is one fact, however many outlets repeat it; a count of "people" or "bodies"
 * that no actor owns matches unrelated numbers, and values far apart in size are two measures read as one.
 */
export function buildSeries(
  articles: readonly ReadArticle[],
  memberOf: ReadonlyMap<string, string>,
  context: FigureContext = {},
): Series[] {
  return seriesOf(figureMeasures(articles, memberOf, context));
}

export const seriesOf = (measures: readonly Series[]): Series[] =>
  measures.filter((m) => {
    if (!m.owned || !apartInTime(m.points.map((p) => p.asOf ?? ''))) return false;
    if (new Set(m.points.flatMap((p) => p.sources)).size < 2) return false;
    const values = m.points.map((p) => Math.abs(p.value));
    // One value at every date is one fact repeated as the days went by, not a measure moving.
    if (new Set(values).size < 2) return false;
    return Math.min(...values) > 0 && Math.max(...values) / Math.min(...values) <= PLAUSIBLE_RATIO;
  });

/**
 * Whether two of the dates are different times: "2025" holds "2025-05-25", so a value "this year" and one
 * of 25 May are not two dates of one measure.
 */
function apartInTime(dates: readonly string[]): boolean {
  const distinct = [...new Set(dates.filter((d) => d !== ''))];
  return distinct.some((a) => distinct.some((b) => !a.startsWith(b) && !b.startsWith(a)));
}

/** Values of one measure more than this many times apart are likelier two measures read as one. */
const PLAUSIBLE_RATIO = 10;

/**
 * How likely the points measure one thing over time: each further date makes a chance match of unrelated
 * numbers less likely, and so do more sources per point; a measure tied to an actor ("Ukraine's territory")
 * is firmer than one matched by its words alone; values far apart in size suggest two measures.
 */
export function seriesConfidence(points: readonly Point[], owned: boolean): number {
  const dates = new Set(points.map((p) => p.asOf)).size;
  if (dates < 2) return 0.3;
  const values = points.map((p) => Math.abs(p.value)).filter((v) => v > 0);
  const spread = values.length > 0 ? Math.max(...values) / Math.min(...values) : 1;
  const corroborated = points.some((p) => p.sources.length > 1) ? 0.05 : 0;
  const base = Math.min(0.9, 0.45 + 0.1 * (dates - 1) + corroborated);
  return clampConfidence(base * (owned ? 1.1 : 0.85) * (spread <= PLAUSIBLE_RATIO ? 1 : 0.5));
}

function mostCommon(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}
