/**
 * Designs of story placement other than the shipped bars, each fitted on one half of ECB+ topics 1-35 and
 * read on the other (the halves of `story-splits.ts`: 1-17, 18-35; the archive's order and `--shuffles`
 * shuffled orders), beside the peer with its threshold chosen on the other half. `--exp` names them:
 * `shipped` (the bars as they are), `bars` (the bars chosen on the training half), `join` (only the bar
 * chosen, the size term left at 1), `single` (no size term), `nobridge`, `people` / `per2` / `plc2` / `fig` / `agree` (one more piece of event-level evidence
 * as a factor on the bar, chosen with it: the lead people, places, figures of each side unnamed by the
 * other, or a lead figure the other gives), `fixed` (the figures at one bar), `lr` and `lr-threshold` (a
 * likelihood ratio in place of the bars: naive Bayes counts from the training half placed by its gold
 * sub-topics, each article against the stories placed before it; joins at log-odds above 0, or above a
 * bar chosen on the training half), `counts` (each piece of evidence's counts on the training half).
 * `--link centroid`: the cosine with the story's centroid instead of average link. Placement here is
 * exhaustive over the stories (the index misses nothing on ECB+, `story-lab.ts --diagnose`). Results
 * (2026-12-06): docs/architecture.md, "Stories": only `join` beat the shipped bars held out, and was kept.
 *
 *     node --import tsx bench/story-evidence.ts [--db /tmp/dossier-story-lab.db] [--shuffles 6]
 *         [--exp bars,fig,lr-threshold] [--link centroid]
 */
import { existsSync, readFileSync } from 'node:fs';
import { weightsOf, type StoryFeatures } from '../src/connect/stories/index.js';
import { conflictingFacet, occurrenceWeights } from '../src/connect/stories/occurrence.js';
import { bcubed } from './story-peer.js';
import { loadLab, shuffled, topicOf, type LabArticle } from './story-replay.js';

const arg = (name: string, fallback: string) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1]! : fallback;
};
const db = arg('--db', '/tmp/dossier-story-lab.db');
const shuffles = Number(arg('--shuffles', '6'));
const { documents, store, read: archived } = await loadLab(db);

/** Who and where an article leads with (named in its first sentences) and names anywhere. */
interface Facts {
  leadPeople: Set<string>;
  people: Set<string>;
  leadPlaces: Set<string>;
  places: Set<string>;
  /** Figures by what they measure (the subject's head word and the unit): in the lead, and anywhere. */
  leadFigures: Set<string>;
  figures: Set<string>;
}
const FACT_KEYS = ['leadPeople', 'people', 'leadPlaces', 'places', 'leadFigures', 'figures'] as const;
const noFacts = (): Facts => ({
  leadPeople: new Set(),
  people: new Set(),
  leadPlaces: new Set(),
  places: new Set(),
  leadFigures: new Set(),
  figures: new Set(),
});
const LEAD = 3;
const factsOf = new Map<string, Facts>();
for (const { article, features } of archived) {
  const stored = await store.getReading(article.id);
  const facts = noFacts();
  if (stored) {
    const { reading } = stored;
    for (const f of reading.figures) {
      const head = f.subject?.toLowerCase().split(/\s+/).pop();
      if (!head) continue;
      const key = `${head.replace(/s$/, '')}|${f.unit ?? ''}=${f.value}`;
      facts.figures.add(key);
      if (f.sentence < LEAD) facts.leadFigures.add(key);
    }
    const byId = new Map(reading.entities.map((e) => [e.id, e]));
    for (const m of reading.mentions) {
      const e = byId.get(m.entityId);
      if (!e) continue;
      const last = e.name.toLowerCase().split(/\s+/).pop()!;
      if (e.type === 'person') {
        facts.people.add(last);
        if (m.sentence < LEAD) facts.leadPeople.add(last);
      } else if (e.type === 'place' || e.type === 'country') {
        const key = e.name.toLowerCase();
        facts.places.add(key);
        if (m.sentence < LEAD) facts.leadPlaces.add(key);
      }
    }
  }
  factsOf.set(features.articleId, facts);
}
await store.close();
const sub = new Map(documents.map((d) => [d.name, d.subtopic]));

interface Story {
  id: string;
  count: number;
  weights: Map<string, number>;
  /** The squared length of the summed article vectors (occurrence sums left out), for the centroid link. */
  norm2: number;
  facts: Facts;
}

