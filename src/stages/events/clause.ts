import type { EventActor, EventMode, Mention } from '../../core/analysis.js';
import type { Tree } from '../syntax/tree.js';
import { lemmaIn } from './lemmas.js';
import type { SentenceActors } from './sentence-actors.js';
import { strongerMode } from './mode.js';

/**
 * What an event's own clause says about it, read from the tree: whether it happened (negated, modal,
 * conditional, planned, proposed, called off), who reports it, when and where. Only the clause's own words
 * count: a date or place in another clause of the sentence, or a deadline ("by Friday"), is not the event's.
 */

/**
 * Verbs whose complement is only planned: "plans to meet", "is expected to sign", "is set to visit". An
 * attempt ("tried to hack", "attempted to assassinate") is not among them: it was carried out, and PLOVER
 * codes it as the act.
 */
const PLANNING = new Set([
  'plan',
  'schedule',
  'set',
  'expect',
  'intend',
  'aim',
  'prepare',
  'slate',
  'poise',
  'go',
  'due',
  'decide',
  'hope',
  'want',
  'seek',
  'look',
  'move',
]);

/** Verbs whose complement is offered: "offered to mediate", "is ready to talk". */
const OFFERING = new Set([
  'offer',
  'propose',
  'promise',
  'pledge',
  'vow',
  'swear',
  'ready',
  'willing',
  'prepared',
  'eager',
]);

/** Verbs and adjectives that call an event off: "cancelled the talks", "the postponed summit". */
const CALLING_OFF = new Set([
  'cancel',
  'cancell',
  'postpone',
  'suspend',
  'scrap',
  'shelve',
  'halt',
  'abandon',
  'delay',
  'drop',
  'lift',
  'end',
  'stop',
  'scuttle',
  'revoke',
  'rescind',
  'abort',
  'call',
  'break',
  'collapse',
  'stall',
  'freeze',
  'withhold',
]);

/** Nouns naming a part of what they hold: "part of the aid programme", "some of the talks". */
const PARTS = new Set(['part', 'parts', 'some', 'all', 'most', 'much', 'half', 'portion', 'share', 'round']);

/** Verbs that call off only with "off": "called off", "broke off". */
const NEEDS_OFF = new Set(['call', 'break']);

/** Verbs that, with the event as subject, say it ran its course: "the visit ended", "the strike stopped". */
const RAN_ITS_COURSE = new Set(['end', 'stop', 'conclude', 'finish', 'wrap']);

/** Nouns saying what they hold is about to happen: "on the verge of a new offensive", "the brink of war". */
const IMMINENT = new Set(['verge', 'brink', 'cusp', 'threshold', 'eve']);

/** Verbs whose complement did not happen: "failed to agree". */
const FAILING = new Set(['fail', 'refuse', 'decline']);

/**
 * Nouns and adjectives whose infinitive says what may (or may not) be done, not what was: "has a right to
 * disarm", "is able to strike", "the option to retaliate"; "unable to reach", "impossible to promise".
 */
const POSSIBILITY: ReadonlyMap<string, EventMode> = new Map([
  ['right', 'hypothetical'],
  ['option', 'hypothetical'],
  ['chance', 'hypothetical'],
  ['opportunity', 'hypothetical'],
  ['ability', 'hypothetical'],
  ['power', 'hypothetical'],
  ['able', 'hypothetical'],
  ['possible', 'hypothetical'],
  ['free', 'hypothetical'],
  ['entitled', 'hypothetical'],
  ['unable', 'denied'],
  ['impossible', 'denied'],
  // A forecast is no report: "is likely to sign", "is unlikely to attack" say what may happen.
  ['likely', 'hypothetical'],
  ['unlikely', 'hypothetical'],
  ['probable', 'hypothetical'],
]);

