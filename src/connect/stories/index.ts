import type {
  StoryCandidate,
  StoryMember,
  StoryRecord,
  StoryRegroup,
  StoryUpdate,
} from '../../core/connected.js';
import type { StoryFeatures } from './features.js';
import { JOIN_DATED, JOIN_PER_DAY, JOIN_SAME_SOURCE, JOIN_UNDATED, WINDOW_DAYS } from './bars.js';
import {
  clusterMembers,
  refineGroups,
  idsFor,
  recordOf,
  REGROUP_MAX_ARTICLES,
  REGROUP_MIN_SIMILARITY,
  REGROUP_STORIES,
  sameGrouping,
  sumOf,
} from './regroup.js';

/**
 * Stories, built one article at a time. An article is a TF-IDF vector over its content words, numbers,
 * names and years (weighted by how rare each is among the articles placed so far, cut to its strongest
 * keys, unit length); a story keeps the sum of its articles' vectors. The article's similarity to a story is the
 * average of its cosine with each of the story's articles (average link: its vector against the story's
 * sum, over the story's size), and it joins the most similar story above the bar, or starts one. A
 * near-duplicate of an article already placed joins that article's story. Placement asks the index two
 * things (key frequencies; the stories posted under the article's strongest keys in the periods around
 * its date, with their summed weights for the article's keys), decides in pure code, and hands back one
 * plain update, so a SQL-backed index answers with indexed lookups and applies it in one transaction.
 * Then the article's neighbourhood is clustered again (`regroup.ts`): a later report can move an earlier
 * one to its own event's story, or split a story two look-alike events fed.
 */

export { JOIN_DATED, JOIN_PER_DAY, JOIN_SAME_SOURCE, JOIN_UNDATED, WINDOW_DAYS } from './bars.js';
export { featuresOf, nameKey, storyFeatures, type NamedEntity, type StoryFeatures } from './features.js';

/** The story index's records are plain data in `core`, so that a store keeps them without importing this layer. */
export type { StoryCandidate, StoryMember, StoryRecord, StoryRegroup, StoryUpdate };

type MaybePromise<T> = T | Promise<T>;

/**
 * What placement needs from the index; `MemoryStoryIndex` holds it in memory, the store in tables (its
 * answers may be promises). Stories are looked up by posting keys, a key and a 10-day period
 * (`postingKey`): each article posts its story under its strongest keys for the period of its date, so a
 * lookup meets only the stories with articles in the weeks around the article, however many years the
 * store holds.
 */
export interface StoryIndex {
  /** How many articles are placed, and how many of them carry each of `keys`. */
  frequencies(keys: string[]): MaybePromise<{ articles: number; df: Record<string, number> }>;
  /**
   * The stories posted under the most of `postingKeys` (at most `MAX_CANDIDATES`, ties broken by id), each
   * with its weights for `keys`. The cap keeps an article's cost flat when many stories share a period (an
   * undated corpus shares one).
   */
  candidates(postingKeys: string[], keys: string[]): MaybePromise<StoryCandidate[]>;
  /** Stories by id (those of the article's near-duplicates), with their weights for `keys`. */
  stories(ids: string[], keys: string[]): MaybePromise<StoryCandidate[]>;
  /**
   * Each story's articles as placed, by story id; null for a story holding an article placed before its
   * vector was kept (that story is left as it is).
   */
  members(ids: string[]): MaybePromise<Record<string, StoryMember[] | null>>;
  apply(update: StoryUpdate): MaybePromise<void>;
}

export const MAX_CANDIDATES = 50;
/**
 * The least likeness of content (furniture left out) a near-duplicate needs with its original's story to
 * join it whatever the bars say: the lowest bar, as a copy's content is its original's.
 */
const COPY_MIN = JOIN_UNDATED;
/**
 * Rarity is `ln((articles + IDF_PRIOR) / (df + 1))`: the prior stands for the articles not yet seen, so
 * the first articles of a store are weighed as if among others, not as if every word were rare.
 */
const IDF_PRIOR = 50;
/** The strongest keys an article keeps (its vector's length is taken over all of them). */
const MAX_KEYS = 300;
/** The strongest keys a story is posted under and looked up by. */
const POSTED_KEYS = 30;
/**
 * Keys carried by more than this share of all articles ("Russia" in a corpus on the war) still count when
 * scoring, but are not used to look stories up: their lists are long and they alone never make a match.
 */
const LOOKUP_MAX_SHARE = 0.05;
const LOOKUP_MIN_ARTICLES = 20;

