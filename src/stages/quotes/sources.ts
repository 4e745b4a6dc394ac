import type { Span } from '../../core/analysis.js';

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

/** Where a subject ending at `end` could start: after the last clause boundary, at `floor` the earliest. */
function clauseStart(text: string, end: number, floor: number): number {
  let words = 0;
  let i = end;
  while (i > floor) {
    const c = text[i - 1]!;
    if (/[;:!?“”"()\u2013\u2014]/.test(c) || (c === ',' && words > 0)) return i;
    const word = WORD_BEFORE.exec(text.slice(Math.max(floor, i - 40), i));
    if (!word || word[0].length === 0) {
      i--;
      continue;
    }
    if (CLAUSE_OPENERS.has(word[1]!) || ++words > MAX_SOURCE_WORDS) return i;
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
  let end = verb;
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
  const first = WORD_AT.exec(text.slice(span.start, span.end))?.[1] ?? '';
  return CLAUSE_OPENERS.has(first) ? null : span;
}

/** The noun phrase starting at `from`: up to punctuation, a preposition or a date, `ceiling` at the latest. */
export function sourceAfter(text: string, from: number, ceiling: number): Span | null {
  let i = from;
  let end = from;
  let words = 0;
  while (i < ceiling && words < MAX_AFTER_WORDS) {
    const word = WORD_AT.exec(text.slice(i, Math.min(ceiling, i + 40)));
    if (!word) break;
    const bare = word[1]!.replace(/[.]$/, '');
    if (words > 0 && AFTER_PHRASE_ENDERS.has(bare.toLowerCase())) break;
    i += word[0].length;
    end = word[1]!.endsWith('.') && !/^(?:[A-Z]|Mr|Ms|Mrs|Dr|Jr|St)\.$|\.[A-Z]\.$/.test(word[1]!) ? i - 1 : i;
    words++;
    if (end < i) break;
    if (!/^\s*(?:[\p{L}\p{N}]|'s|’s)/u.test(text.slice(i, i + 3))) break;
  }
  return trimSource(text, from, end);
}
