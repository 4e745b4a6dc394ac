import type { Figure } from '../../core/analysis.js';
import type { Discrepancy, MergedEvent, ReadArticle, ActorHead } from '../../core/connected.js';
import { clauseAround, measureOf } from '../series/measure.js';
import { describe } from './events.js';
import { APPROXIMATE, DISAGREEMENT_MAX_RATIO, ROUNDING_TOLERANCE } from './figures.js';
import { discrepancy } from './variants.js';

type Variant = Discrepancy['variants'][number];

/**
 * Figures that disagree about one merged event: two reports of the same strike, one giving 19 dead and the
 * other 15. The event fixes the subject, place and time that figures of a measure alone cannot; the figures
 * compared are those of the reports' own sentences, of one measure (the same words, unit and scope, see
 * `measureOf`), one value per article. A rounded figure close to a precise one agrees with it; values too
 * far apart in size are likelier two measures than two sources disagreeing.
 */
export function eventFigureDiscrepancies(
  events: readonly MergedEvent[],
  entities: readonly ActorHead[],
  /** Each article's figures: its reading's, or those kept with its event reports (`core/event-reports.ts`). */
  articles: ReadonlyMap<
    string,
    { article: Pick<ReadArticle['article'], 'id'>; reading: { figures: readonly Figure[] } }
  >,
): Discrepancy[] {
  const names = new Map(entities.map((e) => [e.id, e.name]));
  const found: Discrepancy[] = [];
  for (const event of events) {
    if (new Set(event.evidence.map((e) => e.articleId)).size < 2) continue;
    // measure key → article → the figures that article's reports give for it.
    const byMeasure = new Map<
      string,
      { subject: string; unit: string | null; byArticle: Map<string, Given[]> }
    >();
    for (const evidence of event.evidence) {
      const read = articles.get(evidence.articleId);
      if (!read) continue;
      for (const figure of read.reading.figures) {
        if (figure.start < evidence.start || figure.end > evidence.end) continue;
        const clause = clauseAround(
          evidence.sentence,
          figure.start - evidence.start,
          figure.end - evidence.start,
        );
        const measure = measureOf(figure, [], () => null, clause);
        if (!measure) continue;
        const entry = byMeasure.get(measure.key) ?? {
          subject: measure.subject,
          unit: figure.unit,
          byArticle: new Map<string, Given[]>(),
        };
        const given = entry.byArticle.get(read.article.id) ?? [];
        if (!given.some((g) => g.figure.value === figure.value)) given.push({ figure, evidence });
        entry.byArticle.set(read.article.id, given);
        byMeasure.set(measure.key, entry);
      }
    }
    for (const { subject, unit, byArticle } of byMeasure.values()) {
      // Two values in one article are two things it counts: that article says nothing certain here.
      const single = [...byArticle.values()].filter((g) => g.length === 1).map((g) => g[0]!);
      if (single.length < 2) continue;
      const values = single.map((g) => Math.abs(g.figure.value));
      const [low, high] = [Math.min(...values), Math.max(...values)];
      if (low === high || low === 0 || high / low > DISAGREEMENT_MAX_RATIO) continue;
      const rounded = single.some((g) => APPROXIMATE.test(g.figure.qualifier ?? ''));
      if (rounded && (high - low) / high <= ROUNDING_TOLERANCE) continue;
      const variants = new Map<number, Variant>();
      for (const { figure, evidence } of single) {
        const variant = variants.get(figure.value) ?? {
          value: `${figure.value}${unit ? ` ${unit}` : ''}`,
          articleIds: [],
          evidence: [],
        };
        variant.articleIds.push(evidence.articleId);
        variant.evidence.push(evidence);
        variants.set(figure.value, variant);
      }
      const when = event.date ? ` on ${event.date}` : '';
      found.push(
        discrepancy('figure', `${subject} in ${describe(event, names)}${when}`, [...variants.values()]),
      );
    }
  }
  return found;
}

interface Given {
  figure: Figure;
  evidence: MergedEvent['evidence'][number];
}
