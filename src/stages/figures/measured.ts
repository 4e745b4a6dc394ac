/**
 * What a number measures, read from the dependency tree: the noun it counts ("at least 31 people"), the
 * noun a share, an area or a sum is of ("19.3% of Ukraine's territory") or modifies ("a 30% duty", "a
 * $1.2 trillion package"), what a change verb changes ("cut the tariff rate from 46%") or the subject of the
 * verb it completes ("exports rose by 12%"), each with the noun's own modifiers and, for people counted, what
 * happened to them ("19,000 minors have been deported" → "minors deported").
 */
import type { Deprel, Span } from '../../core/analysis.js';
import type { Tree } from '../syntax/tree.js';
import { lemmaIn } from '../events/lemmas.js';
import { clauseNoun, pointsMoved } from './clause.js';
import { CURRENCY, GENERIC, isNoun, isOf, NOUN, ofDependent, ownSubject, prepositionOf } from './nouns.js';
import { MONEY_UNITS, readNumber } from './numbers.js';
import { TIME } from './words.js';

export interface Measured {
  /** What is measured, as written, without a leading determiner. */
  text: string;
  /** The head noun, which says whether a count is of people. */
  head: string;
  /** Where the noun's words after the amount start and where they end, for the figure's span to run on to. */
  start: number;
  end: number;
  /** How the tree gave it: the number's own noun phrase, or its clause (a verb's subject or object). */
  from: 'phrase' | 'clause';
  /** A unit the tree read as the counted noun ("fell 120.5 points"), when what is measured is another. */
  unit?: string;
}

/** Dependents that are not part of what is measured: clauses, appositions, coordination, asides. */
const LEFT_OUT: ReadonlySet<Deprel> = new Set<Deprel>([
  'acl',
  'acl:relcl',
  'appos',
  'conj',
  'cc',
  'punct',
  'parataxis',
  'advmod',
  'dep',
  'discourse',
  'nmod:unmarked',
  'nummod',
]);

/** What happened to people counted as a verb's object, in the participle the figure names it by. */
const DONE_TO = new Set(
  (
    'kill injure wound deport displace evacuate detain capture abduct release arrest relocate transfer free ' +
    'rescue kidnap execute evict expel hospitalise hospitalize infect'
  ).split(' '),
);
const PARTICIPLES: ReadonlyMap<string, string> = new Map([
  ['death', 'killed'],
  ['killing', 'killed'],
  ['injury', 'injured'],
  ['wounding', 'wounded'],
  ['deportation', 'deported'],
  ['displacement', 'displaced'],
  ['evacuation', 'evacuated'],
  ['detention', 'detained'],
  ['capture', 'captured'],
  ['abduction', 'abducted'],
  ['release', 'released'],
  ['arrest', 'arrested'],
]);

const DOUBLED: ReadonlyMap<string, string> = new Map([
  ['transfer', 'transferred'],
  ['kidnap', 'kidnapped'],
]);
const participleOf = (lemma: string): string =>
  DOUBLED.get(lemma) ?? (lemma.endsWith('e') ? `${lemma}d` : `${lemma}ed`);

/**
 * What the amount written at `span` measures, or null when the tree does not say. `measured` tells a
 * unit's amount ("12.5%", "€90 billion") from a bare count ("31").
 */
export function measuredBy(tree: Tree, span: Span, unit: string | null): Measured | null {
  const amount = tree.headOf(span.start, span.end);
  if (amount < 0) return null;
  const noun =
    unit !== null ? unitNoun(tree, amount, span, MONEY_UNITS.has(unit)) : countedNoun(tree, amount);
  const moved = noun >= 0 ? pointsMoved(tree, noun) : -1;
  if (moved >= 0) {
    const phrase = phraseOf(tree, moved, amount, span, 'clause');
    return phrase === null ? null : { ...phrase, unit: 'points' };
  }
  if (noun >= 0) return phraseOf(tree, noun, amount, span, 'phrase');
  const clause = clauseNoun(tree, amount);
  return clause >= 0 ? phraseOf(tree, clause, amount, span, 'clause') : null;
}

