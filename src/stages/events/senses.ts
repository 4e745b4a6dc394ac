import type { EventActor, EventType } from '../../core/analysis.js';
import { lemmaIn } from './lemmas.js';
import type { SentenceActors } from './sentence-actors.js';
import { sectorOfWords } from './sectors.js';
import type { Trigger } from './triggers.js';

/**
 * The sense a trigger word has in its sentence, read from the tree once its arguments are known: the
 * lexicon gives a word's event sense, the grammar around it says whether the sentence uses that sense.
 */

const WELCOME: ReadonlySet<string> = new Set(['welcome', 'greet', 'receive']);

const WARN: ReadonlySet<string> = new Set(['warn', 'caution']);

/**
 * The type trigger `w` has here, and its targets, or null when it names no event of its lexicon type:
 * - an offer or promise of a thing to no one ("did not eat the food offered by Bethuel", "brownies offer
 *   the best of both worlds") is no agreement on offer; one made to a party, or a commitment to a course
 *   ("is committed to opening up the economy", PLOVER's AGREE), is.
 * - "welcomed the decision" is support; a person welcomed ("Sharif was welcomed by the minister at the
 *   airport") is a guest received, a visit (CONSULT).
 * - "warned Israel against …" and "warned that police will not tolerate rallies" threaten; "warned that
 *   the rhetoric risked …", no one warned and no party doing what it says, is a caution, no threat.
 */
export function senseOf(
  sa: SentenceActors,
  w: number,
  trigger: Trigger,
  type: EventType,
  nominal: boolean,
  targets: readonly EventActor[],
): { type: EventType; targets: readonly EventActor[] } | null {
  const { tree } = sa;
  if (trigger.role === 'proposal' && targets.length === 0) {
    const offeredTo = sa.actorsOf([
      ...tree.indirectObjects(w),
      ...tree
        .prepositional(w)
        .filter((p) => p.preposition === 'to' || p.preposition === 'with')
        .flatMap((p) => tree.conjuncts(p.index)),
    ]);
    if (offeredTo.length > 0) return { type, targets: offeredTo };
    if (!nominal && offeredThing(sa, w)) return null;
  }
  if (nominal) return { type, targets };
  if (
    type === 'SUPPORT' &&
    lemmaIn(tree.word(w), WELCOME) !== null &&
    tree.patients(w).some((p) => isPerson(sa, p))
  )
    return { type: 'CONSULT', targets };
  if (type === 'THREATEN' && lemmaIn(tree.word(w), WARN) !== null && tree.objects(w).length === 0) {
    const content = tree.child(w, 'ccomp');
    if (content >= 0 && !tree.subjects(content).some((x) => party(sa, x))) return null;
  }
  return { type, targets };
}

const isPerson = (sa: SentenceActors, x: number): boolean => {
  const m = sa.mentionAt(x);
  return m !== undefined && sa.entityOf(m)?.type === 'person';
};

/** Whether word `x` itself names a party: an actor's name, a pronoun, a body ("police", "the army"). */
function party(sa: SentenceActors, x: number): boolean {
  const { tree } = sa;
  const m = sa.mentionAt(x);
  return (
    (m !== undefined && sa.isActor(m)) ||
    tree.tokens[x]?.upos === 'PRON' ||
    sectorOfWords(null, tree.word(x)) !== null
  );
}

/** Whether offer verb `w` offers a thing, no party: its object, or the noun its participle modifies. */
function offeredThing(sa: SentenceActors, w: number): boolean {
  const { tree } = sa;
  const things = tree.dep(w) === 'acl' ? [tree.head(w)] : tree.objects(w);
  return things.some((t) => t >= 0 && tree.tokens[t]?.upos === 'NOUN' && !party(sa, t));
}
