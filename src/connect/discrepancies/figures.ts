import type { Figure } from '../../core/analysis.js';
import type { Discrepancy, ReadArticle, Series } from '../../core/connected.js';
import { discrepancy, VariantTally } from './variants.js';

/** Qualifiers that make a figure a rounding: "about 19%" does not contradict "19.3%". */
const APPROXIMATE =
  /^(about|around|approximately|roughly|some|nearly|almost|close to|just under|just over|an estimated)$/i;
/** How far apart a rounded figure and a precise one may be and still agree. */
const ROUNDING_TOLERANCE = 0.05;

function figureAt(read: ReadArticle | undefined, point: Series['points'][number]): Figure | undefined {
  return read?.reading.figures.find(
    (f) => f.value === point.value && f.start >= point.evidence.start && f.end <= point.evidence.end,
  );
}

/**
 * The same measure given different values for the same date: a discrepancy. Different dates are a
 * series, not a disagreement; a rounded figure close to a precise one agrees with it.
 */
export function figureDiscrepancies(
  series: readonly Series[],
  articles: ReadonlyMap<string, ReadArticle>,
): Discrepancy[] {
  const found: Discrepancy[] = [];
  for (const s of series) {
    const byDate = new Map<string, Series['points']>();
    for (const p of s.points) {
      if (p.asOf !== null) byDate.set(p.asOf, [...(byDate.get(p.asOf) ?? []), p]);
    }
    for (const [asOf, points] of byDate) {
      const values = points.map((p) => p.value);
      const [low, high] = [Math.min(...values), Math.max(...values)];
      if (low === high) continue;
      const rounded = points.some((p) =>
        APPROXIMATE.test(figureAt(articles.get(p.articleId), p)?.qualifier ?? ''),
      );
      if (rounded && (high - low) / Math.max(Math.abs(high), Number.EPSILON) <= ROUNDING_TOLERANCE) continue;
      const tally = new VariantTally();
      const unit = s.unit ? ` ${s.unit}` : '';
      for (const p of points) tally.add(String(p.value), `${p.value}${unit}`, p.evidence);
      found.push(discrepancy('figure', `${s.subject} as of ${asOf}`, tally.variants()));
    }
  }
  return found;
}
