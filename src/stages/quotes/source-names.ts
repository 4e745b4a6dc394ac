import type { Entity, Mention, Sentence, Span } from '../../core/analysis.js';
import { lemmaIn } from '../events/lemmas.js';
import type { Tree } from '../syntax/tree.js';
import {
  AUTHOR_MARKERS,
  INDEFINITE,
  NOUN_TAGS,
  ORGANISATION_NAMING,
  OWNER,
  PERSON_NAMING,
  PUBLISHING,
  SPEAK_FOR_MODIFIER,
  SPEAKS_FOR_OWNER,
  STATE_BODIES,
} from './subject-words.js';

/**
 * Who the words naming a source stand for when they are not a name themselves: the name heading them or
 * in apposition, the body a spokesperson or an outlet speaks for, the author of a report they name; and
 * who brought in "a statement" a later "the statement said" points back to.
 */

type TypeOf = (m: Mention) => Entity['type'] | undefined;

/** How a report stands to the verb of the one who made it: "issued a statement", "said in a blog post". */
const MADE_OR_SAID_IN: ReadonlySet<string> = new Set(['obj', 'obl']);

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

/**
 * The person or organisation the words naming a source stand for by their structure, when they are not
 * the name itself: a name heading the phrase or in apposition ("the official news agency Wafa"), an
 * organisation modifying a noun that speaks or publishes for it ("the Reuters news agency", "an ADL
 * spokesperson"), or the author of a report the phrase names, given by "by" or "from" on the phrase's
 * noun or on a participle of publishing hung on it ("figures from the UN", "an estimate released by the
 * United Nations"). "A City fan", "IDF soldiers", "figures obtained by CNBC" are not the body speaking.
 */
export function namedIn(
  text: string,
  tree: Tree,
  sentence: Sentence,
  mentions: readonly Mention[],
  typeOf: TypeOf,
  source: Span,
  content: Span,
): string | null {
  if (source.start < sentence.start || source.end > sentence.end) return null;
  // Words cut before the noun they possess ("Zangauker's" of "Zangauker's family said") name no speaker.
  if (/['’]s?$/.test(text.slice(source.start, source.end))) return null;
  const head = tree.headOf(source.start, source.end);
  if (head < 0 || tree.tokens[head]!.upos === 'PRON') return null;
  const headWord = tree.tokens[head]!;
  const relation = (m: Mention): string | null => {
    const w = tree.headOf(m.start, m.end);
    if (w < 0) return null;
    // A name holding the phrase's head word heads it, wherever the parser hung the name's last word: "A
    // Department for Transport spokesman" read with "Department" as its head and "Transport" on "spokesman".
    if (w === head || (m.start <= headWord.start && headWord.end <= m.end)) return 'head';
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
  const candidates = mentions.filter(
    (m) =>
      m.sentence === sentence.index &&
      m.kind !== 'pronoun' &&
      m.start >= Math.min(source.start, phrase.start) &&
      m.end <= Math.max(source.end, phrase.end) &&
      (m.end <= content.start || m.start >= content.end),
  );
  const speaking = (m: Mention) => typeOf(m) === 'person' || typeOf(m) === 'organisation';
  const found =
    candidates.find((m) => inWords(m) && typeOf(m) === 'person' && PERSON_NAMING.has(relation(m) ?? '')) ??
    candidates.find((m) => inWords(m) && typeOf(m) === 'organisation' && byOrganisation(m)) ??
    candidates.find((m) => speaking(m) && authorOf(m)) ??
    candidates.find((m) => inWords(m) && principalOf(tree, head, tree.headOf(m.start, m.end), typeOf(m)));
  return found?.entityId ?? null;
}

/**
 * Who brought in a report named by `noun` with "a"/"an" in the sentence ("Microsoft said in a blog post",
 * "the ministry issued a statement", "a report by the UN"), for a later "the blog post said": the report's
 * author, else the person or organisation heading the subject of the verb it is the object of or the
 * place of. `found` is false when the sentence brings in no such report; true with a null speaker when it
 * does but names no one, so that an older report is not reached for.
 */
export function introducerOf(
  tree: Tree,
  sentence: Sentence,
  mentions: readonly Mention[],
  typeOf: TypeOf,
  noun: string,
): { found: boolean; entityId: string | null } {
  const w = tree.tokens.findIndex(
    (t, i) =>
      NOUN_TAGS.has(t.upos) &&
      tree.lower(i) === noun &&
      tree.children(i, 'det').some((d) => INDEFINITE.has(tree.lower(d))),
  );
  if (w < 0) return { found: false, entityId: null };
  const named = mentions.filter((m) => m.sentence === sentence.index && m.kind !== 'pronoun');
  const speaking = (m: Mention) => typeOf(m) === 'person' || typeOf(m) === 'organisation';
  const author = named.find((m) => speaking(m) && madeBy(tree, w, tree.headOf(m.start, m.end)));
  if (author) return { found: true, entityId: author.entityId };
  const verb = tree.head(w);
  const subject = MADE_OR_SAID_IN.has(tree.dep(w)) && verb >= 0 ? tree.children(verb, 'nsubj')[0] : undefined;
  const heading =
    subject === undefined
      ? undefined
      : named.find((m) => {
          if (!speaking(m) || m.kind === 'metonym') return false;
          const h = tree.headOf(m.start, m.end);
          return h === subject || (tree.head(h) === subject && PERSON_NAMING.has(tree.dep(h)));
        });
  return { found: true, entityId: heading?.entityId ?? null };
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
