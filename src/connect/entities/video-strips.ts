import type { Span } from '../../core/analysis.js';

/**
 * A video page ("Watch: …" in its title) prints a short report of its own video, then the captions of the
 * outlet's other videos down to its foot: "Watch: Singer responds to heckler …", "Tina flies to Melbourne to
 * meet her siblings …". The captions are other stories; the people in them are no part of this report. The
 * report is told by its words: each of its sentences shares a word with the title or with the report's
 * sentences before it, and the first sentence that shares none (or a caption opening with "Watch:") starts
 * the strip. A report's sentence that shares a word only with a later one is cut with the strip: the rule
 * gives up a little of a video page for the many names of its strip.
 */
const VIDEO_TITLE = /^\s*(?:Watch|WATCH|Video|VIDEO)\s*:/u;
const CAPTION_OPENS = /^\s*(?:Watch|WATCH)\s*:/u;

/** Words that tell nothing of what a sentence is about. */
const FUNCTION_WORD =
  /^(?:the|a|an|and|or|but|of|to|in|on|at|for|from|with|by|as|is|are|was|were|be|been|being|has|have|had|he|she|it|they|his|her|its|their|this|that|these|those|who|what|which|when|where|how|why|after|before|over|about|into|than|then|not|no|says|said|say|will|would|can|could|may|might|also|more|most|some|all|one|two|new|up|out|i|we|you|our|your|my|me|him|them|us|so|if|do|does|did|just|now|there|here|being|very|first|last|year|years|day|days|time)$/;

/** A sentence's words that tell what it is about, in lower case, a plural's "s" and a possessive dropped. */
function topicWords(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? [])
    .map((w) => w.replace(/['’]s?$/u, '').replace(/(?<=\p{L}{2})s$/u, ''))
    .filter((w) => w.length >= 2 && !FUNCTION_WORD.test(w));
}

/** Where the strip of other videos' captions starts on a video page, if it is one and has one. */
export function videoStripStart(title: string, text: string, sentences: readonly Span[]): number | null {
  if (!VIDEO_TITLE.test(title) || sentences.length < 2) return null;
  const told = new Set(topicWords(title.replace(VIDEO_TITLE, '')));
  for (const [index, s] of sentences.entries()) {
    const sentence = text.slice(s.start, s.end);
    const words = topicWords(sentence);
    if (index > 0 && (CAPTION_OPENS.test(sentence) || !words.some((w) => told.has(w)))) return s.start;
    for (const w of words) told.add(w);
  }
  return null;
}
