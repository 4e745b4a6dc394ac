/**
 * How names are compared across articles: a folded form (case, diacritics and punctuation gone), a
 * transliteration key on top of it (spelling habits of romanised Slavic names folded away), and a
 * one-edit test for misspellings with the keys that block it, so that only names sharing a key are compared.
 */

const HONORIFICS = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'sir',
  'dame',
  'madam',
  'mx',
  'prof',
  'professor',
  'gen',
  'col',
  'capt',
  'lt',
  'sgt',
  'rev',
  'sheikh',
  'hon',
  'lord',
  'lady',
]);
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** "Zelenskyy's" → "zelenskyy s"; "Jean-Noël" → "jean noel". */
export function foldName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * One key for the romanisations of a word: y and i, w and v, kh and h, ph and f are one sound each;
 * doubled letters and the -ii/-ie/-iy endings collapse. "Zelenskyy", "Zelensky" and "Zelenskiy" meet; so do
 * "Andrii" and "Andriy", "Sergey" and "Sergei".
 */
export function transliterationKey(word: string): string {
  return foldName(word)
    .replace(/\s+/g, '')
    .replace(/kh/g, 'h')
    .replace(/ph/g, 'f')
    .replace(/y/g, 'i')
    .replace(/w/g, 'v')
    .replace(/(\p{L})\1+/gu, '$1')
    .replace(/ie$/, 'i');
}

export interface PersonName {
  /** Folded first name, or null when only one name is written. */
  first: string | null;
  /** Folded surname: the last word that is not a suffix. */
  surname: string;
  /** "jr", "sr", "ii", …: a son is not his father ("Donald Trump Jr" is not "Donald Trump"). */
  suffix: string | null;
}

/** The parts of a person's name, honorifics ("Mr", "Dr") set aside. */
export function personName(name: string): PersonName | null {
  // Words are split at spaces only: "Ben-Gvir" and "Sciver-Brunt" are one surname, not a first name and
  // a surname; an Arabic article ("al-Sharaa") is not part of the surname's key.
  const words = name
    .replace(/[’']s$/, '')
    .split(/\s+/)
    .map((w) => foldName(w.replace(/^(?:al|el|ad|as|ash|at|an|ar)[-‐]/i, '')).replace(/ /g, ''))
    .filter((w) => w && !HONORIFICS.has(w));
  let suffix: string | null = null;
  while (words.length > 1 && SUFFIXES.has(words[words.length - 1]!)) suffix = words.pop()!;
  const surname = words[words.length - 1];
  if (!surname) return null;
  return { first: words.length > 1 ? words[0]! : null, surname, suffix };
}

/** Optimal string alignment distance, stopped early: `true` when `a` and `b` are at most one edit apart. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  return long.slice(i + 1) === short.slice(i);
}

/**
 * The word with each letter left out in turn, and the word itself: two words one edit apart (insertion,
 * deletion, substitution or transposition) always share one of these, so indexing them finds every such
 * pair without comparing all pairs.
 */
export function oneEditKeys(word: string): string[] {
  const keys = new Set([word]);
  for (let i = 0; i < word.length; i++) keys.add(word.slice(0, i) + word.slice(i + 1));
  return [...keys];
}

/** Surnames shorter than this are too common and too short for a one-letter difference to mean a typo. */
export const MISSPELLING_MIN_LENGTH = 5;
