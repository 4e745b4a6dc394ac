import type { ResolvedEntity } from '../core/connected.js';
import type { ConnectedDossier } from './connect.js';

/** Edits (insert, delete, substitute) from one word to another, two rows at a time. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length]!;
}

const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** How far a query is from an actor: the nearest of its name, its aliases and each word in them. */
function distanceTo(query: string, entity: ResolvedEntity): number {
  const forms = [entity.name, ...entity.aliases].map(fold);
  const words = forms.flatMap((form) => form.split(' '));
  return Math.min(...[...forms, ...words].map((form) => editDistance(query, form)));
}

/**
 * The actors whose names come closest to a query nothing matched ("Rubbio", "Zelensky"), for an error
 * that helps: within a third of the query's length in edits, nearest and then most mentioned first.
 */
export function closeActors(dossier: ConnectedDossier, query: string, limit = 5): ResolvedEntity[] {
  const wanted = fold(query);
  if (!wanted) return [];
  const reach = Math.max(1, Math.floor(wanted.length / 3));
  return dossier.entities
    .map((entity) => ({ entity, distance: distanceTo(wanted, entity) }))
    .filter(({ distance }) => distance <= reach)
    .sort((a, b) => a.distance - b.distance || b.entity.mentionCount - a.entity.mentionCount)
    .slice(0, limit)
    .map(({ entity }) => entity);
}
