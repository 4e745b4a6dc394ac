import type { Sentence, Token } from '../../core/analysis.js';
import { BEFORE_NUMBER, MAYBE_FINAL, MONTHS, SENTENCE_STARTERS, TITLES } from './abbreviations.js';
import {
  HYPHEN_PREFIXES,
  JOINED_LONGEST,
  JOINED_SHORTEST,
  JOINED_WORDS,
  LOWER_CASE_UNITS,
  UNITS_AFTER_NUMBER,
} from './ud-splits.js';
import {
  ALNUM,
  DIGIT,
  LETTER,
  LOWER,
  SPACE,
  UPPER,
  charClass,
  isApostrophe,
  isCloser,
  isDigit,
  isOpener,
} from './chars.js';
import { emailAhead, hostAhead, isUrlStart, newsgroupEnd, urlEnd } from './web-addresses.js';

export interface Segmentation {
  sentences: Sentence[];
  tokens: Token[];
}

/** How strongly the token just read ends a sentence; the text after it decides. */
const ENDS_NOT = 0;
const ENDS_UNLESS_LOWER = 1; // ".", "!"
const ENDS_BEFORE_UPPER = 2; // an ellipsis
const ENDS_BEFORE_STARTER = 3; // "Inc.", "U.S.", an initial
/**
 * A question mark with a space after it ends its sentence before anything: "where did you grow up? india?"
 * are two sentences in UD. A lower-case word after a period or "!" is left alone, as in news it mostly
 * follows an abbreviation or a name ("Jan. and", "Yahoo! said"); a question closed by a quote or bracket
 * is read as a period is ("“Why?” he asked").
 */
const ENDS_ASKED = 4;

