import type { StoryMember, StoryRecord } from '../../core/connected.js';
import { JOIN_DATED, JOIN_PER_DAY, JOIN_SAME_SOURCE, JOIN_UNDATED, WINDOW_DAYS } from './bars.js';

/**
 * Re-placement: one-pass placement never moves an article, so an early report that joined the only story
 * of its kind there was stays there when later reports of its own event arrive and found their own story,
 * and a story that two look-alike events fed while each was young stays one. So after each placement the
 * article's neighbourhood (its story and the few stories most like it, each small enough to read whole) is
 * clustered again as the whole corpus would be clustered, bottom up with average link and the same bars an
 * article meets when it joins a story; where that tells a different grouping, articles move and stories
 * split or merge. Only the neighbourhood is read, so the cost stays flat however large the store.
 *
 * The vectors compared are those each article was placed with (its key weights as rare as they were then),
 * which the stories' sums hold, so a story rewritten from its members' vectors sums as before.
 */

/** The stories besides the article's own that are clustered again with it: the most like it. */
export const REGROUP_STORIES = Number(process.env.RS ?? 4);
/**
 * How like the article a story must be to be clustered again with it: half the lowest bar. A story less
 * like it than that shares too little with it for the article to change where the story's members belong.
 */
export const REGROUP_MIN_SIMILARITY = JOIN_UNDATED / 2;
/** The most articles a neighbourhood holds; a story that would pass it keeps its members as they are. */
export const REGROUP_MAX_ARTICLES = Number(process.env.RM ?? 80);

const DAY_MS = 86_400_000;
const dayOf = (date: string) => Math.floor(Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / DAY_MS);
const isSite = (key: string) => key.startsWith('o:');
const siteOf = (member: StoryMember) => Object.keys(member.weights).find(isSite) ?? null;

function dot(a: Record<string, number>, b: Record<string, number>): number {
  const [small, large] = Object.keys(a).length <= Object.keys(b).length ? [a, b] : [b, a];
  let sum = 0;
  for (const [key, weight] of Object.entries(small)) if (!isSite(key)) sum += weight * (large[key] ?? 0);
  return sum;
}

interface Cluster {
  members: number[];
  first: number | null;
  last: number | null;
  sites: Map<string, number>;
}

/**
 * The bar two groups' average similarity must reach to be one story: the bar an article meets joining a
 * story, for groups of any size (for an article and a story it is that bar exactly). Dated on both sides,
 * the days between their spans and the share of their pairs that one site wrote raise it; beyond the
 * window they never join.
 */
function barBetween(a: Cluster, b: Cluster): number {
  if (a.first === null || a.last === null || b.first === null || b.last === null) return Number(process.env.RG_BAR ?? JOIN_UNDATED);
  const gap = Math.max(0, b.first - a.last, a.first - b.last);
  if (gap > WINDOW_DAYS) return Infinity;
  let samePairs = 0;
  for (const [site, count] of a.sites) samePairs += count * (b.sites.get(site) ?? 0);
  const sameShare = samePairs / (a.members.length * b.members.length);
  return JOIN_DATED + JOIN_PER_DAY * Math.max(0, gap - 1 + sameShare) + JOIN_SAME_SOURCE * sameShare;
}

/**
 * The articles clustered bottom up with average link: the two groups most alike that reach their bar join,
 * until no two do. Deterministic: ties go to the pair whose first articles come first.
 */
