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

/** Nouns that say how much, not of what: "a sum of £5m" measures nothing by itself. */
const GENERIC =
  /^(?:sum|total|amount|value|figure|tune|number|record|estimate|maximum|minimum|average|level|high|low|worth|range|tally)$/i;

/** Verbs whose subject is what an amount measures: "exports rose by 12%", "the toll reached 76". */
const MEASURING = new Set(
  (
    'rise fall increase decrease grow reach total stand drop climb jump decline soar surge slump amount cost ' +
    'estimate hit top exceed pass near double triple halve plunge slide sink gain lose dip edge tumble value ' +
    'put project forecast average number slow ease accelerate narrow widen shrink expand contract ' +
    'plummet rebound skyrocket weigh ' +
    'rose risen fell fallen grew grown stood sank slid lost shrank'
  ).split(' '),
);

/**
 * Verbs whose object is what an amount sets, changes or values ("cut the tariff rate from 46% to 10%", "put
 * the cost at £49bn"); their subject is only what is measured in the passive ("the cost was put at").
 */
const CHANGING = new Set(
  'cut raise lower reduce increase hike set fix slash lift boost trim peg cap put estimate value forecast project maintain keep hold'.split(
    ' ',
  ),
);

/**
 * Verbs of change that also change their own subject, the amount as their object ("sales increased 9.3%");
 * those of estimating ("analysts estimated 3%") keep a subject that only gives the amount.
 */
const CHANGED_ITSELF = new Set(['increase']);

/**
 * Currencies written as nouns: "47 Syrian pounds" is an amount of money (an exchange rate), not a count of
 * pounds; "200 pounds of cocaine" counts what the pounds are of.
 */
const CURRENCY =
  /^(?:dollars?|tomans?|pounds?|euros?|yen|yuan|renminbi|roubles?|rubles?|rupees?|pesos?|francs?|liras?|lire|dinars?|dirhams?|riyals?|rials?|shekels?|won|rand|reais|naira|shillings?|kron(?:a|or|e|er)|zlotys?|hryvnias?|cedis?|ringgits?|baht|rupiahs?|takas?|forints?|korunas?)$/i;

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

const NOUN = new Set(['NOUN', 'PROPN']);

/**
 * What the amount written at `span` measures, or null when the tree does not say. `measured` tells a
 * unit's amount ("12.5%", "€90 billion") from a bare count ("31").
 */
export function measuredBy(tree: Tree, span: Span, unit: string | null): Measured | null {
  const amount = tree.headOf(span.start, span.end);
  if (amount < 0) return null;
  const noun =
    unit !== null ? unitNoun(tree, amount, span, MONEY_UNITS.has(unit)) : countedNoun(tree, amount);
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
  return -1;
}