/** What stands before the state of a party-state label: "D-" of "D-N.H.", "R-" of "(R-S.C.)". */
const PARTY_LABEL = /(?:^|[\s(,])[DRI]-$/;
/**
 * A "sentence" longer than this is a table, a list or hostile input run together; it is cut at a token
 * boundary, so that the stages' work per sentence stays bounded. News sentences stay far below it (the
 * longest in the dev corpora is under 1,500 characters).
 */
export const MAX_SENTENCE_CHARS = 2_000;
const CLITICS: ReadonlySet<string> = new Set(['s', 'd', 'm', 'll', 're', 've']);

/**
 * Splits `text` into sentences and tokens in one left-to-right pass. Tokens follow Universal Dependencies
 * English, since the tagger and parser learnt from it: "Ukraine's" → "Ukraine" "'s", "don't" → "do" "n't",
 * "long-range" → "long" "-" "range" (but "e-mail", "non-profit"), "and/or" → "and" "/" "or", "cannot" →
 * "can" "not", "5pm" → "5" "pm", ":)" one token, "etc." closing a sentence "etc" "."; "U.S.", "1,000", "19.3", "9/11" and phone numbers stay whole, currency
 * signs and "%" stand alone, a run of one symbol ("=====") is one token.
 */
export function segment(text: string): Segmentation {
  const n = text.length;
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let sentenceFirst = 0;
  let breakPending = false;
  let ending = ENDS_NOT;
  let spaceSinceEnding = false;

  const closeSentence = (): void => {
    splitFinalPeriod(tokens, sentenceFirst);
    const first = tokens[sentenceFirst]!;
    const last = tokens[tokens.length - 1]!;
    sentences.push({ start: first.start, end: last.end, index: sentences.length });
    sentenceFirst = tokens.length;
  };
  const emit = (start: number, end: number): void => {
    const tooLong = tokens.length > sentenceFirst && end - tokens[sentenceFirst]!.start > MAX_SENTENCE_CHARS;
    if ((breakPending || tooLong) && tokens.length > sentenceFirst) closeSentence();
    breakPending = false;
    tokens.push({ start, end, text: text.slice(start, end), sentence: sentences.length });
  };
  const codeAt = (k: number): number => (k < n ? text.charCodeAt(k) : 0);
  const classAt = (k: number): number => (k < n ? charClass(text.charCodeAt(k)) : 0);

  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    const cls = charClass(code);
    if (cls & SPACE) {
      let newlines = 0;
      let paragraph = false;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (!(charClass(c) & SPACE)) break;
        if (c === 10 || (c === 13 && codeAt(i + 1) !== 10)) newlines++;
        else if (c === 0x2029) paragraph = true;
        i++;
      }
      spaceSinceEnding = true;
      if (tokens.length > sentenceFirst) {
        if (newlines >= 2 || paragraph) breakPending = true;
        else if (newlines === 1 && lineBreakEnds(tokens[tokens.length - 1]!, classAt(i))) breakPending = true;
      }
      continue;
    }
    if (ending !== ENDS_NOT) {
      if (!spaceSinceEnding && isCloser(code)) {
        if (ending === ENDS_ASKED) ending = ENDS_UNLESS_LOWER;
        emit(i, i + 1);
        i++;
        continue;
      }
      const smiley = code === 58 || code === 59 ? emoticonEnd(text, i) : 0;
      if (smiley > 0) {
        // "I love her. :)": a smiley after a sentence's final mark still belongs to it, as in UD.
        emit(i, smiley);
        i = smiley;
        continue;
      }
      const footnote = footnoteEnd(text, i);
      if (footnote > 0) {
        // "… in Dulwich. [17] Placed under …": a reference mark belongs to the sentence it follows.
        emit(i, i + 1);
        emit(i + 1, footnote - 1);
        emit(footnote - 1, footnote);
        i = footnote;
        continue;
      }
      if (!spaceSinceEnding && ending === ENDS_ASKED) ending = ENDS_UNLESS_LOWER;
      if (endsBefore(text, i, ending)) breakPending = true;
      ending = ENDS_NOT;
    }
    spaceSinceEnding = false;

    if (cls & ALNUM) {
      const end = i < n - 3 && isUrlStart(text, i) ? urlEnd(text, i) : udWordEnd(text, i, wordEnd(text, i));
      let tokenEnd = end;
      // "Acme Inc.." is "Inc." and a final period; "Inc..." is "Inc" and an ellipsis.
      if (codeAt(end) === 46 && (codeAt(end + 1) !== 46 || codeAt(end + 2) !== 46)) {
        const keep = periodAfter(text, i, end);
        if (keep !== null) {
          tokenEnd = end + 1;
          ending = keep;
        }
      }
      emit(i, tokenEnd);
      i = tokenEnd;
      continue;
    }

    let end = i + 1;
    if (code === 46 || code === 63 || code === 33) {
      // A run of final marks is one token in UD, mixed ones too (".?", "!.", "..?").
      let asks = code !== 46;
      let question = code === 63;
      while (codeAt(end) === 46 || codeAt(end) === 63 || codeAt(end) === 33) {
        if (codeAt(end) !== 46) asks = true;
        if (codeAt(end) === 63) question = true;
        end++;
      }
      ending = question ? ENDS_ASKED : end - i > 1 && !asks ? ENDS_BEFORE_UPPER : ENDS_UNLESS_LOWER;
    } else if (code === 0x2026) {
      ending = ENDS_BEFORE_UPPER;
    } else if ((code === 64 || code === 35) && handleEnd(text, i) > 0) {
      end = handleEnd(text, i);
    } else if (isSymbolRun(code)) {
      while (codeAt(end) === code) end++;
    } else if (isApostrophe(code) || code === 96) {
      // "''" and "``" are quotation marks of their own, as UD writes them.
      if (codeAt(i + 1) === code) end = i + 2;
      else if (code !== 96) end = i + 1 + cliticLength(text, i + 1);
    } else if ((code === 58 || code === 59) && emoticonEnd(text, i) > 0) {
      end = emoticonEnd(text, i);
    } else if (code >= 0xd800 && code <= 0xdbff && end < n) {
      end++;
    }
    emit(i, end);
    i = end;
  }
  if (tokens.length > sentenceFirst) closeSentence();
  return { sentences, tokens };
}

/**
 * UD ends a sentence closed by a lower-case abbreviation ("etc.", "p.m.") with a period of its own: "etc"
 * ".". Capitalised ones ("U.S.", "Inc.") keep theirs, as the name tagger learnt them whole.
 */
function splitFinalPeriod(tokens: Token[], first: number): void {
  const last = tokens[tokens.length - 1]!;
  const { text, start, end } = last;
  if (tokens.length - 1 < first || end - start < 3 || text.charCodeAt(text.length - 1) !== 46) return;
  if (!(charClass(text.charCodeAt(0)) & LOWER) || !(charClass(text.charCodeAt(text.length - 2)) & LETTER))
    return;
  tokens[tokens.length - 1] = { ...last, end: end - 1, text: text.slice(0, -1) };
  tokens.push({ ...last, start: end - 1, text: '.' });
}

