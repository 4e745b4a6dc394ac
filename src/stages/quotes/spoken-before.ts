/**
 * Who spoke in the sentences before, as the speaker resolver reads them in text order, and the lookups
 * that lean on it: the body an "it" or "the company" stands for, the organisation that issued "the
 * report", and whom "the spokesperson" spoke for.
 */
import type { Entity, Mention, Span } from '../../core/analysis.js';
import type { Attribution } from './attributions.js';
import { type BodiesBefore, issuerBefore, previousBody } from './bodies.js';
import type { QuotedSpan } from './marks.js';
import {
  REPORTED,
  SPOKESPERSON,
  SPOKESPERSON_FOR,
  SPOKESPERSON_REACH,
  saidInWriting,
} from './speaker-words.js';
import type { Speaker } from './speakers.js';
import type { TreeReadings } from './tree-readings.js';

export interface SpokenContext {
  text: string;
  entityById: ReadonlyMap<string, Entity>;
  mentionsBySentence: ReadonlyMap<number, readonly Mention[]>;
  quoted: readonly QuotedSpan[];
  tree: TreeReadings;
  asSpeaker(entityId: string): Speaker | null;
}

export class SpokenBefore {
  /** The persons resolved as speaking, by sentence, so far. */
  readonly speakersBySentence = new Map<number, Speaker[]>();
  /** Organisations and countries resolved as speakers, by sentence, for a later "it said". */
  readonly bodiesBySentence = new Map<number, Speaker[]>();
  /** Sentences where an organisation spoke in a writing it issued ("said in a statement"), for `issuerBefore`. */
  private readonly issued = new Set<number>();
  /** Sentences holding words whose speaker is not known: an "it" after them may be that one. */
  private readonly unresolvedSentences = new Set<number>();
  /** By sentence, whom the spokesperson speaking there spoke for, or null when not read. */
  private readonly spokespeople = new Map<number, Speaker | null>();

  constructor(private readonly context: SpokenContext) {}

  /** Notes who spoke the attribution's words (null: not known), for the attributions after it. */
  record(a: Attribution, speaker: Speaker | null): void {
    const type = speaker ? this.typeOf(speaker.id) : undefined;
    if (speaker && !a.continues && type === 'organisation' && saidInWriting(this.context.text, a))
      this.issued.add(a.frame.index);
    if (a.source && !a.continues && this.namesSpokesperson(a.source))
      this.spokespeople.set(a.frame.index, speaker);
    if (!speaker) this.unresolvedSentences.add(a.sentence).add(a.frame.index);
    const speaking =
      type === 'person'
        ? this.speakersBySentence
        : type === 'organisation' || type === 'country'
          ? this.bodiesBySentence
          : null;
    if (speaker && speaking) {
      // A quotation may open sentences before its cue's: the speaker speaks in both.
      for (const s of new Set([a.sentence, a.frame.index])) {
        const list = speaking.get(s);
        if (list) list.push(speaker);
        else speaking.set(s, [speaker]);
      }
    }
  }

  /** Whether the words naming a source are a spokesperson's, or the one they speak for ("a spokesperson for X"). */
  private namesSpokesperson(source: Span): boolean {
    const { text } = this.context;
    return (
      SPOKESPERSON.test(text.slice(source.start, source.end)) ||
      SPOKESPERSON_FOR.test(text.slice(Math.max(0, source.start - 40), source.start))
    );
  }

  /**
   * Whom the spokesperson of the nearest sentence before, up to `SPOKESPERSON_REACH` back, that has one
   * speaking spoke for; no one when that one's principal was not read, or none spoke.
   */
  spokespersonBefore(sentence: number): Speaker | null {
    for (let s = sentence - 1; s >= Math.max(0, sentence - SPOKESPERSON_REACH); s--) {
      const speaker = this.spokespeople.get(s);
      if (speaker !== undefined) return speaker;
    }
    return null;
  }

  /** The body an "it" or "the company" stands for, among those before it (see `previousBody`). */
  bodyBefore(
    sentence: number,
    source: Span,
    content: Span,
    by: { countries: boolean; pronoun: boolean },
  ): Speaker | null {
    const id = previousBody(this.bodiesBefore(), { sentence, source, content, ...by });
    return id ? this.context.asSpeaker(id) : null;
  }

  /** The organisation that spoke in a writing it issued, past sentences about things (see `issuerBefore`). */
  issuerOf(sentence: number): Speaker | null {
    const id = issuerBefore(this.bodiesBefore(), sentence);
    return id ? this.context.asSpeaker(id) : null;
  }

  /**
   * The organisation whose words the sentence just before gave, for a "the report" or "the statement" no
   * sentence brought in as a noun: "… , Rudaw reported. Hamadeh praised the Kurdistan Region, the report
   * said." Only the sentence right before, and only when that organisation alone spoke there: a second
   * body or someone unknown speaking there, or a person, and the report may be another's; further back,
   * another outlet's report may have been meant ("according to Asharq al-Awsat. … The Jerusalem Post
   * previously reported. … according to the report").
   */
  reporterBefore(sentence: number, noun: string): Speaker | null {
    if (!REPORTED.has(noun) || sentence === 0) return null;
    const s = sentence - 1;
    const bodies = new Set(this.bodiesBySentence.get(s)?.map((b) => b.id));
    const [id] = bodies;
    if (bodies.size !== 1 || !id || this.speakersBySentence.has(s) || this.unresolvedSentences.has(s))
      return null;
    return this.context.entityById.get(id)?.type === 'organisation' ? this.context.asSpeaker(id) : null;
  }

  /** An entity's type, a name the article treats as a body counting as an organisation here. */
  private typeOf(entityId: string): Entity['type'] | undefined {
    if (this.context.tree.actsAsBody(entityId)) return 'organisation';
    return this.context.entityById.get(entityId)?.type;
  }

  private bodiesBefore(): BodiesBefore {
    const { text, tree, mentionsBySentence, quoted } = this.context;
    return {
      bodySpoke: (s) => this.bodiesBySentence.get(s)?.at(-1)?.id ?? null,
      unknownSpoke: (s) => this.unresolvedSentences.has(s) && !this.speakersBySentence.has(s),
      personSpoke: (s) => this.speakersBySentence.has(s),
      // One body speaking there, in a writing: two bodies' words compete for a later "it".
      issuedWriting: (s) =>
        this.issued.has(s) && new Set(this.bodiesBySentence.get(s)?.map((b) => b.id)).size === 1,
      words: (span) => text.slice(span.start, span.end),
      subjectBody: (s, before) => tree.subjectBody(s, before),
      mentionsIn: (s) => mentionsBySentence.get(s) ?? [],
      typeOf: (entityId) => this.typeOf(entityId),
      quoted,
    };
  }
}
