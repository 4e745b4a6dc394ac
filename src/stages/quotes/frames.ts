import type { Mention, Sentence, Span } from '../../core/analysis.js';
import type { Tree } from '../syntax/tree.js';
import { ADDRESSEE_FIRST, THAT_WITHIN, WITH_SUBJECT } from './attribution-patterns.js';
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
  const source = afterQuote
    ? trimSource(text, floor, verbStart)
    : (sourceBefore(text, verbStart, floor) ?? subjectBeforeAside(r.treeAt(sentence), text, cue, floor));
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
 * "The company, known for its cheap loans, said …", "The firm, which is based in Leeds, said …": the
 * subject before an aside set between two commas that the word rules cannot cross (it holds "for" or
 * "which", words that open a clause of their own). The parser often hangs such a subject on the aside's
 * verb, so the words before the aside are taken when the tree reads them as a noun phrase and subject
 * and gives the verb of saying no other subject before it. Only the subject's own words: a name inside
 * the aside ("The lawmakers, led by Anna Berg and Mark Lind,") is not the one speaking.
 */
function subjectBeforeAside(tree: Tree | null, text: string, cue: Cue, floor: number): Span | null {
  const aside = ONE_ASIDE.exec(text.slice(floor, cue.start));
  const verb = tree ? tree.headOf(cue.start, cue.end) : -1;
  if (!tree || !aside || verb < 0) return null;
  const words = sourceBefore(text, floor + aside.index, floor);
  if (!words) return null;
  const head = tree.headOf(words.start, words.end);
  if (head < 0 || !/^(?:NOUN|PROPN)$/.test(tree.tokens[head]!.upos)) return null;
  if (!/^(?:nsubj|nsubj:pass|root)$/.test(tree.dep(head))) return null;
  const other = tree
    .children(verb, 'nsubj', 'nsubj:pass')
    .some((w) => w !== head && tree.tokens[w]!.start < cue.start);
  return other ? null : words;
}

/** One aside between commas right before the verb: ", known for its cheap loans, ". */
const ONE_ASIDE = /,\s*[^,;:!?“”"()—–]{3,120},\s*$/;

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

/**
 * Whether the frame is a verb of saying joined to the words before it by "and" or "but" and opening a
 * "that" of its own ("said the harbour was closed and promised that …", "… and Berg promised that …",
 * "… and assured MPs that …"): that clause is what this verb reports, and the words a verb before it
 * reports end at the conjunction. Only when those words hold a clause, by the tree: "acknowledged the
 * hacking and assured MPs that …" leaves the first verb a topic, not words, and the "that" clause stays
 * what it reports as before. A source of its own is a name or a pronoun ("… and Berg promised"; "the
 * deliberate and precise way the gunman operated indicates that" joins two words, not two reports). A
 * "that" after other words may be a relative ("promised investment that will …") and does not count.
 */
export function joinedWithOwnThat(text: string, tree: Tree | null, floor: number, frame: Frame): boolean {
  if (!tree || frame.inverted || frame.cue.kind !== 'verb') return false;
  const ownSource = frame.source && frame.source.start >= floor && frame.source.start < frame.cue.start;
  const joined = ownSource
    ? /\b(?:and|but)\s+$/i.test(text.slice(floor, frame.start)) &&
      /^(?:\p{Lu}|(?:he|she|they|we|it)\b)/u.test(text.slice(frame.source!.start, frame.source!.end))
    : /^(?:and|but)\s/i.test(text.slice(frame.start, frame.cue.start));
  if (!joined) return false;
  const that = THAT_WITHIN.exec(text.slice(frame.cue.end, frame.cue.end + 120));
  if (!that) return false;
  const between = that[1]!.trim();
  const word = text.slice(frame.cue.start, frame.cue.end);
  if (between !== '' && !(ADDRESSEE_FIRST.test(word) && !/[,;:]/.test(between))) return false;
  return tree.tokens.some(
    (t, w) =>
      t.start >= floor &&
      t.end <= frame.start &&
      (t.upos === 'VERB' || t.upos === 'AUX' || tree.isPredicate(w)),
  );
}
