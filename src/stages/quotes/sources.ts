import type { Span } from '../../core/analysis.js';
import { TITLES } from '../tokens/abbreviations.js';
import { BODY_WORD, TITLE_INSIDE } from './name-words.js';

/**
 * Reading the words that name a speaker, around a cue, without a parser: the subject is what lies between
 * the last clause boundary and the verb; the inverted or "according to" source is the noun phrase after it.
 */

/** Words that may sit between a subject and its verb ("Rubio has also said", "he later added"). */
const BETWEEN_SUBJECT_AND_VERB = new Set(
  `has have had also later then further again once would will could did does do not never already just still
  had since first earlier previously recently repeatedly publicly privately reportedly swiftly separately
  subsequently initially directly simply long is are was were am been being`.split(/\s+/),
);

/** Words that start a clause, so a subject never reaches back over them. */
const CLAUSE_OPENERS = new Set(
  `that and but while as when because after before if though although since so where whereas yet or which
  than until unless once whether nor for`.split(/\s+/),
);

/** Words that end a noun phrase read after a cue ("said Dan Jorgensen on Wednesday"). */
const AFTER_PHRASE_ENDERS = new Set(
  `on in at to during after before when who whom whose which that last yesterday today tonight this earlier later
  adding saying noting stating while as because from with and but told said says was is were are has had have
  would will could in via than if about`.split(/\s+/),
);

/** When, between a subject and its verb: "Trump, who …, on Friday described". */
const TIME_BEFORE_VERB =
  /\s(?:on|last|this|early|late)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|night|morning|evening)\s+$/;
const MAX_SOURCE_WORDS = 14;
const MAX_AFTER_WORDS = 8;

