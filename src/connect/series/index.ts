import type { Mention } from '../../core/analysis.js';
import { clampConfidence } from '../../core/confidence.js';
import type { ReadArticle, Series } from '../../core/connected.js';
import { evidenceAt, memberKey, publishedDay } from '../entities/evidence.js';
import { stableId } from '../entities/ids.js';
import { parseTimex } from '../events/dates.js';
import { measureOf } from './measure.js';

type Point = Series['points'][number];

/**
 * Figures on the same measure across articles (and within one), as series: points in date order, each
 * dated by its as-of date or else its article's publication day. A measure given once is a figure, not a
 * series, and is left out; the same value repeated by one article on one date is one point. An as-of date
 * that is no calendar date ("PRESENT_REF") counts as the publication day.
 */
export function buildSeries(articles: ReadArticle[], memberOf: Map<string, string>): Series[] {
  const measures = new Map<string, { subjects: string[]; unit: string | null; points: Point[] }>();
  for (const read of articles) {
    const bySentence = new Map<number, Mention[]>();
    for (const m of read.reading.mentions)
      bySentence.set(m.sentence, [...(bySentence.get(m.sentence) ?? []), m]);
    const resolve = (m: Mention) => memberOf.get(memberKey(read.article.id, m.entityId)) ?? null;
    for (const figure of read.reading.figures) {
      const measure = measureOf(figure, bySentence.get(figure.sentence) ?? [], resolve);
      if (!measure) continue;
      const entry = measures.get(measure.key) ?? { subjects: [], unit: figure.unit, points: [] };
      // "PRESENT_REF" and the like hold at the article's date.
      const asOf = parseTimex(figure.asOf)?.value ?? publishedDay(read);
      const repeated = entry.points.some(
        (p) => p.articleId === read.article.id && p.value === figure.value && p.asOf === asOf,
      );
      if (!repeated) {
        entry.subjects.push(measure.subject);
        entry.points.push({
          value: figure.value,
          asOf,
          articleId: read.article.id,
          evidence: evidenceAt(read, figure.start),
        });
      }
      measures.set(measure.key, entry);
    }
  }
  const series: Series[] = [];
  for (const [key, entry] of measures) {
    if (entry.points.length < 2) continue;
    const points = [...entry.points].sort(
      (a, b) =>
        (a.asOf ?? '').localeCompare(b.asOf ?? '') ||
        a.articleId.localeCompare(b.articleId) ||
        a.evidence.start - b.evidence.start,
    );
    series.push({
      id: stableId('ser', key),
      subject: mostCommon(entry.subjects),
      unit: entry.unit,
      points,
      confidence: seriesConfidence(points),
    });
  }
  return series.sort(
    (a, b) => (a.points[0]?.asOf ?? '').localeCompare(b.points[0]?.asOf ?? '') || a.id.localeCompare(b.id),
  );
}

/**
 * A series is a measure over time: points on one date only are one fact repeated (corroboration) and stay
 * below `CONFIDENT`; each further date makes a chance match of unrelated numbers less likely.
 */
function seriesConfidence(points: readonly Point[]): number {
  const dates = new Set(points.map((p) => p.asOf)).size;
  return clampConfidence(dates < 2 ? 0.3 : 0.5 + 0.1 * (dates - 2));
}

function mostCommon(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}
