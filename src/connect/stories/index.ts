import type { StoryCandidate, StoryRecord, StoryUpdate } from '../../core/connected.js';
import type { FeatureKey, StoryFeatures } from './features.js';

/**
 * Stories, built one article at a time: an article joins the story that best covers its salient names
 * and terms among the stories active within ±10 days of it, or starts a new one. Assignment asks the index
 * two things (key frequencies; the stories posted under the article's rarer keys in the periods around its
 * date, with their counts for the article's keys), decides in pure code, and hands back one plain update
 * to apply, so a SQL-backed index answers with a few indexed lookups and applies it in one transaction.
 */

export {
  featuresOf,
  storyFeatures,
  type FeatureKey,
  type NamedEntity,
  type StoryFeatures,
} from './features.js';

/** The story index's records are plain data in `core`, so that a store can keep them without importing this layer. */
export type { StoryCandidate, StoryRecord, StoryUpdate };

type MaybePromise<T> = T | Promise<T>;

/**
 * What assignment needs from the index; `MemoryStoryIndex` holds it in memory, the store in tables (its
 * answers may be promises). Stories are looked up by posting keys, a key and a 10-day period
 * (`postingKey`): each article posts its story under its keys for the period of its date, so a lookup
 * meets only the stories with articles in the weeks around the article, however many years the store holds.
 */
export interface StoryIndex {
  /** How many articles are indexed, and how many of them carry each of `keys`. */
  frequencies(keys: string[]): MaybePromise<{ articles: number; df: Record<string, number> }>;
  /**
   * The stories posted under the most of `postingKeys` (at most `MAX_CANDIDATES`, ties broken by id), each
   * with its counts for `keys`. The cap keeps an article's cost flat when many stories share a period (an
   * undated corpus shares one): a story that shares few of its rarer keys could not reach the join bar.
   */
  candidates(postingKeys: string[], keys: string[]): MaybePromise<StoryCandidate[]>;
  apply(update: StoryUpdate): MaybePromise<void>;
}

/** How far from a story's first and last article an article may be published and still join it. */
export const WINDOW_DAYS = 10;
export const MAX_CANDIDATES = 50;
/** The share of an article's idf-weighted names, and of its terms, a story must cover for it to join. */
export const JOIN_NAMES = 0.35;
export const JOIN_TERMS = 0.25;
/** Without a date on either side the window cannot rule a story out, so the evidence must be stronger. */
const UNDATED_MARGIN = 0.1;
/**
 * Keys carried by more than this share of all articles ("Russia" in a corpus on the war) still count when
 * scoring, but are not used to look stories up: their lists are long and they alone never make a match.
 */
const LOOKUP_MAX_SHARE = 0.05;
const LOOKUP_MIN_ARTICLES = 20;

const DAY_MS = 86_400_000;
const dayNumber = (date: string) => Math.floor(Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / DAY_MS);

const UNDATED = 'undated';
/** Periods as long as the window, so the window around a date lies within three of them. */
const periodOf = (day: number) => Math.floor(day / WINDOW_DAYS).toString(36);

export const postingKey = (key: string, period: string) => `${key}@${period}`;

/** The period an article is posted under. */
const periodOfArticle = (published: string | null) =>
  published === null ? UNDATED : periodOf(dayNumber(published));

/**
 * The periods an article looks stories up in. An undated article looks only among stories with undated
 * articles: with no date, every dated story of every year would be a candidate.
 */
function lookupPeriods(published: string | null): string[] {
  if (published === null) return [UNDATED];
  const day = dayNumber(published);
  return [UNDATED, periodOf(day - WINDOW_DAYS), periodOf(day), periodOf(day + WINDOW_DAYS)];
}

function withinWindow(published: string | null, story: StoryRecord): boolean {
  if (published === null || story.from === null || story.to === null) return true;
  const day = dayNumber(published);
  return day >= dayNumber(story.from) - WINDOW_DAYS && day <= dayNumber(story.to) + WINDOW_DAYS;
}

const isName = (key: FeatureKey) => key.key.startsWith('e:');

/**
 * The share of the article's salience (weight × idf) the story covers, where a story covers a key as far
 * as its articles carry it: a key in one of ten articles covers a tenth. Rare keys weigh most.
 */
