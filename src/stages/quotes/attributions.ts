import type { Mention, Sentence, Span } from '../../core/analysis.js';
import type { Tree } from '../syntax/tree.js';
import { overlaps } from './spans.js';
import {
  ADDRESSEE,
  ADDRESSEE_FIRST,
  AFTER_QUOTATION,
  APPOSITION_TO_END,
  RELATIVE_OPEN,
  CLAUSE_BEFORE,
  CLOSE_AFTER,
  JOINED_AFTER_CUE,
  JOINED_BY,
  LABEL_AFTER_AS,
  LEADS_DIRECTLY,
  LEADS_INTO_SPLIT,
  ONLY_ADJUNCTS_TO_END,
  ONLY_WHEN_AND_ACT,
  QUOTATIVE,
  SCENE_SETTING,
  SHORT_SOURCE,
  THAT_WITHIN,
  WORDS,
} from './attribution-patterns.js';
import {
  ADJUNCT_OPENS,
  AS_BEFORE_SPEAKER,
  clauseAfter,
  clauseAfterAdjuncts,
  isRelativeThat,
  onlyAdjunctsAfter,
  subjectBefore,
} from './clause-extent.js';
import { type Cue, findCues, NEEDS_AS } from './cues.js';
import { colonActor, joinedWithOwnThat, readFrame } from './frames.js';
import type { Frame, SentenceReading } from './frames.js';
import { attributeLeftovers, type Introduction } from './leftovers.js';
import {
  creditEnd,
  endsPhrase,
  goesOn,
  lineBefore,
  quoteAfter,
  quoteBefore,
  saysMoreOfItsOwn,
} from './neighbour-quotes.js';
import { type QuotedSpan, quoteContent } from './marks.js';
import { attributeRegion, emit, partialQuote, trimContent } from './regions.js';
import { setOffAfterClause, setOffInClause } from './set-off-cues.js';

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

/**
 * A cue inside the clause a later "…, X said" reports: a verb that reports words only with "that", a quote
 * or a label ("announced plans", "praised the massacre", "urged Washington to"), going on with its own
 * words. A verb taking a bare clause ("Trump said Tuesday he …") gave those words a speaker of its own.
 */
function insideFronted(text: string, frame: Frame): boolean {
  return (
    !frame.inverted &&
    !frame.cue.takesBareClause &&
    frame.cue.kind === 'verb' &&
    /^\s+[\p{L}\p{N}]/u.test(text.slice(frame.cue.end, frame.cue.end + 3))
  );
}