/**
 * Verbs and adjectives of hope, expectation and fear: a clause they take as complement is only hoped,
 * expected or feared ("hopes Japan signs", "fears that Iran will strike", "is optimistic that talks
 * resume"), and so is an infinitive whose doer is their object, not their subject ("expects Iran to
 * attack", "wants Russia to withdraw"): one party's wish for another's act is no plan of either.
 */
const EXPECTING = new Set([
  'hope',
  'expect',
  'want',
  'wish',
  'fear',
  'predict',
  'anticipate',
  'forecast',
  'hopeful',
  'optimistic',
  'pessimistic',
]);

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

/** Adjectives that make an event noun planned or merely possible: "the planned talks", "a possible deal". */
const NOUN_MODES: ReadonlyMap<string, EventMode> = new Map([
  ['planned', 'planned'],
  ['upcoming', 'planned'],
  ['forthcoming', 'planned'],
  ['scheduled', 'planned'],
  ['expected', 'planned'],
  ['next', 'planned'],
  ['future', 'planned'],
  ['proposed', 'proposed'],
  ['possible', 'hypothetical'],
  ['potential', 'hypothetical'],
  ['cancelled', 'called-off'],
  ['canceled', 'called-off'],
  ['postponed', 'called-off'],
  ['suspended', 'called-off'],
  ['aborted', 'called-off'],
  ['failed', 'called-off'],
]);

const MODAL_MODES: ReadonlyMap<string, EventMode> = new Map([
  ['will', 'planned'],
  ['shall', 'planned'],
  ['would', 'hypothetical'],
  ['could', 'hypothetical'],
  ['might', 'hypothetical'],
  ['may', 'hypothetical'],
  ['should', 'hypothetical'],
  ['must', 'hypothetical'],
  ['can', 'hypothetical'],
  ['ought', 'hypothetical'],
]);

/** The mode the clause of predicate `p` gives it: negation, a modal, an if-clause, a planning verb. */
function clauseMode(tree: Tree, p: number, depth = 0): EventMode {
  let mode: EventMode = 'asserted';
  if (tree.negated(p) || negativeSubject(tree, p)) mode = strongerMode(mode, 'denied');
  if (tree.conditional(p) === 'condition') mode = strongerMode(mode, 'hypothetical');
  const modal = tree.modal(p);
  if (modal) mode = strongerMode(mode, MODAL_MODES.get(modal) ?? null);
  const head = tree.head(p);
  const dep = tree.dep(p);
  if (askedAbout(tree, p, dep)) mode = strongerMode(mode, 'hypothetical');
  const toInfinitive = tree.children(p, 'mark').some((m) => tree.lower(m) === 'to');
  if (head >= 0 && toInfinitive && (dep === 'acl' || dep === 'xcomp' || dep === 'csubj'))
    mode = strongerMode(mode, POSSIBILITY.get(tree.lower(head)) ?? null);
  if (head >= 0 && dep === 'ccomp' && lemmaIn(tree.word(head), EXPECTING))
    mode = strongerMode(mode, 'hypothetical');
  if (head >= 0 && depth < 3 && (dep === 'xcomp' || dep === 'conj')) {
    if (dep === 'xcomp') {
      const word = tree.word(head);
      if (lemmaIn(word, PLANNING)) mode = strongerMode(mode, 'planned');
      if (lemmaIn(word, EXPECTING) && tree.child(head, 'obj') >= 0) mode = strongerMode(mode, 'hypothetical');
      if (lemmaIn(word, OFFERING)) mode = strongerMode(mode, 'proposed');
      if (lemmaIn(word, FAILING)) mode = strongerMode(mode, 'denied');
    }
    const inherited = clauseMode(tree, head, depth + 1);
    // A coordinated verb shares its first conjunct's auxiliaries only when it has none of its own.
    if (dep === 'xcomp' || tree.child(p, 'aux', 'aux:pass') < 0) mode = strongerMode(mode, inherited);
  }
  return mode;
}

/** Subjects that deny the clause they are subject of: "nobody attacked", "no country has …", "none of them". */
const NEGATIVE_SUBJECTS: ReadonlySet<string> = new Set(['nobody', 'none', 'nothing', 'neither', 'noone']);

