import type { Discrepancy, DiscrepancyKind, Evidence } from '../../core/connected.js';
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

export function discrepancy(kind: DiscrepancyKind, subject: string, variants: Variant[]): Discrepancy {
  const values = variants.map((v) => v.value).sort();
  return { id: stableId('dis', kind, subject, ...values), kind, subject, variants };
}