function isNestedIn(text: string, tree: Tree | null, outer: Frame, inner: Frame): boolean {
  return (
    inner.cue.kind === 'verb' &&
    !inner.inverted &&
    !/[,;:“”"]/.test(text.slice(outer.cue.end, inner.start)) &&
    // "said the harbour was closed and promised that …": the second verb reports its own clause.
    !joinedWithOwnThat(text, tree, outer.cue.end, inner) &&
    // "… as Trump says …": a report set beside the first (the frame opened at "as" by `readSentence`).
    !(
      inner.source &&
      inner.start < inner.source.start &&
      AS_BEFORE_SPEAKER.test(text.slice(outer.cue.end, inner.source.start))
    )
  );
}

/**
 * Where the words before a frame may start: after the last earlier frame's cue that does not lie inside a
 * clause it fronts (see `insideFronted`), or after a photo credit opening the sentence.
 */
function previousWordsEnd(text: string, earlier: readonly Frame[], sentence: Span): number {
  return (
    earlier.filter((f) => !insideFronted(text, f)).at(-1)?.cue.end ??
    creditEnd(text, sentence.start, sentence.end)
  );
}

/** Reads the sentence's cues into attributions; notes what its colons introduce (by the colon's offset). */
function readSentence(r: SentenceReading, introductions: Map<number, Introduction>): void {
  const { text, sentence } = r;
  const quoteSpans = r.quotes.map((q) => ({ start: q.open, end: q.close + 1 }));
  // A cue word the tree reads as a noun ("truthful reporting is …", "local demand") reports nothing, and
  // must not end the content of a verb before it. Right after a quotation (`“…,” agreed X`) it is the
  // verb, whatever the tagger says.
  const cues = findCues(text, sentence, quoteSpans).filter(
    (cue) =>
      AFTER_QUOTATION.test(text.slice(Math.max(0, cue.start - 4), cue.start)) || !r.isNoun(sentence, cue),
  );
  const frames: Frame[] = [];
  /** Where a frame's words may start: after the last quotation closed before its cue, and after a photo credit. */
  const quoteFloors = new Map<Frame, number>();
  const firstOut = r.out.length;
  const gaveWords = (f: Frame): boolean => r.out.slice(firstOut).some((a) => a.cue?.start === f.cue.start);
  for (const cue of cues) {
    const lastClose = r.quotes.filter((q) => q.close < cue.start && q.close >= sentence.start).at(-1)?.close;
    const quoteFloor = Math.max(
      creditEnd(text, sentence.start, cue.start),
      lastClose === undefined ? sentence.start : lastClose + 1,
    );
    const floor = Math.max(quoteFloor, frames.at(-1)?.cue.end ?? 0);
    const frame = readFrame(r, cue, floor, frames.at(-1) ?? null);
    // "calling the offensive “…” and publicly stating that …": the conjunction and adverb joining the
    // second verb belong to its frame, not to what the first one reported.
    const joined = frame.start === cue.start ? JOINED_BY.exec(text.slice(floor, cue.start)) : null;
    if (joined) frame.start = cue.start - joined[0].length;
    // "EU says threats should not guide talks as Trump says he wants …": "as" sets another speaker's
    // report beside the first; it opens this frame and ends what the first reported.
    const as =
      frame.source &&
      !frame.inverted &&
      cue.kind === 'verb' &&
      cue.takesBareClause &&
      /^\s*$/.test(text.slice(frame.source.end, cue.start)) &&
      SHORT_SOURCE.test(text.slice(frame.source.start, frame.source.end)) &&
      /^\s+[\p{L}“"]/u.test(text.slice(cue.end, cue.end + 3))
        ? AS_BEFORE_SPEAKER.exec(text.slice(floor, frame.source.start))
        : null;
    if (as && frame.source) frame.start = frame.source.start - as[0].length;
    frames.push(frame);
    quoteFloors.set(frame, quoteFloor);
  }
  const nested = new Set<Frame>();
  frames.forEach((frame, i) => {
    if (nested.has(frame)) return;
    let following = i + 1;
    // A reporting verb inside the reported clause ("said that Putin told him …") is part of what was said.
    while (following < frames.length && isNestedIn(text, r.treeAt(sentence), frame, frames[following]!))
      nested.add(frames[following++]!);
    const ceiling = frames[following]?.start ?? sentence.end;
    const { cue } = frame;
    const tail = frame.inverted && frame.source ? frame.source.end : cue.end;
    const previousQuote = quoteBefore(r, frame);
    if (previousQuote && !saysMoreOfItsOwn(r, previousQuote, tail, ceiling)) {
      r.claimed.add(previousQuote);
      const split = quoteAfter(r, tail, sentence.end + 1, LEADS_INTO_SPLIT);
      // “But,” she added, “…”: one word opening a split quotation says nothing alone; the rest carries it.
      if (!split || previousQuote.words > 1) emit(r, frame, quoteContent(text, previousQuote), true);
      if (split) {
        r.claimed.add(split);
        emit(r, frame, quoteContent(text, split), true);
      }
      return;
    }
    const rest = text.slice(tail, ceiling);
    const word = text.slice(cue.start, cue.end).toLowerCase();
    const next = quoteAfter(r, tail, ceiling);
    // "calling it “Holocaust-like denial,” late Saturday": a naming verb reports its label, not what the
    // sentence goes on with; "called on the government to …" names nothing.
    const naming = NEEDS_AS.has(word) && !/^\s+(?:on|for|upon)\b/.test(text.slice(cue.end, cue.end + 6));
    const labelEnd = (label: QuotedSpan | undefined): number =>
      naming && label?.closed && endsPhrase(text, label) ? Math.min(ceiling, label.close + 1) : ceiling;
    // "said he had asked X if he admitted that …": a "that" after a clause of its own belongs to that
    // clause; what was said starts right after the verb.
    // "urging a global response that is …": a relative "that" opens no reported clause either.
    const thatFound = THAT_WITHIN.exec(rest);
    const that =
      thatFound &&
      ((cue.takesBareClause && CLAUSE_BEFORE.test(thatFound[1]!)) ||
        (!ADDRESSEE_FIRST.test(word) && isRelativeThat(r.treeAt(sentence), tail + thatFound[1]!.length)))
        ? null
        : thatFound;
    // "told us …", "told reporters …": who was told comes first and is not what was said.
    const told = ADDRESSEE_FIRST.test(word)
      ? (ADDRESSEE.exec(text.slice(tail, ceiling))?.[0].length ?? 0)
      : 0;
    if (next && (!that || next.open < tail + that[0].length)) {
      // `said on Monday, “…”` leads into a quote; `says voter fraud “would be …”` quotes part of a clause,
      // and so does `said “stubbornly high” interest rates have …`, the sentence going on with the quote.
      if (LEADS_DIRECTLY.test(text.slice(tail, next.open)) && !goesOn(r, next))
        attributeRegion(r, frame, { start: next.open, end: next.open + 1 }, false);
      else partialQuote(r, frame, trimContent(text, Math.min(tail + told, next.open), labelEnd(next)));
      return;
    }
    // "About 25,000 users reported issues with the platform, according to X": a cue before that gave no
    // words of its own ("reported issues") is part of what X gives, and does not start it.
    const start = Math.max(
      quoteFloors.get(frame) ?? sentence.start,
      frames
        .slice(0, i)
        .filter((f) => gaveWords(f))
        .at(-1)?.cue.end ?? sentence.start,
    );
    if (cue.kind === 'according' && /(?:^|[,;:(])\s*$/.test(text.slice(start, cue.start))) {
      const comma = text.indexOf(',', tail);
      // "…stocks favoured by analysts, according to TipRanks, a platform that ranks them": an apposition
      // of the source closes the sentence, and what was reported is the clause before.
      // So too when the tree hangs "according to X" on a clause before it: what follows the source then
      // describes it or goes on ("…, according to X, co-director of …", "…, which received the bodies",
      // "…, raising concerns that …"), and is not what X reported.
      const closes = comma >= 0 && comma < ceiling && APPOSITION_TO_END.test(text.slice(comma + 1, ceiling));
      // "a gunman who, according to witnesses, was …": a relative opened before the cue goes on after it.
      const before = text.slice(start, cue.start);
      const byTree = !RELATIVE_OPEN.test(before) && r.reportsBefore(r.sentence, cue) === true;
      // "The reds of Burgundy are, according to Mr Labet, the kind consumers want": a source set inside a
      // clause, whose subject comes before it, reports the whole clause.
      const subject =
        comma < 0 || comma >= ceiling || RELATIVE_OPEN.test(before)
          ? -1
          : subjectBefore(r.treeAt(sentence), start, cue.start, comma + 1, ceiling);
      const closing = WORDS.test(before) && (byTree || closes);
      if (subject >= 0) attributeRegion(r, frame, trimContent(text, subject, ceiling), true);
      else if (closing) attributeRegion(r, frame, trimContent(text, start, cue.start), true);
      else if (comma >= 0 && comma < ceiling)
        attributeRegion(r, frame, trimContent(text, comma + 1, ceiling), true);
      return;
    }
    if (that && !NEEDS_AS.has(word)) {
      // "said that “…”": a quote after "that" is what the reported clause holds, not a direct quote.
      const region = trimContent(text, tail + that[0].length, ceiling);
      if (!partialQuote(r, frame, region)) attributeRegion(r, frame, region, true);
      return;
    }
    const from = tail + told;
    // "…, said Tianchen Xu, senior economist at …": an inverted verb follows what was said; the words after
    // its source describe the source.
    // So too "said" with only when it was said and the speaker's act after it, up to the end or to a
    // participle of saying going on with words of its own: "…, CNN added, citing the officials, adding
    // that …", "…, he said, adding that …".
    // Only when, where or how it was said after the cue, however long, by the tree where there is one:
    // "…, Kallas said on Tuesday after a meeting of the bloc's foreign ministers"; and not where the tree
    // finds what was said after when ("said on Monday the talks were over"), which the word patterns
    // alone take for a time.
    const tree = r.treeAt(sentence);
    const comma = text.indexOf(',', from);
    const whenEnd = comma >= 0 && comma < ceiling ? comma : ceiling;
    const saidThenActs =
      cue.kind === 'verb' &&
      (ceiling === sentence.end || frames[following]?.cue.kind === 'participle') &&
      ONLY_WHEN_AND_ACT.test(text.slice(from, ceiling)) &&
      !clauseAfter(tree, cue, from, whenEnd);
    const onlyAdjuncts =
      (ONLY_ADJUNCTS_TO_END.test(text.slice(from, sentence.end)) &&
        !clauseAfter(tree, cue, from, sentence.end)) ||
      (cue.takesBareClause &&
        ADJUNCT_OPENS.test(text.slice(from, from + 12)) &&
        onlyAdjunctsAfter(tree, cue, from, sentence.end));
    // "Two packages will keep debt down, Yaron said, but he pressed the government to …": a clause the
    // writer joins after the cue by a conjunction is the writer's, or the second half of what was said;
    // what the cue reports is the clause before it.
    // Only a verb of saying right after its speaker ("…, he said, and …"; not "took charge, and …",
    // "papal states, and …").
    const thenJoined =
      cue.kind === 'verb' &&
      QUOTATIVE.test(word) &&
      !frame.inverted &&
      frame.source !== null &&
      /^\s*$/.test(text.slice(frame.source.end, cue.start)) &&
      ceiling === sentence.end &&
      JOINED_AFTER_CUE.test(text.slice(cue.end, ceiling));
    // "…, Ives said, because of the costs …", "…, she said, citing …": a cue set off by commas, then a
    // subordinate clause or a participle, reports the clause before it, not the words after.
    const aside = setOffAfterClause(text, tree, frame, previousWordsEnd(text, frames.slice(0, i), sentence));
    const fronted =
      aside ||
      (frame.inverted && cue.kind === 'verb' && QUOTATIVE.test(word) && ceiling === sentence.end) ||
      (onlyAdjuncts && ceiling === sentence.end) ||
      saidThenActs ||
      thenJoined;
    if (fronted) {
      const head = frame.inverted || !frame.source ? cue.start : frame.source.start;
      // A cue going on with its own words ("While retailers announced plans …, he told CNBC") lies inside
      // the clause fronted; only one set off by punctuation ("…, he said, …") ends an earlier report.
      const previousEnd =
        frames
          .slice(0, i)
          .filter((f) => !insideFronted(text, f))
          .at(-1)?.cue.end ?? creditEnd(text, sentence.start, head);
      // The comma may close a quote ending the clause: `Teachers “get why …,” Weingarten said`. A lone
      // phrase before it sets the scene and says nothing: "In the city, police responded to …".
      const before = text.slice(previousEnd, head);
      // Before a participle going on, a clause of a few words at least ("Maduro, however, shrugged off the
      // boycott claims, saying" gives no "Maduro, however").
      if (
        /,[”"]?\s*$/.test(before) &&
        !SCENE_SETTING.test(before) &&
        // "not only the port, he said, but also …": the first half of a pair says nothing alone.
        !(thenJoined && /\bnot only\b/i.test(before)) &&
        (ceiling === sentence.end || WORDS.test(before))
      ) {
        attributeRegion(r, frame, trimContent(text, previousEnd, head), cue.kind !== 'participle');
      }
      return;
    }
    if (cue.takesBareClause && cue.kind !== 'passive') {
      // "These gaps, he said, are visible in …": a cue set off inside a clause whose subject comes before
      // it reports the whole clause, the subject included (as "according to X" set inside one does).
      const subject = setOffInClause(
        text,
        tree,
        frame,
        previousWordsEnd(text, frames.slice(0, i), sentence),
        ceiling,
      );
      if (subject >= 0) {
        attributeRegion(r, frame, trimContent(text, subject, ceiling), true);
        return;
      }
      // "said on Tuesday the port would reopen": what was said starts with its clause, after when.
      const said = clauseAfterAdjuncts(tree, cue, from, ceiling);
      attributeRegion(r, frame, trimContent(text, said, ceiling), true);
    } else {
      // Without "that", a verb like "urged" reports only a quote that follows it closely, "characterized"
      // only the label after "as".
      const clause = text.slice(from, ceiling);
      const close = CLOSE_AFTER.exec(clause) ?? (NEEDS_AS.has(word) ? LABEL_AFTER_AS.exec(clause) : null);
      if (close && LEADS_DIRECTLY.test(clause.slice(0, close[0].length - 1)))
        attributeRegion(r, frame, { start: from + close[0].length - 1, end: from + close[0].length }, false);
      else if (close)
        partialQuote(
          r,
          frame,
          trimContent(text, from, labelEnd(r.quotes.find((q) => q.open === from + close[0].length - 1))),
        );
    }
  });
  // A colon before a quote or at the sentence's end introduces what follows, if no cue took it.
  for (
    let colon = text.indexOf(':', sentence.start);
    colon >= 0 && colon < sentence.end;
    colon = text.indexOf(':', colon + 1)
  ) {
    if (!/^\s*(?:[“"]|$)/.test(text.slice(colon + 1, Math.min(sentence.end, colon + 4)))) continue;
    const frame = frames.filter((f) => f.cue.end <= colon).at(-1);
    introductions.set(colon, {
      source: frame ? frame.source : colonActor(r, colon),
      cue: frame ? { start: frame.cue.start, end: frame.cue.end } : null,
      sentence,
    });
  }
}

/**
 * Every attribution of the text, in text order. `isNoun` tells a cue word the tree reads as a noun (none
 * without a tree); `reportsBefore` whether the tree hangs an "according to" cue on a clause before it
 * (null when it does not tell); `goesOnAfter` whether quoted words are a piece of a phrase the sentence
 * goes on with after them; `treeAt` the sentence's dependency tree (none without one).
 */
export function findAttributions(
  text: string,
  sentences: readonly Sentence[],
  quotes: readonly QuotedSpan[],
  mentions: readonly Mention[],
  isNoun: (sentence: Sentence, cue: Cue) => boolean = () => false,
  reportsBefore: (sentence: Sentence, cue: Span) => boolean | null = () => null,
  goesOnAfter: (sentence: Sentence, quoted: Span) => boolean = () => false,
  treeAt: (sentence: Sentence) => Tree | null = () => null,
): Attribution[] {
  const claimed = new Set<QuotedSpan>();
  const out: Attribution[] = [];
  const introductions = new Map<number, Introduction>();
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
  const mentionsBySentence = new Map<number, Mention[]>();
  for (const m of mentions) {
    const list = mentionsBySentence.get(m.sentence);
    if (list) list.push(m);
    else mentionsBySentence.set(m.sentence, [m]);
  }
  let k = 0;
  for (const sentence of sentences) {
    while (k < quotes.length && quotes[k]!.close < lineBefore(text, sentence.start)) k++;
    const near: QuotedSpan[] = [];
    for (let j = k; j < quotes.length && quotes[j]!.open < sentence.end + 1; j++) {
      if (
        overlaps(
          { start: quotes[j]!.open, end: quotes[j]!.close + 1 },
          { start: lineBefore(text, sentence.start), end: sentence.end + 1 },
        )
      )
        near.push(quotes[j]!);
    }
    readSentence(
      {
        text,
        sentence,
        quotes: near,
        mentions: mentionsBySentence.get(sentence.index) ?? [],
        claimed,
        out,
        sentenceAt,
        isNoun,
        reportsBefore,
        goesOnAfter,
        treeAt,
      },
      introductions,
    );
  }
  return attributeLeftovers({ text, quotes, claimed, out, sentenceAt }, introductions);
}