/** "31 people", "two of his victims": the noun a bare number counts, never across a preposition ("two to tango"). */
function countedNoun(tree: Tree, number: number): number {
  const head = tree.head(number);
  const counts =
    tree.dep(number) === 'nummod' &&
    head > number &&
    !tree.tokens.slice(number + 1, head).some((t) => t.upos === 'ADP');
  if (counts && NOUN.has(tree.tokens[head]!.upos) && CURRENCY.test(tree.word(head)))
    return ofDependent(tree, head) >= 0 ? head : -1;
  return counts && isNoun(tree, head) ? headOfCompound(tree, head) : ofDependent(tree, number);
}

const BETWEEN_MODIFIERS: ReadonlySet<string> = new Set(['cc', 'conj', 'compound', 'amod']);

/** "100 aid trucks", "a billion malaria cases": the noun a compound modifier stands just before is what is counted. */
function headOfCompound(tree: Tree, noun: number): number {
  let w = noun;
  for (let steps = 0; steps < 3 && tree.dep(w) === 'compound'; steps++) {
    const head = tree.head(w);
    // Only the head's own modifiers and their conjunctions, no preposition or other number, may stand
    // between: "500 news and information items", "300 car and truck parts".
    const between = tree.tokens
      .slice(w + 1, head)
      .every((t, k) => tree.dominates(head, w + 1 + k) && BETWEEN_MODIFIERS.has(t.dep));
    if (head <= w || !between || !isNoun(tree, head)) break;
    w = head;
  }
  return w;
}

/** The noun a unit's amount is of ("12.5% of the valley"), or modifies ("a 30% duty", "$1.2 trillion package"). */
function unitNoun(tree: Tree, unit: number, span: Span, money: boolean): number {
  const of = ofDependent(tree, unit);
  if (of >= 0) return of;
  const head = tree.head(unit);
  if (head < 0) return -1;
  const dep = tree.dep(unit);
  const modifies = ['compound', 'amod', 'nmod:npmod', 'nummod', 'nmod'].includes(dep) && head > unit;
  if (modifies && isNoun(tree, head)) {
    // "$83 million worth of cargo": the worth is of the cargo.
    if (/^worth$/i.test(tree.word(head))) return ofDependent(tree, head);
    return GENERIC.test(tree.word(head)) ? ownSubject(tree, head) : head;
  }
  // "a loan of €5 billion": the noun the amount is of; "the payment is a lump sum of £200": what the sum is.
  if (dep === 'nmod' && head < unit && isOf(tree, unit) && isNoun(tree, head))
    return GENERIC.test(tree.word(head)) ? ownSubject(tree, head) : head;
  // "kept interest rates at 4.5%", "unemployment at 5%": the noun the amount stands at.
  // A noun the parser made the root stands for a verb it mistook ("The current RAV4 starts at $30,645").
  const at = dep === 'nmod' && head < unit && prepositionOf(tree, unit) === 'at' && tree.head(head) >= 0;
  if (at && isNoun(tree, head) && !GENERIC.test(tree.word(head))) return head;
  return followingNoun(tree, unit, span, money);
}

/**
 * A noun phrase the parser hung on the unit, standing right after it: one with no preposition ("25% U.S.
 * import tariffs", read as "25% of tariffs"), or money's "in" with a bare common noun ("$5 million in
 * humanitarian aid"); not "in the region" or "in Gaza", where the amount is placed, not measured.
 */
