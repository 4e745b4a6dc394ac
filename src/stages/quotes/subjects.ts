import type { Entity, Mention, Sentence, Span } from '../../core/analysis.js';
import { lemmaIn } from '../events/lemmas.js';
import { type Tree, treeOf } from '../syntax/tree.js';
import { type SubjectBody, subjectBody } from './bodies.js';
import type { Cue } from './cues.js';
import {
  goesOnAfter,
  isNominal,
  modifiesNoun,
  modifiesNounAsParticiple,
  reportsBefore,
  takesAThing,
  withoutAddressee,
} from './cue-shape.js';
import { isJointSource, laterConjunct } from './joint.js';
import {
  AUTHOR_MARKERS,
  MODIFIER,
  NOUN_TAGS,
  ORGANISATION_NAMING,
  OWNER,
  PERSON_NAMING,
  PUBLISHING,
  RELATIVE,
  ROLE_HEADS,
  SHARES_SUBJECT,
  SPEAK_FOR_MODIFIER,
  SPEAKS_FOR_OWNER,
  STATE_BODIES,
} from './subject-words.js';

/**
 * What the dependency tree says of a cue found by the word rules: whether it is a verb at all ("anchor
 * states", "local demand" are nouns, reporting nothing), and the subject of the speech verb, for a speaker
 * the words before the verb do not name ("Ellen Johnson Sirleaf, former President of Liberia and founder
 * of the EJS Center, said"). Sentences read before parsing have no tree: nothing is said of them.
 */

/**
 * Whether the word `w` gives who made the report `noun`: hung on it by "by" or "from", or on a participle
 * of publishing hung on it ("figures from the UN", "an estimate released by the UN").
 */
function madeBy(tree: Tree, noun: number, w: number): boolean {
  if (w < 0 || !tree.children(w, 'case').some((c) => AUTHOR_MARKERS.has(tree.lower(c)))) return false;
  const up = tree.head(w);
  if (up === noun) return true;
  return (
    up >= 0 &&
    tree.head(up) === noun &&
    tree.dep(up) === 'acl' &&
    lemmaIn(tree.lower(up), PUBLISHING) !== null
  );
}

/** The relations of a clause whose subject a bare participle of saying hung on it shares. */
const LENDS_SUBJECT: ReadonlySet<string> = new Set(['root', 'conj', 'advcl', 'parataxis']);

/** Determiners that bring a report in for the first time: "in a statement", "issued a report". */
const INDEFINITE: ReadonlySet<string> = new Set(['a', 'an']);
/** How a report stands to the verb of the one who made it: "issued a statement", "said in a blog post". */
const MADE_OR_SAID_IN: ReadonlySet<string> = new Set(['obj', 'obl']);

/**
 * A sentence's main subject: the person mention naming it, or the words of a role naming no one, which
 * bring in someone new when indefinite ("a former minister") and point back when definite ("the analyst").
 */
export type MainSubject =
  | { mention: Mention; unnamed: null; introduced: false; role?: undefined }
  | { mention: null; unnamed: Span; introduced: boolean; role: string };

export class CueTrees {
  constructor(
    private readonly text: string,
    private readonly mentions: readonly Mention[],
    private readonly entities: ReadonlyMap<string, Entity>,
  ) {}

  private typeOf(m: Mention): Entity['type'] | undefined {
    return this.entities.get(m.entityId)?.type;
  }

  /** The sentence's tree, built once for every stage by `treeOf`; none for a sentence read before parsing. */
  private treeAt(sentence: Sentence): Tree | null {
    return (sentence.tokens?.length ?? 0) === 0 ? null : treeOf(this.text, sentence);
  }

  /** See `isNominal` in `cue-shape.ts`: a noun that reports nothing ("18 states", "local demand"). */
  isNominal(sentence: Sentence, cue: Span): boolean {
    return isNominal(this.text, this.treeAt(sentence), cue);
  }

