/**
 * What the verb an amount completes says it measures, when the amount's own noun phrase names nothing: the
 * subject of a verb of change ("exports rose by 12%"), the object of a verb that sets or values ("cut the
 * tariff rate from 46%"), the noun a valuing participle modifies ("imports valued at €95bn"), what money is
 * spent on, a copula's subject.
 */
import { lemmaIn } from '../events/lemmas.js';
import type { Tree } from '../syntax/tree.js';
import { GENERIC, isNoun, ofDependent, ownSubject, prepositionOf } from './nouns.js';
import { TIME } from './words.js';

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
  (
    'cut raise lower reduce increase hike set fix slash lift boost trim peg cap put estimate value forecast ' +
    'project maintain keep hold revise push bring drive'
  ).split(' '),
);

/**
 * Verbs of change that also change their own subject, the amount as their object ("sales increased 9.3%");
 * those of estimating ("analysts estimated 3%") keep a subject that only gives the amount.
 */
const CHANGED_ITSELF = new Set(['increase']);

/** What the verb an amount completes says it measures: a change verb's object, else a measuring verb's subject. */
export function clauseNoun(tree: Tree, amount: number): number {
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
  // "£300m will be allocated as subsidies": money a spending verb's passive is about goes to its phrase.
  if (tree.dep(w) === 'nsubj:pass' && lemmaIn(tree.word(verb), SPENDING) !== null) return spentOn(tree, verb);
  if (
    ![
      'obj',
      'obl',
      'obl:agent',
      'obl:npmod',
      'obl:unmarked',
      'xcomp',
      'advmod',
      'discourse',
      'nmod:npmod',
    ].includes(tree.dep(w))
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
  const mistaken = measuring ? mistakenRoot(tree, verb) : -1;
  if (mistaken >= 0) return mistaken;
  // "spent $191 million on Megapacks": what money is spent on.
  if (lemmaIn(word, SPENDING) !== null) return spentOn(tree, verb);
  if (lemmaIn(word, CHANGING) !== null) {
    // "bringing the total to 76": a total of nothing named says nothing.
    const object = tree
      .objects(verb)
      .find((o) => o !== w && isNoun(tree, o) && (!GENERIC.test(tree.word(o)) || ofDependent(tree, o) >= 0));
    if (object !== undefined) return object;
  }
  // "sales increased 9.3%": a verb of change with no object but the amount changes its subject.
  const changes = lemmaIn(word, CHANGED_ITSELF) !== null;
  // "doubled the $20m reward": an amount with a definite determiner is the verb's object, not how far it
  // changed ("hit a record $33 trillion" still measures the subject).
  const object =
    tree.dep(w) === 'obj' && tree.children(w, 'det', 'nmod:poss').some((d) => !/^an?$/i.test(tree.word(d)));
  // "the levy was cut to 15%", "may be cut about 30%": the passive of a verb that sets an amount sets its
  // subject's, the amount marked as where it went or by how much, or a share or a sum by itself ("being
  // held by Carrie, 37" sets no amount).
  const marked = ['to', 'by', 'at', 'from'].includes(prepositionOf(tree, w));
  const set =
    lemmaIn(word, CHANGING) !== null &&
    tree.isPassive(verb) &&
    (marked || (prepositionOf(tree, w) === '' && tree.tokens[w]!.upos === 'SYM'));
  if (
    object ||
    (lemmaIn(word, MEASURING) === null && !set) ||
    (lemmaIn(word, CHANGING) !== null && !tree.isPassive(verb) && !changes)
  )
    return -1;
  const subject = tree.subjects(verb)[0];
  return subject !== undefined && isNoun(tree, subject) ? subject : -1;
}

/** Verbs by which an index or a score moves by points. */
const MOVING = new Set(
  (
    'rise fall gain lose drop climb jump decline soar surge slump plunge slide sink dip tumble shed ' +
    'advance retreat rose risen fell fallen lost sank slid'
  ).split(' '),
);

/**
 * "The index fell 120.5 points": points a verb of change moves by are how far what it changes moved, not
 * what is counted ("she scored 25 points" counts them). The noun the points measure, or -1.
 */
export function pointsMoved(tree: Tree, noun: number): number {
  const verb = tree.head(noun);
  const moves =
    /^points?$/i.test(tree.word(noun)) &&
    verb >= 0 &&
    tree.tokens[verb]!.upos === 'VERB' &&
    ['obj', 'obl', 'obl:npmod', 'obl:unmarked', 'nmod:npmod'].includes(tree.dep(noun)) &&
    lemmaIn(tree.word(verb), MOVING) !== null;
  const subject = moves ? tree.subjects(verb)[0] : undefined;
  return subject !== undefined && isNoun(tree, subject) ? subject : -1;
}

/**
 * "The yield on 10-year notes hit 4.6%" parsed with "yield" as the sentence's root and "hit" as a clause on
 * "notes": a finite verb of measuring with no subject of its own, hung on the root noun's phrase, is the
 * sentence's verb and the root noun its subject. The root noun, or -1.
 */
function mistakenRoot(tree: Tree, verb: number): number {
  if (tree.dep(verb) !== 'acl' || /ing$/i.test(tree.word(verb))) return -1;
  if (tree.child(verb, 'nsubj', 'nsubj:pass', 'aux', 'aux:pass', 'mark') >= 0) return -1;
  // Only a verb of change hung on a modifier of the root noun: "Analysts estimated 3%", hung on the root
  // noun itself, keeps its own subject, which gives the amount without being measured by it.
  if (lemmaIn(tree.word(verb), CHANGING) !== null) return -1;
  let noun = tree.head(verb);
  let steps = 0;
  for (; steps < 4 && ['nmod', 'compound'].includes(tree.dep(noun)); steps++) noun = tree.head(noun);
  return steps > 0 && tree.dep(noun) === 'root' && noun < verb && isNoun(tree, noun) ? noun : -1;
}

/** Verbs whose money goes to what their "on" phrase names: "spent $5m on repairs". */
const SPENDING = new Set(
  'spend spent invest allocate earmark pour waste use utilize utilise devote dedicate budget'.split(' '),
);

/**
 * The noun of a spending verb's "on", "for" or "as" phrase ("allocated as subsidies"), or of its "in"
 * phrase when a bare noun ("invested $2bn in bonds").
 */
function spentOn(tree: Tree, verb: number): number {
  for (const { preposition, index } of tree.prepositional(verb)) {
    if (!isNoun(tree, index)) continue;
    // "as part of its plan" says why, not what the money buys.
    if (['on', 'for'].includes(preposition) || (preposition === 'as' && tree.lower(index) !== 'part'))
      return index;
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
