/**
 * The person a "he", "she" or an age description stands for, and the person a sentence is about, read from
 * the sentences before a speaker's words: news writing names someone, then takes them up by pronoun, role
 * or age.
 */
import type { Entity, Mention, Span } from '../../core/analysis.js';
import { overlaps } from './spans.js';
import { type Gender, PRONOUN_GENDER } from '../entities/titles.js';
import type { QuotedSpan } from './marks.js';
import { PERSONAL_PRONOUN, type PronounFit } from './pronoun-fit.js';
import type { MainSubject } from './subjects.js';
import type { TreeReadings } from './tree-readings.js';
import { isFullName, namedAs, titleHolder } from './named-by-words.js';
import type { Speaker } from './speakers.js';

/** How many sentences back an unlinked "he" or "she" may find its person. */
const PRONOUN_REACH = 3;

/** How far back the one person an article names must have been mentioned for a pronoun to reach them. */
const LAST_MENTION_REACH = 2 * PRONOUN_REACH;

/** How many sentences back an age description may find its person. */
const DESCRIPTION_REACH = 2;

/** What the speaker resolver knows, read as it resolves in text order. */
export interface PersonsContext {
  text: string;
  entities: readonly Entity[];
  entityById: ReadonlyMap<string, Entity>;
  mentionsBySentence: ReadonlyMap<number, readonly Mention[]>;
  /** The persons resolved as speaking, by sentence, so far. */
  speakersBySentence: ReadonlyMap<number, readonly Speaker[]>;
  /** Organisations and countries resolved as speaking, by sentence, so far. */
  bodiesBySentence: ReadonlyMap<number, readonly Speaker[]>;
  quoted: readonly QuotedSpan[];
  people: PronounFit;
  tree: TreeReadings;
  asSpeaker(entityId: string): Speaker | null;
}

export class PersonsBefore {
  private readonly text: string;
  private readonly entities: readonly Entity[];
  private readonly entityById: ReadonlyMap<string, Entity>;
  private readonly mentionsBySentence: ReadonlyMap<number, readonly Mention[]>;
  private readonly speakersBySentence: ReadonlyMap<number, readonly Speaker[]>;
  private readonly bodiesBySentence: ReadonlyMap<number, readonly Speaker[]>;
  private readonly quoted: readonly QuotedSpan[];
  private readonly people: PronounFit;
  private readonly tree: TreeReadings;
  private readonly asSpeaker: (entityId: string) => Speaker | null;

  constructor(context: PersonsContext) {
    this.text = context.text;
    this.entities = context.entities;
    this.entityById = context.entityById;
    this.mentionsBySentence = context.mentionsBySentence;
    this.speakersBySentence = context.speakersBySentence;
    this.bodiesBySentence = context.bodiesBySentence;
    this.quoted = context.quoted;
    this.people = context.people;
    this.tree = context.tree;
    this.asSpeaker = (id) => context.asSpeaker(id);
  }

  /** The main subject of a sentence, when it is a person (named or not) outside any quotation. */
  subjectOfSentence(sentence: number): MainSubject | null {
    const subject = this.tree.mainSubject(sentence);
    const words = subject?.mention ?? subject?.unnamed;
    return words && this.quoted.some((q) => overlaps(words, q)) ? null : subject;
  }

  /** The one person of the article holding the role these words name ("the former minister"), if any. */
  roleHolder(words: Span): string | null {
    return titleHolder(this.text.slice(words.start, words.end), new Set(), this.entities, this.text);
  }

  private asSpeakerOrNull(id: string | null, gender: Gender | undefined): Speaker | null {
    return id && this.people.fits(id, gender) ? this.asSpeaker(id) : null;
  }

