import type { Entity, Mention, Span } from '../../core/analysis.js';
import { overlaps } from './spans.js';
import { PRONOUN_GENDER } from '../entities/titles.js';
import type { Attribution } from './attributions.js';
import type { QuotedSpan } from './marks.js';
import { linkedIntoQuotation, PERSONAL_PRONOUN, PronounFit } from './pronoun-fit.js';
import { BODY_HEADS, DEFINITE_REPORT, REPORT_REACH, STATE_BODIES, WRITINGS } from './subject-words.js';
import { SpokenBefore } from './spoken-before.js';
import { PersonsBefore } from './persons-before.js';
import {
  ANY_PRONOUN,
  BODY_PRONOUN,
  COUNTRY_STATE_BODY,
  HOLDS_PRONOUN,
  OBJECT_PRONOUN,
  ONE_LETTER,
  POSSESSIVE,
  THE_SPOKESPERSON,
  AFTER_PREPOSITION,
  headsSource,
} from './speaker-words.js';
import { namedWithRole } from './titled-before.js';
import { NO_TREE, type TreeReadings } from './tree-readings.js';
import { isNameFragment, onlyInDateline } from './untold.js';
import {
  DEFINITE_HEAD,
  ageDescription,
  isFullName,
  nationalForces,
  namedByLastWord,
  organisationByHead,
  titleHolder,
} from './named-by-words.js';

export interface Speaker {
  name: string;
  id: string;
  /**
   * A "he" or "she" given to a person an earlier sentence only names, neither speaking nor its subject:
   * about half of those are someone else (the wife of the man named, an artist's song), so the speaker is
   * kept but not vouched for.
   */
  guessed?: true;
}

/**
 * Resolves attributions' speakers through the entities stage: the person named in the source, else an
 * organisation or government the source is exactly ("the Kremlin"); a pronoun the entities stage left
 * unlinked goes to the person speaking or named first in the nearest sentence before; a bare title to the
 * one person holding it. Anything else stays unresolved.
 */
export class SpeakerResolver {
  private readonly entityById: Map<string, Entity>;
  private readonly mentionsBySentence = new Map<number, Mention[]>();
  /** Who spoke in the sentences before, and the body, issuer and spokesperson lookups on it. */
  private readonly spoken: SpokenBefore;
  private readonly resolved = new Map<Attribution, Speaker | null>();
  /** Which persons a "he" or "she" may stand for. */
  private readonly people: PronounFit;
  /** The persons the sentences before speak of, for a pronoun, a role or an age description. */
  private readonly persons: PersonsBefore;

  /** The subject spans read from the tree for speakers the words did not name. */
  private readonly subjects = new Map<Attribution, Span>();

  constructor(
    private readonly text: string,
    private readonly mentions: readonly Mention[],
    private readonly entities: readonly Entity[],
    /** Quotations: a person named only inside one is talked about, not talking. */
    private readonly quoted: readonly QuotedSpan[],
    private readonly tree: TreeReadings = NO_TREE,
  ) {
    this.entityById = new Map(entities.map((e) => [e.id, e]));
    for (const m of mentions) {
      const list = this.mentionsBySentence.get(m.sentence);
      if (list) list.push(m);
      else this.mentionsBySentence.set(m.sentence, [m]);
    }
    this.spoken = new SpokenBefore({
      text,
      entityById: this.entityById,
      mentionsBySentence: this.mentionsBySentence,
      quoted,
      tree,
      asSpeaker: (id) => this.asSpeaker(id),
    });
    this.people = new PronounFit(text, mentions, entities, this.mentionsBySentence, (m) => tree.isSubject(m));
    this.persons = new PersonsBefore({
      text,
      entities,
      entityById: this.entityById,
      mentionsBySentence: this.mentionsBySentence,
      speakersBySentence: this.spoken.speakersBySentence,
      bodiesBySentence: this.spoken.bodiesBySentence,
      quoted,
      people: this.people,
      tree,
      asSpeaker: (id) => this.asSpeaker(id),
    });
  }