/** What the verb an amount completes says it measures: a change verb's object, else a measuring verb's subject. */
function clauseNoun(tree: Tree, amount: number): number {
  let w = amount;
  // "deals worth over one trillion dollars": the noun just before "worth" is what is worth it.
  const before = tree.tokens.findIndex((t) => t.start >= tree.tokens[amount]!.start) - 1;
  for (let b = before; b >= 0 && b >= before - 3; b--) {
    if (/^worth$/i.test(tree.word(b))) {
      const owner = b - 1;
      return owner >= 0 && isNoun(tree, owner) && !GENERIC.test(tree.word(owner)) ? owner : -1;
    }
    if (!['ADV', 'ADP', 'ADJ', 'NUM', 'SYM', 'DET'].includes(tree.tokens[b]!.upos)) break;
  }
  // A restatement in brackets, the end of a change ("from 145% to 30%") and the second of two amounts
  // ("lost 2.9% and 4.9%") measure what the first does.
  // "or $3.45 per share" is another measure, and an amount with its own subject ("transport is £150") its own.
  const conjoined =
    tree.dep(w) === 'conj' &&
    tree.children(w, 'cc').every((c) => tree.lower(c) === 'and') &&
    tree.child(w, 'nsubj') < 0;
  const restates =
    tree.dep(w) === 'appos' || conjoined || (tree.dep(w) === 'nmod' && prepositionOf(tree, w) === 'to');
  if (restates && tree.head(w) >= 0 && ['SYM', 'NUM'].includes(tree.tokens[tree.head(w)]!.upos))
    w = tree.head(w);
  // "rose 12% last year", the amount hung on the time noun: the verb is the time noun's.
  else if (tree.head(w) > w && TIME.test(tree.word(tree.head(w)))) w = tree.head(w);
  // "climbed as much as 28%", the amount hung on "much" of the hedge: the verb is the hedge's.
  else if (hedgedBy(tree, w)) w = tree.head(w);
  const own = ownSubject(tree, w);
  if (own >= 0) return own;
  const verb = tree.head(w);
  if (verb < 0 || tree.tokens[verb]!.upos !== 'VERB') return -1;
  if (
    !['obj', 'obl', 'obl:npmod', 'obl:unmarked', 'xcomp', 'advmod', 'discourse', 'nmod:npmod'].includes(
      tree.dep(w),
    )
  )
    return -1;
  const word = tree.word(verb);
  // "imports valued at €95bn", "assets totalling $3bn": the noun a participle of measuring modifies; only
  // one setting the amount "at" it or a measuring one in -ing ("Analysts estimated 3%" read as a participle
  // still has its own subject; "keeping $50 in your wallet" measures no noun).
  const modifies = tree.dep(verb) === 'acl' && tree.head(verb) < verb && tree.head(tree.head(verb)) >= 0;
  const measuring = lemmaIn(word, MEASURING) !== null;
  const setsAt = prepositionOf(tree, w) === 'at' && (measuring || lemmaIn(word, CHANGING) !== null);
  if (modifies && (setsAt || (measuring && /ing$/i.test(word))))
    return isNoun(tree, tree.head(verb)) ? tree.head(verb) : -1;
  // "spent $191 million on Megapacks": what money is spent on.
  if (lemmaIn(word, SPENDING) !== null) return spentOn(tree, verb);
  if (lemmaIn(word, CHANGING) !== null) {
    const object = tree.objects(verb).find((o) => o !== w && isNoun(tree, o));
    if (object !== undefined) return object;
  }
  // "sales increased 9.3%": a verb of change with no object but the amount changes its subject.
  const changes = lemmaIn(word, CHANGED_ITSELF) !== null;
  // "doubled the $20m reward": an amount with a definite determiner is the verb's object, not how far it
  // changed ("hit a record $33 trillion" still measures the subject).
  const object =
    tree.dep(w) === 'obj' && tree.children(w, 'det', 'nmod:poss').some((d) => !/^an?$/i.test(tree.word(d)));
  if (
    object ||
    lemmaIn(word, MEASURING) === null ||
    (lemmaIn(word, CHANGING) !== null && !tree.isPassive(verb) && !changes)
  )
    return -1;
  const subject = tree.subjects(verb)[0];
  return subject !== undefined && isNoun(tree, subject) ? subject : -1;
}

/** Verbs whose money goes to what their "on" phrase names: "spent $5m on repairs". */
const SPENDING = new Set(['spend', 'spent', 'invest', 'allocate', 'earmark', 'pour', 'waste']);

/** The noun of a spending verb's "on" phrase, or of its "in" phrase when a bare noun ("invested $2bn in bonds"). */
function spentOn(tree: Tree, verb: number): number {
  for (const { preposition, index } of tree.prepositional(verb)) {
    if (!isNoun(tree, index)) continue;
    if (preposition === 'on') return index;
    const bare = tree.child(index, 'det', 'nmod:poss') < 0 && tree.tokens[index]!.upos === 'NOUN';
    if (preposition === 'in' && bare) return index;
  }
  return -1;
}

