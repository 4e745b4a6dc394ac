/**
 * Who reports a figure, read from the tree: the subject of the verb of saying whose clause holds it, or the
 * "according to" of that clause (the word-window rules of `attribution.ts` answer where the tree names none).
 */
import type { Entity, Mention } from '../../core/analysis.js';
import { lemmaIn } from '../events/lemmas.js';
import type { Tree } from '../syntax/tree.js';
import { REPORT_LINK, REPORT_NOUN, sourceName, trimSource } from './attribution.js';
import { TIME, wordsAfter } from './words.js';

/** Verbs whose subject is the source of what their complement reports: "officials said 19.3% …". */
const SOURCE_VERBS = new Set(
  (
    'say estimate report show indicate suggest claim calculate tell announce state add note warn find ' +
    'reveal confirm put count project forecast assess'
  ).split(' '),
);

/**
 * The source of the figure headed by word `w`, from the tree: the subject of the verb of saying whose
 * complement holds the figure's clause ("the ministry said on Monday that 19.3% …", "19.3% …, officials
 * said"), or the "according to" phrase of that clause or of a clause above it. The name is the entity's when
 * the words are one name mention; null when the tree names none.
 */
export function treeAttribution(
  tree: Tree,
  w: number,
  mentions: readonly Mention[],
  entities: ReadonlyMap<string, Entity>,
): string | null {
  for (let clause = tree.clauseOf(w), steps = 0; clause >= 0 && steps < 6; steps++) {
    const according =
      tree.prepositional(clause, 'according to')[0]?.index ?? accordingMisplaced(tree, clause);
    // "according to three lawmakers": a count of the sources is reported by whoever reports them, not by them.
    if (according >= 0 && according !== w) {
      // "according to data from advocacy group E2", "a survey of 1,000 pupils by the foundation": whose it is.
      const owner = REPORT_NOUN.test(tree.lower(according))
        ? tree.prepositional(according).find((p) => /^(?:by|from)$/.test(p.preposition))
        : undefined;
      return named(tree, owner?.index ?? according, mentions, entities, -1, w);
    }
    // "Officials reported 40 deaths": a verb of reporting whose object holds the figure, in its own clause; a
    // report with no owner ("new figures showed") names no one.
    const reports =
      steps === 0 &&
      lemmaIn(tree.lower(clause), REPORTING_OBJECT) !== null &&
      tree.objects(clause).some((o) => tree.dominates(o, w));
    const reporter = reports ? subjectSource(tree, clause, mentions, entities, false) : null;
    if (reporter !== null) return reporter;
    const head = tree.head(clause);
    if (head < 0) return cited(tree, clause, mentions, entities);
    const dep = tree.dep(clause);
    // A clause the writer sets against another ("…, while 30% oppose it") is not what the other's speaker said.
    if (contrasted(tree, clause)) return cited(tree, clause, mentions, entities);
    // "according to a survey that found 40% …", or the parser's "Prices, according to the exchange, reached
    // $2.40": the figure's clause hangs on the noun "according to" names.
    const onSource = dep.startsWith('acl') || dep === 'advcl';
    if (onSource && tree.children(head, 'case').some((c) => tree.lower(c) === 'according'))
      return named(tree, head, mentions, entities, -1, w);
    // "Prices reached $2.40 …, according to …" read as a noun the verb modifies: the noun heads the sentence.
    if (dep === 'acl' && tree.dep(head) === 'root' && head < clause) {
      clause = head;
      continue;
    }
    if (['ccomp', 'parataxis'].includes(dep) && isSaying(tree, head)) {
      // Only a subject of its own: one the tree lends ("with ISW estimating …" hung on another verb) is a
      // guess. "Figures from the Ukrainian government show …": the source is whose the figures are.
      return subjectSource(tree, head, mentions, entities);
    }
    // A reporting verb the parser put elsewhere in the figure's own clause is left to the words; only
    // clauses nested by complement or conjunction go up.
    if (!['ccomp', 'parataxis', 'conj', 'xcomp', 'advcl'].includes(dep))
      return cited(tree, clause, mentions, entities);
    clause = tree.clauseOf(head);
  }
  return null;
}

const isSaying = (tree: Tree, w: number): boolean => lemmaIn(tree.lower(w), SOURCE_VERBS) !== null;

