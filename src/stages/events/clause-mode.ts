import type { EventMode } from '../../core/analysis.js';
import type { Tree } from '../syntax/tree.js';
import { lemmaIn } from './lemmas.js';
import { strongerMode } from './mode.js';
import {
  conditioned,
  DEADLINES,
  dependsOn,
  describingParticiple,
  inflected,
  needsBare,
  topicOfDecision,
} from './mode-reach.js';
import {
  ANNOUNCING,
  ATTEMPTING_NOW,
  CALLING_OFF,
  CARRYING_OUT,
  CONTEMPLATING,
  DIRECTING,
  ENDING_NOUNS,
  EXPECTING,
  FAILING,
  IMMINENT,
  LOBBYING,
  LOOK,
  MODAL_MODES,
  NEEDS_OFF,
  NEGATIVE_SUBJECTS,
  NOUN_MODES,
  OBLIGING,
  OFFERING,
  PARTS,
  PATHS,
  PLANNING,
  POSSIBILITY,
  PROSPECTS,
  RAN_ITS_COURSE,
  SUBMISSIONS,
} from './mode-words.js';
import { conditional, modalOf, negated } from '../syntax/modality.js';
import { termsMode } from './terms.js';

/**
 * Whether an event happened, as its own clause says: negated, modal, conditional, planned, proposed,
 * hoped for, commanded or called off, read from the tree (`modeOf`). Only the clause's own words and the
 * verbs governing it count.
 */

/**
 * Whether the clause of `p` is asked about rather than told: "asked whether Russia would attack", "was
 * asked about assassinating Bennett", "wondered if Kyiv had agreed" (a complement under "if" is a question;
 * an adverbial "if" is a condition, read apart). A gerund after "about" names a topic, not an act.
 */
function askedAbout(tree: Tree, p: number, dep: string): boolean {
  const marks = tree.children(p, 'mark').map((m) => tree.lower(m));
  if (marks.includes('whether')) return true;
  if (dep === 'ccomp' && marks.includes('if')) return true;
  return (dep === 'advcl' || dep === 'acl') && marks.includes('about') && /ing$/i.test(tree.word(p));
}

/**
 * "Pezeshkian to visit Oman on May 27": a headline's infinitive hung on the name at its root (or standing
 * as the root itself) says what is to come.
 */
function headline(tree: Tree, p: number): boolean {
  if (tree.dep(p) === 'root') return true;
  const head = tree.head(p);
  const upos = tree.tokens[head]?.upos;
  return (
    tree.dep(p) === 'acl' &&
    head === tree.root() &&
    (upos === 'PROPN' || upos === 'NOUN') &&
    tree.child(head, 'cop') < 0
  );
}

/** "is looking forward to cooperating", "looks forward to talks": what one looks forward to is to come. */
function looksForward(tree: Tree, w: number): boolean {
  return (
    lemmaIn(tree.word(w), LOOK) !== null &&
    tree.children(w, 'advmod').some((a) => tree.lower(a) === 'forward')
  );
}

/**
 * A command: the sentence opens with its verb, which has no subject, auxiliary or inflection ("Release the
 * hostages", "Stop the attacks"), or the verb is what an opening "let" asks for ("Let Israel withdraw").
 */
function commanded(tree: Tree, p: number): boolean {
  const first = tree.tokens.findIndex((t) => t.upos !== 'PUNCT');
  const opening = (v: number) =>
    v === first &&
    tree.dep(v) === 'root' &&
    tree.tokens[v]!.upos === 'VERB' &&
    tree.child(v, 'nsubj', 'nsubj:pass', 'aux', 'aux:pass') < 0;
  const head = tree.head(p);
  if (tree.dep(p) === 'xcomp' && tree.lower(head) === 'let' && opening(head)) return true;
  return opening(p) && tree.lower(p) !== 'let' && !/(?:s|ed|ing)$/i.test(tree.word(p));
}

/**
 * "Hamas has yet to accept", "Israel is yet to respond": a "yet" just before the infinitive's "to", on the
 * infinitive or on the verb it hangs on, says the act has not happened so far.
 */
