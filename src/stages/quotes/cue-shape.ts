import type { Span } from '../../core/analysis.js';
import { lemmaIn } from '../events/lemmas.js';
import type { Tree } from '../syntax/tree.js';
import type { Cue } from './cues.js';
import { ALSO_TAKE_THINGS, CLAUSE_BREAK, NOUN_TAGS, REPORTS_AFTER } from './subject-words.js';

/**
 * What the dependency tree says of a cue's own word, found by the word rules: a noun that reports nothing,
 * a verb that takes a thing rather than words, a participle modifying a noun, the one asked apart from
 * what was asked, "according to X" closing its clause. No tree (a sentence read before parsing): nothing
 * is said of the cue.
 */

/** A verb that can head a clause of its own: not "to say", "working", "designated" hung on a noun. */
const isFinite = (tree: Tree, w: number): boolean =>
  !tree.children(w, 'mark').some((m) => tree.lower(m) === 'to') &&
  !/(?:ing|ed)$/.test(tree.lower(w)) &&
  tree.dep(w) !== 'acl';

/**
 * Whether the cue's word is a noun that reports nothing: tagged a noun and built like one, with a
 * possessor, a number, or a determiner or adjective of its own ("18 states", "local demand"), no that-clause,
 * colon or quotation after it to hold what was said ("Trump's claim that …" reports a claim). The tag
 * alone is not enough: "Clinton says" is sometimes tagged a noun, but nothing modifies it as one.
 */
export function isNominal(text: string, tree: Tree | null, cue: Span): boolean {
  const w = tree ? tree.tokenAt(cue.start) : -1;
  if (!tree || w < 0 || !NOUN_TAGS.has(tree.tokens[w]!.upos)) return false;
  if (REPORTS_AFTER.test(text.slice(cue.end, cue.end + 8))) return false;
  if (tree.child(w, 'nmod:poss', 'nummod') >= 0) return true;
  // "warning shots", "briefing room": an -ing noun modifying the noun right after it names a kind of
  // thing. ("Trump says tariffs …" misread as a compound is no -ing form.)
  if (tree.dep(w) === 'compound' && tree.head(w) === w + 1 && /ing$/i.test(tree.word(w))) return true;
  // "the report states", "the AFP news agency reports": a noun right before a verb misread as a noun
  // compound, the determiner belonging to that noun; "local demand", "a stark warning" are nouns.
  if (tree.children(w, 'compound').includes(w - 1)) return false;
  return tree.child(w, 'det', 'amod') >= 0;
}

/**
 * Whether the cue is a verb that here takes a thing, not words: one of `ALSO_TAKE_THINGS` whose object
 * lies in what would be the reported content, with no clause of the verb's own and no finite verb before
 * the content's first comma ("Blakeney added 18 points"; not "added that the talks would resume", nor
 * "adding ministers would only …", whose subject the parser often makes the object). A verb joined to the
 * cue by "and" is not one of the content's.
 */
export function takesAThing(tree: Tree | null, cue: Span, content: Span): boolean {
  const w = tree ? tree.tokenAt(cue.start) : -1;
  if (!tree || w < 0 || tree.tokens[w]!.upos !== 'VERB') return false;
  if (lemmaIn(tree.lower(w), ALSO_TAKE_THINGS) === null || tree.child(w, 'ccomp') >= 0) return false;
  const object = tree.child(w, 'obj');
  if (object < 0 || tree.tokens[object]!.start < content.start || tree.tokens[object]!.end > content.end)
    return false;
  // A second verb joined to the cue ("maintained warm ties … and spoke out against …") is a clause of
  // its own, not one the object opens.
  const joinedToCue = (t: number): boolean => tree.dep(t) === 'conj' && tree.head(t) === w;
  for (let t = tree.tokenAt(content.start); t >= 0 && t < tree.length; t++) {
    const token = tree.tokens[t]!;
    if (token.start >= content.end || CLAUSE_BREAK.test(tree.word(t))) break;
    const verb = token.upos === 'AUX' ? tree.head(t) : t;
    if (verb >= 0 && joinedToCue(verb)) continue;
    if (token.upos === 'AUX' || (token.upos === 'VERB' && isFinite(tree, t))) return false;
  }
  return true;
}

/** Verbs whose first object is the one told, before what they were told: "told the jury …". */
const TELLS_SOMEONE =
  /^(?:tell|tells|told|telling|inform|informs|informed|informing|assure|assures|assured|assuring|remind|reminds|reminded|reminding)$/;

/**
 * Where what was told starts, after the one told, or -1: a clause with a subject of its own ("told the jury
 * “if that manhunt had not …”", "told the judge he was born …"), with the one told right after the verb,
 * then at most when ("told reporters on Monday his …"), the content opening before the clause. "The court
 * was told health officials are …" (the parser's object the clause's subject) and "told a conference
 * that China has …" (a content after "that") are left alone.
 */
