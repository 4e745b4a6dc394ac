import type { Sentence, Span } from '../../core/analysis.js';
import type { Attribution } from './attributions.js';
import { type QuotedSpan, quoteContent } from './marks.js';

/** Quotes of at most this many words are titles or scare quotes unless a cue governs them. */
const MAX_SCARE_WORDS = 3;

/** What the leftovers are read against: the text's quotes, those the cues claimed and what they gave. */
interface LeftoverReading {
  text: string;
  quotes: readonly QuotedSpan[];
  claimed: ReadonlySet<QuotedSpan>;
  out: readonly Attribution[];
  sentenceAt: (offset: number) => Sentence;
}

/** What a colon before a quote introduces: "In a 1963 speech, he declared:", "pollster Daron Shaw: “…”". */
export interface Introduction {
  source: Span | null;
  cue: Span | null;
  sentence: Sentence;
}

const reach = (a: Attribution): number => Math.max(a.content.end, a.cue?.end ?? 0, a.source?.end ?? 0);

/**
 * Quotes no cue claimed. One after a sentence ending in a colon is what that sentence introduces; a long
 * one carries on the attribution before it in its paragraph, or in the paragraph before when that
 * paragraph ended with it (a quote given its own paragraph). Short ones are titles or scare quotes and
 * are dropped; the rest stay with no speaker.
 */
export function attributeLeftovers(
  r: LeftoverReading,
  introductions: ReadonlyMap<number, Introduction>,
): Attribution[] {
  const { text, claimed, out, sentenceAt } = r;
  const leftovers: Attribution[] = [];
  for (const q of r.quotes) {
    if (claimed.has(q) || q.words <= MAX_SCARE_WORDS) continue;
    const sentence = sentenceAt(q.start);
    const attribution: Attribution = {
      content: quoteContent(text, q),
      source: null,
      cue: null,
      direct: true,
      sentence: sentence.index,
      continues: null,
      frame: sentence,
    };
    const colon = /:\s*$/.test(text.slice(Math.max(0, q.open - 8), q.open))
      ? text.lastIndexOf(':', q.open)
      : -1;
    const introduction = introductions.get(colon);
    if (introduction) {
      leftovers.push({
        ...attribution,
        source: introduction.source,
        cue: introduction.cue,
        frame: introduction.sentence,
      });
      continue;
    }
    let last: Attribution | undefined;
    for (const a of [...out, ...leftovers])
      if (reach(a) <= q.open && (!last || reach(a) > reach(last))) last = a;
    if (last) {
      const anchorSentence = sentenceAt(reach(last) - 1);
      const breaks = (text.slice(reach(last), q.open).match(/\n\s*/g) ?? []).length;
      const endsParagraph = /^\s*$/.test(text.slice(anchorSentence.end, q.open));
      if (breaks === 0 || (breaks === 1 && endsParagraph)) attribution.continues = last;
    }
    leftovers.push(attribution);
  }
  return [...out, ...leftovers].sort((a, b) => a.content.start - b.content.start);
}
