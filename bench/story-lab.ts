/**
 * Development aid for story placement: reads ECB+ topics 1-35 once into a kept SQLite store (`--db`, made
 * through the real ingest path on first use), then replays placement in memory over the stored readings,
 * so a change to story features or bars is scored in seconds (the ingest's own stories are not used: the
 * replay places every article again, without furniture, as `eval-stories` would). Prints B-cubed against
 * the sub-topics; `--wrong` lists the sub-topics stories joined, `--why` the keys each such pair shares most.
 * `--global` also clusters the articles all at once by average link over all pairs, twice: with the whole
 * corpus at hand as the peer has it (final key frequencies, keys of one article dropped) and with the vectors
 * placement had (each weighed by the articles placed before it, its keys of one article kept). `--oracle`
 * places one at a time with the whole corpus's view. `--diagnose` checks every placement: whether an
 * exhaustive scan of all stories would choose otherwise than the indexed candidates did, and where each
 * article went against its sub-topic.
 *
 * What these say on topics 1-35 (dev, B-cubed F1 at the best of bars 0.15-0.23; 2026-12-05):
 * - The candidate lookup misses nothing: in none of the 768 placements does an exhaustive scan choose
 *   otherwise. The losses are 13 first reports of a sub-topic that join the other sub-topic's story (at
 *   0.21-0.42, above any bar worth having), the 110 later reports that follow them into it, and 20 reports
 *   left apart from their sub-topic's story below the bar.
 * - All at once over the vectors placement had scores 87.7 (0.15-0.17), the same as one at a time (87.7 at
 *   0.17): with what an incremental system knows, the order of decisions costs nothing. The 89.3 of all at
 *   once (0.19) is the corpus-wide view: final frequencies with keys of one article dropped (the filter that
 *   gives the TF-IDF peer its margin, 88.8 against 87.3 without it). Only with that view does the order
 *   matter (one at a time 88.0, 88.3 at 0.20). Neither weighing stored articles again at every placement with
 *   the frequencies of the moment (87.1), nor dropping the keys no placed article has from the article's
 *   vector (86.7 at best: the first report of a subject then matches on common words only), nor a bar
 *   relative to the story's own cohesion (87.7 at best), nor merging stories whose articles are alike on
 *   average (86.5) closes it.
 * - The archive's order (one topic after another) is kind to one pass. With sub-topics interleaved as a
 *   feed's are (`--shuffle 1`, `2`, `3`), one at a time scores 86.4, 86.3, 86.4 and all at once over the
 *   placement vectors 88.0, 87.7, 87.8 (best bar): there the order of decisions costs about 1.5 points (first
 *   reports glued to the other sub-topic as before, and more reports joining another story beside their
 *   own), and the candidate lookup still misses nothing. Even so, all at once over what placement knows
 *   stays below the peer's 88.8: no average-link grouping of these vectors, one at a time or all at once,
 *   beats it here. Nor did other links or weights, one at a time: the cosine with the story's centroid
 *   (87.1), its likest article (86.7), average link without the likest article (88.0 at 0.15, noise), lead
 *   sentences or names counted twice (87.6, 87.3), a larger rarity prior (88.2 at 1000, noise).
 * Re-placement was tried before (commit 1c233af, reverted: regrouping the article's story and the few
 * stories most like it after each placement): 85.7-87.8, none better than one-pass beyond noise. What glues
 * sub-topics is the names and kind words two occurrences of one recurring event share (a boxer's two title
 * fights, a player's two contract offers): the next step is evidence of *which* occurrence (its date as the
 * text gives it, its figures), not placement.
 * - Which occurrence, by the text's dates (`connect/stories/occurrence.ts`, bar doubled on a conflict): 89.9
 *   (P 87.7, R 92.2) in the archive's order, 89.3-90.0 at factors 1.5-3, 88.4 as a veto; with `--shuffle`
 *   1, 2, 3 it scores 86.3, 86.3, 86.9 (86.4, 86.3, 86.4 without): the ECB documents give no dates, so
 *   the evidence separates only once a story holds a dated report before the other occurrence's arrives.
 *   Persons as a facet (the two named most, first in the lead, by a full name: each side's principals
 *   unnamed by the other) raised precision to 90-91 but cut recall to 86-87 (misread names, reports led
 *   by another voice); places as a facet cut recall to 67.
 * - Arrival order (2026-12-06). The archive's order is one draw among many, and the one the bars were
 *   chosen on: in shuffles 1-6 one pass scored 84.5-87.7 (mean 86.3), in shuffles 7-12 (kept for checking)
 *   mean 85.5, against 89.9 in the archive's. Shuffling only within each topic (`--within`, topics kept one
 *   after another) gives 86.9-88.9: most of the spread is which report of a sub-topic comes first, not the
 *   interleaving of topics. Without the occurrence evidence the shuffles score 86.5 (mean): its 2 points are
 *   the archive order's. A bar that depends on the story's size (`SMALL_STORY` in `connect/stories`; 0.14
 *   × (1 + 0.5 / articles)) scores 88.9 in the archive's order, mean 87.3 over shuffles 1-6 (86.1-89.1) and
 *   86.5 over 7-12; 0.15 × (1 + 0.5 / n) gave 86.8, 0.13 × (1 + 0.8 / n) 87.0, and with the occurrence
 *   factor at 1.5 87.4 (88.3 in the archive's order). Dropped: merging the article's story with another
 *   whose bar it also clears when the two stories' average link (over their full summed vectors) is above
 *   a bar (0.3: mean 86.7 over shuffles 1-3 against 86.5, noise; 0.2: precision falls 3 points), and
 *   choosing among candidates by similarity over bar instead of similarity (86.6).
 *
 *     node --import tsx bench/story-lab.ts [--db /tmp/dossier-story-lab.db] [--wrong] [--why] [--global] [--oracle]
 *         [--diagnose] [--shuffle <seed> [--within]] [--topics <from>-<to>]
 */
