import type { EventActor } from '../../core/analysis.js';
import type { SentenceActors } from './sentence-actors.js';

/** Prepositions that say where something happened, not to whom. */
const WHERE = new Set(['in', 'at', 'near', 'inside', 'across', 'throughout', 'around']);

/**
 * Whether every target of the event at trigger `w` is a town or region the sentence names only as where
 * it happened: behind "in"/"at" ("people killed in Gaza", "looking into strikes in Gaza") or as a modifier
 * of the trigger itself ("fought in the Karabakh war"). A place so named is the scene, not a party; on the
 * hand-judged dev draws (seeds 71-460, tuned on) such targets were mostly wrong, while a place struck or
 * shelled by name ("shelled Juba", "an attack on Moscow") is a target as the verb names it, and stays.
 * The event keeps its reading (a scene may stand for its people); its confidence stays below the view.
 */
export function onlyScenes(sa: SentenceActors, w: number, targets: readonly EventActor[]): boolean {
  if (targets.length === 0 || !targets.every((t) => sa.isPlace(t.id))) return false;
  const { tree } = sa;
  const ids = new Set(targets.map((t) => t.id));
  let seen = false;
  for (let k = 0; k < tree.tokens.length; k++) {
    const actor = sa.actorAt(k);
    if (!actor || !ids.has(actor.id)) continue;
    seen = true;
    const marker = tree.child(k, 'case');
    const where = marker >= 0 && WHERE.has(tree.lower(marker));
    const modifier = tree.head(k) === w && ['compound', 'amod'].includes(tree.dep(k));
    if (!where && !modifier) return false;
  }
  return seen;
}

/**
 * The targets without the towns and regions named only as the scene, when a party remains: "met Okay
 * Memis, the council's secretary, in Ankara" is a meeting with him, not with Ankara.
 */
export function withoutScenes(sa: SentenceActors, w: number, targets: readonly EventActor[]): EventActor[] {
  const parties = targets.filter((t) => !onlyScenes(sa, w, [t]));
  return parties.length > 0 ? parties : [...targets];
}