export function clusterMembers(groups: readonly StoryMember[][]): StoryMember[][] {
  const members = groups.flat();
  const n = members.length;
  const sims = members.map((a, i) => members.map((b, j) => (i === j ? 0 : j < i ? 0 : dot(a.weights, b.weights))));
  for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) sims[i]![j] = sims[j]![i]!;
  // Sums of pairwise similarity between clusters, by cluster index; a merged cluster keeps the lower index.
  const sums = sims.map((row) => [...row]);
  const clusters: Array<Cluster | null> = members.map((member, i) => {
    const day = member.published === null ? null : dayOf(member.published);
    const site = siteOf(member);
    return { members: [i], first: day, last: day, sites: new Map(site === null ? [] : [[site, 1]]) };
  });
  const merge = (i: number, j: number) => {
    const a = clusters[i]!;
    const b = clusters[j]!;
    const sites = new Map(a.sites);
    for (const [site, count] of b.sites) sites.set(site, (sites.get(site) ?? 0) + count);
    const minOf = (x: number | null, y: number | null) => (x === null ? y : y === null ? x : Math.min(x, y));
    const maxOf = (x: number | null, y: number | null) => (x === null ? y : y === null ? x : Math.max(x, y));
    clusters[i] = {
      members: [...a.members, ...b.members].sort((x, y) => x - y),
      first: minOf(a.first, b.first),
      last: maxOf(a.last, b.last),
      sites,
    };
    clusters[j] = null;
    for (let k = 0; k < n; k++) {
      sums[i]![k] = sums[i]![k]! + sums[j]![k]!;
      sums[k]![i] = sums[i]![k]!;
    }
  };
  let start = 0;
  for (const group of groups) {
    for (let k = 1; k < group.length; k++) merge(start, start + k);
    start += group.length;
  }
  for (;;) {
    let best: [number, number, number] | null = null;
    for (let i = 0; i < n; i++) {
      const a = clusters[i];
      if (!a) continue;
      for (let j = i + 1; j < n; j++) {
        const b = clusters[j];
        if (!b) continue;
        const similarity = sums[i]![j]! / (a.members.length * b.members.length);
        if (similarity < barBetween(a, b)) continue;
        if (!best || similarity > best[2]) best = [i, j, similarity];
      }
    }
    if (!best) break;
    merge(best[0], best[1]);
  }
  return clusters.flatMap((c) => (c ? [c.members.map((i) => members[i]!)] : []));
}

/**
 * The groups as placed, refined: each article in turn (by id) weighs its own story without itself against
 * each other story of the neighbourhood, by average similarity, and moves to the likest that clears the
 * bar it would meet joining it, when that is liker than its own; an article that no longer clears its own
 * story's bar and fits no other leaves on its own. Repeated until nothing moves (at most `passes` times).
 */
export function refineGroups(groups: readonly StoryMember[][], passes = 4): StoryMember[][] {
  const members = groups.flat().sort((a, b) => a.articleId.localeCompare(b.articleId));
  const index = new Map(members.map((m, i) => [m, i]));
  const n = members.length;
  const sims = members.map((a, i) => members.map((b, j) => (j <= i ? 0 : dot(a.weights, b.weights))));
  for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) sims[i]![j] = sims[j]![i]!;
  const groupOf = new Array<number>(n);
  groups.forEach((group, g) => group.forEach((m) => (groupOf[index.get(m)!] = g)));
  let next = groups.length;
  const clusterOf = (g: number, without: number): Cluster => {
    const inGroup = [...groupOf.keys()].filter((i) => groupOf[i] === g && i !== without);
    const days = inGroup.flatMap((i) => (members[i]!.published === null ? [] : [dayOf(members[i]!.published!)]));
    const sites = new Map<string, number>();
    for (const i of inGroup) {
      const site = siteOf(members[i]!);
      if (site !== null) sites.set(site, (sites.get(site) ?? 0) + 1);
    }
    return {
      members: inGroup,
      first: days.length ? Math.min(...days) : null,
      last: days.length ? Math.max(...days) : null,
      sites,
    };
  };
  for (let pass = 0; pass < passes; pass++) {
    let moved = false;
    for (let i = 0; i < n; i++) {
      const day = members[i]!.published === null ? null : dayOf(members[i]!.published!);
      const site = siteOf(members[i]!);
      const self: Cluster = { members: [i], first: day, last: day, sites: new Map(site === null ? [] : [[site, 1]]) };
      const similarity = (c: Cluster) => c.members.reduce((sum, j) => sum + sims[i]![j]!, 0) / c.members.length;
      const own = clusterOf(groupOf[i]!, i);
      const ownSimilarity = own.members.length === 0 ? -Infinity : similarity(own);
      const fitsOwn = own.members.length > 0 && ownSimilarity >= barBetween(self, own);
      let best: { group: number; similarity: number } | null = null;
      for (const g of new Set(groupOf)) {
        if (g === groupOf[i]) continue;
        const other = clusterOf(g, i);
        if (other.members.length === 0) continue;
        const s = similarity(other);
        if (s < barBetween(self, other) || (best && s <= best.similarity)) continue;
        best = { group: g, similarity: s };
      }
      if (best && (!fitsOwn || best.similarity > ownSimilarity)) {
        groupOf[i] = best.group;
        moved = true;
      } else if (!fitsOwn && own.members.length > 0) {
        groupOf[i] = next++;
        moved = true;
      }
    }
    if (!moved) break;
  }
  const out = new Map<number, StoryMember[]>();
  for (let i = 0; i < n; i++) out.set(groupOf[i]!, [...(out.get(groupOf[i]!) ?? []), members[i]!]);
  return [...out.values()];
}