/**
 * Whether each side's lead names are unnamed by the other: `foreign` where at least `share` of each side's
 * are (1: none named by the other; 0.5: the occurrence rule's `FOREIGN_SHARE`, as for the boxer's two
 * opponents or the navy's two ships), else `shared`; `none` without lead names on both sides.
 */
function shareFacet(
  leadA: Set<string>,
  allA: Set<string>,
  leadB: Set<string>,
  allB: Set<string>,
  share: number,
) {
  if (leadA.size === 0 || leadB.size === 0) return 'none';
  const unknownToB = [...leadA].filter((x) => !allB.has(x)).length / leadA.size;
  const unknownToA = [...leadB].filter((x) => !allA.has(x)).length / leadB.size;
  return unknownToB >= share && unknownToA >= share ? 'foreign' : 'shared';
}

/**
 * `conflict` where a measure each side leads with has values the other never gives for it (23 pirates
 * captured and 26), `agree` where a lead value is given by the other, else `none`.
 */
function figureFacet(a: Facts, b: Facts): string {
  const measures = (set: Set<string>) => {
    const out = new Map<string, Set<string>>();
    for (const key of set) {
      const [measure, value] = key.split('=') as [string, string];
      out.set(measure, (out.get(measure) ?? new Set()).add(value));
    }
    return out;
  };
  const [aLead, aAll, bLead, bAll] = [a.leadFigures, a.figures, b.leadFigures, b.figures].map(measures);
  let agree = false;
  for (const [measure, values] of aLead!) {
    const other = bAll!.get(measure);
    if (!other) continue;
    if ([...values].some((v) => other.has(v))) agree = true;
    else {
      const theirs = bLead!.get(measure);
      const mine = aAll!.get(measure)!;
      if (theirs && ![...theirs].some((v) => mine.has(v))) return 'conflict';
    }
  }
  return agree ? 'agree' : 'none';
}

const COS_EDGES = [0.05, 0.1, 0.14, 0.18, 0.22, 0.26, 0.3, 0.35, 0.4, 0.5];
const sizeBucket = (n: number) => (n === 1 ? '1' : n <= 3 ? '2-3' : '4+');
const cosBucket = (c: number) => COS_EDGES.filter((e) => c >= e).length;

type Evidence = Record<string, string>;
function evidence(features: StoryFeatures, story: Story, cos: number): Evidence {
  const facts = factsOf.get(features.articleId)!;
  // conflictingFacet reads the story's sums by key; the map answers them.
  const keyWeights = new Proxy({}, { get: (_, key) => story.weights.get(String(key)) });
  const candidate = { id: story.id, keyWeights, articleCount: story.count } as never;
  return {
    cos: `${cosBucket(cos)}|${sizeBucket(story.count)}`,
    occ: conflictingFacet(features.occurrence, candidate) === null ? 'clear' : 'conflict',
    per: shareFacet(facts.leadPeople, facts.people, story.facts.leadPeople, story.facts.people, 1),
    plc: shareFacet(facts.leadPlaces, facts.places, story.facts.leadPlaces, story.facts.places, 1),
    per2: shareFacet(facts.leadPeople, facts.people, story.facts.leadPeople, story.facts.people, 0.5),
    fig: figureFacet(facts, story.facts),
    plc2: shareFacet(facts.leadPlaces, facts.places, story.facts.leadPlaces, story.facts.places, 0.5),
  };
}

/** `--link centroid`: the cosine with the story's centroid instead of the average cosine with its articles. */
const centroid = arg('--link', 'average') === 'centroid';
const cosineOf = (weights: Array<[string, number]>, story: Story) => {
  let sum = 0;
  for (const [key, w] of weights) sum += w * (story.weights.get(key) ?? 0);
  return centroid ? sum / Math.sqrt(story.norm2 || 1) : sum / story.count;
};
const normOf = (weights: Map<string, number>) => {
  let sum = 0;
  for (const [key, w] of weights) if (/^[wpey]:/.test(key)) sum += w * w;
  return sum;
};
/** Each order's article vectors: weighed by the articles before them, whatever placement decides. */
const vectorCache = new Map<readonly LabArticle[], Array<Array<[string, number]>>>();
function vectorsOf(read: readonly LabArticle[]): Array<Array<[string, number]>> {
  const cached = vectorCache.get(read);
  if (cached) return cached;
  const df: Record<string, number> = {};
  let articles = 0;
  const out = read.map(({ features }) => {
    const weights = Object.entries(weightsOf(features, { articles, df }));
    for (const key of Object.keys(features.terms)) df[key] = (df[key] ?? 0) + 1;
    articles++;
    return weights;
  });
  vectorCache.set(read, out);
  return out;
}