  /**
   * The person speaking, else the person the main clause is about, else the first person named, in the
   * nearest sentence before that has one, among those the pronoun can stand for: "After George Floyd was
   * killed, his brother Philonise spoke. … he said" is the brother. A possessor of another person is not
   * taken ("for Iwai's father Yuji"), and a sentence whose subject is a person brought in unnamed ("a
   * former minister … went further") ends the search with no one.
   */
  previousPerson(sentence: number, before: number, gender: Gender | undefined): Speaker | null {
    let reach = sentence - PRONOUN_REACH;
    // A chain of such sentences extends the search at most this far: a text of nothing but "“…,” he said."
    // would otherwise send every pronoun back to the start, a rescan per quote.
    const floor = Math.max(0, sentence - 2 * PRONOUN_REACH);
    for (let s = sentence; s >= Math.max(0, reach); s--) {
      const speakers = s === sentence ? [] : (this.speakersBySentence.get(s) ?? []);
      const speaking = speakers.filter((p) => this.people.fits(p.id, gender)).at(-1);
      if (speaking) return speaking;
      const body = s === sentence ? null : this.tree.subjectBody(s, Infinity);
      // "He also fired back at the court's ruling on Shin Bet chief Ronen Bar. “…,” he said.": a "he"
      // opening the sentence before is the same one, so the people named around it are not; the search goes
      // on before it, one sentence further.
      if (
        body?.kind === 'pronoun' &&
        this.isPronoun(body.words, gender) &&
        !this.quoted.some((q) => overlaps(body.words, q))
      ) {
        reach = Math.max(floor, reach - 1);
        continue;
      }
      const subject = s === sentence ? null : this.subjectOfSentence(s);
      // "The minister visited Kyiv. He said …": the one person holding the role; a role no one named holds
      // ("the analyst", "a former minister") is someone the pronoun cannot be given to.
      // "The UN chief stressed …. “…,” he said.": the pronoun takes up the role, not someone named before
      // it; a definite role is the one person named with that noun before ("TD Cowen analyst Jane Roe …
      // The analyst stated …"), else no one the article names is known to hold it.
      if (subject?.unnamed) {
        const holder =
          this.roleHolder(subject.unnamed) ??
          (subject.introduced ? null : namedAs(subject.role, s, this.text, this.mentionsBySentence));
        return holder ? this.asSpeakerOrNull(holder, gender) : null;
      }
      const id = subject?.mention?.entityId;
      if (id && this.entityById.get(id)?.type === 'person' && this.people.fits(id, gender))
        return this.asSpeaker(id);
      // "when she and Barrowman released a film in which she admitted …": the same "he" or "she" earlier in
      // the pronoun's own sentence, which the entities stage linked, is the same person, not a name
      // between the two (that stage links neither once two people are in play).
      const same =
        s === sentence && gender
          ? (this.mentionsBySentence.get(s) ?? []).find(
              (m) =>
                m.type === 'person' &&
                m.end <= before &&
                !this.quoted.some((q) => overlaps(m, q)) &&
                (m.kind !== 'pronoun' || this.isPronoun(m, gender)),
            )
          : undefined;
      if (same?.kind === 'pronoun' && this.people.fits(same.entityId, gender))
        return this.asSpeaker(same.entityId);
      const named = (this.mentionsBySentence.get(s) ?? []).find(
        (m) =>
          m.type === 'person' &&
          m.kind !== 'pronoun' &&
          (s < sentence || m.end <= before) &&
          !this.quoted.some((q) => overlaps(m, q)) &&
          this.people.fits(m.entityId, gender) &&
          !this.tree.isBystander(m),
      );
      // "Before the release of Edan Alexander, the Forum said …. “…,” he said.": a person named around a
      // body the sentence is about, or that speaks in it, is no likelier the "he" than someone before;
      // which one is not told.
      if (named && (body?.kind === 'body' || this.bodiesBySentence.has(s))) return null;
      // A person named by one word, neither speaking nor the subject, and with no noun saying what it is
      // ("her father James") is as often a thing the tagger took for a person ("the Whopper", "Mother", a
      // song): the pronoun is left unresolved. One named in an earlier sentence is a guess.
      if (!named) continue;
      const speaker =
        isFullName(this.entityById.get(named.entityId)) || this.tree.isLabelled(named)
          ? this.asSpeaker(named.entityId)
          : null;
      return speaker && s < sentence ? { ...speaker, guessed: true } : speaker;
    }
    return this.onlySpeaker(sentence, gender);
  }

  /**
   * The one person the article has named before a pronoun whose nearest sentences name no one, when that
   * person has spoken before it ("Mumbua Mutunga said …. Rabies is preventable …. She said …"): a feature
   * about one speaker takes her up by pronoun paragraphs later. Anyone else named before, a gender that
   * does not fit, no words of theirs before, or no mention of them in the `LAST_MENTION_REACH` sentences
   * before (the pronoun may then be someone brought in unnamed: "One man, who we are calling Alaa, …"),
   * and the pronoun stays unresolved.
   */
  private onlySpeaker(sentence: number, gender: Gender | undefined): Speaker | null {
    const named = new Set<string>();
    let last = -1;
    for (let s = 0; s < sentence; s++)
      for (const m of this.mentionsBySentence.get(s) ?? []) {
        if (m.type !== 'person' || this.quoted.some((q) => overlaps(m, q))) continue;
        if (m.kind !== 'pronoun') named.add(m.entityId);
        last = s;
      }
    if (named.size !== 1 || sentence - last > LAST_MENTION_REACH) return null;
    const id = [...named][0]!;
    if (!isFullName(this.entityById.get(id)) || !this.people.fits(id, gender)) return null;
    let spoke = false;
    for (let s = 0; s < sentence && !spoke; s++)
      spoke = (this.speakersBySentence.get(s) ?? []).some((p) => p.id === id);
    return spoke ? this.asSpeaker(id) : null;
  }

  /**
   * The person an age description ("the 39-year-old veteran said") restates: news writing names someone,
   * then takes them up by age. Only the named person the main clause of the nearest sentence before is
   * about; a sentence before naming another person, or one whose subject is someone unnamed, leaves the
   * speaker unknown, as does a person who cannot take the noun's gender ("the 30-year-old woman").
   */
  describedPerson(sentence: number, gender: Gender | undefined): Speaker | null {
    for (let s = sentence - 1; s >= Math.max(0, sentence - DESCRIPTION_REACH); s--) {
      const subject = this.subjectOfSentence(s);
      if (subject?.unnamed) return null;
      const id = subject?.mention?.entityId;
      if (id && this.entityById.get(id)?.type === 'person')
        return this.people.fits(id, gender) ? this.asSpeaker(id) : null;
      const named = (this.mentionsBySentence.get(s) ?? []).some((m) => m.type === 'person');
      if (named) return null;
    }
    return null;
  }

  /** Whether the words are the personal pronoun of the gender ("He" for a "he"); any "he" or "she" for none. */
  private isPronoun(words: Span, gender: Gender | undefined): boolean {
    const word = this.text.slice(words.start, words.end).toLowerCase();
    return PERSONAL_PRONOUN.test(word) && (!gender || PRONOUN_GENDER[word] === gender);
  }
}