function toldClause(text: string, tree: Tree, verb: number, object: number, content: Span): number {
  const clause = TELLS_SOMEONE.test(tree.lower(verb)) ? tree.child(verb, 'ccomp') : -1;
  if (clause < object || tree.child(clause, 'nsubj', 'nsubj:pass', 'nsubj:outer', 'csubj', 'expl') < 0)
    return -1;
  const told = tree.span(object, []);
  let said = tree.span(clause).start;
  if (/[“"]/.test(text[said - 1] ?? '')) said--;
  const rightAfterVerb = /^\s+$/.test(text.slice(tree.tokens[verb]!.end, told.start));
  const opensBefore = told.start <= content.start && content.start < said;
  return rightAfterVerb && opensBefore && TOLD_THEN.test(text.slice(told.end, said)) ? said : -1;
}

/** Between the one told and what was told: nothing, or when. */
const TOLD_THEN = /^(?:\s+(?:on|last|this|earlier|late)\s+\p{L}+)?\s*$/u;

/**
 * What was asked or urged, without whom: "asked the coroner to “bring these people …”", "urged residents
 * to stay indoors" report the request, and "told the jury “if …”" what was told; the one asked or told,
 * the verb's object, is not part of it. The content from the verb's clause complement on when the
 * content opens with that object; else as given.
 */
export function withoutAddressee(text: string, tree: Tree | null, cue: Span, content: Span): Span {
  const verb = tree ? tree.tokenAt(cue.start) : -1;
  if (!tree || verb < 0 || tree.tokens[verb]!.upos !== 'VERB') return content;
  const object = tree.child(verb, 'iobj', 'obj');
  if (object < 0) return content;
  // What was asked: only an infinitive with "to" ("called the plan “a disaster”" names the plan, and
  // keeps it); what one was told: the clause after the one told ("told the jury “if …”").
  const request = tree.child(verb, 'xcomp');
  const to =
    request > object ? tree.children(request, 'mark').find((m) => tree.lower(m) === 'to') : undefined;
  if (to === undefined) {
    const told = toldClause(text, tree, verb, object, content);
    return told < 0 || told >= content.end ? content : { start: told, end: content.end };
  }
  const at = tree.tokens[to]!.start;
  const asked = tree.span(object, []);
  const opensWithObject = asked.start <= content.start && content.start < asked.end;
  if (!opensWithObject || asked.end > at || at >= content.end) return content;
  // From right after the one asked, so that "never to …" and an opening quotation mark stay.
  let start = asked.end;
  while (start < content.end && /\s/.test(text[start]!)) start++;
  return { start, end: content.end };
}

/**
 * Whether "according to X" modifies a clause before it ("Prices rose, according to X, …"): the word
 * "according" marks the source's noun, and the predicate of the clause that noun hangs in comes before
 * it. Null when the tree finds no such clause, or there is no tree.
 */
export function reportsBefore(tree: Tree | null, cue: Span): boolean | null {
  const according = tree ? tree.tokenAt(cue.start) : -1;
  if (!tree || according < 0 || tree.dep(according) !== 'case') return null;
  // The parser often hangs the phrase on a noun ("generates $1.5 in returns, according to X"): the
  // predicate of that noun's clause; "A cruise, according to X, costs …" is the clause after it.
  const noun = tree.head(tree.head(according));
  const clause = noun >= 0 ? tree.clauseOf(noun) : -1;
  return clause >= 0 ? clause < according : null;
}

/**
 * Whether a cue that reports words only with "that", a colon or a quotation is an -ing form the tree hangs
 * on a noun as its modifier, with nothing after it to hold words: "The number of Americans expressing
 * support … has fallen, the survey suggests" reports no one's words at "expressing", and the clause the
 * survey gives starts before it. "with Merz expressing "his hope …"" and "…, urging that …" are cues.
 */
export function modifiesNounAsParticiple(text: string, tree: Tree | null, cue: Cue): boolean {
  const w = tree ? tree.tokenAt(cue.start) : -1;
  if (!tree || w < 0 || cue.kind !== 'participle' || cue.takesBareClause) return false;
  if (REPORTS_AFTER.test(text.slice(cue.end, cue.end + 8))) return false;
  const head = tree.head(w);
  if (head < 0 || !NOUN_TAGS.has(tree.tokens[head]!.upos)) return false;
  // "Americans expressing support" (acl on the noun before), or the tagger's "expressing support" (amod
  // on the noun after); not a participle set off by a comma ("…, expressing …"), which hangs on a clause.
  const between = head < w ? text.slice(tree.tokens[head]!.end, cue.start) : '';
  return (tree.dep(w) === 'acl' && head < w && /^\s+$/.test(between)) || (tree.dep(w) === 'amod' && head > w);
}

/** Whether the cue's word is a participle modifying a noun: "a tier called …", "the operation, dubbed …". */
export function modifiesNoun(tree: Tree | null, cue: Span): boolean {
  const w = tree ? tree.tokenAt(cue.start) : -1;
  return tree !== null && w >= 0 && tree.dep(w) === 'acl';
}

/**
 * Whether quoted words are a piece of a phrase the sentence goes on with after the closing mark, not a
 * clause said whole: the word heading them hangs on a word after the mark ("said “stubbornly high”
 * interest rates have …", "the mainstream, “legacy” media presents"). "said “chaos ensued” on Monday"
 * hangs on the verb before.
 */
export function goesOnAfter(tree: Tree | null, quoted: Span): boolean {
  const head = tree ? tree.headOf(quoted.start, quoted.end) : -1;
  if (!tree || head < 0) return false;
  const governor = tree.head(head);
  return governor >= 0 && tree.tokens[governor]!.start >= quoted.end;
}
