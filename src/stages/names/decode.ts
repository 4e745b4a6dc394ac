import { DYNAMIC_COUNT, dynamicFeatures, rememberTag } from './features.js';
import type { PreparedDocument } from './features.js';
import { OUTSIDE, TAG_COUNT, allowedAfter, tagType } from './tags.js';

/** Sets `scores` to each tag's score at word `w`, whose tag-dependent buckets are `dynamic`. */
export type ScoreWord = (w: number, dynamic: Int32Array, scores: Float64Array) => void;

/**
 * Picks the tag of word `w` from its scores. Training picks the best tag and learns from the gold one;
 * tagging picks the best tag allowed after `previous`.
 */
export type ChooseTag = (w: number, dynamic: Int32Array, scores: Float64Array, previous: number) => number;

const dynamic = new Int32Array(DYNAMIC_COUNT);
const scores = new Float64Array(TAG_COUNT);

/**
 * Tags a document left to right, one word at a time, each choice feeding the next word's features. A
 * greedy pass with the previous tags and the document's memory as features does as well as Viterbi here
 * and costs a single score per word.
 */
export function decodeDocument(
  doc: PreparedDocument,
  mask: number,
  score: ScoreWord,
  choose: ChooseTag,
): Uint8Array {
  const tags = new Uint8Array(doc.length);
  const memory = new Uint8Array(doc.distinctWords);
  const starts = doc.sentenceStarts;
  for (let s = 0; s + 1 < starts.length; s++) {
    const to = starts[s + 1]!;
    let previous = OUTSIDE;
    let previous2 = OUTSIDE;
    for (let w = starts[s]!; w < to; w++) {
      dynamicFeatures(doc, w, previous, previous2, memory, w + 1 < to, mask, dynamic);
      score(w, dynamic, scores);
      const tag = choose(w, dynamic, scores, previous);
      tags[w] = tag;
      rememberTag(memory, doc.wordIds[w]!, tagType(tag));
      previous2 = previous;
      previous = tag;
    }
  }
  return tags;
}

/** The best-scoring tag that may follow `previous`. */
export function bestAllowedTag(scores: Float64Array, previous: number): number {
  let best = -1;
  for (let t = 0; t < TAG_COUNT; t++)
    if (allowedAfter(previous, t) && (best < 0 || scores[t]! > scores[best]!)) best = t;
  return best;
}