import { bestStory, planStory, weightsOf } from '../src/connect/stories/index.js';
import type { StoryCandidate, StoryFeatures } from '../src/connect/stories/index.js';
import { MemoryStoryIndex } from '../src/connect/stories/memory-index.js';
import { averageLink, bcubed } from './story-peer.js';
import { loadLab, shuffled, topicOf } from './story-replay.js';

const at = process.argv.indexOf('--db');
const db = at > 0 ? process.argv[at + 1]! : '/tmp/dossier-story-lab.db';
const { documents, store, read: archived } = await loadLab(db);
const index = new MemoryStoryIndex();
const assigned = new Map<string, string>();
const featuresByName = new Map<string, StoryFeatures>();
// `--shuffle <seed>`: the articles in a seeded random order, sub-topics interleaved as a feed's are, instead of
// the archive's (one topic after another). `--topics <from>-<to>`: only those topics (tune on one half, check
// on the other; `story-splits.ts` scores both halves beside the peer).
const shuffleAt = process.argv.indexOf('--shuffle');
const topicsAt = process.argv.indexOf('--topics');
const [fromTopic, toTopic] = topicsAt > 0 ? process.argv[topicsAt + 1]!.split('-').map(Number) : [1, 35];
const read = shuffled(archived, shuffleAt > 0 ? Number(process.argv[shuffleAt + 1]) || 1 : 0).filter(
  ({ article }) => topicOf(article.author ?? '') >= fromTopic! && topicOf(article.author ?? '') <= toTopic!,
);
const sub = new Map(
  documents
    .filter((d) => topicOf(d.name) >= fromTopic! && topicOf(d.name) <= toTopic!)
    .map((d) => [d.name, d.subtopic]),
);
// `--within`: with `--shuffle`, the topics stay in the archive's sequence, one after another, and only the
// documents of each topic are shuffled among themselves.
if (shuffleAt > 0 && process.argv.includes('--within')) {
  const rank = new Map<number, number>();
  for (const d of documents) if (!rank.has(topicOf(d.name))) rank.set(topicOf(d.name), rank.size);
  const position = new Map(read.map((r, i) => [r, i]));
  read.sort(
    (a, b) =>
      rank.get(topicOf(a.article.author ?? ''))! - rank.get(topicOf(b.article.author ?? ''))! ||
      position.get(a)! - position.get(b)!,
  );
}
// `--oracle`: incremental placement told what only the whole corpus knows (final key frequencies, keys of
// one article dropped), to tell what incremental weighting costs from what one-pass placement costs.
const oracle = process.argv.includes('--oracle');
const finalDf: Record<string, number> = {};
for (const { features } of read)
  for (const key of Object.keys(features.terms)) finalDf[key] = (finalDf[key] ?? 0) + 1;
