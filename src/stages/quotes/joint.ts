import type { Mention, Sentence, Span } from '../../core/analysis.js';
import type { Tree } from '../syntax/tree.js';
import { ROLE_HEADS, SHARES_SUBJECT } from './subject-words.js';

/** Conjunctions joining parties who speak together: "Britain and France", "the UN & its donors". */
const JOINING: ReadonlySet<string> = new Set(['and', '&']);
/** Conjuncts that are parties: nouns, names and pronouns ("he and his wife"). */
const NOMINAL: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'PRON']);
/**
 * How a party joined by "and" hangs on the first: as its conjunct, or through a name's parts or an
 * apposition, as the parser often attaches a later conjunct ("Prime Minister Keir Starmer and President
 * Emmanuel Macron", "Britain, France and Canada"). Not through "for" or "of": "a spokesman for Britain and
 * France" is one speaker.
 */
const JOINED_BY: ReadonlySet<string> = new Set(['conj', 'appos', 'flat', 'flat:name']);
/** Personal pronouns, which stand for a party: "he and his wife". */
const PERSONAL: ReadonlySet<string> = new Set(['he', 'she', 'we', 'they', 'i']);
/** A plural common noun, as a party of several is named: "aid groups", "its donors", "the authorities". */
const PLURAL = /[^s]s$|ies$/;
/** Kinds of entity that can speak. */
const SPEAKING: ReadonlySet<string> = new Set(['person', 'organisation', 'country']);

type TypeOf = (m: Mention) => string | undefined;
/** A party: the mention naming it, or the span of a pronoun or common noun standing for someone unnamed. */
type Party = { mention: Mention | null; span: Span };

/**
 * The party the word `x` names, or null when it names none: the person, organisation or country mention
 * covering it or following right after it as its title ("President Emmanuel Macron"), a personal pronoun,
 * or a lower-case common noun with a determiner or owner or in the plural ("its donors", "major aid
 * groups"). A bare singular noun in apposition is a role ("senior lawyer and member at …", "CEO and
 * co-founder"), and a capitalised word no mention covers a piece of a name ("Work and Pensions
 * Secretary"): no party.
 */
function partyAt(
  tree: Tree,
  x: number,
  mentions: readonly Mention[],
  typeOf: TypeOf,
  bare = false,
): Party | null {
  const speaking = (m: Mention) => m.kind !== 'pronoun' && SPEAKING.has(typeOf(m) ?? '');
  const token = tree.tokens[x]!;
  const covering = mentions.find((m) => speaking(m) && m.start <= token.start && m.end >= token.end);
  if (covering) return { mention: covering, span: covering };
  for (let t = x + 1; t < tree.length && tree.tokens[t]!.upos === 'PROPN'; t++) {
    const named = mentions.find((m) => speaking(m) && m.start === tree.tokens[t]!.start);
    if (named) return { mention: named, span: { start: token.start, end: named.end } };
  }
  const word = tree.word(x);
  if (token.upos === 'PRON') return PERSONAL.has(word.toLowerCase()) ? { mention: null, span: token } : null;
  if (token.upos !== 'NOUN' || word !== word.toLowerCase()) return null;
  const determined = tree.child(x, 'det', 'nmod:poss') >= 0;
  const other = bare && !ROLE_HEADS.has(word);
  return determined || other || PLURAL.test(word) ? { mention: null, span: token } : null;
}

/**
 * The name at the word `x`, of whatever type the tagger gave it; a capitalised word no mention covers is
 * a piece of a title ("Deputy Prime Minister and Foreign Minister X"), no party.
 */
function namedAt(tree: Tree, x: number, mentions: readonly Mention[]): Party | null {
  const token = tree.tokens[x]!;
  const covering = mentions.find((m) => m.kind !== 'pronoun' && m.start <= token.start && m.end >= token.end);
  return covering ? { mention: covering, span: covering } : null;
}

/**
 * Whether only a list of parties stands between the first party and the "and": commas, determiners and
 * the names of other parties ("Britain, France and Canada"). Anything else, a role and what it is of,
 * makes the "and" a part of an apposition ("X, Executive Director of the Center for Peace and Justice",
 * "X, the Ambassador and Permanent Representative of …").
 */
function listedBetween(
  tree: Tree,
  from: number,
  to: number,
  mentions: readonly Mention[],
  typeOf: TypeOf,
): boolean {
  for (let t = 0; t < tree.length; t++) {
    const token = tree.tokens[t]!;
    if (token.start < from || token.end > to) continue;
    if (token.upos === 'PUNCT' || token.upos === 'DET') continue;
    const named = mentions.some(
      (m) =>
        m.kind !== 'pronoun' && SPEAKING.has(typeOf(m) ?? '') && m.start <= token.start && m.end >= token.end,
    );
    if (!named) return false;
  }
  return true;
}

/**
 * Whether the noun `w` is joined by "and" to another party: a nominal conjunct carrying "and" comes after
 * `w` and hangs on it through `JOINED_BY` alone, the first party ending before the "and" and the second
 * starting after it, only a list of parties between them (`listedBetween`), not one and the same (a
 * name may hold "and" itself: "Marks and Spencer"). Conjuncts in `outside` (what was said) do
 * not count, and only those within `within`, when given. With `bare` (the object of "according to", whose
 * preposition is its own), a second conjunct that is a bare noun naming no role counts as a party too ("a
 * company representative and data from …").
 */