/** Whether `w` is the amount of "as much as" or "as many as", which the parser may hang on "much". */
function hedgedBy(tree: Tree, w: number): boolean {
  const head = tree.head(w);
  return (
    head >= 0 &&
    head < w &&
    /^(?:much|many)$/i.test(tree.word(head)) &&
    tree.children(head, 'advmod').some((c) => c < head && tree.lower(c) === 'as') &&
    tree.children(w, 'case').some((c) => c > head && tree.lower(c) === 'as')
  );
}

/** A copular clause's subject: "inflation was 3%". */
function ownSubject(tree: Tree, w: number): number {
  if (tree.child(w, 'cop') < 0) return -1;
  const subject = tree.child(w, 'nsubj');
  return subject >= 0 && isNoun(tree, subject) ? subject : -1;
}

/** The "of" dependent of `w`: "% of the valley", "two of his victims". */
function ofDependent(tree: Tree, w: number): number {
  return tree.children(w, 'nmod').find((c) => c > w && isOf(tree, c) && isNoun(tree, c)) ?? -1;
}

/**
 * A noun that can name what is measured: not a pronoun ("30 percent of them"), not a lone letter ("38.9 C"),
 * not a verb's gerund the tagger took for a noun ("$250 million helping Trump win": it has an object).
 */
function isNoun(tree: Tree, w: number): boolean {
  return (
    NOUN.has(tree.tokens[w]!.upos) &&
    /\p{L}\p{L}/u.test(tree.word(w)) &&
    !TIME.test(tree.word(w)) &&
    !CURRENCY.test(tree.word(w)) &&
    tree.child(w, 'obj', 'ccomp', 'xcomp') < 0 &&
    (tree.child(w, 'nsubj') < 0 || tree.child(w, 'cop') >= 0)
  );
}

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
  const modifies = opening.upos === 'VERB' && opening.head > first && opening.head <= last;
  return (
    (!OPENS_NO_PHRASE.has(opening.upos) || modifies) &&
    NOUN.has(tree.tokens[last]!.upos) &&
    /\p{L}\p{L}/u.test(tree.word(last)) &&
    !TIME.test(tree.word(last)) &&
    !CURRENCY.test(tree.word(last))
  );
}

/** "the number of such disasters": a noun that says how much, whose phrase says of what. */
export const isGeneric = (word: string): boolean => GENERIC.test(word);

/**
 * Prepositions whose phrase is part of what is measured ("oil in Israel", "soldiers from the Forces"); "to"
 * and "for" more often belong to the verb ("carried aid to the port").
 */
const PART_OF = new Set(['of', 'in', 'from', 'on', 'at', 'across', 'among', 'under']);

const isOf = (tree: Tree, w: number): boolean => prepositionOf(tree, w) === 'of';
const prepositionOf = (tree: Tree, w: number): string => {
  const marker = tree.child(w, 'case');
  return marker < 0 ? '' : tree.lower(marker);
};

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
  const shared = sharesCount(tree, noun, span);
  const coordinated = (w: number, c: number): boolean =>
    shared &&
    (w === noun
      ? tree.dep(c) === 'conj' &&
        NOUN.has(tree.tokens[c]!.upos) &&
        // A conjunct with its own determiner or phrase is a noun phrase apart: "our own reporters", "raids on …".
        tree.child(c, 'det', 'nmod:poss', 'nmod', 'nummod') < 0
      : tree.dep(c) === 'cc' && tree.dep(w) === 'conj' && tree.head(w) === noun);
  const take = (w: number, depth: number): void => {
    words.add(w);
    for (const c of tree.children(w)) {
      // "500 news and information items", the count hung on the first modifier: the modifier, its
      // conjuncts with it, is the counted noun's, the count left out.
      if (tree.dep(c) === 'compound' && c !== amount && tree.dominates(c, amount) && !inAmount(c))
        for (let k = c; k < w; k++)
          if (tree.dominates(w, k) && !tree.dominates(amount, k) && !inAmount(k)) words.add(k);
      if (tree.dominates(c, amount) || inAmount(c)) continue;
      if (LEFT_OUT.has(tree.dep(c)) && !coordinated(w, c)) continue;
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
