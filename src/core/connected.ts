import type { EntityType, EventMode, EventType } from './analysis.js';
import type { Article, ArticleReading } from './types.js';

/**
 * What connecting articles produces: one record per real-world actor, event and story across everything
 * stored, with the evidence (article and sentence) of every claim.
 */

/** An article with what reading found in it: the unit the connecting stages work on. */
export interface ReadArticle {
  article: Article;
  reading: ArticleReading;
}

/** A pointer back to the sentence a claim came from. */
export interface Evidence {
  articleId: string;
  /** The sentence's text. */
  sentence: string;
  start: number;
  end: number;
}

export interface ResolvedRole {
  title: string;
  of: string | null;
  country: string | null;
  /** The publication date of the article that gives the role (YYYY-MM-DD), or null. */
  date: string | null;
  evidence: Evidence;
}

/**
 * The order an actor's roles are listed in: by the day of the article giving each, then the article, then
 * the place in it (a stable sort, so equal ones keep the order they were added in).
 */
export const compareRoles = (a: ResolvedRole, b: ResolvedRole): number =>
  (a.date ?? '').localeCompare(b.date ?? '') ||
  a.evidence.articleId.localeCompare(b.evidence.articleId) ||
  a.evidence.start - b.evidence.start;

/** One real-world actor, however the articles spell it. */
export interface ResolvedEntity {
  /**
   * Derived from the earliest member, so it stays as the corpus grows (see `connect/entities/build.ts`).
   */
  id: string;
  name: string;
  type: EntityType;
  country: string | null;
  stands: 'government' | null;
  aliases: string[];
  roles: ResolvedRole[];
  /** The article-local entities merged here, as `<articleId>/<localId>`. */
  members: string[];
  mentionCount: number;
}

/**
 * An actor without its members and roles: what naming it in a discrepancy needs. A large actor's members
 * and roles grow with the corpus; its head does not.
 */
export type ActorHead = Omit<ResolvedEntity, 'members' | 'roles'>;

export interface DuplicatePair {
  a: string;
  b: string;
  /** Estimated Jaccard similarity of the two texts' shingles. */
  similarity: number;
  kind: 'exact' | 'near';
}

export type DatePrecision = 'day' | 'month' | 'year' | 'around' | 'undated';

/** One real-world event, however many articles report it. */
export interface MergedEvent {
  id: string;
  type: EventType;
  mode: EventMode;
  /** The best-supported date (YYYY-MM-DD, YYYY-MM or YYYY), or the article's date when undated. */
  date: string | null;
  precision: DatePrecision;
  place: string | null;
  /** Resolved entity ids. */
  sourceIds: string[];
  targetIds: string[];
  storyId: string | null;
  evidence: Array<
    Evidence & { date: string | null; place: string | null; mode: EventMode; confidence: number }
  >;
  /** The reports' confidences combined, one per article (see `core/confidence.ts`). */
  confidence: number;
}

export interface Story {
  id: string;
  title: string;
  articleIds: string[];
  eventIds: string[];
  from: string | null;
  to: string | null;
}

export type DiscrepancyKind =
  'role' | 'spelling' | 'figure' | 'event-date' | 'event-place' | 'self-contradiction';

/** The kinds in the order lists show them. */
export const DISCREPANCY_KINDS: readonly DiscrepancyKind[] = [
  'role',
  'spelling',
  'figure',
  'event-date',
  'event-place',
  'self-contradiction',
];

export interface Discrepancy {
  id: string;
  kind: DiscrepancyKind;
  /** What the variants disagree about: "Marco Rubio's title in 2025-03", "Russia's share of Ukraine's territory". */
  subject: string;
  variants: Array<{ value: string; articleIds: string[]; evidence: Evidence[] }>;
  /** How likely the disagreement is real rather than a reading error or a paraphrase, in [0, 1]. */
  confidence: number;
}

/**
 * Figures on the same measure over time. A point is one value at one date; the articles that repeat it
 * are its sources (corroboration), not more points.
 */
export interface Series {
  id: string;
  subject: string;
  unit: string | null;
  points: Array<{
    value: number;
    asOf: string | null;
    /** The first article to give this value at this date, and the sentence it gives it in. */
    articleId: string;
    evidence: Evidence;
    /** Every article giving this value at this date, the first included. */
    sources: string[];
  }>;
  /** How likely the points measure one thing over time, in [0, 1]. */
  confidence: number;
  /** Whether an actor owns the measure ("Ukraine's territory"), rather than its words alone. */
  owned: boolean;
}

/** A story as the story index keeps it (see `src/connect/stories`). */
export interface StoryRecord {
  id: string;
  title: string;
  /** How central the article that gave the title was to its story; null while no other article joined. */
  titleScore: number | null;
  /** True while the title is made from names because no article in the story has a title. */
  titleFromKeys: boolean;
  articleCount: number;
  /** Earliest and latest publication date of the story's articles (YYYY-MM-DD). */
  from: string | null;
  to: string | null;
}

export interface StoryCandidate extends StoryRecord {
  /** For each asked key the story holds, the sum of its articles' weights for it. */
  keyWeights: Record<string, number>;
}

/**
 * One article's placement in a story, as rows to write: merge `merged` into `story`, upsert `story`, add the article to it, add
 * `weights` to the story's sums, count each of `keys` once more among all articles, and post the story
 * under each of `postings` (once per pair).
 */
export interface StoryUpdate {
  articleId: string;
  published: string | null;
  isNew: boolean;
  story: StoryRecord;
  /**
   * Stories the article bridged into `story` (see `connect/stories`, `BRIDGE`): their articles, weights and
   * postings move to it, they are deleted, and their ids redirect to it.
   */
  merged?: string[];
  weights: Record<string, number>;
  keys: string[];
  postings: string[];
}

/** A tie of the actor network: one source acting on one target in one merged event. */
export interface EventTie {
  eventId: string;
  source: string;
  target: string;
  type: EventType;
}

/** Events that did not or may not happen: drawing them as ties would show meetings nobody held. */
const UNREAL: ReadonlySet<EventMode> = new Set(['denied', 'hypothetical']);

/**
 * The ties an event draws: each source to each target, but an actor acting on itself ("Russia agreed with
 * Russia", a reading slip) draws none. Kept by the stores beside each event, so the network is read from
 * them rather than from every event.
 */
export function eventTies(event: MergedEvent): EventTie[] {
  if (UNREAL.has(event.mode)) return [];
  return [...new Set(event.sourceIds)].flatMap((source) =>
    [...new Set(event.targetIds)]
      .filter((target) => target !== source)
      .map((target) => ({ eventId: event.id, source, target, type: event.type })),
  );
}
