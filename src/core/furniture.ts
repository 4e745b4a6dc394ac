import { createHash } from 'node:crypto';

/**
 * How a sentence is known across articles, shared by clean-up (which learns an outlet's page furniture and
 * removes it) and connecting (whose guard ignores a sentence its outlet printed elsewhere): one key per
 * sentence and source, so both read and write one per-outlet sentence index (`repeated_sentences`).
 */

/** Shorter sentences ("Read more.", "He said.") repeat by chance and carry too little to matter. */
export const FURNITURE_MIN_LENGTH = 12;

/** Case, curly quotes and runs of spaces do not make a sentence another one. */
export function normalisedSentence(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Where an article comes from, for keying: its site (one outlet's feeds share their furniture, whatever
 * each feed is called), else its outlet's name; null when unknown.
 */
export function furnitureSource(url: string | null, outlet: string | null): string | null {
  if (url) {
    try {
      return new URL(url).hostname.replace(/^www\./, '');
    } catch {
      // An unparsable address says nothing about the site: fall back to the outlet.
    }
  }
  return outlet ? outlet.toLowerCase() : null;
}

/** The key of a sentence printed by `source`; null for a sentence too short to tell furniture by. */
export function sentenceKey(source: string, sentence: string): string | null {
  const text = normalisedSentence(sentence);
  if (text.length < FURNITURE_MIN_LENGTH) return null;
  return createHash('sha256').update(`${source}\u0000${text}`).digest('base64url').slice(0, 16);
}

/** What the sentence index knows of one key (see `SentenceRepository`). */
export interface SentenceCount {
  key: string;
  /** Articles that printed it (counted by clean-up when each was stored). */
  articles: number;
  /** Of those, the articles that open with it. */
  leads: number;
  /** The first and last publication days it was printed on (ISO dates), null when none was dated. */
  firstDay: string | null;
  lastDay: string | null;
}