function coverage(keys: FeatureKey[], idf: (key: string) => number, story: StoryCandidate): number {
  let covered = 0;
  let total = 0;
  for (const { key, weight } of keys) {
    const mass = weight * idf(key);
    total += mass;
    covered += (mass * (story.keyCounts[key] ?? 0)) / story.articleCount;
  }
  return total > 0 ? covered / total : 0;
}

export interface StoryMatch {
  story: StoryCandidate;
  names: number;
  terms: number;
}

/** The best-matching story the article may join, or null; pure, given what the index answered. */
export function bestStory(
  features: StoryFeatures,
  frequencies: { articles: number; df: Record<string, number> },
  candidates: StoryCandidate[],
): StoryMatch | null {
  const idf = (key: string) => Math.log(1 + frequencies.articles / Math.max(1, frequencies.df[key] ?? 0));
  const names = features.keys.filter(isName);
  const terms = features.keys.filter((key) => !isName(key));
  let best: (StoryMatch & { score: number }) | null = null;
  for (const story of candidates) {
    if (!withinWindow(features.published, story)) continue;
    const match = { story, names: coverage(names, idf, story), terms: coverage(terms, idf, story) };
    const margin = features.published === null || story.from === null ? UNDATED_MARGIN : 0;
    if (match.names < JOIN_NAMES + margin || match.terms < JOIN_TERMS + margin) continue;
    const score = match.names + match.terms;
    if (!best || score > best.score || (score === best.score && story.id < best.story.id))
      best = { ...match, score };
  }
  return best;
}

const earliest = (a: string | null, b: string | null) => (a === null ? b : b === null || a <= b ? a : b);
const latest = (a: string | null, b: string | null) => (a === null ? b : b === null || a >= b ? a : b);

/** "Marco Rubio, Charlevoix: ceasefire", for stories none of whose articles has a title. */
function titleFromKeys(keys: FeatureKey[]): string {
  const names = keys
    .filter(isName)
    .slice(0, 2)
    .map((key) => key.label);
  const term = keys.find((key) => !isName(key))?.label;
  return [names.join(', '), term].filter(Boolean).join(': ') || 'Untitled story';
}

/** Decides where the article goes and what changes in the index; reads the index, never writes it. */
export async function planStory(features: StoryFeatures, index: StoryIndex): Promise<StoryUpdate> {
  const keys = features.keys.map((key) => key.key);
  const frequencies = await index.frequencies(keys);
  const lookupLimit = Math.max(LOOKUP_MIN_ARTICLES, frequencies.articles * LOOKUP_MAX_SHARE);
  const periods = lookupPeriods(features.published);
  const lookupKeys = keys
    .filter((key) => (frequencies.df[key] ?? 0) <= lookupLimit)
    .flatMap((key) => periods.map((period) => postingKey(key, period)));
  const match = bestStory(features, frequencies, await index.candidates(lookupKeys, keys));
  const period = periodOfArticle(features.published);
  const postings = keys.map((key) => postingKey(key, period));
  const base = { articleId: features.articleId, published: features.published, keys, postings };
  if (!match) {
    const story: StoryRecord = {
      id: `story-${features.articleId}`,
      title: features.title ?? titleFromKeys(features.keys),
      titleScore: null,
      titleFromKeys: features.title === null,
      articleCount: 1,
      from: features.published,
      to: features.published,
    };
    return { ...base, isNew: true, story };
  }
  const { keyCounts: _counts, ...current } = match.story;
  const score = Math.round((match.names + match.terms) * 500) / 1000;
  // The founder and the first article to join match each other equally well, so the founder keeps it.
  const titleScore = current.titleScore ?? score;
  const newTitle =
    features.title !== null && (current.titleFromKeys || score > titleScore) ? features.title : null;
  const retitle = newTitle !== null;
  const story: StoryRecord = {
    ...current,
    title: newTitle ?? current.title,
    titleScore: retitle ? score : titleScore,
    titleFromKeys: current.titleFromKeys && !retitle,
    articleCount: current.articleCount + 1,
    from: earliest(current.from, features.published),
    to: latest(current.to, features.published),
  };
  return { ...base, isNew: false, story };
}

/** Puts the article in its story, starting one if none fits, and records it in the index. */
export async function assignStory(
  features: StoryFeatures,
  index: StoryIndex,
): Promise<{ storyId: string; isNew: boolean }> {
  const update = await planStory(features, index);
  await index.apply(update);
  return { storyId: update.story.id, isNew: update.isNew };
}
