/**
 * How the hashed-feature taggers (names, parts of speech) read a word's characters: typographic quotes and
 * dashes as ASCII, case folded through one table, and each character's class for the word's shape.
 */

export const lowerCodes = new Uint16Array(65536).map((_, code) =>
  String.fromCharCode(code).toLowerCase().charCodeAt(0),
);

/** Typographic quotes and dashes read as the ASCII that CoNLL's Reuters text and the treebanks mostly use. */
export function normalisedCode(code: number): number {
  if (code < 0x2010) return code;
  if (code === 0x2019 || code === 0x2018) return 39;
  if (code === 0x201c || code === 0x201d) return 34;
  if (code === 0x2013 || code === 0x2014) return 45;
  return code;
}

/** Shape classes: an upper-case letter reads as X, a lower-case one as x, a digit as d. */
export const SHAPE_UPPER = 88;
export const SHAPE_LOWER = 120;
export const SHAPE_DIGIT = 100;

/** The character's shape class, or the character itself when it is neither letter nor digit. */
export function shapeCode(code: number, lower: number): number {
  if (code >= 48 && code <= 57) return SHAPE_DIGIT;
  if (lower !== code) return SHAPE_UPPER;
  if (code < 128 ? code >= 97 && code <= 122 : String.fromCharCode(code).toUpperCase().charCodeAt(0) !== code)
    return SHAPE_LOWER;
  return code;
}
