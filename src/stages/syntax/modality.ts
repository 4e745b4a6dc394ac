import type { Tree } from './tree.js';

/**
 * Modality read from a predicate's own dependents in the tree: negation, modal auxiliaries and conditional
 * clauses (what the events and series stages turn into denied, hypothetical and planned modes).
 */

/** Whether `predicate` is negated: "not", "n't", "never" or "no longer" on it, or "no" on its subject. */
export function negated(tree: Tree, predicate: number): boolean {
  for (const c of tree.children(predicate, 'advmod', 'det')) {
    const word = tree.lower(c);
    if (NEGATORS.has(word.replace('’', "'"))) return true;
    if (word === 'longer' && tree.child(c, 'advmod') >= 0 && tree.lower(tree.child(c, 'advmod')) === 'no')
      return true;
  }
  for (const s of tree.children(predicate, 'nsubj', 'nsubj:pass'))
    if (tree.children(s, 'det').some((d) => tree.lower(d) === 'no')) return true;
  return false;
}

/**
 * The modal auxiliary of `predicate`, as its dictionary form ("will" for "'ll" and "wo"), or null:
 * "could attack" → "could".
 */
export function modalOf(tree: Tree, predicate: number): string | null {
  for (const c of tree.children(predicate, 'aux')) {
    const form = MODALS.get(tree.lower(c).replace('’', "'"));
    if (form !== undefined) return form;
  }
  return null;
}

/**
 * The clause that conditions `predicate` ("if talks fail, sanctions will follow": asked of "follow",
 * gives "fail"), or -1.
 */
export function conditionOf(tree: Tree, predicate: number): number {
  for (const c of tree.children(predicate, 'advcl'))
    if (tree.children(c, 'mark').some((m) => CONDITIONALS.has(tree.lower(m)))) return c;
  return -1;
}

/**
 * How `predicate` takes part in a conditional: `condition` inside an if-clause, `consequence` when an
 * if-clause conditions it, else null.
 */
export function conditional(tree: Tree, predicate: number): 'condition' | 'consequence' | null {
  for (let a = predicate, steps = 0; a >= 0 && steps <= tree.length; a = tree.tokens[a]!.head, steps++) {
    if (
      tree.tokens[a]!.dep === 'advcl' &&
      tree.children(a, 'mark').some((m) => CONDITIONALS.has(tree.lower(m)))
    )
      return 'condition';
    if (a !== predicate && (tree.tokens[a]!.dep !== 'conj' || tree.isPredicate(a))) break;
  }
  return conditionOf(tree, predicate) >= 0 ? 'consequence' : null;
}

const NEGATORS: ReadonlySet<string> = new Set(['not', "n't", 'never', 'no', 'neither', 'nor']);

const MODALS: ReadonlyMap<string, string> = new Map([
  ['can', 'can'],
  ['ca', 'can'],
  ['could', 'could'],
  ['may', 'may'],
  ['might', 'might'],
  ['must', 'must'],
  ['shall', 'shall'],
  ['should', 'should'],
  ['will', 'will'],
  ["'ll", 'will'],
  ['wo', 'will'],
  ['would', 'would'],
  ["'d", 'would'],
  ['ought', 'ought'],
]);

const CONDITIONALS: ReadonlySet<string> = new Set(['if', 'unless', 'provided', 'providing']);
