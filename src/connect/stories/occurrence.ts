import type { StoryCandidate } from '../../core/connected.js';

/**
 * When, as the text says it: which occurrence an article reports, beside what it is about. Reports of two
 * occurrences of one kind (a company's two emergency patches years apart, two pirate attacks foiled by one
 * navy, a team's two running backs put on injured reserve) share their subject's words and names, so
 * likeness of content alone glues them; what tells them apart, with no publication date to go by, is when
 * each text says things happened. Two facets: the year and the month. In each, an article has *principal*
 * values (the years of the dates it gives to the day, a dateline's or the event's; the months of the dates
 * its first sentences give) and *mentioned* ones (every year, every month it dates anything in). Two reports
 * of one occurrence mention each other's principal dates, whatever else each adds (the deadline, the last
 * time); two occurrences of a kind each have principal dates the other never mentions.
 */
export interface Occurrence {
  principal: Record<Facet, string[]>;
  mentioned: Record<Facet, string[]>;
}

export type Facet = 'year' | 'month';
const FACETS: readonly Facet[] = ['year', 'month'];

/** A date the text gives: its TIMEX value (`2012-07-07`, `XXXX-12`, `2012`) and its sentence. */
export interface DateEvidence {
  value: string;
  sentence: number;
}

/** A report dates its event in its first sentences; dates first given further down are more often others'. */
const LEAD = 3;

const DAY = /^(\d{4})-\d{2}-\d{2}/;
const MONTH = /^(?:\d{4}|XXXX)-(\d{2})(?:-|$)/;
const YEAR = /^(\d{4})(?:-|$)/;

const distinct = (values: Iterable<string>) => [...new Set(values)].sort();

/** The article's occurrence evidence from the dates its text gives (furniture already left out). */
export function occurrenceOf(dates: readonly DateEvidence[]): Occurrence {
  const lead = dates.filter((d) => d.sentence < LEAD);
  return {
    principal: {
      // A year with its day is an occurrence's ("on 7 July 2012", a dateline); a year alone is as often
      // background ("since 2008").
      year: distinct(dates.flatMap((d) => DAY.exec(d.value)?.[1] ?? [])),
      month: distinct(lead.flatMap((d) => MONTH.exec(d.value)?.[1] ?? [])),
    },
    mentioned: {
      year: distinct(dates.flatMap((d) => YEAR.exec(d.value)?.[1] ?? [])),
      month: distinct(dates.flatMap((d) => MONTH.exec(d.value)?.[1] ?? [])),
    },
  };
}

/**
 * The share of each side's principal dates the other side never mentions at or above which two sides
 * report different occurrences: half, so that a report dating two things, one of them the story's, is not
 * set apart, while one whose dates the story never gives, beside a story whose dates it never gives, is.
 */
export const FOREIGN_SHARE = 0.5;

/** The key under which a story sums its articles' principal values of a facet (each article adds 1 in all). */
const principalKey = (facet: Facet, value: string) => `${facet}:${value}`;
/** The key under which a story counts its articles that have principal values of a facet. */
const principalTotal = (facet: Facet) => `${facet}:*`;
/** The key under which a story counts its articles that mention a value. */
const mentionKey = (facet: Facet, value: string) => `${facet}~${value}`;

/**
 * What the article adds to its story's sums, beside its word weights (never part of the cosine): per
 * facet, 1 spread evenly over its principal values, 1 to the facet's total when it has any, and 1 for each
 * value it mentions.
 */
export function occurrenceWeights(occurrence: Occurrence): Record<string, number> {
  const weights: Record<string, number> = {};
  for (const facet of FACETS) {
    const values = occurrence.principal[facet];
    if (values.length > 0) weights[principalTotal(facet)] = 1;
    for (const value of values) weights[principalKey(facet, value)] = 1 / values.length;
    for (const value of occurrence.mentioned[facet]) weights[mentionKey(facet, value)] = 1;
  }
  return weights;
}

/**
 * The story sums placement asks for: each facet's total, the story's principal values among those the
 * article mentions, and the story's mentions of the article's principal values.
 */
export function occurrenceKeys(occurrence: Occurrence): string[] {
  return FACETS.flatMap((facet) => [
    principalTotal(facet),
    ...occurrence.mentioned[facet].map((value) => principalKey(facet, value)),
    ...occurrence.principal[facet].map((value) => mentionKey(facet, value)),
  ]);
}

/**
 * The facet in which the article and the story say they report different occurrences, or null: one where
 * at least `FOREIGN_SHARE` of the article's principal values are mentioned by none of the story's
 * articles, and at least that share of the story's principal values (summed over its articles) are not
 * mentioned by the article.
 */
export function conflictingFacet(occurrence: Occurrence, story: StoryCandidate): Facet | null {
  const weight = (key: string) => story.keyWeights[key] ?? 0;
  for (const facet of FACETS) {
    const own = occurrence.principal[facet];
    const total = weight(principalTotal(facet));
    if (own.length === 0 || total === 0) continue;
    const unknownToStory = own.filter((value) => weight(mentionKey(facet, value)) === 0).length / own.length;
    let known = 0;
    for (const value of occurrence.mentioned[facet]) known += weight(principalKey(facet, value));
    // Sums of fractions (1/3 + 1/3 + 1/3) may fall a hair short of their total.
    const unknownToArticle = 1 - known / total + 1e-9;
    if (unknownToStory >= FOREIGN_SHARE && unknownToArticle >= FOREIGN_SHARE) return facet;
  }
  return null;
}