/**
 * The end of a smiley at `at` (":)", ";-)", ":D"), one token in UD, standing alone: after a space, before
 * a space or a final mark (":-)." at a sentence's end); else 0.
 */
function emoticonEnd(text: string, at: number): number {
  if (at > 0 && !(charClass(text.charCodeAt(at - 1)) & SPACE)) return 0;
  let k = at + 1;
  if (text.charCodeAt(k) === 45) k++;
  const face = text.charCodeAt(k);
  // ) ( D P p
  if (face !== 41 && face !== 40 && face !== 68 && face !== 80 && face !== 112) return 0;
  k++;
  const after = text.charCodeAt(k);
  return k === text.length ||
    charClass(after) & SPACE ||
    after === 46 ||
    after === 33 ||
    after === 63 ||
    after === 44
    ? k
    : 0;
}

/**
 * The end of a handle or hashtag at `at` ("@POTUS", "#IStandWithAhmed", "@example.com"), one word in UD:
 * the sign opens a word and a word follows; else 0.
 */
function handleEnd(text: string, at: number): number {
  if (at > 0 && charClass(text.charCodeAt(at - 1)) & ALNUM) return 0;
  // "@ 2.975" is a price and "#1" a number: UD writes the sign apart from a number.
  return charClass(text.charCodeAt(at + 1)) & LETTER ? wordEnd(text, at + 1) : 0;
}

/** A single line break ends a sentence unless the next line goes on in lower case or the line ends mid-clause. */
function lineBreakEnds(previous: Token, nextClass: number): boolean {
  if (nextClass & LOWER) return false;
  const last = previous.text.charCodeAt(previous.text.length - 1);
  // , ; : - & ( "
  return !(last === 44 || last === 59 || last === 58 || last === 45 || last === 38 || last === 40);
}

/** The end of a reference mark ("[17]", "[a]") at `at`, or 0. */
function footnoteEnd(text: string, at: number): number {
  if (text.charCodeAt(at) !== 91) return 0;
  let k = at + 1;
  while (k < text.length && k < at + 4 && charClass(text.charCodeAt(k)) & (DIGIT | LOWER)) k++;
  return k > at + 1 && text.charCodeAt(k) === 93 ? k + 1 : 0;
}

function endsBefore(text: string, at: number, ending: number): boolean {
  // A sentence never opens with a comma or semicolon: "S.F., Cal., declare".
  const first = text.charCodeAt(at);
  if (first === 44 || first === 59) return false;
  if (ending === ENDS_ASKED) return true;
  let k = at;
  while (k < text.length && k < at + 3 && isOpener(text.charCodeAt(k))) k++;
  const cls = k < text.length ? charClass(text.charCodeAt(k)) : 0;
  if (ending === ENDS_UNLESS_LOWER) return !(cls & LOWER);
  if (ending === ENDS_BEFORE_UPPER) return (cls & UPPER) !== 0;
  if (!(cls & UPPER)) return false;
  let e = k + 1;
  while (e < text.length && charClass(text.charCodeAt(e)) & LETTER) e++;
  return SENTENCE_STARTERS.has(text.slice(k, e));
}

