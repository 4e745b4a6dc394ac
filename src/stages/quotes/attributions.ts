import type { Mention, Sentence, Span } from '../../core/analysis.js';
import { type Cue, findCues, NEEDS_AS } from './cues.js';
import type { QuotedSpan } from './marks.js';
import { sourceAfter, sourceBefore } from './sources.js';

/** Who said what, as spans, before the speaker is resolved. */
export interface Attribution {
  content: Span;
  source: Span | null;
  cue: Span | null;
  direct: boolean;
  sentence: number;
  /** For a quote with no cue of its own, the attribution it carries on (same speaker). */
  continues: Attribution | null;
  /** The sentence of the cue, where channel and date are read. */
  frame: Sentence;
}

/** A cue with the source it was read with. */
interface Frame {
  cue: Cue;
  source: Span | null;
  /** The source comes after the cue ("said Rubio", "according to X"). */
  inverted: boolean;
  /** Where the frame's words start in the sentence; content before it belongs to an earlier frame. */
  start: number;
  /** Inherits the speaker of the frame before it in the sentence ("… and urged"). */
  sharesSpeakerWith: Frame | null;
}

/** Quotes of at most this many words are titles or scare quotes unless a cue governs them. */
const MAX_SCARE_WORDS = 3;
/** How far after a cue "that" may come to open the reported clause ("informed reporters on Wednesday that"). */
const THAT_WITHIN = /^([^.;!?“”"]{0,90}?)\bthat\s+/;
/** Adjuncts then a comma or colon right before an opening mark: `said, “`, `stated to VOA: “`. */
const LEADS_INTO_QUOTE = /^[^.;!?“”"]{0,70}?[,:]?\s*$/;
/** Verbs whose addressee comes first: "told reporters it was", "informed the press". */
const ADDRESSEE_FIRST = /^(?:tell|tells|told|telling|inform|informs|informed|informing|assure|assures|assured|assuring)$/i;
const ADDRESSEE = /^\s+(?:reporters|journalists|the press|the media|lawmakers|the audience|supporters|the crowd|me|us|him|her|them)\b/i;
const ONLY_ADJUNCTS_TO_END = /^[^.;:!?“”",]{0,60}[.!?]?\s*$/;

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

function trimContent(text: string, start: number, end: number): Span | null {
  while (start < end && /[\s,;:—–-]/.test(text[start]!)) start++;
  while (end > start && /[\s,;:.!?—–-]/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

/** The quoted words themselves; a trailing comma is punctuation the sentence needed, not the speaker's. */
function quoteContent(text: string, q: QuotedSpan): Span {
  let end = q.end;
  while (end > q.start && /[,\s]/.test(text[end - 1]!)) end--;
  return { start: q.start, end };
}

interface SentenceReading {
  text: string;
  sentence: Sentence;
  quotes: readonly QuotedSpan[];
  mentions: readonly Mention[];
  claimed: Set<QuotedSpan>;
  out: Attribution[];
}

/** The nearest person (else organisation or country) named before `at` in the sentence, outside quotes. */
function nearestActor(r: SentenceReading, at: number): Span | null {
  const before = r.mentions.filter(
    (m) => m.sentence === r.sentence.index && m.end <= at && !r.quotes.some((q) => q.open <= m.start && m.start <= q.close),
  );
  const person = before.filter((m) => m.type === 'person').at(-1);
  const actor = person ?? before.filter((m) => m.type === 'organisation' || m.kind === 'metonym').at(-1);
  return actor ? { start: actor.start, end: actor.end } : null;
}

function readFrame(r: SentenceReading, cue: Cue, floor: number, previous: Frame | null): Frame {
  const { text, sentence } = r;
  if (cue.kind === 'according' || cue.kind === 'passive') {
    const source = sourceAfter(text, cue.agent ?? cue.end, sentence.end);
    return { cue, source, inverted: true, start: cue.start, sharesSpeakerWith: null };
  }
  if (cue.kind === 'participle') {
    const source = previous ? previous.source : nearestActor(r, cue.start);
    const comma = text.lastIndexOf(',', cue.start);
    return { cue, source, inverted: false, start: comma >= floor ? comma : cue.start, sharesSpeakerWith: source ? null : previous };
  }
  const before = text.slice(floor, cue.start);
  const after = text.slice(cue.end, cue.end + 3);
  if ((/[,”"]\s*$/.test(before) || before.trim() === '') && /^\s+(?:\p{Lu}|the\s|a\s|an\s)/u.test(after)) {
    const source = sourceAfter(text, cue.end, sentence.end);
    if (source) return { cue, source, inverted: true, start: cue.start, sharesSpeakerWith: null };
  }
  const source = sourceBefore(text, cue.start, floor);
  const start = source?.start ?? cue.start;
  if (!source && previous && /\b(?:and|but)\s+(?:\p{Ll}+\s+)?$/u.test(before)) {
    return { cue, source: null, inverted: false, start, sharesSpeakerWith: previous };
  }
  return { cue, source, inverted: false, start, sharesSpeakerWith: null };
}

function emit(r: SentenceReading, frame: Frame, content: Span, direct: boolean, inherited: Map<Frame, Attribution>): void {
  const shared = frame.sharesSpeakerWith ? inherited.get(frame.sharesSpeakerWith) ?? null : null;
  const attribution: Attribution = {
    content,
    source: frame.source,
    cue: { start: frame.cue.start, end: frame.cue.end },
    direct,
    sentence: r.sentence.index,
    continues: frame.source ? null : shared,
    frame: r.sentence,
  };
  r.out.push(attribution);
  if (!inherited.has(frame)) inherited.set(frame, attribution);
}

/** Attributes the quotes inside `region` to the frame, or the region itself as reported speech. */
function attributeRegion(r: SentenceReading, frame: Frame, region: Span | null, inherited: Map<Frame, Attribution>, indirect: boolean): void {
  if (!region) return;
  const inside = r.quotes.filter((q) => !r.claimed.has(q) && q.open >= region.start && q.open < region.end);
  for (const q of inside) {
    r.claimed.add(q);
    emit(r, frame, quoteContent(r.text, q), true, inherited);
  }
  if (inside.length === 0 && indirect) emit(r, frame, region, false, inherited);
}

/** The quote the cue follows: `“…,” he said`, `“…,” said Rubio`; only the speaker may stand between. */
function quoteBefore(r: SentenceReading, frame: Frame): QuotedSpan | undefined {
  const q = r.quotes.filter((s) => s.closed && s.close < frame.cue.start && s.close >= r.sentence.start - 1).at(-1);
  if (!q || r.claimed.has(q)) return undefined;
  const gap = r.text.slice(q.close + 1, frame.start);
  return /^[\s,.!?—–-]*$/.test(gap) ? q : undefined;
}

/** A second part of a split quote: `“…,” he said, “…”`. */
function quoteAfter(r: SentenceReading, from: number): QuotedSpan | undefined {
  const q = r.quotes.find((s) => s.open >= from && !r.claimed.has(s));
  if (!q || q.open >= r.sentence.end + 1) return undefined;
  return LEADS_INTO_QUOTE.test(r.text.slice(from, q.open)) ? q : undefined;
}

function isNestedIn(text: string, outer: Frame, inner: Frame): boolean {
  return inner.cue.kind === 'verb' && !inner.inverted && !/[,;:“”"]/.test(text.slice(outer.cue.end, inner.start));
}

function readSentence(r: SentenceReading, inherited: Map<Frame, Attribution>): void {
  const { text, sentence } = r;
  const quoteSpans = r.quotes.map((q) => ({ start: q.open, end: q.close + 1 }));
  const cues = findCues(text, sentence, quoteSpans);
  const frames: Frame[] = [];
  for (const cue of cues) {
    const lastClose = r.quotes.filter((q) => q.close < cue.start && q.close >= sentence.start).at(-1)?.close;
    const floor = Math.max(sentence.start, lastClose === undefined ? sentence.start : lastClose + 1, frames.at(-1)?.cue.end ?? 0);
    frames.push(readFrame(r, cue, floor, frames.at(-1) ?? null));
  }
  const nested = new Set<Frame>();
  frames.forEach((frame, i) => {
    if (nested.has(frame)) return;
    let following = i + 1;
    // A reporting verb inside the reported clause ("said that Putin told him …") is part of what was said.
    while (following < frames.length && isNestedIn(text, frame, frames[following]!)) nested.add(frames[following++]!);
    const ceiling = frames[following]?.start ?? sentence.end;
    const { cue } = frame;
    const tail = frame.inverted && frame.source ? frame.source.end : cue.end;
    const previousQuote = quoteBefore(r, frame);
    if (previousQuote) {
      r.claimed.add(previousQuote);
      emit(r, frame, quoteContent(text, previousQuote), true, inherited);
      const split = quoteAfter(r, tail);
      if (split) {
        r.claimed.add(split);
        emit(r, frame, quoteContent(text, split), true, inherited);
      }
      return;
    }
    const rest = text.slice(tail, ceiling);
    const word = text.slice(cue.start, cue.end).toLowerCase();
    const next = quoteAfter(r, tail);
    const that = THAT_WITHIN.exec(rest);
    if (next && (!that || next.open < tail + that[0].length)) {
      attributeRegion(r, frame, { start: next.open, end: next.open + 1 }, inherited, false);
      return;
    }
    if (that && !NEEDS_AS.has(word)) {
      attributeRegion(r, frame, trimContent(text, tail + that[0].length, ceiling), inherited, true);
      return;
    }
    const fronted = ONLY_ADJUNCTS_TO_END.test(text.slice(tail, sentence.end)) && ceiling === sentence.end;
    if (fronted) {
      const head = frame.inverted || !frame.source ? cue.start : frame.source.start;
      const previousEnd = i > 0 ? frames[i - 1]!.cue.end : sentence.start;
      if (/,\s*$/.test(text.slice(previousEnd, head))) {
        attributeRegion(r, frame, trimContent(text, previousEnd, head), inherited, cue.kind !== 'participle');
      }
      return;
    }
    let from = tail;
    if (ADDRESSEE_FIRST.test(word)) from += ADDRESSEE.exec(text.slice(from, ceiling))?.[0].length ?? 0;
    const region = trimContent(text, from, ceiling);
    attributeRegion(r, frame, region, inherited, cue.takesBareClause && cue.kind !== 'passive');
  });
}

/**
 * Quotes no cue claimed: a long one carries on the attribution just before it in its paragraph, or in the
 * paragraph before when that one ended on it (a quote given its own paragraph); short ones are titles or
 * scare quotes and are dropped; the rest stay with no speaker.
 */
function attributeLeftovers(text: string, quotes: readonly QuotedSpan[], claimed: Set<QuotedSpan>, found: Attribution[], sentenceAt: (i: number) => Sentence): Attribution[] {
  const all = [...found].sort((a, b) => a.content.start - b.content.start);
  for (const q of quotes) {
    if (claimed.has(q) || q.words <= MAX_SCARE_WORDS) continue;
    const sentence = sentenceAt(q.start);
    const last = all.filter((a) => Math.max(a.content.end, a.cue?.end ?? 0) <= q.open).at(-1);
    let continues: Attribution | null = null;
    if (last) {
      const anchor = Math.max(last.content.end, last.cue?.end ?? 0, last.source?.end ?? 0);
      const between = text.slice(anchor, q.open);
      const breaks = (between.match(/\n\s*/g) ?? []).length;
      const lastSentenceEnd = last.frame.end;
      if (breaks === 0 || (breaks === 1 && /^\s*$/.test(text.slice(lastSentenceEnd, q.open)))) continues = last;
    }
    const attribution: Attribution = {
      content: quoteContent(text, q),
      source: null,
      cue: null,
      direct: true,
      sentence: sentence.index,
      continues,
      frame: sentence,
    };
    all.push(attribution);
    all.sort((a, b) => a.content.start - b.content.start);
  }
  return all;
}

/** Every attribution of the text, in text order. */
export function findAttributions(text: string, sentences: readonly Sentence[], quotes: readonly QuotedSpan[], mentions: readonly Mention[]): Attribution[] {
  const claimed = new Set<QuotedSpan>();
  const out: Attribution[] = [];
  const inherited = new Map<Frame, Attribution>();
  let k = 0;
  for (const sentence of sentences) {
    while (k < quotes.length && quotes[k]!.close < sentence.start - 1) k++;
    const near: QuotedSpan[] = [];
    for (let j = k; j < quotes.length && quotes[j]!.open < sentence.end + 1; j++) {
      if (overlaps({ start: quotes[j]!.open, end: quotes[j]!.close + 1 }, { start: sentence.start - 1, end: sentence.end + 1 })) near.push(quotes[j]!);
    }
    readSentence({ text, sentence, quotes: near, mentions, claimed, out }, inherited);
  }
  const sentenceAt = (i: number): Sentence => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sentences[mid]!.start <= i) lo = mid;
      else hi = mid - 1;
    }
    return sentences[lo]!;
  };
  return attributeLeftovers(text, quotes, claimed, out, sentenceAt);
}