function followingNoun(tree: Tree, unit: number, span: Span, money: boolean): number {
  // Past the bracket closing a restatement: "4 million pounds ($5.4 million) in aid".
  const next = tree.tokens.findIndex((t) => t.start >= span.end && tree.text.slice(t.start, t.end) !== ')');
  for (const c of tree.children(unit, 'nmod', 'nmod:unmarked')) {
    if (c <= unit || !isNoun(tree, c) || tree.span(c).start !== tree.tokens[next]?.start) continue;
    const marker = tree.child(c, 'case');
    // "the 4,000 yen range" says how much, not of what.
    if (marker < 0) return GENERIC.test(tree.word(c)) ? -1 : c;
    const bare = tree.child(c, 'det', 'nmod:poss') < 0 && tree.tokens[c]!.upos === 'NOUN';
    if (tree.lower(marker) === 'in' && bare && money) return c;
  }
  // "makes $10,000 in tips": the same "in" phrase, hung on the verb the money is the object of.
  const verb = tree.head(unit);
  if (!money || tree.dep(unit) !== 'obj' || verb < 0) return -1;
  const { index } = tree.prepositional(verb, 'in').find((p) => p.index > unit) ?? { index: -1 };
  const bare = index >= 0 && tree.child(index, 'det', 'nmod:poss') < 0 && tree.tokens[index]!.upos === 'NOUN';
  return bare && tree.span(index).start === tree.tokens[next]?.start && isNoun(tree, index) ? index : -1;
}

/** Relations by which a verb heads a clause rather than modifies a noun. */
const CLAUSE: ReadonlySet<Deprel> = new Set<Deprel>([
  'root',
  'advcl',
  'ccomp',
  'xcomp',
  'conj',
  'parataxis',
  'acl:relcl',
]);

/** Tags a phrase can open with: not a verb ("$250 million helping Trump win"), a conjunction ("200 plus cities"). */
const OPENS_NO_PHRASE = new Set(['VERB', 'AUX', 'CCONJ', 'SCONJ', 'ADP', 'PRON']);

/**
 * Whether the tree agrees that the words at `span`, read around a number without it, name what the number
 * measures: a phrase ending in a noun that is not a time ("four times longer"), a currency or a lone letter,
 * and opening with no verb or conjunction, save a participle modifying the phrase's own noun ("registered
 * voters"). Where the tree has no word there it cannot object.
 */
export function treeAgrees(tree: Tree, span: Span): boolean {
  const first = tree.tokenAt(span.start);
  const last = tree.tokenAt(span.end - 1);
  if (first < 0 || last < 0) return true;
  const opening = tree.tokens[first]!;
  // A participle before the phrase's last word modifies it, however the parser hung it: "registered voters".
  // Not one heading a clause of its own: "girls aged 13 to 15 reported problems".
  const participle =
    opening.upos === 'VERB' &&
    /ed$/i.test(tree.word(first)) &&
    last === first + 1 &&
    !CLAUSE.has(opening.dep) &&
    tree.child(first, 'nsubj') < 0;
  const modifies = participle || (opening.upos === 'VERB' && opening.head > first && opening.head <= last);
  return (
    (!OPENS_NO_PHRASE.has(opening.upos) || modifies) &&
    NOUN.has(tree.tokens[last]!.upos) &&
    /\p{L}\p{L}/u.test(tree.word(last)) &&
    !TIME.test(tree.word(last)) &&
    !CURRENCY.test(tree.word(last))
  );
}

/**
 * Prepositions whose phrase is part of what is measured ("oil in Israel", "soldiers from the Forces"); "to"
 * and "for" more often belong to the verb ("carried aid to the port").
 */
const PART_OF = new Set(['of', 'in', 'from', 'on', 'at', 'across', 'among', 'under']);

/**
 * The noun with its modifiers (adjectives, compounds, possessors, prepositional phrases), without the amount
 * itself, its determiner, clauses or appositions; for people counted, what was done to them.
 */