/** The end of the word or number starting at `start`, its final period left out. */
function wordEnd(text: string, start: number): number {
  const n = text.length;
  if (isNotClitic(text, start)) return start + 3;
  let j = start;
  let part = start;
  let email = false;
  let host = false;
  const acronym = acronymPrefix(text, start);
  for (;;) {
    while (j < n && charClass(text.charCodeAt(j)) & ALNUM) j++;
    if (j >= n - 1) return j;
    const c = text.charCodeAt(j);
    const next = text.charCodeAt(j + 1);
    const nextClass = charClass(next);
    if (isApostrophe(c) && nextClass & LETTER) {
      const clitic = cliticLength(text, j + 1);
      // "the 80's", "1960's": UD writes a number's plural as one word.
      if (clitic === 1 && (next === 115 || next === 83) && allDigits(text, start, j)) return j + 2;
      if (clitic > 0) return j;
      if (j - 1 > start && (next === 116 || next === 84) && !(charClass(text.charCodeAt(j + 2)) & LETTER)) {
        const before = text.charCodeAt(j - 1);
        if (before === 110 || before === 78) return j - 1;
      }
      j++;
    } else if (c === 45 && nextClass & ALNUM) {
      if (!keepsHyphen(text, start, part, j)) return j;
      j++;
      part = j;
    } else if (c === 46 && text.startsWith('..@', j + 1) && charClass(text.charCodeAt(j + 4)) & ALNUM) {
      // "franz371...@gmail.com": an address a mail archive shortened is still one word.
      email = true;
      j += 4;
    } else if (c === 46 && nextClass & LOWER && j - start <= 10 && newsgroupEnd(text, start, j) > 0) {
      return newsgroupEnd(text, start, j);
    } else if (c === 46) {
      const prev = text.charCodeAt(j - 1);
      if (isDigit(prev) && isDigit(next)) j++;
      else if (email && nextClass & ALNUM) j++;
      else if (nextClass & ALNUM && emailAhead(text, j + 1)) ((email = true), j++);
      else if (
        nextClass & LETTER &&
        (j - 1 === start || acronym(j)) &&
        !(charClass(text.charCodeAt(j + 2)) & ALNUM)
      )
        j++;
      else if (hostAhead(text, j + 1, host)) ((host = true), j++);
      else return j;
    } else if (c === 44 && isDigit(text.charCodeAt(j - 1)) && isThousands(text, j + 1)) {
      j++;
    } else if ((c === 58 || c === 47) && isDigit(text.charCodeAt(j - 1)) && isDigit(next)) {
      j++;
    } else if (c === 38 && charClass(text.charCodeAt(j - 1)) & UPPER && nextClass & UPPER) {
      j++;
    } else if (c === 64 && nextClass & ALNUM) {
      email = true;
      j++;
    } else if (c === 95 && nextClass & ALNUM) {
      // "Lisa_resume", "@user_name": an underscore joins, as in file names and handles.
      j++;
    } else {
      return j;
    }
  }
}

const allDigits = (text: string, start: number, end: number): boolean => {
  for (let k = start; k < end; k++) if (!isDigit(text.charCodeAt(k))) return false;
  return true;
};

const allLetters = (text: string, start: number, end: number): boolean => {
  for (let k = start; k < end; k++) if (!(charClass(text.charCodeAt(k)) & LETTER)) return false;
  return true;
};

/** What a period right after the word [start, end) is: part of it (and how it ends a sentence), or null. */
function periodAfter(text: string, start: number, end: number): number | null {
  const length = end - start;
  if (length >= 3 && isAcronym(text, start, end)) {
    const first = text.charCodeAt(start);
    // "e.g." and "i.e." go on mid-sentence; "U.S." and "p.m." may close one.
    if ((first === 101 || first === 105) && length === 3) return ENDS_NOT;
    // A US party-state label ("Sen. Maggie Hassan, D-N.H.") closes an apposition: went the sentence on, a
    // comma would follow it, so its period ends the sentence before a capital (not before "):" of
    // "Rep. Trey Gowdy (R-S.C.):").
    return PARTY_LABEL.test(text.slice(Math.max(0, start - 3), start))
      ? ENDS_BEFORE_UPPER
      : ENDS_BEFORE_STARTER;
  }
  if (length === 1 && charClass(text.charCodeAt(start)) & UPPER) return ENDS_BEFORE_STARTER;
  if (length > 7) return null;
  // "at Federal Sts., is now": a period before a comma ends no sentence, so it is a short word's abbreviation.
  if (length <= 5 && text.charCodeAt(end + 1) === 44 && allLetters(text, start, end)) return ENDS_NOT;
  const word = text.slice(start, end);
  if (TITLES.has(word)) return ENDS_NOT;
  if (MAYBE_FINAL.has(word)) return ENDS_BEFORE_STARTER;
  if (MONTHS.has(word) || BEFORE_NUMBER.has(word)) {
    let k = end + 1;
    while (k < text.length && text.charCodeAt(k) === 32) k++;
    if (k < text.length && isDigit(text.charCodeAt(k))) return ENDS_NOT;
  }
  return null;
}

/** "U.S", "e.g": single letters joined by periods (the final period not yet included). */
function isAcronym(text: string, start: number, end: number): boolean {
  if ((end - start) % 2 === 0) return false;
  for (let k = start; k < end; k += 2) {
    if (!(charClass(text.charCodeAt(k)) & LETTER)) return false;
    if (k + 1 < end && text.charCodeAt(k + 1) !== 46) return false;
  }
  return true;
}

