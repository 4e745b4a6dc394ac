import type { DateMention, Entity, Mention, Quote, Sentence, Span, SpanText } from '../../core/analysis.js';
import { clampConfidence } from '../../core/confidence.js';
import { type Tree, treeOf } from '../syntax/tree.js';
import { type Attribution, findAttributions } from './attributions.js';
import { findChannel, findSpeechDate } from './channels.js';
import { RELATIVE_SUBJECT, WHOSE_BEFORE_SPEAKER } from './attribution-patterns.js';
import { NEEDS_AS } from './cues.js';
import { findQuotedSpans } from './marks.js';
import { findNamedSpeakers } from './named-speakers.js';
import { withoutJoinedAct, withoutMainClause, withoutSpeakerAct } from './speaker-acts.js';
import { withoutChannel } from './clause-extent.js';
import { fromComplement } from './complement.js';
import { endOfSaid } from './clause-end.js';
import {
  afterAddressColon,
  isTitle,
  isTopic,
  losesSubject,
  withoutGoverningClause,
} from './content-bounds.js';
import { SpeakerResolver } from './speakers.js';
import { namesActingAsBodies } from './body-names.js';
import { overlaps } from './spans.js';
import { CueTrees } from './subjects.js';
import { holdsNoClause } from './verbless.js';

export interface QuotesInput {
  text: string;
  sentences: Sentence[];
  mentions: Mention[];
  entities: Entity[];
  dates: DateMention[];
}

const spanText = (text: string, span: Span): SpanText => ({
  start: span.start,
  end: span.end,
  text: text.slice(span.start, span.end),
});

/** A quote carrying on an earlier one is named by the words that named that one, even unresolved. */
const namedBy = (a: Attribution): Span | null => a.source ?? (a.continues ? namedBy(a.continues) : null);

/**
 * The quotes stage: direct quotations (curly or straight marks, split, running over sentences and
 * paragraphs, partial quotes inside reported speech) and indirect speech ("X said that …", "according to
 * X"), each with its cue, the words naming its source, the speaker the entities stage knows by them, and
 * where and when it was said. Short quoted phrases no cue governs are titles or scare quotes and are left
 * out; a quote whose speaker cannot be read stays, with a null speaker.
 *
 * Expects sentences in text order, and mentions, entities and dates from the stages before it on the same
 * text. Pure; one pass over the sentences, each looking only at its own words and quotes.
 */
export function findQuotes(input: QuotesInput): Quote[] {
  return readQuotes(input).quotes;
}

/**
 * The quotes, with the speakers the entities stage did not find ("N12 stated") as new mentions and
 * entities, which the stages after this one read too.
 */
