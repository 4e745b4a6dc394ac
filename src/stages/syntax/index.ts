import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Sentence, SyntaxToken, Token } from '../../core/analysis.js';
import { packageRoot } from '../names/index.js';
import { decodeSyntaxModel } from './model.js';
import type { SyntaxModel } from './model.js';
import { ParserScratch, parseSentence } from './parser.js';
import { lookUpWords } from './tag-dictionary.js';
import { TaggerScratch, tagSentence } from './tagger.js';
import { DEPRELS, UPOS } from './ud.js';
import { emptyWords, hashWord, wordsFor } from './words.js';
import type { Words } from './words.js';

export const MODEL_FILE = 'models/syntax.bin';
export const META_FILE = 'models/syntax.meta.json';

let shipped: SyntaxModel | null = null;

/** The shipped tagger and parser, read on first use. */
export function loadSyntaxModel(): SyntaxModel {
  shipped ??= decodeSyntaxModel(readFileSync(join(packageRoot(), MODEL_FILE)), MODEL_FILE);
  return shipped;
}

/** Buffers reused from one text to the next: reading allocates nothing per word but the output. */
let words: Words = emptyWords(4096);
let tags = new Uint8Array(4096);
let begins = new Int32Array(256);
let ends = new Int32Array(256);
const taggerScratch = new TaggerScratch();
const parserScratch = new ParserScratch();

/**
 * The syntax stage: each sentence gets its words (the tokens inside it) with a UD part of speech, the
 * index of the word governing it in the same sentence (-1 for the root) and the relation between them.
 * Expects `tokens` in text order, each numbered by the sentence holding it. Pure: the same tokens always
 * get the same tree.
 */
export function parseSentences(tokens: readonly Token[], sentences: readonly Sentence[]): Sentence[] {
  const model = loadSyntaxModel();
  const n = tokens.length;
  words = wordsFor(words, n);
  if (tags.length < n) tags = new Uint8Array(Math.max(n, tags.length * 2));
  for (let k = 0; k < n; k++) hashWord(tokens[k]!.text, words, k);
  words.length = n;
  taggerScratch.fit(n);
  lookUpWords(model.tagger.dictionary, words, taggerScratch.ambiguity, taggerScratch.sure);

  // Each sentence's words, [begins[s], ends[s]).
  if (begins.length < sentences.length) {
    begins = new Int32Array(2 * sentences.length);
    ends = new Int32Array(2 * sentences.length);
  }
  let from = 0;
  for (let s = 0; s < sentences.length; s++) {
    const index = sentences[s]!.index;
    while (from < n && tokens[from]!.sentence < index) from++;
    begins[s] = from;
    while (from < n && tokens[from]!.sentence === index) from++;
    ends[s] = from;
  }
  // The whole text is tagged before any of it is parsed: each model's table then stays in the processor's
  // cache through its own pass instead of the two evicting each other at every sentence.
  for (let s = 0; s < sentences.length; s++)
    if (begins[s]! < ends[s]!) tagSentence(model.tagger, words, begins[s]!, ends[s]!, taggerScratch, tags);
  const out: Sentence[] = [];
  for (let s = 0; s < sentences.length; s++) {
    const parsed = begins[s]! < ends[s]! ? parseRange(model, tokens, begins[s]!, ends[s]!) : [];
    // Field by field, in the sentence's own order: V8 copies a spread object slowly, once per sentence.
    const { start, end, index } = sentences[s]!;
    out.push({ start, end, index, tokens: parsed });
  }
  return out;
}

function parseRange(model: SyntaxModel, tokens: readonly Token[], from: number, to: number): SyntaxToken[] {
  const length = to - from;
  parseSentence(
    model.parser,
    { words, tags, ambiguity: taggerScratch.ambiguity, from },
    length,
    parserScratch,
  );
  const { heads, labels } = parserScratch.state;
  const parsed = new Array<SyntaxToken>(length);
  for (let k = 0; k < length; k++) {
    const token = tokens[from + k]!;
    parsed[k] = {
      start: token.start,
      end: token.end,
      upos: UPOS[tags[from + k]!]!,
      head: heads[k] === length ? -1 : heads[k]!,
      dep: DEPRELS[labels[k]!]!,
    };
  }
  return parsed;
}

/**
 * Tags and parses one sentence given as words (a treebank's own words, for the evaluation): each word's
 * tag, head (-1 for the root) and relation, by number.
 */
export function parseWords(sentenceWords: readonly string[]): {
  upos: Uint8Array;
  heads: Int32Array;
  deprels: Uint8Array;
} {
  const model = loadSyntaxModel();
  const n = sentenceWords.length;
  words = wordsFor(words, n);
  if (tags.length < n) tags = new Uint8Array(Math.max(n, tags.length * 2));
  for (let k = 0; k < n; k++) hashWord(sentenceWords[k]!, words, k);
  words.length = n;
  taggerScratch.fit(n);
  lookUpWords(model.tagger.dictionary, words, taggerScratch.ambiguity, taggerScratch.sure);
  tagSentence(model.tagger, words, 0, n, taggerScratch, tags);
  parseSentence(model.parser, { words, tags, ambiguity: taggerScratch.ambiguity, from: 0 }, n, parserScratch);
  const { heads, labels } = parserScratch.state;
  return {
    upos: tags.slice(0, n),
    heads: Int32Array.from(heads.subarray(0, n), (h) => (h === n ? -1 : h)),
    deprels: labels.slice(0, n),
  };
}