if (oracle)
  index.frequencies = (keys: string[]) => ({
    articles: read.length,
    df: Object.fromEntries(keys.map((key) => [key, finalDf[key] ?? 0])),
  });
// `--diagnose`: what the index offered each article (its candidates), what an exhaustive scan of every story
// would have chosen, and where the article went against its sub-topic.
const diagnose = process.argv.includes('--diagnose');
let offered: StoryCandidate[] = [];
const lookup = index.candidates.bind(index);
index.candidates = (postingKeys: string[], keys: string[]) => (offered = lookup(postingKeys, keys));
const subtopicsOf = new Map<string, Map<string, number>>();
const kinds = new Map<string, number>();
let missed = 0;
// Each article's vector as placement weighed it (what the index adds to its story), for `--global`.
const placedVectors = new Map<string, Map<string, number>>();
for (const { article, features: all } of read) {
  const name = article.author ?? '';
  const features = oracle
    ? { ...all, terms: Object.fromEntries(Object.entries(all.terms).filter(([key]) => finalDf[key]! >= 2)) }
    : all;
  featuresByName.set(name, features);
  const weights = weightsOf(features, await index.frequencies(Object.keys(features.terms)));
  placedVectors.set(name, new Map(Object.entries(weights)));
  const update = await planStory(features, index);
  if (diagnose) {
    const every = index.stories(Object.keys(index.data.stories), Object.keys(update.weights));
    const chosen = update.isNew ? null : update.story.id;
    if ((bestStory(features, weights, every)?.story.id ?? null) !== chosen) missed++;
    const kind = placementKind(sub.get(name)!, chosen, offered);
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    // `--glue`: what joined a first report to another sub-topic's story (the keys adding most to the cosine).
    if (process.argv.includes('--glue') && kind === 'first of its sub-topic joins another') {
      const story = every.find((c) => c.id === chosen)!;
      const parts = Object.entries(weights)
        .map(([k, w]): [string, number] => [k, (w * (story.keyWeights[k] ?? 0)) / story.articleCount])
        .sort((a, b) => b[1] - a[1]);
      const total = parts.reduce((sum, [, v]) => sum + v, 0);
      console.log(
        `${name} -> ${[...subtopicsOf.get(chosen!)!.keys()].join('/')} (${story.articleCount}) at ${total.toFixed(3)}:`,
        parts
          .slice(0, 12)
          .map(([k, v]) => `${k}:${v.toFixed(3)}`)
          .join(' '),
      );
    }
  }
  await index.apply(update);
  // A bridge merged stories: their articles are the kept story's now.
  for (const gone of update.merged ?? []) {
    for (const [other, story] of assigned) if (story === gone) assigned.set(other, update.story.id);
    const kept = subtopicsOf.get(update.story.id) ?? new Map<string, number>();
    for (const [subtopic, n] of subtopicsOf.get(gone) ?? [])
      kept.set(subtopic, (kept.get(subtopic) ?? 0) + n);
    subtopicsOf.set(update.story.id, kept);
    subtopicsOf.delete(gone);
  }
  assigned.set(name, update.story.id);
  const counts = subtopicsOf.get(update.story.id) ?? new Map<string, number>();
  counts.set(sub.get(name)!, (counts.get(sub.get(name)!) ?? 0) + 1);
  subtopicsOf.set(update.story.id, counts);
}