export function readQuotes(input: QuotesInput): { quotes: Quote[]; mentions: Mention[]; entities: Entity[] } {
  const { text, sentences, dates } = input;
  const quoted = findQuotedSpans(text);
  const found = new CueTrees(text, input.mentions, new Map(input.entities.map((e) => [e.id, e])));
  const frameOf = (a: Attribution): Sentence => a.frame;
  // A cue the tree reads as a noun ("local demand", "anchor states"), or an -ing form used as one, reports
  // nothing: it is no cue, and does not end what a verb before it reports ("stressed that …, truthful
  // reporting is …").
  let attributions = findAttributions(
    text,
    sentences,
    quoted,
    input.mentions,
    (s, cue) =>
      found.isNominal(s, cue) || isGerundAsNoun(text, cue) || found.modifiesNounAsParticiple(s, cue),
    (s, cue) => found.reportsBefore(s, cue),
    (s, quoted) => found.goesOnAfter(s, quoted),
    (s) => (s.tokens?.length ? treeOf(text, s) : null),
  ).filter(
    (a) =>
      // "added 18 points", "wrote a prayer": a verb of saying used of a thing reports no words.
      (a.direct || !a.cue || !found.takesAThing(frameOf(a), a.cue, a.content)) &&
      // Reported speech of one word ("said Wednesday", "told CNBC", "acknowledged it") is a misread span.
      (a.direct || /\s/.test(text.slice(a.content.start, a.content.end).trim())) &&
      (a.direct || !CONJUNCTION_OPENS.test(text.slice(a.content.start, a.content.end))) &&
      !(isNaming(text, a) && (!a.source || found.modifiesNoun(frameOf(a), a.cue!))) &&
      !reportsRelativeClause(text, a),
  );
  // "The ministry said that …, according to Walla": the words are the ministry's, the outlet reports them.
  // Only a party the words single out (a definite phrase, a pronoun, a name maybe after its titles) says
  // them: in "83% of consumers said …, according to the Federal Reserve" the survey's author is the source.
  const voiced = attributions.filter(
    (a) =>
      !isAccording(text, a) &&
      a.source !== null &&
      (DEFINITE_SOURCE.test(text.slice(a.source.start, a.source.end)) ||
        input.mentions.some(
          (m) => overlaps(m, a.source!) && TITLES_ONLY.test(text.slice(a.source!.start, m.start)),
        )),
  );
  attributions = attributions.filter(
    (a) =>
      !isAccording(text, a) ||
      !voiced.some((b) => b.frame.index === a.frame.index && overlaps(b.content, a.content)),
  );
  const sentenceAt = new Map(sentences.map((s) => [s.index, s]));
  // "said unity is …, pointing to …": what was said ends where the speaker's own act is told.
  for (const a of attributions) {
    const sentence = sentenceAt.get(a.sentence);
    if (!a.direct && sentence?.tokens?.length) {
      a.content = withoutSpeakerAct(text, treeOf(text, sentence), a.content);
      // "emphasized the culture …, and lashed out at …": the speaker's next act is not what was said.
      if (a.cue && a.frame === sentence) {
        a.content = withoutJoinedAct(text, treeOf(text, sentence), a.cue, a.content);
        // "While he noted that …, he believes …": what he believes is not what he noted.
        a.content = withoutMainClause(text, treeOf(text, sentence), a.cue, a.content);
        // "After … Ramaphosa said he wanted …, Trump played a video": the clause governing the saying.
        a.content = withoutGoverningClause(text, treeOf(text, sentence), a.cue, a.content);
      }
      // "a warning to Council members: if …": the one addressed before the colon.
      a.content = afterAddressColon(text, treeOf(text, sentence), a.content);
    }
    // "said he was ‘doing fine’ in his first statement since …": where it was said, not what.
    if (!a.direct) a.content = withoutChannel(text, a.content, a.cue);
  }
  const named = findNamedSpeakers(text, attributions, input.mentions, input.entities);
  const mentions = [...input.mentions, ...named.mentions].sort((x, y) => x.start - y.start);
  const entities = [...input.entities, ...named.entities];
  const trees =
    named.mentions.length === 0
      ? found
      : new CueTrees(text, mentions, new Map(entities.map((e) => [e.id, e])));
  const starts = sentences.map((s) => s.start);
  const inSentence = <T>(index: number, read: (s: Sentence) => T, none: T): T => {
    const sentence = sentenceAt.get(index);
    return sentence ? read(sentence) : none;
  };
  // "Target cut its outlook. … It said …": a name typed as a person that the article treats as a body.
  const typeById = new Map(entities.map((e) => [e.id, e.type]));
  const asBodies = namesActingAsBodies(text, sentences, mentions, (m) => typeById.get(m.entityId));
  const speakers = new SpeakerResolver(text, mentions, entities, quoted, {
    subjectOf: (a) => (a.cue ? trees.subjectOf(frameOf(a), a.cue) : null),
    sharedSubjectOf: (a) => (a.cue ? trees.sharedSubjectOf(frameOf(a), a.cue) : null),
    subjectAround: (a) => (a.cue && a.source ? trees.subjectAround(frameOf(a), a.cue, a.source) : null),
    mainSubject: (index) => inSentence(index, (s) => trees.mainSubject(s), null),
    namedIn: (a) => (a.source ? trees.namedIn(frameOf(a), a.source, a.content) : null),
    introducerOf: (index, noun) =>
      inSentence(index, (s) => trees.introducerOf(s, noun), { found: false, entityId: null }),
    isBystander: (m) => inSentence(m.sentence, (s) => trees.isBystander(s, m), false),
    isLabelled: (m) => inSentence(m.sentence, (s) => trees.isLabelled(s, m), false),
    possessesSubject: (m) => inSentence(m.sentence, (s) => trees.possessesSubject(s, m), false),
    isSubject: (m) => inSentence(m.sentence, (s) => trees.isSubject(s, m), false),
    isJoint: (a) => trees.isJoint(frameOf(a), a),
    laterConjunct: (a) => (a.source ? trees.laterConjunct(frameOf(a), a.source) : null),
    sentenceOf: (offset) => sentences[lastAtOrBefore(starts, offset)]?.index ?? -1,
    subjectBody: (index, before) => inSentence(index, (s) => trees.subjectBody(s, before, asBodies), null),
    actsAsBody: (entityId) => asBodies.has(entityId),
    inApposition: (m, offset) =>
      inSentence(m.sentence, (s) => !!s.tokens?.length && inApposition(treeOf(text, s), m, offset), false),
  });
  // Channel and date are read outside what was said; a quoted title ("Face the Nation") is not said.
  const saidInSentence = new Map<number, Span[]>();
  for (const a of attributions) {
    const said = saidInSentence.get(a.frame.index);
    if (said) said.push(a.content);
    else saidInSentence.set(a.frame.index, [a.content]);
  }
  const quotes = attributions.map((a): Quote => {
    const speaker = speakers.speakerOf(a);
    const said = saidInSentence.get(a.frame.index) ?? [];
    const source = speakers.subjectSpan(a) ?? namedBy(a);
    // "asked the coroner to …": what was asked, without whom.
    const frame = sentenceAt.get(a.frame.index);
    const frameTree = frame?.tokens?.length ? treeOf(text, frame) : null;
    // "warned the United States against making …": what was said is the verb's clause, without whom
    // it was told to, and where or how.
    const opened =
      a.direct || !a.cue
        ? a.content
        : fromComplement(text, frameTree, a.cue, trees.withoutAddressee(frameOf(a), a.cue, a.content));
    // "insists that the gift is legal, but the announcement … caused …": what was said ends where the
    // clause or phrase it reports ends; one still cut inside a phrase is held.
    const ended =
      a.direct || !a.cue ? { content: opened, cut: false } : endOfSaid(text, frameTree, a.cue, opened);
    const content = ended.content;
    // "joked about the skydivers", "that it has claimed are pushing …": a topic, or a clause without its
    // subject, is no one's words as it stands.
    // "praised the winner, “Wasted Love”": a quoted title is no one's words.
    const title = a.direct && isTitle(text, content);
    const verbless =
      !a.direct &&
      !!a.cue &&
      frameTree !== null &&
      (holdsNoClause(text, frameTree, a.cue, content) ||
        isTopic(frameTree, content) ||
        losesSubject(frameTree, content));
    return {
      content: spanText(text, content),
      source: source ? spanText(text, source) : null,
      cue: a.cue ? spanText(text, a.cue) : null,
      speaker: speaker?.name ?? null,
      speakerId: speaker?.id ?? null,
      direct: a.direct,
      channel: a.cue ? findChannel(text, a.frame, said) : null,
      date: a.cue ? findSpeechDate(dates, a.frame.index, a.cue, said) : null,
      sentence: a.sentence,
      confidence: Math.min(
        quoteConfidence(
          a.direct,
          source !== null,
          speaker === null ? 'none' : speaker.guessed ? 'guessed' : 'read',
        ),
        verbless || title || ended.cut ? VERBLESS_CEILING : 1,
      ),
    };
  });
  return { quotes, mentions, entities };
}

