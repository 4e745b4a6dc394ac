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
 * How often a disagreement of each kind is real rather than a reading error, once the checks before it
 * have ruled out paraphrase (titles), other measures and scopes (figures) and other events: a title or a
 * figure read twice is firm ground; a spelling is mostly transliteration; a day apart may be a time zone.
 */
const PRIOR: Record<DiscrepancyKind, number> = {
  role: 0.8,
  figure: 0.75,
  'event-date': 0.6,
  'event-place': 0.6,
  spelling: 0.6,
  'self-contradiction': 0.55,
};

/** A variant given by several articles is less likely to be one article's slip. */
const supportOf = (variant: Variant): number =>
  variant.articleIds.length >= 3 ? 1 : variant.articleIds.length === 2 ? 0.9 : 0.75;

/** A discrepancy with its confidence: the kind's prior times the support of its weakest variant. */
export function discrepancy(kind: DiscrepancyKind, subject: string, variants: Variant[]): Discrepancy {
  const values = variants.map((v) => v.value).sort();
  const weakest = Math.min(...variants.map(supportOf));
  return {
    id: stableId('dis', kind, subject, ...values),
    kind,
    subject,
    variants,
    confidence: clampConfidence(PRIOR[kind] * weakest),
  };
}