function yetTo(tree: Tree, p: number): boolean {
  const to = tree.children(p, 'mark').find((m) => tree.lower(m) === 'to');
  if (to === undefined || to < 1 || tree.lower(to - 1) !== 'yet') return false;
  return tree.head(to - 1) === p || tree.head(to - 1) === tree.head(p);
}

/** The mode the clause of predicate `p` gives it: negation, a modal, an if-clause, a planning verb. */
function clauseMode(tree: Tree, p: number, depth = 0): EventMode {
  let mode: EventMode = 'asserted';
  if (negated(tree, p) || negativeSubject(tree, p)) mode = strongerMode(mode, 'denied');
  if (conditional(tree, p) === 'condition') mode = strongerMode(mode, 'hypothetical');
  const modal = modalOf(tree, p);
  const head = tree.head(p);
  const dep = tree.dep(p);
  if (modal)
    mode = strongerMode(mode, reportedWill(tree, p, modal) ? 'planned' : (MODAL_MODES.get(modal) ?? null));
  if (askedAbout(tree, p, dep)) mode = strongerMode(mode, 'hypothetical');
  const toInfinitive = tree.children(p, 'mark').some((m) => tree.lower(m) === 'to');
  if (head >= 0 && toInfinitive && ['acl', 'xcomp', 'csubj', 'advcl'].includes(dep))
    mode = strongerMode(mode, POSSIBILITY.get(tree.lower(head)) ?? null);
  // "The EU needs to impose sanctions", "Ukraine has to withdraw": what must be done is not told as done.
  if (head >= 0 && toInfinitive && (dep === 'xcomp' || dep === 'advcl') && OBLIGING.has(tree.lower(head)))
    mode = strongerMode(mode, 'hypothetical');
  if (toInfinitive && yetTo(tree, p)) mode = strongerMode(mode, 'denied');
  if (head >= 0 && dep === 'ccomp' && lemmaIn(tree.word(head), EXPECTING))
    mode = strongerMode(mode, 'hypothetical');
  if (toInfinitive && headline(tree, p)) mode = strongerMode(mode, 'planned');
  if (head >= 0 && (dep === 'advcl' || dep === 'xcomp') && looksForward(tree, head))
    mode = strongerMode(mode, 'planned');
  // "is looking forward to cooperating", however the parser hangs the to-clause: "forward" just before it.
  const to = tree.children(p, 'mark').find((m) => tree.lower(m) === 'to');
  if (to !== undefined && to > 0 && tree.lower(to - 1) === 'forward' && tree.head(to - 1) >= 0)
    if (looksForward(tree, tree.head(to - 1))) mode = strongerMode(mode, 'planned');
  // "Depending on what they discuss, …": what the main clause hangs on is not told as done.
  if (dep === 'advcl' && dependsOn(tree, p)) mode = strongerMode(mode, 'hypothetical');
  // "Let Israel withdraw", "Release the hostages": a command asks for what it names.
  if (commanded(tree, p)) mode = strongerMode(mode, 'hypothetical');
  // "Funding Hamas is a crime", "ending the attacks is vital": an act named as a clause's subject, with no
  // doer of its own, is talked of in general, not told as done.
  if (
    dep === 'csubj' &&
    tree.child(head, 'cop') >= 0 &&
    tree.subjects(p).length === 0 &&
    /ing$/i.test(tree.word(p))
  )
    mode = strongerMode(mode, 'hypothetical');
  if (head >= 0 && depth < 3 && (dep === 'xcomp' || dep === 'conj')) {
    if (dep === 'xcomp') {
      const word = tree.word(head);
      if (lemmaIn(word, PLANNING) || ATTEMPTING_NOW.has(tree.lower(head)))
        mode = strongerMode(mode, 'planned');
      if (lemmaIn(word, EXPECTING) && tree.child(head, 'obj') >= 0) mode = strongerMode(mode, 'hypothetical');
      if (lemmaIn(word, DIRECTING) && tree.child(head, 'obj') >= 0) mode = strongerMode(mode, 'hypothetical');
      if (lemmaIn(word, OFFERING)) mode = strongerMode(mode, 'proposed');
      if (lemmaIn(word, FAILING)) mode = strongerMode(mode, 'denied');
      if (lemmaIn(word, CONTEMPLATING)) mode = strongerMode(mode, 'hypothetical');
    }
    const inherited = clauseMode(tree, head, depth + 1);
    // A coordinated verb shares its first conjunct's auxiliaries only when it has none of its own, and a
    // "did not" or a modal only when it is bare as they need: "did not attack or seize" denies both, "did
    // not believe it, and criticized the plan" tells the criticism as done. A participle with its by-agent
    // is no past verb but a noun's description misread as joined: "aims to replace agencies with
    // contractors, backed by the military" shares the aim, save a denial.
    const ownAuxiliary = tree.child(p, 'aux', 'aux:pass') >= 0;
    if (describingParticiple(tree, p)) mode = strongerMode(mode, undenied(inherited));
    else if (dep === 'xcomp' || (!ownAuxiliary && !(needsBare(tree, head) && inflected(tree.lower(p)))))
      mode = strongerMode(mode, inherited);
  }
  return mode;
}