function negativeSubject(tree: Tree, p: number): boolean {
  return tree
    .children(p, 'nsubj', 'nsubj:pass')
    .some(
      (s) =>
        NEGATIVE_SUBJECTS.has(tree.lower(s)) || tree.children(s, 'det').some((d) => tree.lower(d) === 'no'),
    );
}

/** The mode of a noun trigger: its own adjectives, the verb that carries or calls it off, that verb's clause. */
function nounMode(tree: Tree, n: number): EventMode {
  let mode: EventMode = 'asserted';
  for (const a of tree.children(n, 'amod', 'compound'))
    mode = strongerMode(mode, NOUN_MODES.get(tree.lower(a)) ?? null);
  for (const d of tree.children(n, 'det')) if (tree.lower(d) === 'no') mode = strongerMode(mode, 'denied');
  // "suspended aid deliveries", "suspended part of the aid programme": an event noun modifying a noun, or
  // inside a part of one, is what the verb of that noun does to.
  let at = n;
  for (let steps = 0; steps < 3 && tree.head(at) >= 0; steps++) {
    const marker = tree.child(at, 'case');
    const partOf =
      tree.dep(at) === 'nmod' &&
      marker >= 0 &&
      tree.lower(marker) === 'of' &&
      PARTS.has(tree.lower(tree.head(at)));
    if (tree.dep(at) !== 'compound' && !partOf) break;
    at = tree.head(at);
  }
  const head = tree.head(at);
  const dep = tree.dep(at);
  if (head < 0) return mode;
  // "did not take part in the talks" says nothing of whether the talks happened: an in-phrase inherits no mode.
  if (dep === 'obj' || dep === 'nsubj' || dep === 'nsubj:pass') {
    const lemma = lemmaIn(tree.word(head), CALLING_OFF);
    const particle = tree.child(head, 'compound:prt');
    const off = particle >= 0 && tree.lower(particle) === 'off';
    const ranItsCourse = dep === 'nsubj' && lemmaIn(tree.word(head), RAN_ITS_COURSE) !== null;
    if (lemma !== null && (!NEEDS_OFF.has(lemma) || off) && !ranItsCourse)
      mode = strongerMode(mode, 'called-off');
    if (lemmaIn(tree.word(head), PLANNING)) mode = strongerMode(mode, 'planned');
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
    if (tree.isPredicate(head)) mode = strongerMode(mode, clauseMode(tree, head));
  }
  // "is prepared for a ceasefire", "ready for talks", "set for a summit": what one stands ready for has not
  // happened; "on the verge of a new offensive" neither.
  if (dep === 'obl' || dep === 'nmod') {
    const marker = tree.child(at, 'case');
    const preposition = marker >= 0 ? tree.lower(marker) : '';
    const word = tree.word(head);
    if (preposition === 'for' && lemmaIn(word, OFFERING)) mode = strongerMode(mode, 'proposed');
    else if (preposition === 'for' && lemmaIn(word, PLANNING)) mode = strongerMode(mode, 'planned');
    if (preposition === 'of' && IMMINENT.has(tree.lower(head))) mode = strongerMode(mode, 'planned');
  }
  return mode;
}

export function modeOf(tree: Tree, w: number, nominal: boolean): EventMode {
  return nominal ? nounMode(tree, w) : clauseMode(tree, w);
}