interface Model {
  prior: number;
  ratio: Record<string, Record<string, number>>;
}
type Decide = (scored: Array<{ story: Story; cos: number; ev: Evidence }>) => {
  join: Story | null;
  bridge: Story[];
};

/**
 * Places the articles one at a time as `decide` says; without it, each in its gold sub-topic's story,
 * reporting the article's five likest stories to `pairs` (with whether each is its own).
 */
function place(
  read: readonly LabArticle[],
  decide: Decide | null,
  pairs?: Array<{ ev: Evidence; same: boolean }>,
): Map<string, string> {
  const vectors = vectorsOf(read);
  const stories: Story[] = [];
  const assigned = new Map<string, string>();
  const storyOfName = new Map<string, Story>();
  for (const [i, { article, features }] of read.entries()) {
    const name = article.author ?? '';
    const weights = vectors[i]!;
    const scored = stories
      .map((story) => ({ story, cos: cosineOf(weights, story) }))
      .filter((s) => s.cos >= COS_EDGES[0]!)
      .map((s) => ({ ...s, ev: evidence(features, s.story, s.cos) }));
    let target: Story | null;
    if (decide === null) {
      target = stories.find((s) => s.id === sub.get(name)) ?? null;
      const top = [...scored].sort((a, b) => b.cos - a.cos).slice(0, 5);
      for (const s of top) pairs!.push({ ev: s.ev, same: s.story.id === sub.get(name) });
    } else {
      const { join, bridge } = decide(scored);
      target = join;
      for (const other of bridge) {
        if (other === join) continue;
        for (const [k, w] of other.weights) join!.weights.set(k, (join!.weights.get(k) ?? 0) + w);
        join!.norm2 = normOf(join!.weights);
        join!.count += other.count;
        for (const key of FACT_KEYS) for (const x of other.facts[key]) join!.facts[key].add(x);
        stories.splice(stories.indexOf(other), 1);
        for (const [n, s] of storyOfName) if (s === other) storyOfName.set(n, join!);
      }
    }
    if (target === null) {
      target = {
        id: decide === null ? sub.get(name)! : `s${stories.length}-${name}`,
        count: 0,
        weights: new Map(),
        norm2: 0,
        facts: noFacts(),
      };
      stories.push(target);
    }
    target.count++;
    for (const [k, w] of weights) {
      const old = target.weights.get(k) ?? 0;
      target.weights.set(k, old + w);
      target.norm2 += (old + w) ** 2 - old ** 2;
    }
    for (const [k, w] of Object.entries(occurrenceWeights(features.occurrence)))
      target.weights.set(k, (target.weights.get(k) ?? 0) + w);
    const facts = factsOf.get(features.articleId)!;
    for (const key of FACT_KEYS) for (const x of facts[key]) target.facts[key].add(x);
    storyOfName.set(name, target);
  }
  for (const [n, s] of storyOfName) assigned.set(n, s.id);
  return assigned;
}

/** Naive Bayes counts over the evidence, each value's ratio P(value | same) / P(value | other), add-half. */
function fit(pairs: Array<{ ev: Evidence; same: boolean }>, use: string[]): Model {
  const same = pairs.filter((p) => p.same).length;
  const other = pairs.length - same;
  const ratio: Record<string, Record<string, number>> = {};
  for (const feature of use) {
    const values = new Set(pairs.map((p) => p.ev[feature]!));
    ratio[feature] = {};
    for (const value of values) {
      const s = pairs.filter((p) => p.same && p.ev[feature] === value).length + 0.5;
      const o = pairs.filter((p) => !p.same && p.ev[feature] === value).length + 0.5;
      ratio[feature][value] =
        Math.log(s / (same + 0.5 * values.size)) - Math.log(o / (other + 0.5 * values.size));
    }
  }
  return { prior: Math.log(same / other), ratio };
}

