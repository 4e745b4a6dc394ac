/**
 * Scoring stories against gold clusters (B-cubed), and the peer Dossier's stories are measured beside:
 * TF-IDF vectors compared by cosine and clustered bottom-up with average link, the standard
 * document-clustering baseline on ECB+.
 */

export interface BCubed {
  precision: number;
  recall: number;
  f1: number;
}

/**
 * B-cubed over items: for each item, the share of its predicted cluster that shares its gold cluster
 * (precision) and the share of its gold cluster that shares its predicted cluster (recall), averaged.
 */
export function bcubed(predicted: ReadonlyMap<string, string>, gold: ReadonlyMap<string, string>): BCubed {
  const groups = (assign: ReadonlyMap<string, string>) => {
    const out = new Map<string, Set<string>>();
    for (const [item, cluster] of assign) {
      const set = out.get(cluster) ?? new Set<string>();
      set.add(item);
      out.set(cluster, set);
    }
    return out;
  };
  const byPredicted = groups(predicted);
  const byGold = groups(gold);
  let precision = 0;
  let recall = 0;
  const items = [...gold.keys()];
  for (const item of items) {
    const mine = byPredicted.get(predicted.get(item) ?? `single:${item}`) ?? new Set([item]);
    const truth = byGold.get(gold.get(item)!)!;
    let both = 0;
    for (const other of mine) if (truth.has(other)) both++;
    precision += both / mine.size;
    recall += both / truth.size;
  }
  precision /= items.length;
  recall /= items.length;
  return {
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
  };
}

const WORD = /\p{L}[\p{L}\p{N}'’-]*|\p{N}+/gu;

/**
 * Words, lower-cased, that appear in at least `minDocuments` documents: TF-IDF vectors normalised to unit
 * length. The standard baseline drops the words of one document (2): that needs the whole corpus at hand,
 * which an incremental system never has (a word new today may be shared tomorrow), and a word no other
 * document has only lengthens a vector, lowering its cosine with every other.
 */
function tfidfVectors(texts: readonly string[], minDocuments: number): Array<Map<string, number>> {
  const counts = texts.map((text) => {
    const tf = new Map<string, number>();
    for (const [word] of text.toLowerCase().matchAll(WORD)) tf.set(word, (tf.get(word) ?? 0) + 1);
    return tf;
  });
  const df = new Map<string, number>();
  for (const tf of counts) for (const word of tf.keys()) df.set(word, (df.get(word) ?? 0) + 1);
  return counts.map((tf) => {
    const vector = new Map<string, number>();
    let norm = 0;
    for (const [word, n] of tf) {
      const d = df.get(word)!;
      if (d < minDocuments) continue;
      const weight = (1 + Math.log(n)) * Math.log(texts.length / d);
      vector.set(word, weight);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [word, weight] of vector) vector.set(word, weight / norm);
    return vector;
  });
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [word, weight] of small) sum += weight * (large.get(word) ?? 0);
  return sum;
}

/**
 * Average-link agglomerative clustering of the texts by TF-IDF cosine: merges the closest pair of clusters
 * until `stop` says so (a number of clusters reached, or no pair above a similarity). Returns a cluster
 * label per text, in order. `minDocuments`: see `tfidfVectors`.
 */
export function tfidfAverageLink(
  texts: readonly string[],
  stop: { clusters: number } | { minSimilarity: number },
  minDocuments = 2,
): string[] {
  return averageLink(tfidfVectors(texts, minDocuments), stop);
}

/** The clustering of `tfidfAverageLink` over any unit vectors (`story-lab --global` gives it Dossier's). */
export function averageLink(
  vectors: ReadonlyArray<Map<string, number>>,
  stop: { clusters: number } | { minSimilarity: number },
): string[] {
  const n = vectors.length;
  // Sums of pairwise similarities between live clusters; average = sum / (size × size).
  const sum: Float64Array[] = Array.from({ length: n }, () => new Float64Array(n));
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) sum[i]![j] = sum[j]![i] = cosine(vectors[i]!, vectors[j]!);
  const size = new Array<number>(n).fill(1);
  const alive = new Set(Array.from({ length: n }, (_, i) => i));
  const members = Array.from({ length: n }, (_, i) => [i]);
  for (;;) {
    if ('clusters' in stop && alive.size <= stop.clusters) break;
    let best = -Infinity;
    let pair: [number, number] | null = null;
    const live = [...alive];
    for (let x = 0; x < live.length; x++) {
      const i = live[x]!;
      for (let y = x + 1; y < live.length; y++) {
        const j = live[y]!;
        const average = sum[i]![j]! / (size[i]! * size[j]!);
        if (average > best) {
          best = average;
          pair = [i, j];
        }
      }
    }
    if (!pair || ('minSimilarity' in stop && best < stop.minSimilarity)) break;
    const [keep, drop] = pair;
    for (const k of alive) {
      if (k === keep || k === drop) continue;
      sum[keep]![k] = sum[k]![keep] = sum[keep]![k]! + sum[drop]![k]!;
    }
    size[keep] = size[keep]! + size[drop]!;
    members[keep]!.push(...members[drop]!);
    alive.delete(drop);
  }
  const labels = new Array<string>(n);
  for (const root of alive) for (const i of members[root]!) labels[i] = `c${root}`;
  return labels;
}