/**
 * `isAcronym(text, start, end)` for growing `end`, each character looked at once: checking the whole word
 * again at every period made a long "A.A.A.…" quadratic.
 */
function acronymPrefix(text: string, start: number): (end: number) => boolean {
  let checked = start;
  let firstMismatch = Infinity;
  return (end) => {
    if ((end - start) % 2 === 0) return false;
    for (; checked < end && firstMismatch === Infinity; checked++) {
      const fits =
        (checked - start) % 2 === 0
          ? (charClass(text.charCodeAt(checked)) & LETTER) !== 0
          : text.charCodeAt(checked) === 46;
      if (!fits) firstMismatch = checked;
    }
    return firstMismatch >= end;
  };
}

/** The length of "s", "ll", "re"… after an apostrophe at `at - 1`, or 0 when no clitic follows. */
function cliticLength(text: string, at: number): number {
  let e = at;
  while (e < text.length && e < at + 3 && charClass(text.charCodeAt(e)) & LETTER) e++;
  if (e === at || (e < text.length && charClass(text.charCodeAt(e)) & LETTER)) return 0;
  return CLITICS.has(text.slice(at, e).toLowerCase()) ? e - at : 0;
}

/** "n't" at `at`, as in "do" "n't". */
function isNotClitic(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c !== 110 && c !== 78) return false;
  if (!isApostrophe(text.charCodeAt(at + 1))) return false;
  const t = text.charCodeAt(at + 2);
  return (t === 116 || t === 84) && !(charClass(text.charCodeAt(at + 3)) & LETTER);
}

/** Symbols whose runs are one token: "-----", "=====", "***", "<<", "$$$". */
function isSymbolRun(code: number): boolean {
  return (
    code === 45 ||
    code === 36 ||
    code === 61 ||
    code === 95 ||
    code === 42 ||
    code === 60 ||
    code === 62 ||
    code === 43 ||
    code === 35 ||
    code === 126 ||
    code === 94
  );
}

/**
 * Whether the hyphen at `at` stays inside the word begun at `start` (its current part begun at `part`): after
 * a prefix UD keeps ("non-profit"), and in numbers UD keeps whole (phone numbers, "11-20-2000"), not in
 * ranges and scores ("3-4", "1969-1970") nor anywhere else.
 */
function keepsHyphen(text: string, start: number, part: number, at: number): boolean {
  if (isDigit(text.charCodeAt(part))) {
    let groups = 0;
    let first = -1;
    let second = -1;
    let k = start;
    for (;;) {
      const from = k;
      while (k < text.length && isDigit(text.charCodeAt(k))) k++;
      if (k === from) return false;
      groups++;
      if (groups === 1) first = k - from;
      else if (groups === 2) second = k - from;
      if (text.charCodeAt(k) !== 45 || !isDigit(text.charCodeAt(k + 1))) break;
      k++;
    }
    if (k < text.length && charClass(text.charCodeAt(k)) & LETTER) return false;
    return groups >= 3 || (first === 3 && second === 4);
  }
  if (at - part > 7) return false;
  return HYPHEN_PREFIXES.has(text.slice(part, at).toLowerCase());
}

/**
 * Cuts the word [start, end) where UD cuts it though no space does: "cannot" after "can", "5pm" after "5".
 */
function udWordEnd(text: string, start: number, end: number): number {
  const length = end - start;
  if (isDigit(text.charCodeAt(start))) {
    let k = start;
    while (k < end && !(charClass(text.charCodeAt(k)) & LETTER)) k++;
    if (k < end && k > start && end - k <= 3 && isDigit(text.charCodeAt(k - 1))) {
      const unit = text.slice(k, end);
      const lower = unit.toLowerCase();
      if (UNITS_AFTER_NUMBER.has(lower) && (unit === lower || !LOWER_CASE_UNITS.has(lower))) return k;
    }
    return end;
  }
  if (length >= JOINED_SHORTEST && length <= JOINED_LONGEST) {
    const first = JOINED_WORDS.get(text.slice(start, end).toLowerCase());
    if (first !== undefined) return start + first;
  }
  return end;
}

function isThousands(text: string, at: number): boolean {
  return (
    isDigit(text.charCodeAt(at)) &&
    isDigit(text.charCodeAt(at + 1)) &&
    isDigit(text.charCodeAt(at + 2)) &&
    !isDigit(text.charCodeAt(at + 3))
  );
}