/** A mode shared beyond a clause's own act: not its denial or calling off. */
function undenied(mode: EventMode): EventMode {
  return mode === 'denied' || mode === 'called-off' ? 'asserted' : mode;
}

/**
 * "Trump said the sanctions would be lifted", "Iran announced it would send a delegation": a "would" after a
 * past verb of announcing is the "will" it reports, told as to come, not imagined. Under an if-clause, or
 * after a verb of belief or forecast, it stays hypothetical ("said it would retaliate if attacked").
 */
function reportedWill(tree: Tree, p: number, modal: string): boolean {
  if (modal !== 'would' || tree.dep(p) !== 'ccomp' || conditional(tree, p) !== null) return false;
  // Words quoted as said keep their own tense: "“The plan would take away food aid,” she said."
  if (quoted(tree, p)) return false;
  const verb = tree.head(p);
  return (
    tree.tokens[verb]?.upos === 'VERB' &&
    lemmaIn(tree.word(verb), ANNOUNCING) !== null &&
    /(?:ed|said|told|wrote)$/.test(tree.lower(verb))
  );
}

/** Whether word `w` stands inside a quotation opened earlier in its sentence. */
function quoted(tree: Tree, w: number): boolean {
  const before = tree.text.slice(tree.tokens[0]!.start, tree.tokens[w]!.start);
  const curly = (before.match(/“/g)?.length ?? 0) - (before.match(/”/g)?.length ?? 0);
  return curly > 0 || (before.match(/"/g)?.length ?? 0) % 2 === 1;
}

function negativeSubject(tree: Tree, p: number): boolean {
  return tree
    .children(p, 'nsubj', 'nsubj:pass')
    .some(
      (s) =>
        NEGATIVE_SUBJECTS.has(tree.lower(s)) || tree.children(s, 'det').some((d) => tree.lower(d) === 'no'),
    );
}

/**
 * The mode of a noun trigger: its own adjectives (unless a verb carries it out), the verb that carries or calls
 * it off, that verb's clause.
 */
function nounMode(tree: Tree, n: number): EventMode {
  let mode: EventMode = 'asserted';
  const carriedOut = tree.dep(n) === 'obj' && lemmaIn(tree.word(tree.head(n)), CARRYING_OUT) !== null;
  if (!carriedOut)
    for (const a of tree.children(n, 'amod', 'compound'))
      mode = strongerMode(mode, NOUN_MODES.get(tree.lower(a)) ?? null);
  for (const d of tree.children(n, 'det')) if (tree.lower(d) === 'no') mode = strongerMode(mode, 'denied');
  // "would not join any new sanctions", "warned against any attack": "any" names no particular event, only
  // whichever one there may be.
  for (const d of tree.children(n, 'det'))
    if (tree.lower(d) === 'any') mode = strongerMode(mode, 'hypothetical');
  // "That would be a request by Washington", "it is not an invasion": a noun that is its clause's predicate
  // takes the clause's modal, negation and condition as a verb does.
  if (tree.child(n, 'cop') >= 0) mode = strongerMode(mode, clauseMode(tree, n));
  // "suspended aid deliveries", "suspended part of the aid programme": an event noun modifying a noun, or
  // inside a part of one, is what the verb of that noun does to. So is one inside a counted quantity ("will
  // provide 25,000 tons of food aid"), as the carrier of the noun's parties is (`noun-arguments.ts`).
  let at = n;
  for (let steps = 0; steps < 3 && tree.head(at) >= 0; steps++) {
    const marker = tree.child(at, 'case');
    const whole = tree.head(at);
    const partOf =
      tree.dep(at) === 'nmod' &&
      marker >= 0 &&
      tree.lower(marker) === 'of' &&
      (PARTS.has(tree.lower(whole)) ||
        (tree.tokens[whole]?.upos === 'NOUN' && tree.children(whole, 'nummod').length > 0));
    if (tree.dep(at) !== 'compound' && !partOf) break;
    at = tree.head(at);
  }
  if (topicOfDecision(tree, n)) mode = strongerMode(mode, 'hypothetical');
  // "sanctions if Israel does not stop the war": a noun an if-clause hangs on is only what may come.
  if (conditioned(tree, n) || conditioned(tree, at)) mode = strongerMode(mode, 'hypothetical');
  const head = tree.head(at);
  const dep = tree.dep(at);
  if (head < 0) return mode;
  // "did not take part in the talks" says nothing of whether the talks happened: an in-phrase inherits no mode.
  if (dep === 'obj' || dep === 'nsubj' || dep === 'nsubj:pass') {
    const lemma = lemmaIn(tree.word(head), CALLING_OFF);
    const particle = tree.child(head, 'compound:prt');
    const off = particle >= 0 && tree.lower(particle) === 'off';
    const ranItsCourse = dep === 'nsubj' && lemmaIn(tree.word(head), RAN_ITS_COURSE) !== null;
    // "did not cancel the talks" leaves them on; "ending the attacks is vital" has not ended them.
    const verbMode = tree.isPredicate(head) ? clauseMode(tree, head) : 'asserted';
    if (lemma !== null && (!NEEDS_OFF.has(lemma) || off) && !ranItsCourse && verbMode !== 'denied')
      mode = strongerMode(mode, verbMode === 'hypothetical' ? 'hypothetical' : 'called-off');
    if (lemmaIn(tree.word(head), PLANNING)) mode = strongerMode(mode, 'planned');
    // "threatened sanctions", "is considering sanctions": held up as a threat or an option, not imposed. A
    // request, offer or resignation one considers was made ("the court will consider the request").
    if (
      dep === 'obj' &&
      lemmaIn(tree.word(head), CONTEMPLATING) &&
      lemmaIn(tree.word(n), SUBMISSIONS) === null
    )
      mode = strongerMode(mode, 'hypothetical');
    // "would impose sanctions if Israel does not stop": what a verb does to its object only if something
    // else happens may not come. An offer on conditions stays an offer ("offered aid if Hamas disarms").
    if (
      dep === 'obj' &&
      tree.isPredicate(head) &&
      conditioned(tree, head) &&
      lemmaIn(tree.word(head), OFFERING) === null
    )
      mode = strongerMode(mode, 'hypothetical');
    // "An agreement was expected to be signed but was called off": a coordinated verb with no subject of
    // its own says the same of the noun.
    if (dep !== 'obj')
      for (const c of tree.children(head, 'conj')) {
        if (tree.child(c, 'nsubj', 'nsubj:pass') >= 0) continue;
        const also = lemmaIn(tree.word(c), CALLING_OFF);
        const prt = tree.child(c, 'compound:prt');
        if (also !== null && (!NEEDS_OFF.has(also) || (prt >= 0 && tree.lower(prt) === 'off')))
          mode = strongerMode(mode, 'called-off');
      }
    if (tree.isPredicate(head) && (lemma === null || verbMode !== 'denied'))
      mode = strongerMode(mode, clauseMode(tree, head));
  }
  // "is prepared for a ceasefire", "ready for talks", "set for a summit": what one stands ready for has not
  // happened; "on the verge of a new offensive" neither.
  if (dep === 'obl' || dep === 'nmod') {
    const marker = tree.child(at, 'case');
    const preposition = marker >= 0 ? tree.lower(marker) : '';
    const word = tree.word(head);
    // "has called off a strike" parsed with "off" as the noun's preposition: the particle of a verb that
    // calls things off only with it, its object misread as an oblique.
    const calling = lemmaIn(word, CALLING_OFF);
    if (preposition === 'off' && calling !== null && NEEDS_OFF.has(calling) && tree.isPredicate(head)) {
      const verbMode = clauseMode(tree, head);
      if (verbMode !== 'denied')
        mode = strongerMode(mode, verbMode === 'hypothetical' ? 'hypothetical' : 'called-off');
    }
    if (preposition === 'for' && lemmaIn(word, OFFERING)) mode = strongerMode(mode, 'proposed');
    // "a deadline for talks": the talks are still to come.
    else if (preposition === 'for' && DEADLINES.has(tree.lower(head))) mode = strongerMode(mode, 'planned');
    else if (preposition === 'for' && lemmaIn(word, PLANNING)) mode = strongerMode(mode, 'planned');
    // "hoping to pave the way for closer cooperation", "would open the door to talks": where a way leads
    // shares the mode of the clause that makes the way (the phrase hung on the way or on that verb), save a
    // denial; a way told as made leaves it asserted ("helped lay the groundwork for the meeting").
    const ways = [head, ...tree.children(head, 'obj')];
    if ((preposition === 'for' || preposition === 'to') && ways.some((h) => PATHS.has(tree.lower(h)))) {
      const maker = tree.clauseOf(head);
      if (maker >= 0 && maker !== n) mode = strongerMode(mode, undenied(clauseMode(tree, maker)));
    }
    if (preposition === 'of' && IMMINENT.has(tree.lower(head))) mode = strongerMode(mode, 'planned');
    if (preposition === 'of' && lemmaIn(word, PROSPECTS)) mode = strongerMode(mode, 'hypothetical');
    // "the lifting of US sanctions", "the suspension of talks": the noun of a calling-off noun is called off.
    if (preposition === 'of' && ENDING_NOUNS.has(tree.lower(head))) mode = strongerMode(mode, 'called-off');
    if (preposition === 'to' && looksForward(tree, head)) mode = strongerMode(mode, 'planned');
    // "will host a summit in partnership with the UN": the manner of what is to come is to come too; a
    // denial is not shared ("did not take part in the talks" says nothing of the talks).
    if (preposition === 'in' && dep === 'obl' && tree.isPredicate(head)) {
      const verbMode = clauseMode(tree, head);
      if (verbMode === 'planned' || verbMode === 'hypothetical') mode = strongerMode(mode, verbMode);
    }
    // "hopes for closer cooperation", "expects a deal": what is hoped for is not told as done; nor what
    // one presses, pushes or asks for ("to press for an Israeli withdrawal").
    if (
      preposition === 'for' &&
      (lemmaIn(word, EXPECTING) || lemmaIn(word, DIRECTING) || lemmaIn(word, LOBBYING))
    )
      mode = strongerMode(mode, 'hypothetical');
    // "vulnerable to attacks", "the right to self-defence": what one is open to or may do.
    if (preposition === 'to' && POSSIBILITY.get(tree.lower(head)) === 'hypothetical')
      mode = strongerMode(mode, 'hypothetical');
  }
  return mode;
}

export function modeOf(tree: Tree, w: number, nominal: boolean): EventMode {
  return strongerMode(nominal ? nounMode(tree, w) : clauseMode(tree, w), termsMode(tree, w));
}