  /** See `modifiesNounAsParticiple` in `cue-shape.ts`: "Americans expressing support" reports nothing. */
  modifiesNounAsParticiple(sentence: Sentence, cue: Cue): boolean {
    return modifiesNounAsParticiple(this.text, this.treeAt(sentence), cue);
  }

  /** See `takesAThing` in `cue-shape.ts`: "added 18 points" takes a thing, not words. */
  takesAThing(sentence: Sentence, cue: Span, content: Span): boolean {
    return takesAThing(this.treeAt(sentence), cue, content);
  }

  /** See `withoutAddressee` in `cue-shape.ts`: what was asked or urged, without whom. */
  withoutAddressee(sentence: Sentence, cue: Span, content: Span): Span {
    return withoutAddressee(this.text, this.treeAt(sentence), cue, content);
  }

  /** See `reportsBefore` in `cue-shape.ts`: "according to X" closing the clause it reports. */
  reportsBefore(sentence: Sentence, cue: Span): boolean | null {
    return reportsBefore(this.treeAt(sentence), cue);
  }

  /** See `goesOnAfter` in `cue-shape.ts`: quoted words the sentence goes on with ("“legacy” media"). */
  goesOnAfter(sentence: Sentence, quoted: Span): boolean {
    return goesOnAfter(this.treeAt(sentence), quoted);
  }

  /** See `laterConjunct` in `joint.ts`: "Shein and Temu have said" names Temu by its later conjunct. */
  laterConjunct(sentence: Sentence, source: Span): string | null {
    const tree = this.treeAt(sentence);
    return tree ? laterConjunct(tree, sentence, this.mentions, (m) => this.typeOf(m), source) : null;
  }

  /** Whether several parties joined by "and" say the words (see `isJointSource`). */
  isJoint(sentence: Sentence, said: { cue: Span | null; source: Span | null; content: Span }): boolean {
    const tree = this.treeAt(sentence);
    return tree !== null && isJointSource(tree, sentence, this.mentions, (m) => this.typeOf(m), said);
  }

  /** See `modifiesNoun` in `cue-shape.ts`: "a tier called …". */
  modifiesNoun(sentence: Sentence, cue: Span): boolean {
    return modifiesNoun(this.treeAt(sentence), cue);
  }

  /**
   * The subject of the sentence's main verb, the one a "he" or "she" in the next sentence most likely
   * stands for: the person it names ("his brother Philonise Floyd spoke…"), or, for a person the tagger
   * did not name ("a former minister of defence - Moshe Ya'alon - went further"), the words of the role,
   * `unnamed`, with the noun of the `role`, `introduced` when indefinite; null when the subject names no
   * person at all.
   */
  mainSubject(sentence: Sentence): MainSubject | null {
    const tree = this.treeAt(sentence);
    if (!tree) return null;
    const root = tree.root();
    if (root < 0) return null;
    for (const subject of tree.subjects(root)) {
      const found = this.mentions.find((m) => {
        if (m.sentence !== sentence.index || m.kind === 'pronoun' || this.typeOf(m) !== 'person')
          return false;
        const head = tree.headOf(m.start, m.end);
        return head === subject || (tree.head(head) === subject && PERSON_NAMING.has(tree.dep(head)));
      });
      if (found) return { mention: found, unnamed: null, introduced: false };
      const named = this.mentions.some(
        (m) =>
          m.sentence === sentence.index &&
          this.typeOf(m) === 'person' &&
          tree.dominates(subject, tree.headOf(m.start, m.end)),
      );
      if (!named && ROLE_HEADS.has(tree.lower(subject)))
        return {
          mention: null,
          unnamed: tree.span(subject, ['acl:relcl', 'acl', 'appos']),
          role: tree.lower(subject),
          introduced: tree.children(subject, 'det').some((d) => INDEFINITE.has(tree.lower(d))),
        };
    }
    return null;
  }

  /**
   * The subject of the sentence's main verb as a body an "it" or "the company" may point back to: the
   * organisation or country heading it, in apposition or naming it ("British maritime security firm
   * Ambrey", "the IDF"), or a country's state body ("the Israeli military"); else the subject's kind. With
   * `before`, only a subject whose words end before that offset; null when there is none.
   */
  subjectBody(sentence: Sentence, before: number): SubjectBody | null {
    const tree = this.treeAt(sentence);
    return tree ? subjectBody(tree, sentence, this.mentions, (m) => this.typeOf(m), before) : null;
  }

