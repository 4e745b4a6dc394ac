import type { Mention, Sentence, Span } from '../../core/analysis.js';
import type { Tree } from '../syntax/tree.js';
import { ADDRESSEE_FIRST, WITH_SUBJECT } from './attribution-patterns.js';
import type { Attribution } from './attributions.js';
import type { Cue } from './cues.js';
import type { QuotedSpan } from './marks.js';
import { clauseSubject, sourceAfter, sourceBefore, trimSource } from './sources.js';

/**
 * A cue read with its source (a frame): who speaks, before the cue or after it ("said Rubio", "according
 * to X"), and, for a participle or a verb joined by "and", the subject of the clause it hangs on.
 */

/** A cue with the source it was read with. */
export interface Frame {
  cue: Cue;
  source: Span | null;
  /** The source comes after the cue ("said Rubio", "according to X"). */
  inverted: boolean;
  /** Where the frame's words start in the sentence; content before it belongs to an earlier frame. */
  start: number;
}

/** One sentence being read for attributions, with what the reading so far has found and claimed. */
export interface SentenceReading {
  text: string;
  sentence: Sentence;
  quotes: readonly QuotedSpan[];
  mentions: readonly Mention[];
  claimed: Set<QuotedSpan>;
  out: Attribution[];
  sentenceAt: (offset: number) => Sentence;
  isNoun: (sentence: Sentence, cue: Cue) => boolean;
  reportsBefore: (sentence: Sentence, cue: Span) => boolean | null;
  goesOnAfter: (sentence: Sentence, quoted: Span) => boolean;
  /** The sentence's dependency tree, none for a sentence read before parsing. */
  treeAt: (sentence: Sentence) => Tree | null;
}

/**
 * The subject a participle hangs on: the noun phrase opening the sentence ("The town released a statement,
 * saying"); else the first person (else organisation or government) named before it outside quotes.
 */
export function clauseActor(r: SentenceReading, at: number): Span | null {
  const subject = clauseSubject(r.text, r.sentence.start, at);
  if (subject) return subject;
  const outside = r.mentions.filter(
    (m) => m.end <= at && !r.quotes.some((q) => q.open <= m.start && m.start <= q.close),
  );
  const actor =
    outside.find((m) => m.type === 'person') ??
    outside.find((m) => m.type === 'organisation' || m.kind === 'metonym');
  return actor ? { start: actor.start, end: actor.end } : null;
}

/** Who a colon introduces: the person named right before it ("pollster Daron Shaw:"), else the subject. */
export function colonActor(r: SentenceReading, colon: number): Span | null {
  // Only a name before the colon: one in the quotation after it ends past it, where the slice is empty.
  const adjacent = r.mentions
    .filter((m) => m.type === 'person' && m.end <= colon && /^[\s,]*$/.test(r.text.slice(m.end, colon)))
    .at(-1);
  return adjacent ? { start: adjacent.start, end: adjacent.end } : clauseActor(r, colon);
}

/**
 * The cue with its source. A participle ("…, stating") and a verb joined by "and" ("… and urged") share
 * the source of the clause they hang on, the nearest person named before them when there is none.
 */
export function readFrame(r: SentenceReading, cue: Cue, floor: number, previous: Frame | null): Frame {
  const { text, sentence } = r;
  if (cue.kind === 'according' || cue.kind === 'passive') {
    return {
      cue,
      source: sourceAfter(text, cue.agent ?? cue.end, sentence.end),
      inverted: true,
      start: cue.start,
    };
  }
  if (cue.kind === 'participle') {
    const comma = text.lastIndexOf(',', cue.start);
    const absolute = WITH_SUBJECT.exec(text.slice(floor, cue.start));
    const words = absolute?.[1] ?? absolute?.[2];
    const subject = words ? trimSource(text, cue.start - words.length, cue.start) : null;
    return {
      cue,
      source: subject ?? previous?.source ?? clauseActor(r, cue.start),
      inverted: false,
      start: comma >= floor ? comma : cue.start,
    };
  }
  const contraction = /['’](?:s|re|m|ve|d)\s+$/.exec(text.slice(floor, cue.start));
  const verbStart = cue.start - (contraction?.[0].length ?? 0);
  const before = text.slice(floor, verbStart);
  // Between a closing mark and the verb stands only the speaker, however long: `“…,” Clinton, 35, the
  // daughter of …, said`.
  const afterQuote =
    /[”"]$/.test(text.slice(floor - 1, floor)) &&
    /^[\s,.!?—–-]*(?!(?:and|but|or|then|yet|so)\b)[^\s,.!?—–-][^.;:!?“”"]*$/.test(before);
  const source = afterQuote ? trimSource(text, floor, verbStart) : sourceBefore(text, verbStart, floor);
  // "…, said Peskov": inverted when nothing stands before the verb in its clause, or only a fronted clause
  // ending in a comma that is not an appositive of a subject; "tells Breitbart News" names an addressee.
  const mayInvert =
    /^[\s,.!?—–-]*$/.test(before) ||
    (/,\s*$/.test(before) && !(source && /,/.test(text.slice(source.start, source.end))));
  const startsPhrase = /^[\s,.!?—–-]*$/.test(before) ? /^\s+[\p{L}\p{N}]/u : /^\s+(?:\p{Lu}|the\s|a\s|an\s)/u;
  if (
    mayInvert &&
    !ADDRESSEE_FIRST.test(text.slice(cue.start, cue.end)) &&
    startsPhrase.test(text.slice(cue.end, cue.end + 4))
  ) {
    const after = sourceAfter(text, cue.end, sentence.end);
    // "reports that …" opens what was said; no speaker starts with "that".
    if (
      after &&
      !/^that\b/i.test(text.slice(after.start, after.end)) &&
      !opensClause(r.treeAt(sentence), cue, after)
    )
      return { cue, source: after, inverted: true, start: cue.start };
  }
  if (!source && /\b(?:and|but)\s+(?:\p{Ll}+\s+)?$/u.test(before)) {
    return {
      cue,
      source: previous ? previous.source : clauseActor(r, cue.start),
      inverted: false,
      start: cue.start,
    };
  }
  return { cue, source, inverted: false, start: source?.start ?? cue.start };
}

/**
 * "Gordon Brown, who brought it in when chancellor, said Sir Keir was "right"": the words after the verb
 * are the subject of what was said, a verb right after them, and the verb has its own subject before it,
 * by the tree; not "…, said Peskov", whose verb has no subject before it.
 */
function opensClause(tree: Tree | null, cue: Cue, after: Span): boolean {
  if (!tree) return false;
  const verb = tree.headOf(cue.start, cue.end);
  const last = tree.tokenAt(after.end - 1);
  const next = last < 0 || last + 1 >= tree.length ? -1 : last + 1;
  if (verb < 0 || next < 0 || !/^(?:VERB|AUX)$/.test(tree.tokens[next]!.upos)) return false;
  return tree.children(verb, 'nsubj').some((s) => tree.tokens[s]!.start < cue.start);
}
