import type { Discrepancy, ReadArticle, Series } from '../../core/connected.js';
import { pointQualifier } from '../series/index.js';
import { discrepancy } from './variants.js';

/** Qualifiers that make a figure a rounding: "about 19%" does not contradict "19.3%". */
export const APPROXIMATE =
  /^(about|around|approximately|roughly|some|nearly|almost|close to|just under|just over|an estimated|more than|over|at least|up to)$/i;
/** How far apart a rounded figure and a precise one may be and still agree. */
export const ROUNDING_TOLERANCE = 0.05;
/**
 * Values of one measure at one date further apart than this are likelier two measures read as one (a
 * total beside a part, a stock beside a flow) than two sources disagreeing.
 */
export const DISAGREEMENT_MAX_RATIO = 3;

/**
 * The dates at which a measure's sources give values that are compared: two values or more from two
 * articles or more, none of the points given only by articles giving another, within a plausible ratio.
 * Only these points' figures are read again (for their qualifiers).
 */
export function comparedDates(s: Series): Array<[string, Series['points']]> {
  if (!s.owned) return [];
  const byDate = new Map<string, Series['points']>();
  for (const p of s.points) {
    if (p.asOf !== null) byDate.set(p.asOf, [...(byDate.get(p.asOf) ?? []), p]);
  }
  return [...byDate].filter(([, points]) => {
    // Sources disagreeing: values given by different articles. Two values in one article are two
    // things it counts, or its own contradiction, never a disagreement between sources.
    const articlesBehind = new Set(points.flatMap((p) => p.sources));
    if (points.length < 2 || articlesBehind.size < 2) return false;
    if (points.some((p) => points.some((q) => q !== p && q.sources.every((id) => p.sources.includes(id)))))
      return false;
    const values = points.map((p) => Math.abs(p.value));
    const [low, high] = [Math.min(...values), Math.max(...values)];
    return low !== 0 && high / low <= DISAGREEMENT_MAX_RATIO;
  });
}

/**
 * The same measure (same owner, quantity, unit and scope: a 24-hour toll is not a total) given different
 * values for the same date: a discrepancy. Different dates are a series, not a disagreement; a rounded
 * figure close to a precise one agrees with it; values too far apart in size are not compared, and nor are
 * measures no actor owns ("bodies", "times": two articles' counts of different things). `articles` holds
 * at least the first source of every point of `comparedDates`.
 */
export function figureDiscrepancies(
  measures: readonly Series[],
  articles: ReadonlyMap<string, ReadArticle>,
): Discrepancy[] {
  return figureDiscrepanciesBy(measures, (p) => pointQualifier(articles.get(p.articleId), p));
}

/**
 * `figureDiscrepancies` with each compared point's qualifier given (`qualifierOf`): a measure kept with its
 * points' facts (`FactPoint`) holds them, and no article is read again.
 */
export function figureDiscrepanciesBy(
  measures: readonly Series[],
  qualifierOf: (point: Series['points'][number]) => string | null,
): Discrepancy[] {
  const found: Discrepancy[] = [];
  for (const s of measures) {
    for (const [asOf, points] of comparedDates(s)) {
      const values = points.map((p) => Math.abs(p.value));
      const [low, high] = [Math.min(...values), Math.max(...values)];
      const rounded = points.some((p) => APPROXIMATE.test(qualifierOf(p) ?? ''));
      if (rounded && (high - low) / high <= ROUNDING_TOLERANCE) continue;
      const unit = s.unit ? ` ${s.unit}` : '';
      const variants = points.map((p) => ({
        value: `${p.value}${unit}`,
        articleIds: [...p.sources],
        evidence: [p.evidence],
      }));
      found.push(discrepancy('figure', `${s.subject} as of ${asOf}`, variants));
    }
  }
  return found;
}