/** Whether two groupings of the same articles are the same, whatever their order. */
export function sameGrouping(a: readonly string[][], b: readonly string[][]): boolean {
  const canon = (groups: readonly string[][]) =>
    groups
      .map((g) => [...g].sort().join('\n'))
      .sort()
      .join('\n\n');
  return canon(a) === canon(b);
}

/**
 * Which story each new group is: the old story it holds most articles of keeps its id, each old id going to
 * one group at most (the largest overlaps first, ties to the lower id), so an untouched story, and one that
 * only gained or lost an article, keeps its id; a group that holds none is new (null).
 */
export function idsFor(groups: readonly string[][], old: ReadonlyMap<string, readonly string[]>): Array<string | null> {
  const overlaps: Array<[number, string, number]> = [];
  groups.forEach((group, g) => {
    const members = new Set(group);
    for (const [id, articles] of old) {
      const shared = articles.filter((a) => members.has(a)).length;
      if (shared > 0) overlaps.push([g, id, shared]);
    }
  });
  overlaps.sort((x, y) => y[2] - x[2] || x[1].localeCompare(y[1]) || x[0] - y[0]);
  const ids: Array<string | null> = groups.map(() => null);
  const used = new Set<string>();
  for (const [g, id] of overlaps) {
    if (ids[g] !== null || used.has(id)) continue;
    ids[g] = id;
    used.add(id);
  }
  return ids;
}

/**
 * A regrouped story's record: its title is its most central titled report's (the highest average
 * similarity to the others), its span its articles' dates.
 */
export function recordOf(id: string, group: readonly StoryMember[], previous: StoryRecord | undefined): StoryRecord {
  const centrality = group.map((member) =>
    group.length === 1
      ? 0
      : group.reduce((sum, other) => (other === member ? sum : sum + dot(member.weights, other.weights)), 0) /
        (group.length - 1),
  );
  const order = group
    .map((member, i) => ({ member, score: centrality[i]! }))
    .sort((a, b) => Number(b.member.titled) - Number(a.member.titled) || b.score - a.score || a.member.articleId.localeCompare(b.member.articleId));
  const central = order[0]!;
  const titled = central.member.titled;
  const dates = group.flatMap((m) => (m.published === null ? [] : [m.published])).sort();
  return {
    id,
    title: !titled && previous?.titleFromKeys ? previous.title : central.member.title,
    titleScore: group.length === 1 ? null : Math.round(central.score * 1000) / 1000,
    titleFromKeys: !titled,
    articleCount: group.length,
    from: dates[0] ?? null,
    to: dates[dates.length - 1] ?? null,
  };
}

/** A story's summed weights: its articles' vectors added up, as one-pass placement sums them. */
export function sumOf(group: readonly StoryMember[]): Record<string, number> {
  const sum: Record<string, number> = {};
  for (const member of group)
    for (const [key, weight] of Object.entries(member.weights)) sum[key] = (sum[key] ?? 0) + weight;
  return sum;
}