/**
 * Verbs whose subject reports the amount their object holds ("officials put the toll at 40", "Pakistan has
 * claimed 40 deaths"); not "add", "find" or "show", whose object is no report ("the index added 1.2%"),
 * nor "say", whose object the parser makes of a clause's subject ("saying 500 trucks a day are needed").
 */
const REPORTING_OBJECT = new Set(
  'estimate report announce claim count project forecast record put tally'.split(' '),
);

/** Marks and conjunctions by which the writer sets one clause against another. */
const CONTRAST = /^(?:while|whereas|although|though|but|yet)$/;

/** Whether `clause` is set against the clause it hangs on: "…, while 30% oppose it", "…, but 40% …". */
function contrasted(tree: Tree, clause: number): boolean {
  const linked = [...tree.children(clause, 'mark', 'cc')].some((m) => CONTRAST.test(tree.lower(m)));
  return linked && ['advcl', 'conj', 'parataxis'].includes(tree.dep(clause));
}

/** The subject of a verb of saying as a source; none for a pronoun or a determiner alone ("This shows …"). */
function subjectSource(
  tree: Tree,
  verb: number,
  mentions: readonly Mention[],
  entities: ReadonlyMap<string, Entity>,
  ownerless = true,
): string | null {
  let subject = tree.child(verb, 'nsubj');
  // "The ministry estimated …, and said that 40 …": a second verb right after "and" shares the first's subject
  // ("…, said two people familiar …" and "as Trump says" have subjects the parser lost, not shared ones).
  if (subject < 0 && tree.dep(verb) === 'conj' && tree.tokens[tree.head(verb)]?.upos === 'VERB') {
    let before = verb - 1;
    while (before > 0 && ['ADV', 'AUX'].includes(tree.tokens[before]!.upos)) before--;
    if (tree.lower(before) === 'and' && tree.head(before) === verb)
      subject = tree.child(tree.head(verb), 'nsubj');
  }
  if (subject < 0 || ['PRON', 'DET'].includes(tree.tokens[subject]!.upos)) return null;
  const owner = REPORT_NOUN.test(tree.lower(subject))
    ? tree.prepositional(subject).find((p) => REPORT_LINK.test(p.preposition))
    : undefined;
  if (!ownerless && owner === undefined && REPORT_NOUN.test(tree.lower(subject))) return null;
  return named(tree, owner?.index ?? subject, mentions, entities, owner === undefined ? verb : -1);
}

/**
 * "…, citing the health ministry": the body a clause cites, when it names one (a name, an institution, or
 * "data from …"); "citing weak demand" gives a reason, no source.
 */
function cited(
  tree: Tree,
  clause: number,
  mentions: readonly Mention[],
  entities: ReadonlyMap<string, Entity>,
): string | null {
  const citing = tree.children(clause, 'advcl', 'xcomp').find((c) => tree.lower(c) === 'citing');
  const object = citing === undefined ? -1 : tree.child(citing, 'obj');
  if (object < 0) return null;
  const owner = REPORT_NOUN.test(tree.lower(object))
    ? tree.prepositional(object).find((p) => REPORT_LINK.test(p.preposition))
    : undefined;
  const noun = owner?.index ?? object;
  const words = wordsAfter(tree.text, tree.span(noun).start, tree.span(noun).end, 20);
  return trimSource(words).length > 0 ? named(tree, noun, mentions, entities) : null;
}

/**
 * "according to the territory's health ministry" with "according" hung on a modifier ("health") of the
 * clause's noun: the noun the modifier belongs to, or -1.
 */
function accordingMisplaced(tree: Tree, clause: number): number {
  const marker = tree.tokens.findIndex((t, m) => t.dep === 'case' && tree.lower(m) === 'according');
  if (marker < 0) return -1;
  const modifier = tree.head(marker);
  const noun = tree.head(modifier);
  const misplaced =
    tree.dep(modifier) === 'compound' &&
    noun > marker &&
    tree.head(noun) === clause &&
    ['obl', 'nmod'].includes(tree.dep(noun));
  return misplaced ? noun : -1;
}

/**
 * The source's words: the phrase of word `w`, without its clauses. A subject standing before its verb of
 * saying (`verb`) runs on to the last noun before the verb and drops a leading time word, however the parser
 * split it ("Yesterday the Houthi-run health ministry said": the parser's subject may be "health").
 */
