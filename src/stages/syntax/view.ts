import type { ParserState } from './state.js';
import { NONE } from './state.js';
import type { Words } from './words.js';

/** What the transition and relation features read of a sentence and of the parser's state. */

export const ROOT_TAG = 30;
export const NO_TAG = 31;
export const ROOT_WORD = 0x2007001;
export const NO_WORD = 0x2007002;
export const ROOT_AMBIGUITY = -2;
export const NO_AMBIGUITY = -3;
export const NO_LABEL = 255;

/** Where the sentence's words sit in the document's arrays, the tags chosen for them and their ambiguity classes. */
export interface SentenceView {
  words: Words;
  tags: Uint8Array;
  /** Each word's tag mask in the tagger's dictionary, 0 for a word it never saw (`lookUpWords`). */
  ambiguity: Int32Array;
  from: number;
}

export const wordOf = (view: SentenceView, state: ParserState, x: number): number =>
  x === NONE ? NO_WORD : x === state.n ? ROOT_WORD : view.words.norm[view.from + x]!;
export const tagOf = (view: SentenceView, state: ParserState, x: number): number =>
  x === NONE ? NO_TAG : x === state.n ? ROOT_TAG : view.tags[view.from + x]!;
export const ambiguityOf = (view: SentenceView, state: ParserState, x: number): number =>
  x === NONE ? NO_AMBIGUITY : x === state.n ? ROOT_AMBIGUITY : view.ambiguity[view.from + x]!;
export const labelOf = (state: ParserState, x: number): number => (x === NONE ? NO_LABEL : state.labels[x]!);
export const child = (children: Int32Array, x: number): number => (x === NONE ? NONE : children[x]!);
