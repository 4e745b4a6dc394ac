import type { Entity, Mention } from '../../core/analysis.js';
import type { Tree } from '../syntax/tree.js';
import { markerOf } from './actor-phrases.js';

/** The holder of a role whose title word stands in the sentence, with the country of the role. */
export interface RoleHolder {
  entity: Entity;
  country: string | null;
}

/**
 * Title words of a role the entities stage read with its holder's name, by word: "President" → Putin.
 * "the President of the Russian Federation, Vladimir Putin": the title's words stand for the holder
 * wherever the parser hangs the name. Words heading a mention of their own are left to it.
 */
export function roleHoldersOf(
  tree: Tree,
  entities: ReadonlyMap<string, Entity>,
  byHead: ReadonlyMap<number, Mention>,
): Map<number, RoleHolder> {
  const holders = new Map<number, RoleHolder>();
  const first = tree.tokens[0];
  const last = tree.tokens[tree.length - 1];
  if (!first || !last) return holders;
  for (const entity of entities.values()) {
    if (entity.type !== 'person') continue;
    for (const role of entity.roles) {
      const { start, end } = role.evidence;
      if (end <= first.start || start >= last.end) continue;
      const title = new Set(role.title.toLowerCase().split(/\s+/));
      for (let w = 0; w < tree.length; w++) {
        const token = tree.tokens[w]!;
        if (token.start < start || token.end > end || byHead.has(w)) continue;
        if ((token.upos === 'NOUN' || token.upos === 'PROPN') && title.has(tree.lower(w)))
          holders.set(w, { entity, country: role.country });
      }
    }
  }
  return holders;
}

/**
 * The country the words around a person's name give the role it names ("Russian opposition leader
 * Alexei Navalny", "U.N. mediator Diego Cordovez", "the president of Algeria, …"): a country, demonym or
 * body of one country modifying word `w` (the name or the title the name is in apposition to), or the
 * owner of its of-phrase; null when none does.
 */
export function roleCountry(
  tree: Tree,
  w: number,
  byHead: ReadonlyMap<number, Mention>,
  entities: ReadonlyMap<string, Entity>,
): string | null {
  const modifiers = tree.children(w, 'amod', 'compound', 'nmod:poss', 'nmod:desc', 'nmod');
  for (const c of modifiers) {
    if (tree.dep(c) === 'nmod') {
      const marker = markerOf(tree, c);
      if (marker < 0 || tree.lower(marker) !== 'of') continue;
    }
    // A title in front of the name ("Algerian President …") carries the country on its own modifiers.
    const owners =
      tree.dep(c) === 'nmod:desc' || tree.dep(c) === 'compound'
        ? [c, ...tree.children(c, 'amod', 'compound')]
        : [c];
    for (const o of owners) {
      const m = byHead.get(o);
      const entity = m ? entities.get(m.entityId) : undefined;
      if (entity && entity.type !== 'person' && entity.country !== null) return entity.country;
    }
  }
  return null;
}