  /**
   * Whether a person's name stands where no later "he" or "she" would take it up: the possessor of a
   * phrase naming another person ("Iwai's father Yuji"); "Kara's path has never been easy. He began …" is
   * still Kara.
   */
  isBystander(sentence: Sentence, m: Mention): boolean {
    const tree = this.treeAt(sentence);
    if (!tree) return false;
    const w = tree.headOf(m.start, m.end);
    if (w < 0) return false;
    const possessed = tree.dep(w) === 'nmod:poss' ? tree.head(w) : -1;
    return (
      possessed >= 0 &&
      this.mentions.some(
        (other) =>
          other !== m &&
          other.sentence === sentence.index &&
          this.typeOf(other) === 'person' &&
          tree.dominates(possessed, tree.headOf(other.start, other.end)) &&
          !tree.dominates(w, tree.headOf(other.start, other.end)),
      )
    );
  }

  /** Whether a name is the possessor of a verb's subject: "Cwecwe's mother revealed", "Floyd's death had forced". */
  possessesSubject(sentence: Sentence, m: Mention): boolean {
    const tree = this.treeAt(sentence);
    const w = tree ? tree.headOf(m.start, m.end) : -1;
    if (!tree || w < 0 || tree.dep(w) !== 'nmod:poss') return false;
    const owned = tree.head(w);
    return owned >= 0 && tree.dep(owned).startsWith('nsubj');
  }

  /**
   * Whether a name is the subject of a verb, or in apposition to one ("Najwa says", "her son, Omer,
   * said"); not of a copula's noun or adjective.
   */
  isSubject(sentence: Sentence, m: Mention): boolean {
    const tree = this.treeAt(sentence);
    const w = tree ? tree.headOf(m.start, m.end) : -1;
    if (!tree || w < 0) return false;
    const up = tree.dep(w) === 'appos' && tree.head(w) >= 0 ? tree.head(w) : w;
    // A verb's: "Berdychiv was home to …" is a place's description, not anyone acting.
    const verb = tree.head(up);
    return tree.dep(up).startsWith('nsubj') && verb >= 0 && tree.tokens[verb]!.upos === 'VERB';
  }

  /**
   * Whether a name is given with a common noun saying what it names: "her father James", "hostage Yarden",
   * the noun right before the name and joined to it; "the Whopper", "sang Mother" have none.
   */
  isLabelled(sentence: Sentence, m: Mention): boolean {
    const tree = this.treeAt(sentence);
    const w = tree ? tree.headOf(m.start, m.end) : -1;
    const before = tree ? tree.tokenAt(m.start) - 1 : -1;
    if (!tree || w < 0 || before < 0 || tree.tokens[before]!.upos !== 'NOUN') return false;
    return tree.head(before) === w || tree.head(w) === before;
  }

