/**
 * Where a word ends, as Universal Dependencies English writes words: clitics split off ("Ukraine" "'s",
 * "do" "n't"), hyphens kept only in the compounds UD keeps whole, acronyms, thousands and runs of one
 * symbol whole. The sentence splitter (`segment.ts`) asks these as it walks the text.
 */
import {
  CONTRACTIONS_IN_CONTEXT,
  HYPHEN_PREFIXES,
  JOINED_LONGEST,
  JOINED_SHORTEST,
  JOINED_WORDS,
  LOWER_CASE_UNITS,
  UNITS_AFTER_NUMBER,
} from './ud-splits.js';
import { ALNUM, LETTER, LOWER, UPPER, charClass, isApostrophe, isDigit } from './chars.js';
import { emailAhead, hostAhead, newsgroupEnd } from './web-addresses.js';

const CLITICS: ReadonlySet<string> = new Set(['s', 'd', 'm', 'll', 're', 've']);

/** The end of the word or number starting at `start`, its final period left out. */
export function wordEnd(text: string, start: number): number {
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
    } else if (
      c === 47 &&
      j - start === 1 &&
      charClass(text.charCodeAt(start)) & LETTER &&
      text.charCodeAt(start - 1) !== 47
    ) {
      return letterSlashEnd(text, j);
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

/**
 * Where a word of one letter and the slash at `slash` end: a letter, a slash and a letter are one word in
 * UD ("b/c", "w/o", "L/C"; EWT's training set 14 of 19 so), but not in a longer run ("a/b/c") nor before a
 * digit ("f/2"): there the letter ends at the slash.
 */
function letterSlashEnd(text: string, slash: number): number {
  const after = text.charCodeAt(slash + 2);
  return charClass(text.charCodeAt(slash + 1)) & LETTER && !(charClass(after) & ALNUM) && after !== 47
    ? slash + 2
    : slash;
}

const allDigits = (text: string, start: number, end: number): boolean => {
  for (let k = start; k < end; k++) if (!isDigit(text.charCodeAt(k))) return false;
  return true;
};

export const allLetters = (text: string, start: number, end: number): boolean => {
  for (let k = start; k < end; k++) if (!(charClass(text.charCodeAt(k)) & LETTER)) return false;
  return true;
};

/** "U.S", "e.g": single letters joined by periods (the final period not yet included). */
export function isAcronym(text: string, start: number, end: number): boolean {
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
export function cliticLength(text: string, at: number): number {
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
export function isSymbolRun(code: number): boolean {
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
      const separator = text.charCodeAt(k);
      // "713/853-6197": an area code may stand before a slash.
      const areaCode = separator === 47 && groups === 1 && first === 3;
      if ((separator !== 45 && !areaCode) || !isDigit(text.charCodeAt(k + 1))) break;
      k++;
    }
    if (k < text.length && charClass(text.charCodeAt(k)) & LETTER) return false;
    // Phone numbers ("555-1234", "1-800-555-0199") and ZIP+4 codes ("77042-2016").
    return groups >= 3 || (first === 3 && second === 4) || (groups === 2 && first === 5 && second === 4);
  }
  if (at - part > 7) return false;
  return HYPHEN_PREFIXES.has(text.slice(part, at).toLowerCase());
}

/**
 * Cuts the word [start, end) where UD cuts it though no space does: "cannot" after "can", "5pm" after "5".
 */
export function udWordEnd(text: string, start: number, end: number): number {
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
  if (length >= 2 && length <= 4) return contractionEnd(text, start, end);
  return end;
}

/**
 * Cuts "its", "wont", "Im"… [start, end) where the next word shows a contraction typed without its
 * apostrophe (`CONTRACTIONS_IN_CONTEXT`); else `end`.
 */
function contractionEnd(text: string, start: number, end: number): number {
  if (!maybeContraction(text, start, end - start)) return end;
  const word = text.slice(start, end);
  const lower = word.toLowerCase();
  const rule = CONTRACTIONS_IN_CONTEXT.get(lower);
  if (rule === undefined || (word !== lower && word !== word.charAt(0) + lower.slice(1))) return end;
  if (word !== lower && capitalisedBefore(text, start)) return end;
  let from = end;
  while (text.charCodeAt(from) === 32) from++;
  if (from === end) return end;
  let to = from;
  while (to < text.length && charClass(text.charCodeAt(to)) & LOWER) to++;
  if (to === from || charClass(text.charCodeAt(to)) & ALNUM || text.charCodeAt(to) === 45) return end;
  return rule.shows(text.slice(from, to)) ? start + rule.first : end;
}

/**
 * Whether [start, start + length) may be a key of `CONTRACTIONS_IN_CONTEXT` ("im", "its", "ive", "hes",
 * "wont", "cant" in either case), told by its letters without a string: most short words ("in", "it",
 * "her", "was") are never sliced.
 */
function maybeContraction(text: string, start: number, length: number): boolean {
  const a = text.charCodeAt(start) | 32;
  const b = text.charCodeAt(start + 1) | 32;
  if (length === 2) return a === 105 && b === 109;
  if (length === 4)
    return ((a === 119 && b === 111) || (a === 99 && b === 97)) && (text.charCodeAt(start + 3) | 32) === 116;
  const c = text.charCodeAt(start + 2) | 32;
  return (
    (a === 105 && ((b === 116 && c === 115) || (b === 118 && c === 101))) ||
    (a === 104 && b === 101 && c === 115)
  );
}

/** Whether the word before `at` (past spaces) opens with a capital: "Jony" of "Jony Ive". */
function capitalisedBefore(text: string, at: number): boolean {
  let k = at;
  while (k > 0 && text.charCodeAt(k - 1) === 32) k--;
  let w = k;
  while (w > 0 && charClass(text.charCodeAt(w - 1)) & LETTER) w--;
  return w < k && (charClass(text.charCodeAt(w)) & UPPER) !== 0;
}

function isThousands(text: string, at: number): boolean {
  return (
    isDigit(text.charCodeAt(at)) &&
    isDigit(text.charCodeAt(at + 1)) &&
    isDigit(text.charCodeAt(at + 2)) &&
    !isDigit(text.charCodeAt(at + 3))
  );
}