function named(
  tree: Tree,
  w: number,
  mentions: readonly Mention[],
  entities: ReadonlyMap<string, Entity>,
  verb = -1,
  figure = -1,
): string {
  const span = { ...tree.span(w, ['acl:relcl', 'acl', 'appos', 'punct', 'conj', 'cc', 'advmod']) };
  // "Prices reached, according to the exchange, $2.40": the figure or a clause the parser hangs on the source
  // is not its; an "according to" source ends at its first comma.
  if (figure >= 0) {
    const start = tree.span(figure).start;
    const cut = start > tree.tokens[w]!.end ? Math.min(span.end, start) : span.end;
    const comma = tree.text.slice(tree.tokens[w]!.end, span.end).search(/,\s/);
    const stop = comma >= 0 ? tree.tokens[w]!.end + comma : cut;
    let last = w;
    while (last + 1 < tree.length && tree.tokens[last + 1]!.end <= stop) last++;
    while (last > w && tree.tokens[last]!.upos === 'PUNCT' && tree.word(last) !== ')') last--;
    if (comma >= 0 || cut < span.end) span.end = Math.max(tree.tokens[last]!.end, tree.tokens[w]!.end);
  }
  if (verb > w) {
    let last = tree.tokenAt(span.end - 1);
    while (last + 1 < verb && NAMING.has(tree.tokens[last + 1]!.upos)) last++;
    span.end = Math.max(span.end, tree.tokens[last]!.end);
    let first = tree.tokenAt(span.start);
    // Left over the name's own words, up to its determiner: "the vote the opposition" is two phrases.
    while (first > 0 && tree.tokens[first]!.upos !== 'DET' && joinsName(tree, first - 1)) first--;
    while (first >= 0 && first < last && (TIME.test(tree.word(first)) || tree.tokens[first]!.upos === 'ADP'))
      first++;
    if (first >= 0) span.start = tree.tokens[first]!.start;
    // "the ministry on Sunday announced", "Trump last week suggested": the time before the verb is no name's.
    let end = Math.max(last, tree.tokenAt(span.end - 1));
    while (end > first && end > w && TIME_ENDING.test(tree.word(end))) {
      end--;
      while (end > first && end > w && TIME_LEAD.test(tree.word(end))) end--;
    }
    span.end = tree.tokens[end]!.end;
  }
  // The phrase's own preposition ("according to", "from") is not part of the name.
  const written = tree.text.slice(span.start, span.end);
  const lead = /^(?:according to|from|by|of)\s+/i.exec(written)?.[0].length ?? 0;
  // A name never starts inside a hyphened word the parser split: "the Hamas-run health ministry".
  const glued = /[\p{L}\p{N}]+-$/u.exec(tree.text.slice(Math.max(0, span.start - 40), span.start + lead));
  const start = lead === 0 && glued !== null ? span.start - glued[0].length : span.start + lead;
  return sourceName(tree.text, start, span.end, mentions, entities);
}

/** Words that open a time phrase: "on Sunday", "last week", "earlier this month". */
const TIME_LEAD = /^(?:on|in|last|this|next|earlier|late|early|at|that|an?|the)$/;
/** A time phrase's last word: a weekday or month, or a lower-case time word ("The New York Times" keeps its name). */
const TIME_ENDING =
  /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|June|July|August|September|October|November|December|years?|months?|weeks?|days?|today|yesterday|earlier|later|ago)$/;

/** Tags a source's name may run on with up to its verb: "health ministry", "Ministry of Health". */
const NAMING = new Set(['NOUN', 'PROPN', 'ADJ']);

/**
 * Whether word `w` belongs to the name that follows it: a determiner, a modifier, a possessive "'s", or a
 * piece of a hyphened word ("Kremlin-run").
 */
function joinsName(tree: Tree, w: number): boolean {
  const token = tree.tokens[w]!;
  const next = tree.tokens[w + 1];
  const glued = next !== undefined && (token.end === next.start || tree.text[token.end] === '-');
  if (tree.word(w) === '-') return glued && tree.tokens[w - 1]?.end === token.start;
  if (glued && tree.text[token.end] !== undefined && next !== undefined && tree.word(w + 1) === '-')
    return true;
  if (tree.tokens[w - 1] !== undefined && tree.text.slice(tree.tokens[w - 1]!.end, token.start) === '-')
    return true;
  return NAMING.has(token.upos) || token.upos === 'DET' || /^['’]s$/.test(tree.word(w));
}