const logOdds = (model: Model, ev: Evidence) =>
  Object.entries(model.ratio).reduce((sum, [feature, r]) => sum + (r[ev[feature]!] ?? 0), model.prior);

/** Joins the candidate of highest log-odds above `threshold`; with `bridge`, merges every such candidate. */
const byModel =
  (model: Model, bridge: boolean, threshold = 0): Decide =>
  (scored) => {
    const ranked = scored
      .map((s) => ({ ...s, odds: logOdds(model, s.ev) }))
      .filter((s) => s.odds > threshold)
      .sort((a, b) => b.odds - a.odds);
    const join = ranked[0]?.story ?? null;
    return { join, bridge: bridge && ranked.length >= 2 ? ranked.map((r) => r.story) : [] };
  };

interface Bars {
  join: number;
  small: number;
  bridge: number;
  /** The factor on the bar where the text's dates say another occurrence (`OTHER_OCCURRENCE`). */
  occurrence: number;
  /** A factor on the bar where one more piece of evidence has one value (`per` is `foreign`: × 2). */
  evidence?: { feature: string; value: string; factor: number };
}
const SHIPPED: Bars = { join: 0.14, small: 1, bridge: 0.3, occurrence: 2 };

/** The current rule: cosine over join × (1 + small / n), raised on other evidence; a bridge merges. */
const byBars =
  (bars: Bars): Decide =>
  (scored) => {
    const bar = (s: (typeof scored)[number]) =>
      bars.join *
      (1 + bars.small / s.story.count) *
      (s.ev.occ === 'conflict' ? bars.occurrence : 1) *
      (bars.evidence && s.ev[bars.evidence.feature] === bars.evidence.value ? bars.evidence.factor : 1);
    const clearing = scored.filter((s) => s.cos >= bar(s)).sort((a, b) => b.cos - a.cos);
    const bridging = clearing.filter((s) => s.cos >= bars.bridge);
    const bridged = bridging.length >= 2 ? bridging.map((s) => s.story) : [];
    const first = bridged.length
      ? [...bridged].sort((a, b) => b.count - a.count)[0]!
      : (clearing[0]?.story ?? null);
    return { join: first, bridge: bridged };
  };

const HALVES = { '1-17': [1, 17], '18-35': [18, 35] } as const;
type Half = keyof typeof HALVES;
const inHalf = (half: Half, name: string) =>
  topicOf(name) >= HALVES[half][0] && topicOf(name) <= HALVES[half][1];
const orderCache = new Map<Half, LabArticle[][]>();
const orders = (half: Half) => {
  if (!orderCache.has(half))
    orderCache.set(
      half,
      Array.from({ length: shuffles + 1 }, (_, seed) =>
        shuffled(archived, seed).filter((r) => inHalf(half, r.article.author ?? '')),
      ),
    );
  return orderCache.get(half)!;
};
const goldOf = (half: Half) => new Map([...sub].filter(([name]) => inHalf(half, name)));
const pct = (x: number) => (100 * x).toFixed(1);
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

function score(half: Half, decide: Decide): number[] {
  return orders(half).map((order) => bcubed(place(order, decide), goldOf(half)).f1);
}
const line = (f1s: number[]) =>
  `archive ${pct(f1s[0]!)}, shuffles mean ${pct(mean(f1s.slice(1)))} [${f1s.slice(1).map(pct).join(' ')}]`;

const peerFile = `${db}.peer.json`;
const peer: Record<string, Record<string, number>> = existsSync(peerFile)
  ? JSON.parse(readFileSync(peerFile, 'utf8'))
  : {};
const SETS: Record<string, string[]> = {
  cos: ['cos'],
  'cos+occ': ['cos', 'occ'],
  'cos+occ+per': ['cos', 'occ', 'per'],
  'cos+occ+per+plc': ['cos', 'occ', 'per', 'plc'],
  'cos+occ+fig': ['cos', 'occ', 'fig'],
};
const experiments = arg('--exp', 'bars').split(',');
/** The bars of `grid` best on the training half (mean over its orders), and that mean. */
function choose(half: Half, grid: Bars[]): [Bars, number] {
  let best: [Bars, number] = [grid[0]!, -1];
  for (const bars of grid) {
    const f = mean(score(half, byBars(bars)));
    if (f > best[1]) best = [bars, f];
  }
  return best;
}
const JOINS = centroid ? [0.14, 0.17, 0.2, 0.23, 0.26] : [0.12, 0.14, 0.16];
/** The bars with the evidence's factor, over the joins, the size terms 0.5 and 1, and the factors. */
const withEvidence = (feature: string, value: string, factors: number[]) =>
  JOINS.flatMap((join) =>
    [0.5, 1].flatMap((small) =>
      factors.map((factor) => ({ ...SHIPPED, join, small, evidence: { feature, value, factor } })),
    ),
  );
