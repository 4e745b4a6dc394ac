import type { Entity, Mention, Sentence, Span } from '../../core/analysis.js';
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
import { isBystander, isLabelled, isSubject, possessesSubject } from './mention-roles.js';
import { introducerOf, namedIn } from './source-names.js';
import { INDEFINITE, PERSON_NAMING, ROLE_HEADS } from './subject-words.js';
import { subjectAround, subjectIn } from './verb-subjects.js';

/**
 * A sentence's main subject: the person mention naming it, or the words of a role naming no one, which
 * bring in someone new when indefinite ("a former minister") and point back when definite ("the analyst").
 */
export type MainSubject =
  | { mention: Mention; unnamed: null; introduced: false; role?: undefined }
  | { mention: null; unnamed: Span; introduced: boolean; role: string };

/**
 * What the dependency tree says of a cue found by the word rules: whether it is a verb at all ("anchor
 * states", "local demand" are nouns, reporting nothing), and the subject of the speech verb, for a speaker
 * the words before the verb do not name ("Ellen Johnson Sirleaf, former President of Liberia and founder
 * of the EJS Center, said"). Sentences read before parsing have no tree: nothing is said of them.
 */
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
  subjectBody(sentence: Sentence, before: number, asBodies: ReadonlySet<string>): SubjectBody | null {
    const tree = this.treeAt(sentence);
    // A name the article treats as a body may be what an "it" stands for, whatever its type.
    const typeOf = (m: Mention): Entity['type'] | undefined =>
      asBodies.has(m.entityId) ? 'organisation' : this.typeOf(m);
    return tree ? subjectBody(tree, sentence, this.mentions, typeOf, before) : null;
  }

  /** See `isBystander` in `mention-roles.ts`: "Iwai's father Yuji" is not Iwai's to take up. */
  isBystander(sentence: Sentence, m: Mention): boolean {
    const tree = this.treeAt(sentence);
    return tree !== null && isBystander(tree, sentence, this.mentions, (x) => this.typeOf(x), m);
  }

  /** See `possessesSubject` in `mention-roles.ts`: "Cwecwe's mother revealed". */
  possessesSubject(sentence: Sentence, m: Mention): boolean {
    const tree = this.treeAt(sentence);
    return tree !== null && possessesSubject(tree, m);
  }

  /** See `isSubject` in `mention-roles.ts`: "Najwa says", "her son, Omer, said". */
  isSubject(sentence: Sentence, m: Mention): boolean {
    const tree = this.treeAt(sentence);
    return tree !== null && isSubject(tree, m);
  }

  /** See `isLabelled` in `mention-roles.ts`: "her father James", "hostage Yarden". */
  isLabelled(sentence: Sentence, m: Mention): boolean {
    const tree = this.treeAt(sentence);
    return tree !== null && isLabelled(tree, m);
  }

  /** See `namedIn` in `source-names.ts`: "the Reuters news agency", "figures from the UN". */
  namedIn(sentence: Sentence, source: Span, content: Span): string | null {
    const tree = this.treeAt(sentence);
    return tree
      ? namedIn(this.text, tree, sentence, this.mentions, (m) => this.typeOf(m), source, content)
      : null;
  }

  /** See `introducerOf` in `source-names.ts`: who brought in "a statement" a later "the statement" is. */
  introducerOf(sentence: Sentence, noun: string): { found: boolean; entityId: string | null } {
    const tree = this.treeAt(sentence);
    return tree
      ? introducerOf(tree, sentence, this.mentions, (m) => this.typeOf(m), noun)
      : { found: false, entityId: null };
  }

  /**
   * The person or organisation the subject of the cue's verb names, with the subject's words (see
   * `subjectIn` in `verb-subjects.ts`). Null for a pronoun, a subject naming no one, or no verb.
   */
  subjectOf(sentence: Sentence, cue: Span): { entityId: string; span: Span } | null {
    const tree = this.treeAt(sentence);
    return tree ? subjectIn(tree, sentence, this.mentions, (m) => this.typeOf(m), cue, false) : null;
  }

  /**
   * The subject a bare participle or conjunct of saying takes from the verb it hangs on ("while China has
   * criticised the move, saying …"), a country heading it included; null when the verb has its own.
   */
  sharedSubjectOf(sentence: Sentence, cue: Span): { entityId: string; span: Span } | null {
    const tree = this.treeAt(sentence);
    const found = tree ? subjectIn(tree, sentence, this.mentions, (m) => this.typeOf(m), cue, true) : null;
    return found?.shared ? found : null;
  }

  /** See `subjectAround` in `verb-subjects.ts`: "Shalev, who sat on a panel with Mark Bailen, added". */
  subjectAround(sentence: Sentence, cue: Span, words: Span): { entityId: string; span: Span } | null {
    const tree = this.treeAt(sentence);
    if (!tree || words.start < sentence.start || words.end > sentence.end) return null;
    return subjectAround(
      tree,
      subjectIn(tree, sentence, this.mentions, (m) => this.typeOf(m), cue, false),
      words,
    );
  }
}