  /** Resolve in text order, so a pronoun can lean on the speakers before it. */
  speakerOf(a: Attribution): Speaker | null {
    const known = this.resolved.get(a);
    if (known !== undefined) return known;
    let speaker = a.source
      ? this.fromSource(a.source, a.content, a.frame.start, a.sentence)
      : a.continues
        ? this.carriedOn(a, a.continues)
        : null;
    // "Shalev, who sat on a panel with Mark Bailen, added": the words read before the verb are a relative
    // clause or an aside of the subject, and the name in them is not the one speaking. When the tree's
    // subject of the speech verb names someone else, in words apart from those, the subject speaks.
    if (speaker && a.source && a.cue && !a.continues && !HOLDS_PRONOUN.test(this.sourceWords(a))) {
      const subject = this.tree.subjectAround(a);
      if (subject && subject.entityId !== speaker.id && this.outsideWordsSaid(subject.span, a)) {
        speaker = this.asSpeaker(subject.entityId);
        this.subjects.set(a, subject.span);
      }
    }
    // "Taiwan has said …, while China has criticised the move, saying …": a participle or conjoined verb
    // is said by the subject of the verb it hangs on, not by words found further back; a subject inside
    // what is said or quoted is a misparse.
    if (speaker && a.source && a.cue && !a.continues && !ANY_PRONOUN.test(this.sourceWords(a))) {
      const subject = this.tree.sharedSubjectOf(a);
      if (
        subject &&
        subject.entityId !== speaker.id &&
        subject.span.start >= a.source.end &&
        this.outsideWordsSaid(subject.span, a)
      ) {
        speaker = this.asSpeaker(subject.entityId);
        this.subjects.set(a, subject.span);
      }
    }
    // Words that name no one the article knows (a long apposition, a misread subject): the tree's subject,
    // unless the parser took it from the words said (`“More Elias,” says the ventriloquist`).
    if (!speaker && a.cue && !ANY_PRONOUN.test(this.sourceWords(a))) {
      const subject = this.tree.subjectOf(a);
      if (subject && this.outsideWordsSaid(subject.span, a)) {
        speaker = this.asSpeaker(subject.entityId);
        this.subjects.set(a, subject.span);
      }
    }
    // Words naming someone only by their structure: "the Reuters news agency", "figures from the UN".
    if (!speaker && a.source && !ANY_PRONOUN.test(this.sourceWords(a))) {
      const named = this.tree.namedIn(a);
      if (named) speaker = this.asSpeaker(named);
    }
    // "the blog post said": whoever brought in "a blog post" in the nearest sentence before that did.
    const noun = a.source && a.cue ? DEFINITE_REPORT.exec(this.sourceWords(a))?.[1] : undefined;
    const report = noun && WRITINGS.has(noun) ? noun : undefined;
    if (!speaker && report) {
      let found = false;
      for (let s = a.frame.index - 1; s >= Math.max(0, a.frame.index - REPORT_REACH) && !found; s--) {
        const introduced = this.tree.introducerOf(s, report);
        found = introduced.found;
        if (introduced.entityId) speaker = this.asSpeaker(introduced.entityId);
      }
      // "In its annual report, the bank said …. Food prices fell …. The report said": no "a report" was
      // brought in as a noun of its own, so the one meant is the writing the body just spoke in; else the
      // words the body gave in the sentence right before ("…, Rudaw reported. … the report said").
      if (!found)
        speaker = this.spoken.issuerOf(a.frame.index) ?? this.spoken.reporterBefore(a.frame.index, report);
    }
    // "A spokesperson for the agency said …. The spokesperson added": the one the nearest spokesperson
    // before spoke for, if any was read.
    if (!speaker && a.cue && THE_SPOKESPERSON.test(this.sourceWords(a)))
      speaker = this.spoken.spokespersonBefore(a.frame.index);
    // "Britain, France and Canada said in a joint statement": words of several parties are none's alone,
    // and a quote names one speaker; the source words stay, the speaker is left unknown.
    // The source finder may take only the last of them ("Ukraine, the U.S. and South Korea said").
    if (speaker && !a.continues && (this.tree.isJoint(a) || this.tree.laterConjunct(a) === speaker.id))
      speaker = null;
    if (
      speaker &&
      a.source &&
      !a.continues &&
      isNameFragment(this.text, this.mentionsBySentence.get(a.frame.index) ?? [], speaker.id, a)
    )
      speaker = null;
    if (speaker && onlyInDateline(this.text, this.mentionsBySentence.get(a.frame.index) ?? [], speaker.id, a))
      speaker = null;
    if (speaker && this.people.namesAPlace(speaker.id)) speaker = null;
    this.resolved.set(a, speaker);
    this.spoken.record(a, speaker);
    return speaker;
  }

