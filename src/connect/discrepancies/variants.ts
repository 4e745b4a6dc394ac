import type { Discrepancy, DiscrepancyKind, Evidence } from '../../core/connected.js';
import { clampConfidence } from '../../core/confidence.js';
import { stableId } from '../entities/ids.js';

type Variant = Discrepancy['variants'][number];

/** Collects what each source says: one variant per distinct value, with the first sentence from each article. */
export class VariantTally {
  private readonly byKey = new Map<string, Variant>();

  add(key: string, value: string, evidence: Evidence): void {
    const variant = this.byKey.get(key) ?? { value, articleIds: [], evidence: [] };
    if (!variant.articleIds.includes(evidence.articleId)) {
      variant.articleIds.push(evidence.articleId);
      variant.evidence.push(evidence);
    }
    this.byKey.set(key, variant);
  }

  get size(): number {
    return this.byKey.size;
  }

  variants(): Variant[] {
    return [...this.byKey.values()];
  }
}

/**
 * A first estimate, by kind, of how often a disagreement of that kind is real rather than a reading error:
 * a title or a figure read twice is firmer ground than a place or a spelling, where paraphrase and
 * transliteration produce most of the differences.
 */
const PRIOR: Record<DiscrepancyKind, number> = {
  role: 0.6,
  figure: 0.5,
  'event-date': 0.5,
  'self-contradiction': 0.5,
  spelling: 0.4,
  'event-place': 0.4,
};

/** A variant given by several articles is less likely to be one article's slip. */
const supportOf = (variant: Variant): number => Math.min(1, 0.85 + 0.15 * (variant.articleIds.length - 1));

export function discrepancy(kind: DiscrepancyKind, subject: string, variants: Variant[]): Discrepancy {
  const values = variants.map((v) => v.value).sort();
  const weakest = Math.min(...variants.map(supportOf));
  return {
    id: stableId('dis', kind, subject, ...values),
    kind,
    subject,
    variants,
    confidence: clampConfidence(PRIOR[kind] * (weakest / 0.85)),
  };
}
