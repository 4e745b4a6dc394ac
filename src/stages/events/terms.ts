import type { EventMode } from '../../core/analysis.js';
import type { Tree } from '../syntax/tree.js';
import { lemmaIn } from './lemmas.js';

/**
 * The terms of a proposal or a deal: "the proposal includes the release of ten hostages in return for a
 * partial withdrawal", "the plan would see Hamas release the hostages". What a proposal lays down is
 * offered, not done; what a deal lays down is agreed, still to be carried out. On the hand-judged dev
 * draws (seeds 640 and 703) such terms were read as asserted releases and withdrawals and shown.
 */

/** Verbs by which a proposal or a deal lays down its terms. */
const LAYING_DOWN: ReadonlySet<string> = new Set([
  'include',
  'involve',
  'envisage',
  'envision',
  'foresee',
  'stipulate',
  'provide',
  'entail',
  'contain',
  'see',
  'outline',
  'require',
  'feature',
  'comprise',
  'cover',
  'mandate',
  'demand',
  'call',
]);

/** Nouns of what is only put forward, and of what is agreed but still to be carried out. */
const PROPOSALS: ReadonlySet<string> = new Set([
  'proposal',
  'counterproposal',
  'counter-proposal',
  'plan',
  'offer',
  'draft',
  'framework',
  'initiative',
  'roadmap',
  'blueprint',
  'bill',
  'outline',
  'term',
]);
const DEALS: ReadonlySet<string> = new Set([
  'deal',
  'agreement',
  'accord',
  'truce',
  'ceasefire',
  'cease-fire',
  'treaty',
  'pact',
  'arrangement',
  'memorandum',
]);

/** The links from a term up to the verb laying it down: objects, their phrases, lists and clauses. */
const CLIMBS: ReadonlySet<string> = new Set([
  'obj',
  'nmod',
  'obl',
  'conj',
  'appos',
  'parataxis',
  'advcl',
  'acl',
  'xcomp',
  'ccomp',
  'list',
  'dep',
  'nsubj:pass',
]);

/** How a clause with its own subject hangs on the verb laying it down as a term. */
const LISTED: ReadonlySet<string> = new Set(['ccomp', 'xcomp', 'parataxis', 'list', 'appos']);

/** The mode a proposal or a deal noun gives its terms, or null for another word. */
function termsNoun(tree: Tree, n: number): EventMode | null {
  if (tree.tokens[n]?.upos !== 'NOUN') return null;
  if (lemmaIn(tree.word(n), PROPOSALS) !== null) return 'proposed';
  if (lemmaIn(tree.word(n), DEALS) !== null) return 'planned';
  return null;
}

/** The mode the verb `v` gives what it lays down, when its subject (or its in-phrase) is a proposal or deal. */
function layingDown(tree: Tree, v: number): EventMode | null {
  if (lemmaIn(tree.word(v), LAYING_DOWN) === null) return null;
  for (const s of tree.children(v, 'nsubj')) {
    // "a proposal that includes a ceasefire": a relative pronoun stands for the noun the clause hangs on.
    const relative = tree.dep(v) === 'acl:relcl' && tree.tokens[s]?.upos === 'PRON';
    const mode = termsNoun(tree, relative ? tree.head(v) : s);
    if (mode) return mode;
  }
  // "the release is included in the proposal", "under the deal, the talks would include…"
  for (const o of tree.children(v, 'obl')) {
    const marker = tree.child(o, 'case');
    if (marker >= 0 && ['in', 'under'].includes(tree.lower(marker))) {
      const mode = termsNoun(tree, o);
      if (mode) return mode;
    }
  }
  return null;
}

/**
 * The mode of event word `w` as a term of a proposal or a deal: it hangs (through objects, their phrases
 * and lists, up to eight steps) on a verb laying down what a proposal or a deal holds. A clause with a subject
 * of its own on the way up stops the climb, unless it is the event's own.
 */
export function termsMode(tree: Tree, w: number): EventMode | null {
  let at = w;
  for (let steps = 0; steps < 8; steps++) {
    const mode = at !== w ? layingDown(tree, at) : null;
    if (mode) return mode;
    const head = tree.head(at);
    if (head < 0 || !CLIMBS.has(tree.dep(at))) return null;
    // A clause with a subject of its own is a term only as the complement or the listed item of the verb
    // laying it down ("would see Hamas release…", "the following: IDF withdrawing…"); otherwise it is told.
    if (tree.isPredicate(at) && tree.children(at, 'nsubj').length > 0)
      return LISTED.has(tree.dep(at)) ? layingDown(tree, head) : null;
    at = head;
  }
  return null;
}
