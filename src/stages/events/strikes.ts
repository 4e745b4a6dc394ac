import type { EventActor } from '../../core/analysis.js';
import type { Tree } from '../syntax/tree.js';
import { lemmaIn } from './lemmas.js';
import { nounArguments } from './noun-arguments.js';
import type { SentenceActors } from './sentence-actors.js';

/**
 * Two readings of a protest that the words alone get wrong: a strike that is a stoppage of work, not an
 * attack, and a protest put down by others, whose subject is the one who puts it down, not a protester.
 */

const STRIKE: ReadonlySet<string> = new Set(['strike']);

/**
 * Modifiers that make a strike a stoppage of work: how widely or how long it runs ("a general strike", "a
 * nationwide strike", "a three-day strike", "an indefinite strike") or who stops working ("a teachers'
 * strike", "a rail strike"). Air, missile and drone strikes are their own phrases in the lexicon.
 */
const STOPPAGE: ReadonlySet<string> = new Set([
  'general',
  'nationwide',
  'national',
  'indefinite',
  'open-ended',
  'hunger',
  'warning',
  'wildcat',
  'token',
  'day',
  'week',
  'hour',
  'month',
  'labour',
  'labor',
  'union',
  'worker',
  'teacher',
  'doctor',
  'nurse',
  'rail',
  'transport',
]);

/** Verbs that stage a stoppage of work ("staged a strike", "joined the strike"); an attack is launched. */
const STAGING: ReadonlySet<string> = new Set(['stage', 'join']);

/**
 * Whether strike noun `w` is a stoppage of work, PLOVER's PROTEST, rather than an attack: its doers are all
 * civilians (workers, a union), a modifier says so, or it is staged or joined.
 */
export function labourStrike(tree: Tree, w: number, sources: readonly EventActor[]): boolean {
  if (lemmaIn(tree.word(w), STRIKE) === null) return false;
  if (sources.length > 0 && sources.every((a) => a.sector === 'civilians')) return true;
  const modifiers = tree.children(w, 'amod', 'compound', 'nmod:poss');
  if (modifiers.some((m) => lemmaIn(tree.lower(m).replace(/'s?$/, ''), STOPPAGE) !== null)) return true;
  const head = tree.head(w);
  return head >= 0 && tree.dep(w) === 'obj' && lemmaIn(tree.word(head), STAGING) !== null;
}

/** Verbs that put a protest down: "police dispersed the protesters", "broke up the rally". */
const PUTTING_DOWN: ReadonlySet<string> = new Set([
  'disperse',
  'prevent',
  'crush',
  'suppress',
  'quell',
  'repress',
  'scatter',
  'storm',
  'break',
]);

/** Verbs by which the ones protesting do it ("held a rally", "joined the protests", "led the march"). */
const TAKING_PART: ReadonlySet<string> = new Set(['join', 'lead', 'organise', 'organize', 'call', 'attend']);

export type ProtestReading =
  | { kind: 'protest' }
  | { kind: 'none' }
  | { kind: 'put-down'; verb: number; sources: EventActor[]; targets: EventActor[] };

/**
 * How a protest noun (`w`: "protest", "rally", "protesters") that is the object of a verb, or its passive
 * subject, reads: as the protest itself when the verb carries it ("held a rally") or names taking part;
 * as coercion by the verb's agent of the protest's own participants when the verb puts it down ("police
 * dispersed the protesters", "troops broke up the rally of Kurdish students"); and as no protest event at
 * all when the verb is another event's trigger ("police arrested protesters" is the arrest), since that
 * verb's subject did not protest.
 */
export function protestReading(
  sa: SentenceActors,
  w: number,
  isLight: (verb: number) => boolean,
  isTrigger: (verb: number) => boolean,
): ProtestReading {
  const { tree } = sa;
  const dep = tree.dep(w);
  const verb = tree.head(w);
  if (verb < 0 || (dep !== 'obj' && dep !== 'nsubj:pass') || !tree.isPredicate(verb))
    return { kind: 'protest' };
  if (isLight(verb) || lemmaIn(tree.word(verb), TAKING_PART) !== null) return { kind: 'protest' };
  const putting = lemmaIn(tree.word(verb), PUTTING_DOWN);
  // "broke the strike" as much as "broke up the rally"; "break" alone otherwise names no putting down.
  const particle = tree.child(verb, 'compound:prt');
  const upOrStrike = particle >= 0 && tree.lower(particle) === 'up';
  if (putting !== null && (putting !== 'break' || upOrStrike)) {
    const own = nounArguments(sa, w, 'PROTEST');
    const sources = sa.actorsOf(tree.agents(verb));
    // "the demonstration staged by Kurdish students": a participle that carries the protest names who held it.
    const staged = tree.children(w, 'acl').filter((c) => isLight(c));
    const participants = [
      ...(own.sourceEvidence === 'light-verb' ? [] : own.sources),
      ...staged.flatMap((c) => sa.actorsOf(tree.agent(c))),
    ];
    return {
      kind: 'put-down',
      verb,
      sources,
      targets: participants.filter((t) => !sources.some((s) => s.id === t.id)),
    };
  }
  return isTrigger(verb) ? { kind: 'none' } : { kind: 'protest' };
}
