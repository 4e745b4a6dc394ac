import type { NameSpan, Sentence } from '../../core/analysis.js';
import { type EntitiesInput } from './index.js';

/**
 * Builds the stage's input for a test: sentences split after ".", "!" or "?" ending a lower-case word, and the tagger's names given
 * as `[surface, label]` pairs, each taken at its first occurrence that no earlier pair has taken.
 */
export function article(
  text: string,
  names: ReadonlyArray<readonly [string, NameSpan['label']]>,
): EntitiesInput {
  const sentences: Sentence[] = [];
  let start = 0;
  const ends = /(?<=\p{Ll}{2}|\d)[.!?]["”]?(?=\s+["“]?\p{Lu}|\s*$)/gu;
  for (const end of [...text.matchAll(ends)].map((m) => m.index + m[0].length)) {
    if (end > start) sentences.push({ start, end, index: sentences.length });
    start = end;
    while (/\s/.test(text[start] ?? '')) start++;
  }
  if (start < text.length) sentences.push({ start, end: text.length, index: sentences.length });
  const spans: NameSpan[] = [];
  for (const [surface, label] of names) {
    let at = text.indexOf(surface);
    while (at >= 0 && spans.some((s) => s.start < at + surface.length && at < s.end))
      at = text.indexOf(surface, at + 1);
    if (at < 0) throw new Error(`"${surface}" is not in the text outside the names before it`);
    spans.push({ start: at, end: at + surface.length, label, score: 1 });
  }
  return { text, sentences, tokens: [], names: spans.sort((a, b) => a.start - b.start) };
}
