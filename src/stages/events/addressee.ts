import type { EventActor, EventType } from '../../core/analysis.js';
import type { SentenceActors } from './sentence-actors.js';

/**
 * Types whose that-clause says what another party must do or did: "demanded that Iran release the
 * sailors", "its demand that Israel ease restrictions", "accused that Syria shelled the border". The
 * subject of that clause is whom the demand or accusation is aimed at. A threat's or warning's clause
 * ("warned that it would retaliate") says what the speaker will do, and is read elsewhere.
 */
const ADDRESSED_BY_CONTENT: ReadonlySet<EventType> = new Set(['DEMAND', 'REQUEST', 'ACCUSE', 'DISAPPROVE']);

/** Words that may stand between a trigger and its "that": a date or an adverb ("its demand today that"). */
const BETWEEN = new Set(['ADV', 'NOUN', 'PROPN', 'NUM']);

/** Words that may open a noun phrase before its name ("that the Israeli government …"). */
const OPENING = new Set(['DET', 'ADJ', 'PROPN', 'NOUN']);

/**
 * The subject of the that-clause after trigger `w`, for the types it addresses. Read from the words as
 * well as the tree: the parser often hangs such a clause on the noun as a relative clause and the verb
 * after the name as a noun ("its demand that Israel ease restrictions" as "Israel ease restrictions"), so
 * the clause's subject is the first named actor right after "that", with only a determiner or modifiers
 * before it, when "that" follows the trigger with at most two words (a date, an adverb) between.
 */
export function contentAddressees(sa: SentenceActors, w: number, type: EventType): EventActor[] {
  if (!ADDRESSED_BY_CONTENT.has(type)) return [];
  const { tree } = sa;
  let that = -1;
  for (let k = w + 1; k < tree.tokens.length && k <= w + 3; k++) {
    if (tree.lower(k) === 'that') {
      that = k;
      break;
    }
    if (!BETWEEN.has(tree.tokens[k]?.upos ?? '')) return [];
  }
  if (that < 0) return [];
  // The that-clause must belong to the trigger: its words hang below the trigger, or below the verb that
  // takes the trigger as object ("reiterated its demand today that …", the clause hung on the verb).
  const carrier = tree.dep(w) === 'obj' ? tree.head(w) : -1;
  if (!dominatedBy(sa, that, w) && (carrier < 0 || !dominatedBy(sa, that, carrier))) return [];
  if (relativeWithGap(sa, that)) return [];
  for (let k = that + 1; k < tree.tokens.length && k <= that + 4; k++) {
    const actor = sa.actorAt(k);
    if (actor) return sa.actorsOf(tree.conjuncts(k));
    if (!OPENING.has(tree.tokens[k]?.upos ?? '')) return [];
  }
  return [];
}

/**
 * Whether "that" opens a relative clause missing its object ("a criticism that Johnson has brushed
 * aside"): there the name after "that" is who acts on the noun, not whom the noun is aimed at. A content
 * clause is whole ("the demand that Iran not enrich uranium", "that Syria be demilitarized").
 */
function relativeWithGap(sa: SentenceActors, that: number): boolean {
  const { tree } = sa;
  const verb = tree.head(that);
  if (verb < 0 || tree.dep(verb) !== 'acl:relcl' || tree.tokens[verb]?.upos !== 'VERB') return false;
  // "that" may be read as the clause's object; with another object beside it, it is no gap-filler.
  const complements = tree.children(verb, 'obj', 'ccomp', 'xcomp').filter((c) => c !== that);
  return !tree.isPassive(verb) && complements.length === 0;
}

/** Whether word `x` lies below word `w` in the tree. */
function dominatedBy(sa: SentenceActors, x: number, w: number): boolean {
  const { tree } = sa;
  for (let at = tree.head(x), steps = 0; at >= 0 && steps < 8; at = tree.head(at), steps++)
    if (at === w) return true;
  return false;
}