const grids: Record<string, Bars[]> = {
  bars: JOINS.flatMap((join) => [0.5, 1, 1.5].map((small) => ({ ...SHIPPED, join, small }))),
  single: [...JOINS, 0.18, 0.2, 0.22].map((join) => ({ ...SHIPPED, join, small: 0 })),
  join: JOINS.map((join) => ({ ...SHIPPED, join })),
  nobridge: JOINS.flatMap((join) => [0.5, 1, 1.5].map((small) => ({ ...SHIPPED, join, small, bridge: 9 }))),
  people: withEvidence('per', 'foreign', [1.5, 2]),
  per2: withEvidence('per2', 'foreign', [1.5, 2]),
  plc2: withEvidence('plc2', 'foreign', [1.5, 2]),
  fig: withEvidence('fig', 'conflict', [1.5, 2]),
  agree: withEvidence('fig', 'agree', [0.7, 0.85]),
};
for (const [train, test] of [
  ['1-17', '18-35'],
  ['18-35', '1-17'],
] as Array<[Half, Half]>) {
  console.log(`train ${train} → test ${test}${centroid ? ' (centroid link)' : ''}`);
  const peerBest = Object.entries(peer[train] ?? {}).sort((a, b) => b[1] - a[1])[0];
  if (peerBest) console.log(`  peer at ${peerBest[0]} (best on ${train}): ${pct(peer[test]![peerBest[0]]!)}`);
  for (const name of experiments) {
    if (name === 'counts') {
      // Each evidence value's pairs (same sub-topic / other) on the training half placed by gold.
      const pairs: Array<{ ev: Evidence; same: boolean }> = [];
      for (const order of orders(train)) place(order, null, pairs);
      for (const feature of ['occ', 'per', 'per2', 'plc2', 'fig']) {
        const counts: Record<string, [number, number]> = {};
        for (const p of pairs) (counts[p.ev[feature]!] ??= [0, 0])[p.same ? 0 : 1]++;
        console.log(`  ${feature} ${JSON.stringify(counts)}`);
      }
    } else if (name === 'shipped') console.log(`  bars as shipped: ${line(score(test, byBars(SHIPPED)))}`);
    else if (name === 'fixed')
      // Evidence at the same bars on the test half: what it adds, apart from which bars a half chooses.
      for (const bars of [{ ...SHIPPED, join: 0.12 }, ...withEvidence('fig', 'conflict', [1.5, 2])].filter(
        (b) => b.join === 0.12 && b.small === 1,
      ))
        console.log(`  fixed ${JSON.stringify(bars)}: ${line(score(test, byBars(bars)))}`);
    else if (grids[name]) {
      const [bars, f] = choose(train, grids[name]);
      console.log(
        `  ${name} chosen on ${train} (${JSON.stringify(bars)}; ${pct(f)} there): ${line(score(test, byBars(bars)))}`,
      );
    } else if (name.startsWith('lr')) {
      const pairs: Array<{ ev: Evidence; same: boolean }> = [];
      for (const order of orders(train)) place(order, null, pairs);
      for (const [label, use] of Object.entries(SETS)) {
        const model = fit(pairs, use);
        if (name === 'lr') {
          console.log(`  LR ${label}: ${line(score(test, byModel(model, false)))}`);
          console.log(`  LR ${label} + bridge: ${line(score(test, byModel(model, true)))}`);
        } else {
          // `lr-threshold`: the log-odds bar chosen on the training half.
          let best: [number, number] = [0, -1];
          for (const t of [-1, -2, -3, -4]) {
            const f = mean(score(train, byModel(model, false, t)));
            if (f > best[1]) best = [t, f];
          }
          console.log(
            `  LR ${label} > ${best[0]} (${pct(best[1])} on ${train}): ${line(score(test, byModel(model, false, best[0])))}`,
          );
        }
      }
    }
  }
}