/** Verbs of saying: the subject of one asserts what its complement says. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'say',
  'tell',
  'announce',
  'state',
  'claim',
  'report',
  'add',
  'note',
  'insist',
  'confirm',
  'allege',
  'write',
  'tweet',
  'post',
  'declare',
  'explain',
  'argue',
  'acknowledge',
  'admit',
  'reveal',
  'disclose',
  'indicate',
  'stress',
  'assert',
  'maintain',
  'contend',
  'estimate',
  'predict',
  'recall',
  'repeat',
  'reiterate',
  'emphasize',
  'emphasise',
  'suggest',
  'warn',
  'testify',
  'believe',
  'think',
  'announce',
]);

export const isSpeechVerb = (tree: Tree, w: number): boolean =>
  tree.tokens[w]?.upos === 'VERB' && lemmaIn(tree.word(w), SPEECH_VERBS) !== null;

/**
 * Who asserts the clause of `p`: the subject of the verb of saying whose complement it is ("Kyiv said
 * Russia attacked"), of a speech verb in parenthesis ("Russia attacked, officials said"), or the party of
 * "according to"; the entity id, or null when the narrator asserts it.
 */
export function reporterOf(sa: SentenceActors, p: number): string | null {
  return reporterActorOf(sa, p)?.id ?? null;
}

/** The same as `reporterOf`, with the reporter coded. */
export function reporterActorOf(sa: SentenceActors, p: number): EventActor | null {
  const { tree } = sa;
  for (let a = p, steps = 0; a >= 0 && steps < 6; a = tree.head(a), steps++) {
    for (const { index } of tree.prepositional(a, 'according to')) {
      const actor = sa.actorAt(index);
      if (actor) return actor;
    }
    // "Russia attacked Kyiv, officials said": the speech verb after its report, as parataxis (or, as the
    // parser often reads it, a complement with a subject of its own and nothing reported).
    for (const c of tree.children(a, 'parataxis', 'ccomp')) {
      if (!isSpeechVerb(tree, c) || c < a) continue;
      if (tree.dep(c) === 'ccomp' && (tree.reported(c) >= 0 || tree.child(c, 'nsubj') < 0)) continue;
      const speaker = sa.actorsOf(tree.subjects(c))[0];
      if (speaker) return speaker;
    }
    const dep = tree.dep(a);
    const head = tree.head(a);
    if (head < 0) break;
    if ((dep === 'ccomp' || dep === 'parataxis') && isSpeechVerb(tree, head)) {
      const speaker = sa.actorsOf(tree.subjects(head))[0];
      return speaker ?? null;
    }
    if (dep !== 'conj' && dep !== 'xcomp' && dep !== 'ccomp' && tree.isPredicate(a)) break;
  }
  return null;
}

export { clauseDate, clauseHead } from '../syntax/attachment.js';
import { clauseHead } from '../syntax/attachment.js';

export interface ClausePlace {
  text: string;
  entityId: string;
  start: number;
  /** Where the first place's own name ends ("Jeddah" of "Jeddah, Saudi Arabia"). */
  firstEnd: number;
}

/** The place named by an in/at phrase of the clause of `w` (or of the event noun itself), with its region. */
export function clausePlace(
  tree: Tree,
  w: number,
  mentions: readonly Mention[],
  text: string,
): ClausePlace | null {
  const clause = clauseHead(tree, w);
  let best: { k: number; distance: number } | null = null;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    if (m.kind === 'demonym' || (m.type !== 'place' && m.type !== 'country' && m.kind !== 'metonym'))
      continue;
    const head = tree.headOf(m.start, m.end);
    if (head < 0) continue;
    if (!tree.children(head, 'case').some((c) => ['in', 'at'].includes(tree.lower(c)))) continue;
    if (clauseHead(tree, head) !== clause) continue;
    const distance = Math.abs(m.start - tree.tokens[w]!.start);
    if (!best || distance < best.distance) best = { k, distance };
  }
  if (!best) return null;
  const first = mentions[best.k]!;
  let last = first;
  for (let k = best.k + 1; k < mentions.length; k++) {
    const m = mentions[k]!;
    if ((m.type !== 'place' && m.type !== 'country') || !/^,\s*$/.test(text.slice(last.end, m.start))) break;
    last = m;
  }
  return {
    text: text.slice(first.start, last.end),
    entityId: first.entityId,
    start: first.start,
    firstEnd: first.end,
  };
}