  /**
   * The person or organisation the words naming a source stand for by their structure, when they are not
   * the name itself: a name heading the phrase or in apposition ("the official news agency Wafa"), an
   * organisation modifying a noun that speaks or publishes for it ("the Reuters news agency", "an ADL
   * spokesperson"), or the author of a report the phrase names, given by "by" or "from" on the phrase's
   * noun or on a participle of publishing hung on it ("figures from the UN", "an estimate released by the
   * United Nations"). "A City fan", "IDF soldiers", "figures obtained by CNBC" are not the body speaking.
   */
  namedIn(sentence: Sentence, source: Span, content: Span): string | null {
    const tree = this.treeAt(sentence);
    if (!tree || source.start < sentence.start || source.end > sentence.end) return null;
    // Words cut before the noun they possess ("Zangauker's" of "Zangauker's family said") name no speaker.
    if (/['’]s?$/.test(this.text.slice(source.start, source.end))) return null;
    const head = tree.headOf(source.start, source.end);
    if (head < 0 || tree.tokens[head]!.upos === 'PRON') return null;
    const relation = (m: Mention): string | null => {
      const w = tree.headOf(m.start, m.end);
      if (w < 0) return null;
      if (w === head) return 'head';
      return tree.head(w) === head ? tree.dep(w) : null;
    };
    const speaksFor = lemmaIn(tree.lower(head), SPEAK_FOR_MODIFIER) !== null;
    const byOrganisation = (m: Mention): boolean => {
      const r = relation(m) ?? '';
      // A place standing for its government ("a London loctician") modifies, it does not employ.
      return PERSON_NAMING.has(r) || (speaksFor && m.kind !== 'metonym' && ORGANISATION_NAMING.has(r));
    };
    const authorOf = (m: Mention): boolean => madeBy(tree, head, tree.headOf(m.start, m.end));
    // The words may stop before an apposition ("the study's lead author, Prof. …") or the author
    // ("according to figures" of "figures from the UN"): the noun's phrase as the tree builds it, its
    // relative clauses and what was said left out, gives those and nothing else.
    const phrase = tree.span(head, ['acl:relcl']);
    // An apposition past the words has no verb in it or right after it: "N12, Consul General Ofir Akunis
    // made sure …" is misread as one, and Akunis says nothing there.
    const closedApposition = (m: Mention): boolean => {
      const w = tree.headOf(m.start, m.end);
      const { end } = tree.span(w, ['acl:relcl']);
      for (let t = tree.tokenAt(m.start); t >= 0 && t < tree.length; t++) {
        if (tree.tokens[t]!.upos === 'VERB' || tree.tokens[t]!.upos === 'AUX') return false;
        if (tree.tokens[t]!.start >= end) break;
      }
      return true;
    };
    const inWords = (m: Mention): boolean =>
      (m.start >= source.start && m.end <= source.end) || (relation(m) === 'appos' && closedApposition(m));
    const candidates = this.mentions.filter(
      (m) =>
        m.sentence === sentence.index &&
        m.kind !== 'pronoun' &&
        m.start >= Math.min(source.start, phrase.start) &&
        m.end <= Math.max(source.end, phrase.end) &&
        (m.end <= content.start || m.start >= content.end),
    );
    const speaking = (m: Mention) => this.typeOf(m) === 'person' || this.typeOf(m) === 'organisation';
    const found =
      candidates.find(
        (m) => inWords(m) && this.typeOf(m) === 'person' && PERSON_NAMING.has(relation(m) ?? ''),
      ) ??
      candidates.find((m) => inWords(m) && this.typeOf(m) === 'organisation' && byOrganisation(m)) ??
      candidates.find((m) => speaking(m) && authorOf(m)) ??
      candidates.find(
        (m) => inWords(m) && principalOf(tree, head, tree.headOf(m.start, m.end), this.typeOf(m)),
      );
    return found?.entityId ?? null;
  }

  /**
   * Who brought in a report named by `noun` with "a"/"an" in the sentence ("Microsoft said in a blog post",
   * "the ministry issued a statement", "a report by the UN"), for a later "the blog post said": the report's
   * author, else the person or organisation heading the subject of the verb it is the object of or the
   * place of. `found` is false when the sentence brings in no such report; true with a null speaker when it
   * does but names no one, so that an older report is not reached for.
   */
  introducerOf(sentence: Sentence, noun: string): { found: boolean; entityId: string | null } {
    const tree = this.treeAt(sentence);
    const none = { found: false, entityId: null };
    if (!tree) return none;
    const w = tree.tokens.findIndex(
      (t, i) =>
        NOUN_TAGS.has(t.upos) &&
        tree.lower(i) === noun &&
        tree.children(i, 'det').some((d) => INDEFINITE.has(tree.lower(d))),
    );
    if (w < 0) return none;
    const mentions = this.mentions.filter((m) => m.sentence === sentence.index && m.kind !== 'pronoun');
    const speaking = (m: Mention) => this.typeOf(m) === 'person' || this.typeOf(m) === 'organisation';
    const author = mentions.find((m) => speaking(m) && madeBy(tree, w, tree.headOf(m.start, m.end)));
    if (author) return { found: true, entityId: author.entityId };
    const verb = tree.head(w);
    const subject =
      MADE_OR_SAID_IN.has(tree.dep(w)) && verb >= 0 ? tree.children(verb, 'nsubj')[0] : undefined;
    const named =
      subject === undefined
        ? undefined
        : mentions.find((m) => {
            if (!speaking(m) || m.kind === 'metonym') return false;
            const h = tree.headOf(m.start, m.end);
            return h === subject || (tree.head(h) === subject && PERSON_NAMING.has(tree.dep(h)));
          });
    return { found: true, entityId: named?.entityId ?? null };
  }

  /**
   * The person or organisation the subject of the cue's verb names, with the subject's words (its relative
   * clauses left out): the mention the subject heads, or a name in apposition to it ("the scholar, Prof.
   * Githu Muigai"). Null for a pronoun, a subject naming no one, or no verb.
   */
  subjectOf(sentence: Sentence, cue: Span): { entityId: string; span: Span } | null {
    const tree = this.treeAt(sentence);
    return tree ? this.subjectIn(tree, sentence, cue, false) : null;
  }

  /**
   * The subject a bare participle or conjunct of saying takes from the verb it hangs on ("while China has
   * criticised the move, saying …"), a country heading it included; null when the verb has its own.
   */
  sharedSubjectOf(sentence: Sentence, cue: Span): { entityId: string; span: Span } | null {
    const tree = this.treeAt(sentence);
    const found = tree ? this.subjectIn(tree, sentence, cue, true) : null;
    return found?.shared ? found : null;
  }

  /**
   * The subject of the cue's verb when the words read as the source are a relative clause or a modifier
   * hung on it, not the subject itself: "Shalev, who sat on a panel with Mark Bailen, added" is Shalev,
   * whose clause the words before the verb only reach into.
   */
  subjectAround(sentence: Sentence, cue: Span, words: Span): { entityId: string; span: Span } | null {
    const tree = this.treeAt(sentence);
    if (!tree || words.start < sentence.start || words.end > sentence.end) return null;
    const found = this.subjectIn(tree, sentence, cue, false);
    const subject = found ? tree.headOf(found.span.start, found.span.end) : -1;
    let w = tree.headOf(words.start, words.end);
    if (subject < 0 || w < 0 || w === subject) return null;
    while (w >= 0 && tree.head(w) !== subject) w = tree.head(w);
    return w >= 0 && MODIFIER.has(tree.dep(w)) ? found : null;
  }

  private subjectIn(
    tree: Tree,
    sentence: Sentence,
    cue: Span,
    countries: boolean,
  ): { entityId: string; span: Span; shared: boolean } | null {
    const verb = tree.tokenAt(cue.start);
    if (verb < 0 || tree.tokens[verb]!.upos !== 'VERB') return null;
    let subject = tree.children(verb, 'nsubj')[0];
    // "Asked about the blast, O'Neill said…", "Cruz exhorted Republicans … and said…": a participle or a
    // conjoined verb with no subject of its own is said by the subject of the verb it hangs on.
    const head = tree.head(verb);
    const borrows = subject === undefined && SHARES_SUBJECT.has(tree.dep(verb)) && head >= 0;
    if (borrows) subject = tree.children(head, 'nsubj')[0];
    // A bare participle (", saying …") hangs on the clause just before it; one with a marker of its own
    // ("while also emphasizing …") as often belongs to the main clause, wherever the parser put it. And the
    // clause lent from must be a clause of its own: the subject of a reported clause ("said that the US
    // should be hesitant, stating …") or of a noun's modifier is no speaker.
    const shared = borrows && tree.children(verb, 'mark').length === 0 && LENDS_SUBJECT.has(tree.dep(head));
    // "the US Treasury, which said he had been…": a relative pronoun's verb is said by the noun it stands
    // for, the one its clause hangs on or, as the parser may hang the clause elsewhere, the noun just before.
    if (subject !== undefined && RELATIVE.has(tree.lower(subject))) {
      const before = tree.lower(subject - 1) === ',' ? subject - 2 : subject - 1;
      if (tree.dep(verb) === 'acl:relcl' && tree.head(verb) >= 0) subject = tree.head(verb);
      else if (before >= 0 && NOUN_TAGS.has(tree.tokens[before]!.upos)) {
        // The word before is the last of a name ("Dame Priti Patel, who suggested"): the name's head.
        subject = before;
        while (tree.dep(subject) === 'flat' && tree.head(subject) >= 0) subject = tree.head(subject);
      }
    }
    if (subject === undefined || tree.tokens[subject]!.upos === 'PRON') return null;
    const span = tree.span(subject, ['acl:relcl', 'acl']);
    // A name heads the subject or stands in apposition to it; an organisation may also modify it ("a Met
    // Office spokesperson" speaks for the Met Office), a person may not ("a Biden aide" is not Biden).
    const relation = (m: Mention): string | null => {
      const head = tree.headOf(m.start, m.end);
      if (head < 0) return null;
      if (head === subject) return 'head';
      return tree.head(head) === subject ? tree.dep(head) : null;
    };
    const candidates = this.mentions.filter((m) => m.sentence === sentence.index && m.kind !== 'pronoun');
    const found =
      candidates.find((m) => this.typeOf(m) === 'person' && PERSON_NAMING.has(relation(m) ?? '')) ??
      candidates.find(
        (m) => this.typeOf(m) === 'organisation' && ORGANISATION_NAMING.has(relation(m) ?? ''),
      ) ??
      // "Sweden has criticised the move, saying …": a country heading the subject speaks as itself.
      (countries
        ? candidates.find(
            (m) => this.typeOf(m) === 'country' && m.kind !== 'metonym' && relation(m) === 'head',
          )
        : undefined) ??
      // "the UK government", "German authorities", "Russia's foreign ministry": a state body speaks for
      // its country; an official or a source does not.
      (STATE_BODIES.has(tree.lower(subject))
        ? candidates.find((m) => this.typeOf(m) === 'country' && OWNER.has(relation(m) ?? ''))
        : undefined);
    return found ? { entityId: found.entityId, span, shared } : null;
  }
}

/**
 * Whether the word `w`, a name of the given type, owns the spokesperson `head` speaks for: a person, body
 * or country possessing it ("Ramaphosa's spokesperson", "Israel's foreign spokesman"), or a country owning
 * the state body it is a spokesperson of ("South Africa's foreign ministry spokesperson", "An Israeli
 * foreign ministry spokesperson", "A UK government spokesman"). A country modifying the spokesperson alone
 * ("an Israeli spokesman") may be any Israeli's, and a name after "for" is read as the speaker already.
 */
function principalOf(tree: Tree, head: number, w: number, type: Entity['type'] | undefined): boolean {
  if (w < 0 || type === undefined || lemmaIn(tree.lower(head), SPEAKS_FOR_OWNER) === null) return false;
  const ofState = (body: number): boolean =>
    tree.head(body) === head && STATE_MODIFIER.has(tree.dep(body)) && STATE_BODIES.has(tree.lower(body));
  if (tree.head(w) === head)
    return (
      (tree.dep(w) === 'nmod:poss' && SPEAKING_TYPES.has(type)) ||
      (type === 'country' && STATE_MODIFIER.has(tree.dep(w)) && tree.children(head).some(ofState))
    );
  return type === 'country' && ofState(tree.head(w)) && (OWNER.has(tree.dep(w)) || tree.dep(w) === 'amod');
}

/** How a state body or its country modifies a spokesperson: "ministry spokesperson", "Israeli … spokesperson". */
const STATE_MODIFIER: ReadonlySet<string> = new Set(['compound', 'amod']);

/** Who has spokespeople. */
const SPEAKING_TYPES: ReadonlySet<Entity['type']> = new Set(['person', 'organisation', 'country']);
