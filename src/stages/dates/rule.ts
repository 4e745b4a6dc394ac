/** The shape every recogniser shares: a pattern, and a reading of what it matched. */
import type { TimexType } from '../../core/analysis.js';
import type { Anchor } from './anchoring.js';

export interface Reading {
  type: TimexType;
  value: string;
}

export interface RuleMatch {
  /** The rule's own capturing groups, `groups[0]` being the whole match. */
  groups: ReadonlyArray<string | undefined>;
  /** The whole text, for rules that look at what surrounds the match. */
  text: string;
  start: number;
  end: number;
}

export interface Rule {
  /** Names the rule in debug output and tests. */
  name: string;
  /** Case-insensitive regex source; the match is the TIMEX3 extent, so context goes in lookarounds. */
  pattern: string;
  /** The reading, or null to reject the match (another rule may still take the same place). */
  read(match: RuleMatch, anchor: Anchor): Reading | null;
}

/** Capitalised as a name is, or written in capitals as a headline is: "May", not "may". */
export function isCapitalised(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase();
}

export function lower(word: string | undefined): string {
  return (word ?? '').toLowerCase();
}