const DAY_MS = 86_400_000;
const dayNumber = (date: string) => Math.floor(Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / DAY_MS);
const UNDATED = 'undated';
/** Every story is also posted for all time under its rarest keys, where an undated article finds it. */
const ALL_TIME = 'all';
/**
 * An undated article looks stories up for all time only by keys this rare, so each list it reads is
 * short however long the store's history: a dated story is found by content alone, not by its date.
 */
const ALL_TIME_MAX_DF = 200;
/** Periods as long as the window, so the window around a date lies within three of them. */
const periodOf = (day: number) => Math.floor(day / WINDOW_DAYS).toString(36);
export const postingKey = (key: string, period: string) => `${key}@${period}`;

const periodOfArticle = (published: string | null) =>
  published === null ? UNDATED : periodOf(dayNumber(published));

/**
 * The posting keys an article looks stories up by: for a dated article, its keys (not the commonest) in
 * the periods around its date and among undated stories; for an undated one, its keys among undated
 * stories and its rarest keys for all time (with no date, every story of every year could be its story).
 */
function lookupKeysOf(
  keys: readonly string[],
  published: string | null,
  frequencies: { articles: number; df: Record<string, number> },
): string[] {
  const limit = Math.max(LOOKUP_MIN_ARTICLES, frequencies.articles * LOOKUP_MAX_SHARE);
  const usable = keys.filter((key) => (frequencies.df[key] ?? 0) <= limit);
  if (published === null) {
    const rare = keys.filter((key) => (frequencies.df[key] ?? 0) <= ALL_TIME_MAX_DF);
    return [
      ...usable.map((key) => postingKey(key, UNDATED)),
      ...rare.map((key) => postingKey(key, ALL_TIME)),
    ];
  }
  const day = dayNumber(published);
  const periods = [UNDATED, periodOf(day - WINDOW_DAYS), periodOf(day), periodOf(day + WINDOW_DAYS)];
  return usable.flatMap((key) => periods.map((period) => postingKey(key, period)));
}

/** The posting keys an article brings its story: its strongest keys for the period of its date and for all time. */
export function postingsOf(member: Pick<StoryMember, 'published' | 'weights'>): string[] {
  const period = periodOfArticle(member.published);
  return Object.entries(member.weights)
    .filter(([key]) => !key.startsWith('o:'))
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, POSTED_KEYS)
    .flatMap(([key]) => [postingKey(key, period), postingKey(key, ALL_TIME)]);
}

/** Days from the article's date to the nearest day of the story's span (0 inside it or without dates). */
function daysOutside(published: string | null, story: StoryRecord): number {
  if (published === null || story.from === null || story.to === null) return 0;
  const day = dayNumber(published);
  return Math.max(0, dayNumber(story.from) - day, day - dayNumber(story.to));
}

/**
 * The key under which a story counts its articles from one site (each adds 1): its weight over the
 * story's size is the share of the story the article's own site wrote. Kept beside the word weights,
 * never part of the cosine.
 */
export const sourceKey = (source: string) => `o:${source}`;

function withinWindow(published: string | null, story: StoryRecord): boolean {
  if (published === null || story.from === null || story.to === null) return true;
  const day = dayNumber(published);
  return day >= dayNumber(story.from) - WINDOW_DAYS && day <= dayNumber(story.to) + WINDOW_DAYS;
}

