import type { Sentence } from '../../core/analysis.js';

/** A word or a punctuation mark of one sentence, as this stage reads it. */
export interface Word {
  start: number;
  end: number;
  /** Lower-cased, curly apostrophes made straight. */
  lower: string;
  isWord: boolean;
}

/**
 * Words keep their inner hyphens and apostrophes ("cease-fire", "Russia's"); any other mark is a word of its
 * own. A word is what the first alternative (group 1) matched.
 */
const WORD_OR_MARK = /([\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*)|[^\s\p{L}\p{N}]/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export function wordsOf(text: string, sentence: Sentence): Word[] {
  const words: Word[] = [];
  WORD_OR_MARK.lastIndex = sentence.start;
  for (let m = WORD_OR_MARK.exec(text); m !== null && m.index < sentence.end; m = WORD_OR_MARK.exec(text)) {
    const whole = m.index + m[0].length <= sentence.end;
    const raw = whole ? m[0] : m[0].slice(0, sentence.end - m.index);
    const lower = raw.toLowerCase();
    words.push({
      start: m.index,
      end: m.index + raw.length,
      lower: lower.includes('’') ? lower.replaceAll('’', "'") : lower,
      // A word cut by the sentence's end is judged by what is left of its first character.
      isWord: whole
        ? m[1] !== undefined
        : LETTER_OR_DIGIT.test(String.fromCodePoint(raw.codePointAt(0) ?? 0)),
    });
  }
  return words;
}

/** Marks that end a clause outright. A dash does only between spaces: "Witkoff–Putin talks" is one phrase. */
const HARD_MARKS = new Set([';', ':', '(', ')', '[', ']', '—']);

/** Words that open a new clause, so a subject or an object is not looked for across them. */
const CLAUSE_WORDS = new Set([
  'but',
  'while',
  'whereas',
  'although',
  'though',
  'because',
  'when',
  'after',
  'before',
  'which',
  'who',
  'whom',
  'whose',
  'where',
  'until',
  'unless',
  'if',
  'whether',
  'since',
  'despite',
  'amid',
]);

export type BoundaryKind = 'hard' | 'clause' | 'that' | 'relative' | 'comma' | null;

export function boundaryKind(text: string, words: readonly Word[], i: number): BoundaryKind {
  const w = words[i];
  if (!w) return 'hard';
  if (!w.isWord) {
    if (HARD_MARKS.has(w.lower)) return 'hard';
    if (w.lower === '–' || w.lower === '-') return text[w.start - 1] === ' ' ? 'hard' : null;
    return null;
  }
  if (w.lower === 'that') return 'that';
  if (w.lower === 'which' || w.lower === 'who') return 'relative';
  return CLAUSE_WORDS.has(w.lower) ? 'clause' : null;
}

/** Index of the first word of the clause holding word `i`, and what opened it. */
export function clauseStart(
  text: string,
  words: readonly Word[],
  i: number,
): { index: number; opener: BoundaryKind } {
  for (let j = i - 1; j >= 0; j--) {
    const kind = boundaryKind(text, words, j);
    if (kind !== null) return { index: j + 1, opener: kind };
    if (opensClauseAfterComma(text, words, j)) return { index: j + 1, opener: 'comma' };
  }
  return { index: 0, opener: null };
}

/** A comma that a capitalised word or a new subject follows: "If Moscow refuses, Britain will …". */
function opensClauseAfterComma(text: string, words: readonly Word[], j: number): boolean {
  const next = words[j + 1];
  if (words[j]?.lower !== ',' || !next) return false;
  return CLAUSE_AFTER_COMMA.has(next.lower) || /^\p{Lu}/u.test(text.slice(next.start, next.start + 1));
}

/** After a comma, these start a new clause rather than continue a list ("…, Britain could …"). */
const CLAUSE_AFTER_COMMA = new Set([
  'he',
  'she',
  'they',
  'it',
  'we',
  'i',
  'and',
  'but',
  'saying',
  'adding',
  'while',
]);

/**
 * Index one past the last word of the clause holding word `i`. "That" does not end it ("demanded that X
 * …"); a comma does when a capitalised word or a new subject follows it.
 */
export function clauseEnd(text: string, words: readonly Word[], i: number): number {
  for (let j = i + 1; j < words.length; j++) {
    const kind = boundaryKind(text, words, j);
    if ((kind !== null && kind !== 'that') || opensClauseAfterComma(text, words, j)) return j;
  }
  return words.length;
}

/** The word index holding character offset `at`, or the first word after it. */
export function wordAt(words: readonly Word[], at: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((words[mid]?.end ?? 0) <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