  /**
   * A quotation with no cue carries on the one before it, unless a sentence between makes someone else
   * the subject ("Coach Dimitrios Itoudis commented on the victory. “We had …”"): then the speaker is
   * not known.
   */
  private carriedOn(a: Attribution, before: Attribution): Speaker | null {
    const speaker = this.speakerOf(before);
    if (!speaker) return null;
    const from = this.tree.sentenceOf(
      Math.max(before.content.end, before.cue?.end ?? 0, before.source?.end ?? 0) - 1,
    );
    for (let s = from + 1; s < a.sentence; s++) {
      const subject = this.persons.subjectOfSentence(s);
      const someone = subject?.unnamed
        ? this.persons.roleHolder(subject.unnamed)
        : subject?.mention?.entityId;
      if ((someone && someone !== speaker.id) || subject?.introduced) return null;
    }
    return speaker;
  }

  /** Whether a subject the tree found lies outside what is said and every quotation: no misparse. */
  private outsideWordsSaid(subject: Span, a: Attribution): boolean {
    return !overlaps(subject, a.content) && !this.quoted.some((q) => overlaps(subject, q));
  }

  /** The words naming the speaker when the tree, not the words around the cue, found them. */
  subjectSpan(a: Attribution): Span | null {
    return this.subjects.get(a) ?? null;
  }

  private sourceWords(a: Attribution): string {
    return a.source ? this.text.slice(a.source.start, a.source.end) : '';
  }

  private asSpeaker(entityId: string): Speaker | null {
    const entity = this.entityById.get(entityId);
    // A name of one letter names no one: the tail of a ticker cut at its dot ("Delta Air Lines DAL.N
    // said" read as "N said") or an initial.
    return entity && !ONE_LETTER.test(entity.name) ? { name: entity.name, id: entity.id } : null;
  }

  private fromSource(source: Span, content: Span, sentenceStart: number, sentence: number): Speaker | null {
    const mentions = [sentence, sentence - 1, sentence + 1]
      .flatMap((s) => this.mentionsBySentence.get(s) ?? [])
      .filter((m) => overlaps(m, source));
    // "the advisor to Pezeshkian", "a lawyer for Smith": a name after a preposition is whom the speaker
    // works for or stands near, not the speaker.
    const person = mentions
      .filter(
        (m) =>
          m.type === 'person' &&
          // "Like the thief in John 10:10": no person's name holds a number; a reference does.
          !/\p{N}/u.test(m.text) &&
          headsSource(this.text.slice(m.end, source.end)) &&
          !AFTER_PREPOSITION.test(this.text.slice(source.start, m.start)),
      )
      .sort((a, b) => a.start - b.start)[0];
    // Names in the sentence up to here may be the speaker's antecedent; names in what is said are not
    // ("Target has gone from …, he said" is not Target speaking), unless the words said open with a full
    // name, the writer telling what the speaker says of themselves ("Yarden Bibas revealed that …, he told").
    const opener = this.opensWithFullName(content, sentence);
    const before = Math.max(sentenceStart, opener ? source.start : Math.min(source.start, content.start));
    if (
      person &&
      !(
        person.kind === 'pronoun' &&
        (linkedIntoQuotation(person, this.mentionsBySentence, this.quoted, this.text) ||
          this.people.namesAPlace(person.entityId))
      )
    )
      return person.kind === 'pronoun'
        ? this.linkedPronoun(person, content, before)
        : this.asSpeaker(person.entityId);
    const words = this.text.slice(source.start, source.end).replace(/^(?:the|The)\s+/, '');
    // A pronoun linked into a quotation, or to a place taken for a person, is read again below, as if the
    // entities stage had not linked it.
    const actor = mentions.find((m) => m.kind !== 'pronoun' && (m.text === words || `${m.text}'s` === words));
    if (actor) return this.asSpeaker(actor.entityId);
    // "Syria's foreign ministry", "Russia’s defense ministry": a state body named by its country's name
    // speaks for that country, as "the Canadian government" does (the parser often makes the country a
    // second subject here, so the words tell).
    const state = mentions.find(
      (m) =>
        m.kind !== 'pronoun' &&
        m.type === 'country' &&
        words.startsWith(m.text) &&
        COUNTRY_STATE_BODY.test(words.slice(m.text.length)),
    );
    if (state) return this.asSpeaker(state.entityId);
    // "According to him": the object form names the speaker as the subject form does.
    if (PERSONAL_PRONOUN.test(words) || OBJECT_PRONOUN.test(words))
      return this.persons.previousPerson(sentence, before, PRONOUN_GENDER[words.toLowerCase()]);
    if (BODY_PRONOUN.test(words))
      return (
        this.spoken.bodyBefore(sentence, source, content, { countries: true, pronoun: true }) ??
        this.spoken.issuerOf(sentence)
      );
    const countries = new Set(
      mentions.map((m) => this.entityById.get(m.entityId)?.country).filter((c): c is string => !!c),
    );
    // "The company, a lender based in Leeds,": the head is read from the subject's words before its aside.
    const head = DEFINITE_HEAD.exec(this.text.slice(source.start, source.end).split(',')[0]!.trim())?.[1];
    const byWords =
      titleHolder(words, countries, this.entities, this.text) ??
      namedByLastWord(words, this.entities) ??
      organisationByHead(
        this.text.slice(source.start, source.end),
        sentence,
        this.mentionsBySentence,
        this.entityById,
      );
    if (byWords) return this.asSpeaker(byWords);
    const titled = namedWithRole(
      this.text.slice(source.start, source.end),
      source.start,
      this.text,
      this.mentions,
      this.entities,
      (m, offset) => this.tree.inApposition(m, offset),
    );
    if (titled) return this.asSpeaker(titled);
    const age = ageDescription(this.text.slice(source.start, source.end));
    if (age) return this.persons.describedPerson(sentence, age.gender);
    // "the military" may stand for a country's state body ("The Norwegian army shot …, the military said"),
    // else for the armed forces the article names, which the words said may hold ("The IDF struck …, the
    // military said").
    const body =
      head && BODY_HEADS.has(head)
        ? this.spoken.bodyBefore(sentence, source, content, {
            countries: STATE_BODIES.has(head),
            pronoun: false,
          })
        : null;
    const forces = body
      ? null
      : nationalForces(
          this.text.slice(source.start, source.end),
          sentence,
          this.mentionsBySentence,
          this.entityById,
        );
    return body ?? (forces ? this.asSpeaker(forces) : null);
  }

