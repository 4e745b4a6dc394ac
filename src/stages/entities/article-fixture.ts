import type { NameSpan, Sentence } from '../../core/analysis.js';
import { parseSentences } from '../syntax/index.js';
import { splitSentences, tokenize } from '../tokens/index.js';
import { type EntitiesInput } from './index.js';

/** A name the tagger is made to find: its surface, label and (default 1) confidence. */
export type GivenName = readonly [string, NameSpan['label']] | readonly [string, NameSpan['label'], number];

/**
 * Builds the stage's input for a test: sentences split after ".", "!" or "?" ending a lower-case word, and the tagger's names given
 * as `[surface, label, score?]`, each taken at its first occurrence that no earlier one has taken.
 */
export function article(text: string, names: readonly GivenName[]): EntitiesInput {
  const sentences: Sentence[] = [];
  let start = 0;
  const ends = /(?<=\p{Ll}{2}|\d)[.!?]["”]?(?=\s+["“]?\p{Lu}|\s*$)/gu;
  for (const end of [...text.matchAll(ends)].map((m) => m.index + m[0].length)) {
    if (end > start) sentences.push({ start, end, index: sentences.length });
    start = end;
    while (/\s/.test(text[start] ?? '')) start++;
  }
  if (start < text.length) sentences.push({ start, end: text.length, index: sentences.length });
  return { text, sentences, tokens: [], names: givenNames(text, names) };
}

/** The same with the real sentences, tokens and trees, for rules that read the tree; the names still given. */
export function parsedArticle(text: string, names: readonly GivenName[]): EntitiesInput {
  const split = splitSentences(text);
  const tokens = tokenize(text, split);
  return { text, sentences: parseSentences(tokens, split), tokens, names: givenNames(text, names) };
}

function givenNames(text: string, names: readonly GivenName[]): NameSpan[] {
  const spans: NameSpan[] = [];
  for (const [surface, label, score = 1] of names) {
    let at = text.indexOf(surface);
    while (at >= 0 && spans.some((s) => s.start < at + surface.length && at < s.end))
      at = text.indexOf(surface, at + 1);
    if (at < 0) throw new Error(`"${surface}" is not in the text outside the names before it`);
    spans.push({ start: at, end: at + surface.length, label, score });
  }
  return spans.sort((a, b) => a.start - b.start);
}