/** Whether the word at `offset` is in apposition to the mention's head word, or it to that word. */
function inApposition(tree: Tree, m: Span, offset: number): boolean {
  const name = tree.headOf(m.start, m.end);
  const word = tree.tokenAt(offset);
  if (name < 0 || word < 0) return false;
  return (
    (tree.head(word) === name && tree.dep(word) === 'appos') ||
    (tree.head(name) === word && tree.dep(name) === 'appos')
  );
}

/** The position of the last of the sorted `values` at or before `value`, or -1. */
function lastAtOrBefore(values: readonly number[], value: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (values[mid]! <= value) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}

/**
 * "a barbecue, which Postecoglou says was player-driven", "gangs, whose leaders he said are": what was said is the relative clause, whose
 * subject, the relative pronoun before the speaker, the content leaves out ("was player-driven"); not
 * words anyone said as they stand. A quotation or a "that" after the cue reports a clause of its own.
 */
function reportsRelativeClause(text: string, a: Attribution): boolean {
  if (a.direct || !a.source || !a.cue || a.source.start > a.cue.start) return false;
  return (
    (RELATIVE_SUBJECT.test(text.slice(Math.max(0, a.source.start - 24), a.source.start)) ||
      WHOSE_BEFORE_SPEAKER.test(text.slice(a.source.start, a.source.end))) &&
    /^\s*$/.test(text.slice(a.cue.end, a.content.start))
  );
}