function joinsParties(
  tree: Tree,
  w: number,
  mentions: readonly Mention[],
  typeOf: TypeOf,
  within: Span | null,
  outside: Span,
  bare = false,
): boolean {
  // The object of "according to" is a source whatever the tagger typed it (a person read as a place).
  const first = partyAt(tree, w, mentions, typeOf) ?? (bare ? namedAt(tree, w, mentions) : null);
  const inside = (t: Span, s: Span) => t.start >= s.start && t.end <= s.end;
  // A subject with a preposition of its own ("With a small team and a clear mission, X said") is a
  // misread phrase, not who speaks.
  if (!first || inside(tree.tokens[w]!, outside) || (!bare && tree.child(w, 'case') >= 0)) return false;
  for (let c = w + 1; c < tree.length; c++) {
    const other = tree.tokens[c]!;
    if (other.dep !== 'conj' || !NOMINAL.has(other.upos) || inside(other, outside)) continue;
    if (within && !inside(other, within)) continue;
    const and = tree.children(c, 'cc').find((cc) => JOINING.has(tree.lower(cc)));
    if (and === undefined) continue;
    let up = c;
    while (up > w && JOINED_BY.has(tree.dep(up)) && tree.head(up) < up) up = tree.head(up);
    if (up !== w) continue;
    const second = partyAt(tree, c, mentions, typeOf, bare);
    const at = tree.tokens[and]!;
    if (!second || first.span.end > at.start || second.span.start < at.end) continue;
    if (!listedBetween(tree, first.span.end, at.start, mentions, typeOf)) continue;
    if (!second.mention || second.mention !== first.mention) return true;
  }
  return false;
}

/**
 * The party named by the later conjunct of a coordination inside the words naming the source, when the
 * conjunct's "and" comes before those words and the first conjunct names another party ("Ukraine, the
 * U.S. and South Korea said", "Shein and Temu have said": South Korea, Temu). The source finder takes the
 * name nearest the verb; the parser does not always make the first party the subject, so the "and" is
 * read where it hangs. "Work and Pensions Secretary Liz Kendall" joins no two parties.
 */
export function laterConjunct(
  tree: Tree,
  sentence: Sentence,
  mentions: readonly Mention[],
  typeOf: TypeOf,
  source: Span,
): string | null {
  if (source.start < sentence.start || source.end > sentence.end) return null;
  const inSentence = mentions.filter((m) => m.sentence === sentence.index);
  for (let t = 0; t < tree.length; t++) {
    const token = tree.tokens[t]!;
    if (token.start < source.start || token.end > source.end || token.dep !== 'conj') continue;
    const and = tree.children(t, 'cc').find((cc) => JOINING.has(tree.lower(cc)));
    if (and === undefined || tree.tokens[and]!.end > source.start) continue;
    const first = partyAt(tree, tree.head(t), inSentence, typeOf);
    const second = partyAt(tree, t, inSentence, typeOf);
    if (first?.mention && second?.mention && first.mention.entityId !== second.mention.entityId)
      return second.mention.entityId;
  }
  return null;
}

/**
 * Whether a quote is said by several parties at once: the subject of its speech verb is coordinated
 * ("Britain, France and Canada said in a joint statement", "said the UN and its donors"), or the words
 * naming the source are ("according to X and Y"). A quote has one speaker, and a joint statement given to
 * one of its authors says what that one did not say alone; "a spokesman for X and Y said" is one speaker.
 */
export function isJointSource(
  tree: Tree,
  sentence: Sentence,
  mentions: readonly Mention[],
  typeOf: TypeOf,
  said: { cue: Span | null; source: Span | null; content: Span },
): boolean {
  const { cue, source, content } = said;
  const inSentence = mentions.filter((m) => m.sentence === sentence.index);
  const verb = cue ? tree.tokenAt(cue.start) : -1;
  if (verb >= 0 && tree.tokens[verb]!.upos === 'VERB') {
    let subject = tree.children(verb, 'nsubj')[0];
    const head = tree.head(verb);
    if (subject === undefined && SHARES_SUBJECT.has(tree.dep(verb)) && head >= 0)
      subject = tree.children(head, 'nsubj')[0];
    if (subject !== undefined) return joinsParties(tree, subject, inSentence, typeOf, null, content);
  }
  if (!source || source.start < sentence.start || source.end > sentence.end) return false;
  const named = tree.headOf(source.start, source.end);
  // "according to X and Y": the words read as the source may stop at the first party, the second hanging
  // on it past them; both are the preposition's object, so a conjunct anywhere outside what was said
  // counts, and a report ("data from …") is a party as much as a body.
  const according = cue !== null && /^according to$/i.test(tree.text.slice(cue.start, cue.end));
  return (
    named >= 0 && joinsParties(tree, named, inSentence, typeOf, according ? null : source, content, according)
  );
}
