import type { Entity, EventActor } from '../../core/analysis.js';
import type { Tree } from '../syntax/tree.js';
import { PERSONAL, PERSONAL_HUMAN } from './actor-words.js';

/** The actor when pronoun `w` can stand for it: "he"/"she" for a person, "it"/"they" for anything else. */
function compatible(
  tree: Tree,
  w: number,
  actor: EventActor | null,
  entities: ReadonlyMap<string, Entity>,
): EventActor | null {
  if (!actor) return null;
  const person = entities.get(actor.id)?.type === 'person';
  return PERSONAL_HUMAN.has(tree.lower(w)) === person ? actor : null;
}

/**
 * A personal pronoun the entities stage left unresolved ("it", "they"), as the subject of a reported
 * clause, stands for the reporter: "Syria says it is willing to withdraw" → Syria. Only the subject of
 * the verb of saying directly above it is taken (the last compatible subject up the tree); `actorAt`
 * reads the actor a subject names.
 */
export function pronounActor(
  tree: Tree,
  w: number,
  entities: ReadonlyMap<string, Entity>,
  actorAt: (w: number) => EventActor | null,
): EventActor | null {
  if (!PERSONAL.has(tree.lower(w))) return null;
  const dep = tree.dep(w);
  if (dep !== 'nsubj' && dep !== 'nsubj:pass' && dep !== 'nmod:poss') return null;
  let clause = tree.head(w);
  for (let steps = 0; clause >= 0 && steps < 4; steps++) {
    const cdep = tree.dep(clause);
    const head = tree.head(clause);
    if (head < 0) return null;
    if (cdep === 'ccomp' || cdep === 'xcomp') {
      const subject = tree.subjects(head).find((s) => s !== w && tree.tokens[s]?.upos !== 'PRON');
      if (subject !== undefined) return compatible(tree, w, actorAt(subject), entities);
      clause = head;
      continue;
    }
    if (dep === 'nmod:poss' && steps === 0) {
      // "Syria offered its troops", "the ILO reiterated its demand": a possessive pronoun stands for the
      // subject of the clause its noun is in.
      const subject = tree.subjects(tree.clauseOf(clause)).find((s) => tree.tokens[s]?.upos !== 'PRON');
      if (subject !== undefined) return compatible(tree, w, actorAt(subject), entities);
    }
    return null;
  }
  return null;
}
