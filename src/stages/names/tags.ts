import type { NameSpan } from '../../core/analysis.js';

/**
 * Tags are BILOU over the four CoNLL types: 0 is O, then for type t, 1 + 4t + position where position is
 * Begin, Inside, Last or Unit. BILOU lets the model learn name ends as well as beginnings, which helps a
 * greedy tagger more than BIO does.
 */
export type NameLabel = NameSpan['label'];
export const LABELS: readonly NameLabel[] = ['PER', 'ORG', 'LOC', 'MISC'];
export const TAG_COUNT = 1 + LABELS.length * 4;
export const OUTSIDE = 0;
const BEGIN = 0;
const INSIDE = 1;
const LAST = 2;
const UNIT = 3;

export const tagType = (tag: number): number => (tag === OUTSIDE ? -1 : (tag - 1) >> 2);
const tagPosition = (tag: number): number => (tag - 1) & 3;
const makeTag = (type: number, position: number): number => 1 + type * 4 + position;

function follows(previous: number, tag: number): boolean {
  const open = previous !== OUTSIDE && tagPosition(previous) <= INSIDE;
  if (tag === OUTSIDE) return !open;
  const position = tagPosition(tag);
  if (position === BEGIN || position === UNIT) return !open;
  return open && tagType(previous) === tagType(tag);
}

/** `follows` for every pair of tags, as 1 or 0: decoding asks it twice per tag per word. */
const ALLOWED = new Uint8Array(TAG_COUNT * TAG_COUNT);
for (let previous = 0; previous < TAG_COUNT; previous++)
  for (let tag = 0; tag < TAG_COUNT; tag++)
    ALLOWED[previous * TAG_COUNT + tag] = follows(previous, tag) ? 1 : 0;

/** Whether `tag` may follow `previous` (OUTSIDE at a sentence's start). */
export const allowedAfter = (previous: number, tag: number): boolean =>
  ALLOWED[previous * TAG_COUNT + tag] === 1;

/** A typed run of tokens, `first` and `last` inclusive token indices. */
export interface TokenSpan {
  first: number;
  last: number;
  type: number;
}

/** BILOU tags from spans over `length` tokens. */
export function spansToTags(spans: readonly TokenSpan[], length: number): Uint8Array {
  const tags = new Uint8Array(length);
  for (const { first, last, type } of spans) {
    if (first === last) tags[first] = makeTag(type, UNIT);
    else {
      tags[first] = makeTag(type, BEGIN);
      for (let k = first + 1; k < last; k++) tags[k] = makeTag(type, INSIDE);
      tags[last] = makeTag(type, LAST);
    }
  }
  return tags;
}

/**
 * Spans from tags of one sentence [from, to). Decoding keeps tags consistent, but a name left open at the
 * sentence's end is closed there rather than dropped.
 */
export function tagsToSpans(tags: Uint8Array, from: number, to: number, out: TokenSpan[]): void {
  let open = -1;
  for (let k = from; k < to; k++) {
    const tag = tags[k]!;
    if (tag === OUTSIDE) {
      if (open >= 0) out.push({ first: open, last: k - 1, type: tagType(tags[open]!) });
      open = -1;
      continue;
    }
    const position = tagPosition(tag);
    if (open >= 0 && (position === BEGIN || position === UNIT || tagType(tag) !== tagType(tags[open]!))) {
      out.push({ first: open, last: k - 1, type: tagType(tags[open]!) });
      open = -1;
    }
    if (position === UNIT) out.push({ first: k, last: k, type: tagType(tag) });
    else if (position === LAST) {
      out.push({ first: open >= 0 ? open : k, last: k, type: tagType(tag) });
      open = -1;
    } else if (open < 0) open = k;
  }
  if (open >= 0) out.push({ first: open, last: to - 1, type: tagType(tags[open]!) });
}