function phraseOf(
  tree: Tree,
  noun: number,
  amount: number,
  span: Span,
  from: Measured['from'],
): Measured | null {
  const words = new Set<number>();
  const inAmount = (w: number): boolean =>
    tree.tokens[w]!.start >= span.start && tree.tokens[w]!.end <= span.end;
  // A conjunct under the same count and its conjunction ("women and girls") belong to what is counted.
  // Only a coordination with its conjunction: "tips, which would be …" taken for a conjunct is a clause.
  const shared =
    sharesCount(tree, noun, span) && tree.children(noun, 'conj').some((c) => tree.child(c, 'cc') >= 0);
  const coordinated = (w: number, c: number): boolean =>
    shared &&
    (w === noun
      ? tree.dep(c) === 'conj' &&
        NOUN.has(tree.tokens[c]!.upos) &&
        // A conjunct with its own determiner or phrase is a noun phrase apart: "our own reporters", "raids on …".
        tree.child(c, 'det', 'nmod:poss', 'nmod', 'nummod') < 0
      : tree.dep(c) === 'cc' && tree.dep(w) === 'conj' && tree.head(w) === noun);
  // A modifier that holds the amount is no part of what it measures, save one the amount reaches through a
  // clause the parser hung on it ("the yield on notes hit 4.6%", the verb read as a clause on "notes").
  const ownsAmount = (c: number): boolean => {
    if (!tree.dominates(c, amount)) return false;
    for (let a = amount; a !== c && a >= 0; a = tree.head(a)) if (tree.dep(a) === 'acl') return false;
    return true;
  };
  const take = (w: number, depth: number): void => {
    words.add(w);
    for (const c of tree.children(w)) {
      // "500 news and information items", the count hung on the first modifier: the modifier, its
      // conjuncts with it, is the counted noun's, the count left out.
      if (tree.dep(c) === 'compound' && c !== amount && tree.dominates(c, amount) && !inAmount(c))
        for (let k = c; k < w; k++)
          if (tree.dominates(w, k) && !tree.dominates(amount, k) && !inAmount(k)) words.add(k);
      const which = saysWhich(tree, c, w);
      if (ownsAmount(c) || inAmount(c) || (isAmount(tree, c) && !which)) continue;
      if (LEFT_OUT.has(tree.dep(c)) && !coordinated(w, c) && !which) continue;
      // The phrase's own prepositional phrases of place, origin or part ("soldiers from the Forces"), not
      // those deeper than one level, nor "with", "as", "including" phrases.
      if (tree.dep(c) === 'nmod' && ((depth > 0 && !isOf(tree, c)) || !PART_OF.has(prepositionOf(tree, c))))
        continue;
      // "parcels on Friday": a time is when, not part of what is counted.
      if (tree.dep(c) === 'nmod' && TIME.test(tree.word(c))) continue;
      // A prepositional phrase before its noun is the clause's, fronted ("In the U.S., comparable sales …").
      const fronted =
        c < w &&
        tree.children(c, 'case').some((m) => m < c && tree.tokens[m]!.upos === 'ADP') &&
        tree.text.slice(tree.span(c).end, tree.tokens[w]!.start).includes(',');
      if (fronted) continue;
      take(c, tree.dep(c) === 'nmod' ? depth + 1 : depth);
    }
  };
  take(noun, 0);
  // Only the words standing together with the noun: a parser's stray attachment across "and" is no modifier.
  let low = noun;
  let high = noun;
  const joins = (w: number): boolean => tree.tokens[w]?.upos === 'PUNCT' && /^[,-]$/.test(tree.word(w));
  while (words.has(low - 1) || (joins(low - 1) && words.has(low - 2))) low--;
  while (words.has(high + 1) || (joins(high + 1) && words.has(high + 2))) high++;
  // A phrase cut short by an amount the parser hung inside it ("drop in its … revenue") ends on its last
  // noun or modifier, never on a preposition, determiner or conjunction left dangling.
  while (high > noun && dangles(tree, high)) high--;
  while (low < noun && OPENS_NOTHING.has(tree.tokens[low]!.upos)) low++;
  const sorted: number[] = [];
  for (let w = low; w <= high; w++) sorted.push(w);
  const outer = { start: tree.tokens[sorted[0]!]!.start, end: tree.tokens[sorted.at(-1)!]!.end };
  let first = 0;
  while (
    first < sorted.length - 1 &&
    (tree.dep(sorted[first]!) === 'det' || tree.dep(sorted[first]!) === 'case')
  )
    first++;
  const inner = tree.text.slice(tree.tokens[sorted[first]!]!.start, outer.end);
  if (inner.split(/\s+/).length > 10 || !/\p{L}/u.test(inner)) return null;
  const done = from === 'phrase' ? doneTo(tree, noun) : null;
  const after = sorted.find((w) => tree.tokens[w]!.start >= span.end);
  const start = after === undefined ? outer.start : tree.tokens[after]!.start;
  return { text: done ? `${inner} ${done}` : inner, head: tree.word(noun), start, end: outer.end, from };
}

