import type { Sentence, Token } from '../../core/analysis.js';
import {
  BEFORE_NUMBER,
  LOWER_CASE_ABBREVIATIONS,
  MAYBE_FINAL,
  MONTHS,
  NAMES_WITH_BANG,
  SENTENCE_STARTERS,
  STATES,
  TITLES,
  WEEKDAYS,
} from './abbreviations.js';
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
import { isUrlStart, urlEnd } from './web-addresses.js';
import { allLetters, cliticLength, isAcronym, isSymbolRun, udWordEnd, wordEnd } from './word-ends.js';

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
 * are two sentences in UD. So does a period or "!" after a plain lower-case word ("bought cars. the deal
 * was"): an abbreviation no list holds is mostly capitalised ("Jan. and") or follows a number ("2 tsp.
 * baking"), and those still go on before a lower-case word. A mark closed by a quote or bracket is read as
 * a period is ("“Why?” he asked").
 */
const ENDS_BEFORE_ANY = 4;

/** What stands before the state of a party-state label: "D-" of "D-N.H.", "R-" of "(R-S.C.)". */
const PARTY_LABEL = /(?:^|[\s(,])[DRI]-$/;
/**
 * A "sentence" longer than this is a table, a list or hostile input run together; it is cut at a token
 * boundary, so that the stages' work per sentence stays bounded. News sentences stay far below it (the
 * longest in the dev corpora is under 1,500 characters).
 */
export const MAX_SENTENCE_CHARS = 2_000;
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
        if (ending === ENDS_BEFORE_ANY) ending = ENDS_UNLESS_LOWER;
        // "''" closing a quotation is one mark, as UD writes it ("he said.''").
        const closerEnd = code === 39 && codeAt(i + 1) === 39 ? i + 2 : i + 1;
        emit(i, closerEnd);
        i = closerEnd;
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
      if (!spaceSinceEnding && ending === ENDS_BEFORE_ANY) ending = ENDS_UNLESS_LOWER;
      if (endsBefore(text, i, ending)) breakPending = true;
      ending = ENDS_NOT;
    }
    spaceSinceEnding = false;

    if (cls & ALNUM) {
      const end = i < n - 3 && isUrlStart(text, i) ? urlEnd(text, i) : udWordEnd(text, i, wordEnd(text, i));
      let tokenEnd = end;
      if (codeAt(end) === 33 && end - i <= 8 && NAMES_WITH_BANG.has(text.slice(i, end))) {
        // "Yahoo! News" is one name: its mark ends a sentence only before a word that starts one.
        tokenEnd = end + 1;
        ending = ENDS_BEFORE_STARTER;
      } else if (codeAt(end) === 46 && (codeAt(end + 1) !== 46 || codeAt(end + 2) !== 46)) {
        // "Acme Inc.." is "Inc." and a final period; "Inc..." is "Inc" and an ellipsis.
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
    const signed = code === 46 || code === 43 ? signedNumberEnd(text, i) : 0;
    if (signed > 0) {
      // ".292", "$.04", "+44": a number written with its leading point or sign is one word in UD.
      end = signed;
    } else if (code === 46 || code === 63 || code === 33) {
      // A run of final marks is one token in UD, mixed ones too (".?", "!.", "..?").
      let asks = code !== 46;
      let question = code === 63;
      while (codeAt(end) === 46 || codeAt(end) === 63 || codeAt(end) === 33) {
        if (codeAt(end) !== 46) asks = true;
        if (codeAt(end) === 63) question = true;
        end++;
      }
      ending =
        end - i === 1 && code === 46 && listNumberBefore(tokens, sentenceFirst, i)
          ? ENDS_NOT
          : question || (end - i === 1 && afterPlainWord(tokens, text, i))
            ? ENDS_BEFORE_ANY
            : end - i > 1 && !asks
              ? ENDS_BEFORE_UPPER
              : ENDS_UNLESS_LOWER;
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
 * UD ends a sentence closed by a lower-case abbreviation ("etc.", "p.m.") or a single capital ("Charles
 * V.", "Plan B.") with a period of its own: "etc" ".". Capitalised abbreviations ("U.S.", "Inc.") keep
 * theirs, as the name tagger learnt them whole.
 */
function splitFinalPeriod(tokens: Token[], first: number): void {
  const last = tokens[tokens.length - 1]!;
  const { text, start, end } = last;
  if (tokens.length - 1 < first || text.charCodeAt(text.length - 1) !== 46) return;
  // A letter read alone (a name tagger's word "F.") is an initial, not a sentence.
  const letter =
    end - start === 2 && tokens.length - first > 1 && (charClass(text.charCodeAt(0)) & UPPER) !== 0;
  if (!letter && end - start < 3) return;
  const lower = (charClass(text.charCodeAt(0)) & LOWER) !== 0;
  if (!letter && (!lower || !(charClass(text.charCodeAt(text.length - 2)) & LETTER))) return;
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
  // ". . ." spaced out, as news agencies write an ellipsis: a lone period goes on with the marks before it.
  if (first === 46 && (at + 1 >= text.length || charClass(text.charCodeAt(at + 1)) & SPACE)) return false;
  if (ending === ENDS_BEFORE_ANY) return true;
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
  // "Fresno, Calif. The": a state after a place and its comma.
  if (
    STATES.has(word) &&
    start >= 3 &&
    text.charCodeAt(start - 1) === 32 &&
    text.charCodeAt(start - 2) === 44
  )
    return ENDS_BEFORE_STARTER;
  const next = wordAfter(text, end + 1);
  if ((MONTHS.has(word) || BEFORE_NUMBER.has(word)) && isDigit(text.charCodeAt(next))) return ENDS_NOT;
  if (WEEKDAYS.has(word) && (isDigit(text.charCodeAt(next)) || MONTH_AHEAD.test(text.slice(next, next + 10))))
    return ENDS_NOT;
  return null;
}

/** Where the next word starts after spaces from `at`. */
function wordAfter(text: string, at: number): number {
  let k = at;
  while (k < text.length && text.charCodeAt(k) === 32) k++;
  return k;
}

/** A month's name or abbreviation opening the text: "Sept. 20", "September 20", "Oct 1". */
const MONTH_AHEAD =
  /^(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b/;

/**
 * Whether the final mark at `at` follows a plain lower-case word of two letters or more, written right
 * against it: no abbreviation a list holds, and no unit after a number ("350 km. from").
 */
function afterPlainWord(tokens: readonly Token[], text: string, at: number): boolean {
  const last = tokens[tokens.length - 1];
  if (last === undefined || last.end !== at || last.end - last.start < 2) return false;
  for (let k = last.start; k < last.end; k++) if (!(charClass(text.charCodeAt(k)) & LOWER)) return false;
  const word = last.text;
  if (LOWER_CASE_ABBREVIATIONS.has(word) || BEFORE_NUMBER.has(word) || TITLES.has(word)) return false;
  const before = tokens[tokens.length - 2];
  return before === undefined || !isDigit(before.text.charCodeAt(0));
}

/**
 * The end of a number written with a leading point or a sign at `at` (".292", "$.04", "+44 20 7484",
 * "+1 (212)"), or 0: the mark opens a word (text, a space, an opener or a currency sign before it) and a
 * digit follows. A point after a digit is a decimal point and is read with the number before it.
 */
function signedNumberEnd(text: string, at: number): number {
  if (!isDigit(text.charCodeAt(at + 1))) return 0;
  const before = at > 0 ? text.charCodeAt(at - 1) : 32;
  if (!(charClass(before) & SPACE) && !isOpener(before) && before !== 36) return 0;
  return udWordEnd(text, at + 1, wordEnd(text, at + 1));
}

/**
 * Whether the period at `at` closes a list item's number opening the sentence ("1. Call the office"): UD
 * reads "1" "." as part of the item's sentence. Only a number of one or two digits written against it,
 * alone or after one opening mark ("*1.", "(2."), counts.
 */
function listNumberBefore(tokens: readonly Token[], first: number, at: number): boolean {
  const last = tokens[tokens.length - 1];
  const count = tokens.length - first;
  if (last === undefined || last.end !== at || count < 1 || count > 2 || last.text.length > 2) return false;
  if (!isDigit(last.text.charCodeAt(0)) || !isDigit(last.text.charCodeAt(last.text.length - 1))) return false;
  return (
    count === 1 ||
    (tokens[first]!.text.length === 1 && !(charClass(tokens[first]!.text.charCodeAt(0)) & ALNUM))
  );
}