/** Where an article went, against the stories placed so far and its sub-topic's likeliest story among them. */
function placementKind(subtopic: string, chosen: string | null, candidates: StoryCandidate[]): string {
  let own: string | null = null;
  let most = 0;
  for (const [id, counts] of subtopicsOf)
    if ((counts.get(subtopic) ?? 0) > most) [own, most] = [id, counts.get(subtopic)!];
  if (chosen === null) {
    if (own === null) return 'starts its sub-topic';
    return candidates.some((c) => c.id === own)
      ? 'apart from its sub-topic (candidate below the bar)'
      : 'apart from its sub-topic (not a candidate)';
  }
  const counts = [...subtopicsOf.get(chosen)!].sort((a, b) => b[1] - a[1]);
  if (counts[0]![0] === subtopic) return 'joins its sub-topic';
  if (own === null) return 'first of its sub-topic joins another';
  if (own === chosen) return 'joins a story its sub-topic was glued into';
  return candidates.some((c) => c.id === own)
    ? 'joins another beside its own (candidate)'
    : 'joins another beside its own (not a candidate)';
}

const score = bcubed(assigned, sub);
console.log(`stories ${new Set(assigned.values()).size}`, JSON.stringify(score));
if (diagnose) {
  console.log(`placements where an exhaustive scan of every story chooses otherwise: ${missed}`);
  for (const [kind, n] of [...kinds].sort((a, b) => b[1] - a[1])) console.log(n, kind);
}
const wrong = new Map<string, number>();
const byStory = new Map<string, string[]>();
for (const [name, story] of assigned) byStory.set(story, [...(byStory.get(story) ?? []), name]);
for (const names of byStory.values()) {
  const subs = [...new Set(names.map((n) => sub.get(n)!))].sort();
  if (subs.length > 1) wrong.set(subs.join(' + '), (wrong.get(subs.join(' + ')) ?? 0) + names.length);
}
if (process.argv.includes('--wrong'))
  for (const [pair, n] of [...wrong].sort((a, b) => b[1] - a[1])) console.log(n, pair);
if (process.argv.includes('--why'))
  for (const names of byStory.values()) {
    const groups = new Map<string, Record<string, number>>();
    for (const name of names) {
      const f = featuresByName.get(name)!;
      const w = weightsOf(f, index.frequencies(Object.keys(f.terms)));
      const g = groups.get(sub.get(name)!) ?? {};
      for (const [k, v] of Object.entries(w)) g[k] = (g[k] ?? 0) + v / names.length;
      groups.set(sub.get(name)!, g);
    }
    if (groups.size < 2) continue;
    const [a, b] = [...groups.values()];
    const shared = Object.keys(a!)
      .filter((k) => b![k])
      .map((k): [string, number] => [k, a![k]! * b![k]!]);
    shared.sort((x, y) => y[1] - x[1]);
    console.log(
      [...groups.keys()].join('+'),
      shared
        .slice(0, 15)
        .map(([k, v]) => `${k}:${v.toFixed(3)}`)
        .join(' '),
    );
  }
if (process.argv.includes('--global')) {
  const all = [...featuresByName];
  const df: Record<string, number> = {};
  for (const [, f] of all) for (const key of Object.keys(f.terms)) df[key] = (df[key] ?? 0) + 1;
  const vectors = all.map(([, f]) => {
    const shared = { ...f, terms: Object.fromEntries(Object.entries(f.terms).filter(([k]) => df[k]! >= 2)) };
    return new Map(Object.entries(weightsOf(shared, { articles: all.length, df })));
  });
  // The same clustering over the vectors placement had (weighed by what was placed before each, keys of one
  // article kept): what all-at-once clustering gains without the whole corpus's foresight.
  const placed = all.map(([name]) => placedVectors.get(name)!);
  for (const [view, over] of [
    ['final frequencies, keys of one article dropped', vectors],
    ['placement vectors', placed],
  ] as const)
    for (const minSimilarity of [0.15, 0.17, 0.19, 0.21, 0.23]) {
      const labels = averageLink(over, { minSimilarity });
      const score = bcubed(new Map(all.map(([name], i) => [name, labels[i]!])), sub);
      console.log(
        `global average link ≥ ${minSimilarity} (${view}): ${new Set(labels).size}`,
        JSON.stringify(score),
      );
    }
}
await store.close();
