/**
 * Character classes by UTF-16 code unit, looked up in a table so the scanner never runs a regex per
 * character. ASCII is filled at load; other code units are classified the first time they are seen.
 */

export const LETTER = 1;
export const UPPER = 2;
export const LOWER = 4;
export const DIGIT = 8;
export const SPACE = 16;
/** A letter or a digit. */
export const ALNUM = LETTER | DIGIT;
const KNOWN = 128;

const classes = new Uint8Array(65536);

function classify(code: number): number {
  const ch = String.fromCharCode(code);
  let cls = KNOWN;
  // Surrogate halves stay unclassified: letters outside the BMP are too rare in news to pay for.
  if (code >= 0xd800 && code <= 0xdfff) return cls;
  if (/\p{L}|\p{M}/u.test(ch)) {
    cls |= LETTER;
    if (/\p{Lu}|\p{Lt}/u.test(ch)) cls |= UPPER;
    else if (/\p{Ll}/u.test(ch)) cls |= LOWER;
  } else if (/\p{Nd}/u.test(ch)) cls |= DIGIT;
  else if (/\s/u.test(ch)) cls |= SPACE;
  return cls;
}

for (let code = 0; code < 128; code++) classes[code] = classify(code);

export function charClass(code: number): number {
  let cls = classes[code]!;
  if (cls === 0) {
    cls = classify(code);
    classes[code] = cls;
  }
  return cls;
}

export const isDigit = (code: number): boolean => code >= 48 && code <= 57;
export const isApostrophe = (code: number): boolean => code === 39 || code === 0x2019;

/** Quotes and brackets that may close a sentence right after its final punctuation. */
export function isCloser(code: number): boolean {
  return (
    code === 34 ||
    code === 39 ||
    code === 41 ||
    code === 93 ||
    code === 125 ||
    code === 0x201d ||
    code === 0x2019 ||
    code === 0xbb ||
    code === 0x203a
  );
}

/** Quotes and brackets that may open a sentence. */
export function isOpener(code: number): boolean {
  return (
    code === 34 ||
    code === 39 ||
    code === 40 ||
    code === 91 ||
    code === 0x201c ||
    code === 0x2018 ||
    code === 0xab ||
    code === 0x2039
  );
}

/**
 * A test of one character (one UTF-16 code unit, as `text[i]` gives it) against `pattern`, which must not
 * be global: the regex runs once per code unit and its answer is remembered, not run again on every call.
 */
export function rememberedTest(pattern: RegExp): (ch: string) => boolean {
  /** 0 for a code unit not yet seen, else 1 + whether the pattern matches it. */
  const known = new Uint8Array(65536);
  return (ch) => {
    const code = ch.charCodeAt(0);
    let answer = known[code]!;
    if (answer === 0) {
      answer = pattern.test(ch) ? 2 : 1;
      known[code] = answer;
    }
    return answer === 2;
  };
}

const letterOrNumber = rememberedTest(/[\p{L}\p{N}]/u);

/** Whether a character is a letter or a number as `/[\p{L}\p{N}]/u` reads it; false past the text. */
export const isLetterOrNumber = (ch: string | undefined): boolean => ch !== undefined && letterOrNumber(ch);

/** Whether a character is white space as `/\s/` reads it. */
export const isWhiteSpace = rememberedTest(/\s/);