/**
 * Reported speech opening with a conjunction is the second half of a clause, or the writer's words after
 * the cue: "The conflict impacts not only Congo, he said, but also all its neighbours", "…, Yaron said,
 * but he pressed the government to …", "according to the European and Canadian moralists". What was said
 * is not those words alone.
 */
const CONJUNCTION_OPENS = /^(?:and|but|or|nor|yet|so)\b/;

/** An -ing form after these words, or after such a form and "and", is a noun: "that continuing the war is …". */
const GERUND_AFTER = /\b(?:that|than|of|about|for|without|from)\s+(?:\p{L}+ing\s+(?:and|or)\s+)?$/iu;

/**
 * "told the BBC that maintaining a court is expensive", "rather than maintaining a system", "the cost of
 * buying and maintaining property was …": an -ing form of a verb of saying after "that", "than" or a
 * preposition is the subject or object of a clause, not someone reporting; it is no cue, and does not end
 * what a verb before it reports. A participle of saying hangs on a clause ("…, saying …", "and warning").
 */
function isGerundAsNoun(text: string, cue: Span): boolean {
  if (!/^\p{L}+ing$/u.test(text.slice(cue.start, cue.end))) return false;
  return GERUND_AFTER.test(text.slice(Math.max(0, cue.start - 40), cue.start));
}

/** Words naming one party: a definite noun phrase or a pronoun ("the ministry", "he", "who"). */
const DEFINITE_SOURCE = /^(?:the|this|these|those|his|her|its|their|he|she|they|it|we|i|who)\b/i;

/** Capitalised words only, maybe none: the titles before a name ("Councillor Ruth Amsel"). */
const TITLES_ONLY = /^(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u;

/** Whether the attribution's cue is "according to" (the words of a source named after it). */
const isAccording = (text: string, a: Attribution): boolean =>
  a.cue !== null && /^according\b/i.test(text.slice(a.cue.start, a.cue.end));

/** Nothing but a comma between a cue and the quotation opening right after it. */
const QUOTE_OPENS_AFTER = /^[\s,]*[“"]$/;

/**
 * "a tier called “Google One AI Premium”", "Called “mini-brains”, they…", "the operation, dubbed “…”": a
 * naming verb with the quotation right after it; with no one naming (no source, or the verb a participle
 * modifying the thing named) it gives a name, not words anyone said. "what he called “minimal”" stays.
 */
function isNaming(text: string, a: Attribution): boolean {
  if (!a.cue || a.continues) return false;
  const word = text.slice(a.cue.start, a.cue.end).toLowerCase();
  return NEEDS_AS.has(word) && QUOTE_OPENS_AFTER.test(text.slice(a.cue.end, a.content.start));
}

/**
 * Reported speech holding no clause and no quoted words ("told the briefing", "said on Tuesday") is most
 * often a cue's object, time or place taken for what was said; a topic ("joked about …"), a clause
 * without its subject ("a plan he said would cost jobs") or a quoted title (“Wasted Love”) is no one's
 * words as it stands either: kept, below what views show by default.
 */
const VERBLESS_CEILING = 0.4;

/**
 * How far a quote can be trusted: quotation marks are firmer ground than paraphrase, and a speaker resolved
 * to an entity of the article far firmer than words naming no one the article knows. A quote whose speaker
 * is not resolved stays below what views show by default: judged by hand on the dev RSS corpus
 * (bench/judged/reading-quotes.tsv), all 15 such quotes shown before were wrong (a speaker the article
 * does name, a cut content, no speech at all). A speaker guessed for a pronoun (see `Speaker.guessed`) is
 * vouched for no more than words naming no one the article knows.
 */
function quoteConfidence(direct: boolean, named: boolean, resolved: 'read' | 'guessed' | 'none'): number {
  const content = direct ? 0.4 : 0.25;
  const speaker = resolved === 'read' ? 0.5 : named ? 0.05 : 0;
  return clampConfidence(content + speaker);
}
