import type { Span } from '../../core/analysis.js';

/**
 * A video page ("Watch: …" in its title, or a "videos" folder in its address) prints a short report of its own video, then the captions of the
 * outlet's other videos down to its foot: "Watch: Singer responds to heckler …", "Tina flies to Melbourne to
 * meet her siblings …". The captions are other stories; the people in them are no part of this report. The
 * report is told by its words: each of its sentences shares a word with the title, with the report's
 * sentences before it or with one of the next two ("Local media cited a Fengyang County … statement" is told
 * by "Officials for the county …" after it); the first sentence that shares none (or a caption opening with
 * "Watch:") starts the strip, the captions of other videos sharing no word with this one.
 */
const VIDEO_TITLE = /^\s*(?:Watch|WATCH|Video|VIDEO)\s*:/u;
/**
 * A video page's address: a "videos" or "video" folder of the site ("…/news/videos/cgeg2x3lwepo"). Many
 * video pages' titles carry no "Watch:" ("Humanoid robots fight in …"); their addresses still say what
 * they are.
 */
const VIDEO_ADDRESS = /^https?:\/\/[^/?#]+\/(?:[^?#]*\/)?videos?\//iu;
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

/**
 * Where the strip of other videos' captions starts on a video page (told by its title or its address
 * `url`), if it is one and has one.
 */
export function videoStripStart(
  title: string,
  text: string,
  sentences: readonly Span[],
  url = '',
): number | null {
  if (!(VIDEO_TITLE.test(title) || VIDEO_ADDRESS.test(url)) || sentences.length < 2) return null;
  const words = sentences.map((s) => topicWords(text.slice(s.start, s.end)));
  const told = new Set(topicWords(title.replace(VIDEO_TITLE, '')));
  for (const [index, s] of sentences.entries()) {
    const own = words[index]!;
    const alone = (w: readonly string[]) => !own.some((x) => w.includes(x));
    const caption = CAPTION_OPENS.test(text.slice(s.start, s.end));
    if (index > 0 && (caption || (alone([...told]) && words.slice(index + 1, index + 3).every(alone))))
      return s.start;
    for (const w of own) told.add(w);
  }
  return null;
}
