import type { Sentence, Token } from '../../core/analysis.js';
import { segment } from './segment.js';

export { segment } from './segment.js';
export type { Segmentation } from './segment.js';

/**
 * The pipeline asks for sentences, then for tokens of the same text. Both come from one pass, so the tokens
 * read while splitting are kept beside the sentences they belong to and handed over when asked for.
 */
const tokensBySentences = new WeakMap<Sentence[], { text: string; tokens: Token[] }>();

export function splitSentences(text: string): Sentence[] {
  const { sentences, tokens } = segment(text);
  tokensBySentences.set(sentences, { text, tokens });
  return sentences;
}

/** Tokens of `text`, each numbered by the sentence of `sentences` that holds its start. */
export function tokenize(text: string, sentences: Sentence[]): Token[] {
  const kept = tokensBySentences.get(sentences);
  if (kept !== undefined && kept.text === text) return kept.tokens;
  const { tokens } = segment(text);
  let s = 0;
  return tokens.map((token) => {
    while (s < sentences.length - 1 && token.start >= sentences[s]!.end) s++;
    return { ...token, sentence: s };
  });
}