/** The article's unit TF-IDF vector, its strongest keys only (the length counts them all). */
export function weightsOf(
  features: StoryFeatures,
  frequencies: { articles: number; df: Record<string, number> },
): Record<string, number> {
  const idf = (key: string) =>
    Math.log((frequencies.articles + IDF_PRIOR) / ((frequencies.df[key] ?? 0) + 1));
  const weighted = Object.entries(features.terms)
    .map(([key, count]): [string, number] => [key, (1 + Math.log(count)) * idf(key)])
    .filter(([, weight]) => weight > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const norm = Math.sqrt(weighted.reduce((sum, [, w]) => sum + w * w, 0)) || 1;
  const weights: Record<string, number> = {};
  for (const [key, weight] of weighted.slice(0, MAX_KEYS))
    weights[key] = Math.round((weight / norm) * 1e6) / 1e6;
  return weights;
}

/** Average cosine of the article with the story's articles. */
export function similarityTo(weights: Record<string, number>, story: StoryCandidate): number {
  let sum = 0;
  for (const [key, weight] of Object.entries(weights)) sum += weight * (story.keyWeights[key] ?? 0);
  return sum / Math.max(1, story.articleCount);
}

export interface StoryMatch {
  story: StoryCandidate;
  similarity: number;
}

/** The story the article joins, or null; pure, given what the index answered. */
export function bestStory(
  features: StoryFeatures,
  weights: Record<string, number>,
  candidates: StoryCandidate[],
): StoryMatch | null {
  let best: StoryMatch | null = null;
  for (const story of candidates) {
    if (!withinWindow(features.published, story)) continue;
    const similarity = similarityTo(weights, story);
    const dated = features.published !== null && story.from !== null;
    const ownShare =
      features.source === null ? 0 : (story.keyWeights[sourceKey(features.source)] ?? 0) / story.articleCount;
    const bar = dated
      ? JOIN_DATED +
        JOIN_PER_DAY * Math.max(0, daysOutside(features.published, story) - 1 + ownShare) +
        JOIN_SAME_SOURCE * ownShare
      : JOIN_UNDATED;
    if (similarity < bar) continue;
    if (!best || similarity > best.similarity || (similarity === best.similarity && story.id < best.story.id))
      best = { story, similarity };
  }
  return best;
}

const earliest = (a: string | null, b: string | null) => (a === null ? b : b === null || a <= b ? a : b);
const latest = (a: string | null, b: string | null) => (a === null ? b : b === null || a >= b ? a : b);

/** Decides where the article goes and what changes in the index; reads the index, never writes it. */
export async function planStory(
  features: StoryFeatures,
  index: StoryIndex,
  options: { duplicateStories?: string[] } = {},
): Promise<StoryUpdate> {
  const keys = Object.keys(features.terms).sort();
  const frequencies = await index.frequencies(keys);
  const weights = weightsOf(features, frequencies);
  const strongest = Object.keys(weights).slice(0, POSTED_KEYS);
  const lookupKeys = lookupKeysOf(strongest, features.published, frequencies);
  const own = features.source === null ? null : sourceKey(features.source);
  const weighted = [...Object.keys(weights), ...(own === null ? [] : [own])];
  // A copy of a placed article (a syndicated report, a republished page) is that article's story.
  const copies = options.duplicateStories?.length
    ? await index.stories(options.duplicateStories, weighted)
    : [];
  // A page that is a copy only by what it shares with the other outside its content (a video page whose
  // text is mostly the site's carousel of other videos) is no copy: its content must be alike too.
  const copyOf = copies.find(
    (story) => withinWindow(features.published, story) && similarityTo(weights, story) >= COPY_MIN,
  );
  const candidates = copyOf ? [] : await index.candidates(lookupKeys, weighted);
  const match: StoryMatch | null = copyOf
    ? { story: copyOf, similarity: similarityTo(weights, copyOf) }
    : bestStory(features, weights, candidates);
  const member: StoryMember = {
    articleId: features.articleId,
    published: features.published,
    title: features.title ?? (features.names.join(', ') || 'Untitled story'),
    titled: features.title !== null,
    weights: own === null ? weights : { ...weights, [own]: 1 },
  };
  const base = {
    articleId: features.articleId,
    published: features.published,
    weights: member.weights,
    keys,
    postings: postingsOf(member),
    member,
  };
  const placed = match ? joined(match, features) : founded(member);
  // A copy stays with its original; anything else may regroup the stories most like it.
  const neighbours = candidates
    .map((story) => ({ story, similarity: similarityTo(weights, story) }))
    .filter(({ story, similarity }) => story.id !== match?.story.id && similarity >= REGROUP_MIN_SIMILARITY)
    .sort((a, b) => b.similarity - a.similarity || a.story.id.localeCompare(b.story.id))
    .slice(0, REGROUP_STORIES)
    .map(({ story }) => story);
  const regrouped = copyOf ? null : await regroupAround(member, placed, match?.story ?? null, neighbours, index);
  if (regrouped) {
    // The rewritten stories' sums and postings include the article's.
    return { ...base, weights: {}, postings: [], ...regrouped };
  }
  return { ...base, isNew: match === null, story: placed, regroup: null };
}

function founded(member: StoryMember): StoryRecord {
  return {
    id: `story-${member.articleId}`,
    title: member.title,
    titleScore: null,
    titleFromKeys: !member.titled,
    articleCount: 1,
    from: member.published,
    to: member.published,
  };
}

function joined(match: StoryMatch, features: StoryFeatures): StoryRecord {
  const { keyWeights: _weights, ...current } = match.story;
  const score = Math.round(match.similarity * 1000) / 1000;
  // The founder and the first article to join are equally central to a story of two, so the founder keeps it.
  const titleScore = current.titleScore ?? score;
  const newTitle =
    features.title !== null && (current.titleFromKeys || score > titleScore) ? features.title : null;
  const retitle = newTitle !== null;
  return {
    ...current,
    title: newTitle ?? current.title,
    titleScore: retitle ? score : titleScore,
    titleFromKeys: current.titleFromKeys && !retitle,
    articleCount: current.articleCount + 1,
    from: earliest(current.from, features.published),
    to: latest(current.to, features.published),
  };
}

/**
 * The article's neighbourhood clustered again: its story (as placed) and the stories most like it, each
 * read whole when small enough. Null when the clustering agrees with the placement, else the stories to
 * rewrite and the article's own story as it ends up.
 */
async function regroupAround(
  member: StoryMember,
  placed: StoryRecord,
  placedIn: StoryCandidate | null,
  neighbours: StoryCandidate[],
  index: StoryIndex,
): Promise<{ regroup: StoryRegroup; story: StoryRecord; isNew: boolean } | null> {
  if (process.env.RG_MODE === 'off' || (!placedIn && neighbours.length === 0)) return null;
  const records = new Map<string, StoryRecord>(
    [...(placedIn ? [placedIn] : []), ...neighbours].map(({ keyWeights: _w, ...record }) => [record.id, record]),
  );
  const found = await index.members([...records.keys()]);
  const stored = new Map<string, StoryMember[]>();
  let total = 1;
  for (const id of records.keys()) {
    const members = found[id];
    if (!members || total + members.length > REGROUP_MAX_ARTICLES) {
      if (id === placedIn?.id) return null;
      continue;
    }
    stored.set(id, members);
    total += members.length;
  }
  const asPlaced = new Map([...stored].map(([id, members]) => [id, members.map((m) => m.articleId)]));
  asPlaced.set(placed.id, [...(asPlaced.get(placed.id) ?? []), member.articleId]);
  const all = [member, ...[...stored.values()].flat()];
  const byId = new Map(all.map((m) => [m.articleId, m]));
  const groups = process.env.RG_MODE === 'cluster' ? clusterMembers(all.map(m=>[m])) : process.env.RG_MODE === 'merge' ? clusterMembers([...asPlaced.values()].map((g) => g.map((a) => byId.get(a)!))) : refineGroups([...asPlaced.values()].map((g) => g.map((a) => byId.get(a)!)));
  const groupIds = groups.map((group) => group.map((m) => m.articleId));
  if (sameGrouping(groupIds, [...asPlaced.values()])) return null;
  const ids = idsFor(groupIds, asPlaced);
  // A new group is named after the article placed now, which no story was named after before.
  let split = 0;
  for (const [g, id] of ids.entries()) {
    if (id !== null) continue;
    ids[g] = `story-${member.articleId}${groupIds[g]!.includes(member.articleId) ? "" : `-${++split}`}`;
  }
  const storyOf = new Map<string, string>();
  for (const [id, members] of stored) for (const m of members) storyOf.set(m.articleId, id);
  const regroup: StoryRegroup = { stories: [], removed: [], moved: [] };
  let own: StoryRecord | null = null;
  for (const [g, group] of groups.entries()) {
    const id = ids[g]!;
    const record = recordOf(id, group, records.get(id) ?? (id === placed.id ? placed : undefined));
    if (group.includes(member)) own = record;
    const before = stored.get(id)?.map((m) => m.articleId) ?? [];
    const after = groupIds[g]!.filter((a) => a !== member.articleId);
    regroup.moved.push(...after.filter((a) => storyOf.get(a) !== id));
    if (group.includes(member) || !sameGrouping([before], [after]))
      regroup.stories.push({
        story: record,
        articleIds: groupIds[g]!,
        weights: sumOf(group),
        postings: group.flatMap(postingsOf),
      });
  }
  regroup.removed = [...stored.keys()].filter((id) => !ids.includes(id)).sort();
  regroup.moved.sort();
  const story: StoryRecord = own!;
  return { regroup, story, isNew: !stored.has(story.id) };
}

/** Puts the article in its story, starting one if none fits, and records it in the index. */
export async function assignStory(
  features: StoryFeatures,
  index: StoryIndex,
  options: { duplicateStories?: string[] } = {},
): Promise<{ storyId: string; isNew: boolean }> {
  const update = await planStory(features, index, options);
  await index.apply(update);
  return { storyId: update.story.id, isNew: update.isNew };
}