/** Tags a phrase of what is measured does not end on. */
const DANGLING = new Set(['ADP', 'DET', 'CCONJ', 'SCONJ', 'PUNCT', 'PRON', 'PART', 'AUX']);

/** Tags a phrase never opens with ("if the 13-year-old jet"): its determiner, possessor or preposition it keeps. */
const OPENS_NOTHING = new Set(['CCONJ', 'SCONJ', 'PUNCT', 'AUX']);

/** A word left dangling at the end of the phrase: not a closing bracket or a name's "'s" ("Lowe's"). */
const dangles = (tree: Tree, w: number): boolean =>
  DANGLING.has(tree.tokens[w]!.upos) && !/^(?:\)|['’]s)$/.test(tree.word(w));

/**
 * Whether word `w` is another amount hung on the noun: "a 30% to 40% spike", the range's end a modifier of
 * "spike" like the figure itself, is no part of what the spike is.
 */
function isAmount(tree: Tree, w: number): boolean {
  const { upos, start, end } = tree.tokens[w]!;
  // "Covid-19" is a name with a number in it; "the 10-year bond" a modifier with a number in it.
  if (upos === 'NUM') return tree.text[start - 1] !== '-' && tree.text[end] !== '-';
  return upos === 'SYM' && tree.children(w, 'nummod').length > 0;
}

/**
 * Whether number `c`, hung on noun `w`, says which rather than how many: a year before the noun ("its 2024
 * revenue") or a number glued into a word ("the 10-year bond"). Not "people in 2020", a time after it.
 */
function saysWhich(tree: Tree, c: number, w: number): boolean {
  if (tree.dep(c) !== 'nummod' || tree.tokens[c]!.upos !== 'NUM') return false;
  return !isAmount(tree, c) || (c < w && /^(?:19|20)\d\d$/.test(tree.word(c)));
}

/**
 * Whether the count of `noun` covers its conjuncts: "one million women and girls", "500 news and information
 * items"; not "five residents and injuries to over twenty", where another number stands in the phrase.
 */
function sharesCount(tree: Tree, noun: number, amount: Span): boolean {
  const phrase = { ...tree.span(noun) };
  // A number just after the phrase may be one the parser hung elsewhere: "injuries to over twenty".
  const last = tree.tokenAt(phrase.end - 1);
  phrase.end = tree.tokens[Math.min(tree.length - 1, last + 3)]!.end;
  return !tree.tokens.some(
    (t) =>
      t.start >= phrase.start &&
      t.end <= phrase.end &&
      (t.end <= amount.start || t.start >= amount.end) &&
      (readNumber(tree.text.slice(t.start, t.end)) ?? 0) > 0,
  );
}

/**
 * What happened to what was counted: the participle of a passive it is the subject of ("have been
 * deported"), of a verb of harm it is the object of ("killing 76 people"), or of the event noun it follows
 * ("the deaths of five residents").
 */
function doneTo(tree: Tree, counted: number): string | null {
  // "a total of 19,000 minors have been deported": what happened to the total happened to the minors.
  const noun =
    tree.dep(counted) === 'nmod' && isOf(tree, counted) && GENERIC.test(tree.word(tree.head(counted)))
      ? tree.head(counted)
      : counted;
  const head = tree.head(noun);
  if (head < 0) return null;
  const dep = tree.dep(noun);
  if (dep === 'nsubj:pass' && tree.tokens[head]!.upos === 'VERB') return tree.lower(head);
  if (dep === 'obj' && tree.tokens[head]!.upos === 'VERB') {
    const lemma = lemmaIn(tree.lower(head), DONE_TO);
    return lemma === null ? null : participleOf(lemma);
  }
  if (dep === 'nmod' && isOf(tree, noun)) {
    const word = tree.lower(head);
    return PARTICIPLES.get(word) ?? PARTICIPLES.get(word.replace(/ies$/, 'y').replace(/s$/, '')) ?? null;
  }
  return null;
}
