import lexicon from './data/titles.json' with { type: 'json' };
import type { Span } from '../../core/analysis.js';

/** Role titles, the words that qualify them ("Foreign", "Energy"), and honorifics with the gender they imply. */

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[ -]/g, '[ -]');
const alternation = (words: readonly string[]): string =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');

const QUALIFIER = `(?:(?:${alternation(lexicon.qualifiers)})\\s+){0,2}`;
const HEAD = `(?:${alternation(lexicon.heads)})`;
const PORTFOLIO = `(?:\\s+(?:of|for)\\s+(?:${alternation(lexicon.portfolios)}))?`;

/** Qualifiers of rank, not of a portfolio: they open no department's name ("Deputy", "Acting"). */
const RANK = /^(?:Deputy|First Deputy|Vice|Acting|Interim|Senior|Chief|Presidential)$/;

/**
 * A portfolio's qualifier written capitalised, right before a text's end: "… Turkish Foreign ", "… Home ".
 * It also opens the name of the department it qualifies ("Foreign Affairs Ministry", "Home Office").
 */
export const QUALIFIER_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${alternation(lexicon.qualifiers.filter((q) => /^\p{Lu}/u.test(q) && !RANK.test(q)))})\\s+$`,
  'u',
);

/** A role title: "Secretary of State", "Foreign Minister", "foreign policy chief", "Minister of Defence". */
export const TITLE_SOURCE = `${QUALIFIER}${HEAD}${PORTFOLIO}`;

/** "chair" → "Chair": the lower-case heads as written before a name ("Committee Chair Virginia Foxx"). */
const capitalised = (words: string): string =>
  words.replace(/(^|[\s-])(\p{Ll})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
/** A lower-case head capitalised, for case-sensitive patterns reading a title glued to a name. */
export const CAPITALISED_HEAD = `(?:${alternation(lexicon.heads.filter((h) => h === h.toLowerCase()).map(capitalised))})`;

/** A title that ends where the text ends, for reading the words before a name. */
export const TITLE_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:then-|former\\s+)?(${TITLE_SOURCE})\\s+$`,
  'iu',
);

/** "former prime minister", "then-President": words making a title an office once held. */
const PAST_OFFICE = /(?:^|[^\p{L}])(?:former\s|then-)/iu;

/** Whether words read as a title (with what comes just before them) name an office once held. */
export const heldOnce = (text: string, span: Span): boolean =>
  PAST_OFFICE.test(text.slice(Math.max(0, span.start - 8), span.end));

/** A title at exactly `lastIndex`. */
export const TITLE_AT = new RegExp(`(?:then-|former\\s+)?(${TITLE_SOURCE})(?![\\p{L}\\p{N}])`, 'iuy');

/** The heads of role titles as the lexicon writes them ("Minister", "spokesperson", "chief executive"). */
export const TITLE_HEADS: readonly string[] = lexicon.heads;

const key = (phrase: string): string => phrase.toLowerCase().replace(/-/g, ' ');
const CANONICAL = new Map<string, string>();
for (const word of [...lexicon.qualifiers, ...lexicon.portfolios, ...lexicon.heads])
  CANONICAL.set(key(word), word);
const VARIANTS = new Map(Object.entries(lexicon.variants).map(([from, to]) => [key(from), to]));
const LOWERCASE_HEADS = new Set(lexicon.heads.filter((h) => h === h.toLowerCase()));

/**
 * A title in its usual case, whatever the text's case: "foreign minister" → "Foreign Minister",
 * "Foreign Policy Chief" → "foreign policy chief" (a common-noun head keeps the whole title lower case).
 */
export function normaliseTitle(written: string): string {
  const words = written.trim().split(/\s+/);
  const pieces: string[] = [];
  let i = 0;
  while (i < words.length) {
    let n = words.length - i;
    let known: string | undefined;
    for (; n > 1 && !known; n--) known = CANONICAL.get(key(words.slice(i, i + n).join(' ')));
    if (known) n++;
    known ??= CANONICAL.get(key(words[i] ?? ''));
    pieces.push(known ? (VARIANTS.get(key(known)) ?? known) : (words[i] ?? ''));
    i += known ? n : 1;
  }
  const title = pieces.join(' ');
  return LOWERCASE_HEADS.has(pieces[pieces.length - 1] ?? '') ? title.toLowerCase() : title;
}

/** Bare titles too generic to stand for a person on their own ("the head", "the leader"). */
const GENERIC = new Set(['head', 'chief', 'leader', 'deputy', 'director', 'chair', 'founder', 'general']);
export const isGenericTitle = (title: string): boolean => GENERIC.has(title.toLowerCase());

/**
 * The office a title names, by its head word: "Secretary of State" and "Secretary", "Prime Minister" and
 * "Minister" name one; "Senator" and "Speaker" two. Generic heads ("leader", "chief") name none.
 */
export function titleHead(title: string): string | null {
  const head =
    title
      .toLowerCase()
      .split(/\s+(?:of|for)\s+/)[0]!
      .split(/[\s-]+/)
      .pop() ?? '';
  return head && !GENERIC.has(head) ? head : null;
}

/** Titles, one written with a name and one another holds, that name different offices ("Speaker", "Senator"). */
export function titlesDisagree(written: readonly string[], held: readonly string[]): boolean {
  const heads = (titles: readonly string[]) => new Set(titles.flatMap((t) => titleHead(t) ?? []));
  const a = heads(written);
  const b = heads(held);
  return a.size > 0 && b.size > 0 && ![...a].some((h) => b.has(h));
}

const HONORIFICS = new Map(Object.entries(lexicon.honorifics));

export type Gender = 'male' | 'female';

/** The gender a personal pronoun gives the person it stands for. */
export const PRONOUN_GENDER: Readonly<Record<string, Gender>> = {
  he: 'male',
  him: 'male',
  his: 'male',
  she: 'female',
  her: 'female',
  hers: 'female',
};

export interface Honorific {
  /** Characters taken by the honorific and the space after it. */
  length: number;
  gender: Gender | null;
}

function honorific(match: RegExpExecArray | null): Honorific | null {
  const word = match?.[1];
  if (!match || !word || !HONORIFICS.has(word)) return null;
  const gender = HONORIFICS.get(word);
  return { length: match[0].length, gender: gender === 'male' || gender === 'female' ? gender : null };
}

/** The honorific ending `before` ("… Mr "), with the gender it implies. */
export const honorificBefore = (before: string): Honorific | null =>
  honorific(/(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}{1,5}\.?)\s+$/u.exec(before));

/** The honorific a name starts with ("Mr. Witkoff"). */
export const leadingHonorific = (name: string): Honorific | null =>
  honorific(/^(\p{Lu}\p{Ll}{1,5}\.?)\s+/u.exec(name));