  /**
   * The person a "he" or "she" the entities stage linked stands for. That stage takes the one person named
   * earlier in the sentence, else in the sentence before, whatever their part there. A name inside the
   * words said is talked about ("Target has gone from …, he said"), so the pronoun is read again as if not
   * linked, unless the words said open with the full name (see `fromSource`). A person the sentence before
   * names only as the possessor of a subject ("Cwecwe's mother revealed …. She also said", "said Floyd's death had …. “…,”
   * he said") is as often not the one meant: the speaker is kept, not vouched for.
   */
  private linkedPronoun(pronoun: Mention, content: Span, before: number): Speaker | null {
    const named = (s: number): Mention[] =>
      (this.mentionsBySentence.get(s) ?? []).filter(
        (m) => m.entityId === pronoun.entityId && m.kind !== 'pronoun',
      );
    const here = named(pronoun.sentence).filter((m) => m.start < pronoun.start);
    const gender = PRONOUN_GENDER[pronoun.text.toLowerCase()];
    if (
      here.length > 0 &&
      here.every((m) => overlaps(m, content)) &&
      this.opensWithFullName(content, pronoun.sentence) !== pronoun.entityId
    )
      return this.persons.previousPerson(pronoun.sentence, before, gender);
    const speaker = this.asSpeaker(pronoun.entityId);
    const earlier = here.length > 0 || !gender ? [] : named(pronoun.sentence - 1);
    const possessorOnly =
      earlier.some((m) => this.tree.possessesSubject(m)) &&
      earlier.every((m) => POSSESSIVE.test(this.text.slice(m.end, m.end + 3)));
    return speaker && possessorOnly ? { ...speaker, guessed: true } : speaker;
  }

  /** The person whose full name opens the words said, if one does. */
  private opensWithFullName(content: Span, sentence: number): string | null {
    const first = (this.mentionsBySentence.get(sentence) ?? []).find(
      (m) => m.start === content.start && m.type === 'person' && m.kind !== 'pronoun',
    );
    return first && isFullName(this.entityById.get(first.entityId)) ? first.entityId : null;
  }
}