const WORD_BEFORE = /([\p{L}\p{N}][\p{L}\p{N}.'’-]*)\s*$/u;
const WORD_AT = /^\s*([\p{L}\p{N}][\p{L}\p{N}.'’-]*)/u;

/** The span between `start` and `end` without the punctuation and spaces at its ends; null when empty. */
export function trimSource(text: string, start: number, end: number): Span | null {
  while (start < end && /[\s,;:—–-]/.test(text[start]!)) start++;
  while (end > start && /[\s,;:—–-]/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

/** A capitalised word ending where the text ends, and what stands before it. */
const NAME_WORD_BEFORE = /(^|[^\p{L}\s]\s*|\s)(\p{Lu}[\p{L}'’-]*)\s$/u;
/** The capitalised words starting the text, up to four. */
const NAME_WORDS_AFTER = /^\s((?:\p{Lu}[\p{L}'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*)/u;

/**
 * Whether the "and" at `start`–`end` joins words of one name: "the Department of Health and Human
 * Services", "the National Oceanic and Atmospheric Administration", "Construction and Housing Minister X".
 * The capitalised words after it go on to a body's last word or a role title, and the one before it is no
 * body's last word ("the Antiquities Authority and Tel Aviv University" are two) nor the end of a list
 * ("Housing, Communities and Local Government" is left as it was). Two names joined ("Sens. Elizabeth
 * Warren and Chuck Schumer", "Israel and Hamas") end at the "and".
 */
function joinsName(text: string, start: number, end: number): boolean {
  if (text.slice(start, end) === 'for') return namesField(text, start, end);
  if (text.slice(start, end) !== 'and') return false;
  const before = NAME_WORD_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  const after = NAME_WORDS_AFTER.exec(text.slice(end, end + 80))?.[1];
  if (!before || /,/.test(before[1]!) || BODY_WORD.test(before[2]!) || !after) return false;
  const words = after.split(/\s+/);
  return words.length >= 2 && (words.some((w) => BODY_WORD.test(w)) || TITLE_INSIDE.test(after));
}

/**
 * Whether the "for" at `start`–`end` joins a body's name to the field it is named by: "A Department for
 * Transport spokesman", "the Office for National Statistics" (capitalised body head before, capitalised
 * words after). "a spokesman for the Department" names whom he speaks for, after a lower-case word.
 */
function namesField(text: string, start: number, end: number): boolean {
  const before = NAME_WORD_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  return !!before && BODY_WORD.test(before[2]!) && NAME_WORDS_AFTER.test(text.slice(end, end + 80));
}

/** Where a subject ending at `end` could start: after the last clause boundary, at `floor` the earliest. */
function clauseStart(text: string, end: number, floor: number): number {
  let words = 0;
  let i = end;
  while (i > floor) {
    const c = text[i - 1]!;
    // A short aside in brackets stays in the subject: "Sen. John Cornyn (R-Texas) told".
    const aside = c === ')' ? /\([^()\n]{1,25}\)$/.exec(text.slice(Math.max(floor, i - 27), i)) : null;
    if (aside) {
      i -= aside[0].length;
      continue;
    }
    if (/[;:!?“”"()\u2013\u2014]/.test(c) || (c === ',' && words > 0)) return i;
    const word = WORD_BEFORE.exec(text.slice(Math.max(floor, i - 40), i));
    if (!word || word[0].length === 0) {
      i--;
      continue;
    }
    const at = i - word[0].length + word[0].indexOf(word[1]!);
    if (
      (CLAUSE_OPENERS.has(word[1]!.toLowerCase()) && !joinsName(text, at, at + word[1]!.length)) ||
      ++words > MAX_SOURCE_WORDS
    )
      return i;
    i -= word[0].length;
  }
  return floor;
}

/**
 * The subject of a verb starting at `verb`: skips auxiliaries and adverbs, then an appositive or relative
 * clause between commas ("Yuri Ushakov, Putin's aide, noted"), which stays in the span like the annotators
 * keep it; null when no words come before the verb in its clause.
 */
export function sourceBefore(text: string, verb: number, floor: number): Span | null {
  let end = verb - (TIME_BEFORE_VERB.exec(text.slice(Math.max(floor, verb - 30), verb))?.[0].length ?? 0);
  for (;;) {
    const word = WORD_BEFORE.exec(text.slice(Math.max(floor, end - 30), end));
    if (!word || !(BETWEEN_SUBJECT_AND_VERB.has(word[1]!.toLowerCase()) || /^[a-z]+ly$/.test(word[1]!)))
      break;
    end -= word[0].length;
  }
  while (end > floor && /\s/.test(text[end - 1]!)) end--;
  let start: number;
  if (text[end - 1] === ',') {
    const aside = clauseStart(text, end - 1, floor);
    if (aside <= floor || text[aside - 1] !== ',') return null;
    start = clauseStart(text, aside - 1, floor);
  } else {
    start = clauseStart(text, end, floor);
  }
  const span = trimSource(text, start, end);
  if (!span) return null;
  // "the militias, who he said continue …": the relative is the subject of what was said, the pronoun after
  // it the one saying.
  const pronoun = RELATIVE_THEN_PRONOUN.exec(text.slice(span.start, span.end));
  if (pronoun) return { start: end - pronoun[1]!.length, end };
  const first = WORD_AT.exec(text.slice(span.start, span.end))?.[1] ?? '';
  return CLAUSE_OPENERS.has(first) ? null : span;
}

const RELATIVE_THEN_PRONOUN = /^(?:who|whom|which|that)\s+(he|she|they|we|I)$/;

/** The noun phrase starting at `from`: up to punctuation, a preposition or a date, `ceiling` at the latest. */
export function sourceAfter(text: string, from: number, ceiling: number): Span | null {
  let i = from;
  let end = from;
  let words = 0;
  while (i < ceiling && words < MAX_AFTER_WORDS) {
    const word = WORD_AT.exec(text.slice(i, Math.min(ceiling, i + 40)));
    if (!word) break;
    const bare = word[1]!.replace(/[.]$/, '');
    const at = i + word[0].indexOf(word[1]!);
    if (words > 0 && AFTER_PHRASE_ENDERS.has(bare.toLowerCase()) && !joinsName(text, at, at + bare.length))
      break;
    i += word[0].length;
    // A title's period ("asked Sen. Maggie Hassan", "said Lt. Col. …") does not end the phrase.
    const keepsPeriod = /^[A-Z]\.$|\.[A-Z]\.$/.test(word[1]!) || TITLES.has(bare);
    end = word[1]!.endsWith('.') && !keepsPeriod ? i - 1 : i;
    words++;
    if (end < i) break;
    if (!/^\s*(?:[\p{L}\p{N}]|'s|’s)/u.test(text.slice(i, i + 3))) break;
  }
  return trimSource(text, from, end);
}

/** Fronted adjuncts before a subject ("In a statement released Thursday, …"), up to their comma. */
const FRONTED_ADJUNCT =
  /^(?:In|On|At|After|Before|During|When|While|Later|Earlier|Speaking|Asked|Last|Then|Meanwhile|Following|Despite|Amid|Since|Under|Over|Without|Within)\b[^,.;:!?“”"]{0,80},\s*/;
const LEADING_CONJUNCTION = /^(?:But|And|Yet|So|Still|Also|However,?)\s+/;
/** Lowercase words a subject never holds: auxiliaries, relatives, common past forms (-ed and -ing apart). */
const NOT_IN_SUBJECT = new Set(
  `is are was were has have had will would can could may might must should shall did does do who which that
  began took sent made gave went came told said wrote held spoke got put ran left kept brought thought felt found
  saw met won lost stood sought says tells also then later again once reportedly`.split(/\s+/),
);
const MAX_SUBJECT_WORDS = 7;

/**
 * The noun phrase opening the clause that starts at `start`, past a fronted adjunct ("In a statement, the
 * town said" → "the town"): words up to the first that looks like a verb, a comma or a mark. Null when the
 * clause opens with a quote or a lowercase word, where no subject can be read without a parser.
 */
export function clauseSubject(text: string, start: number, end: number): Span | null {
  let from = start;
  for (const skip of [LEADING_CONJUNCTION, FRONTED_ADJUNCT]) {
    const m = skip.exec(text.slice(from, end));
    if (m) from += m[0].length;
  }
  const pronoun = /^(?:He|She|They|We|I)\b/.exec(text.slice(from, from + 5));
  if (pronoun) return { start: from, end: from + pronoun[0].length };
  if (!/^\p{Lu}/u.test(text.slice(from, from + 1))) return null;
  let i = from;
  let to = from;
  for (let words = 0; words < MAX_SUBJECT_WORDS; words++) {
    const word = WORD_AT.exec(text.slice(i, Math.min(end, i + 40)));
    if (!word) break;
    const w = word[1]!;
    if (words > 0 && /^\p{Ll}/u.test(w) && (NOT_IN_SUBJECT.has(w) || /ed$/.test(w) || /ing$/.test(w))) break;
    i += word[0].length;
    to = i;
    if (/^\s*[,;:(“”"—–]/.test(text.slice(i, i + 2))) break;
  }
  return trimSource(text, from, to);
}
