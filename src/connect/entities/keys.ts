import type { Entity } from '../../core/analysis.js';
import type { ReadArticle } from '../../core/connected.js';
import { memberKey } from './evidence.js';
import { foldName, MISSPELLING_MIN_LENGTH, oneEditKeys, personName, transliterationKey } from './names.js';

/**
 * The blocking keys of an article's entity: every key under which resolution may compare it with another
 * (see `joinByKey`, `matchPeople`, `adoptMistypedSurnames`, `joinShortForms`). Two members that resolution
 * could put in one actor always share one of these, so the actors a new article may change are found by
 * an indexed lookup of its entities' keys, never by a scan of every actor.
 */
export function actorKeys(entity: Entity): string[] {
  const keys = new Set<string>();
  const folded = foldName(entity.name);
  if (entity.stands === 'government' && entity.country) keys.add(`gov:${entity.country}`);
  if (entity.type === 'country' && entity.country) keys.add(`country:${entity.country}`);
  keys.add(`name:${entity.type}:${folded}`);
  const words = folded.split(' ').filter(Boolean);
  if (entity.type === 'person') {
    const name = personName(entity.name);
    if (name) {
      const surname = transliterationKey(name.surname);
      keys.add(`surname:${surname}`);
      keys.add(`word:${foldName(name.surname)}`);
      if (name.surname.length >= MISSPELLING_MIN_LENGTH)
        for (const key of oneEditKeys(surname)) keys.add(`edit:${key}`);
    }
  } else if (words.length === 1) {
    // A one-word name may be a short form of a longer organisation, or a mistyped surname.
    keys.add(`word:${words[0]}`);
    keys.add(`surname:${transliterationKey(words[0]!)}`);
  } else if (entity.type === 'organisation') {
    keys.add(`word:${words[words.length - 1]}`);
  }
  return [...keys];
}

/**
 * The keys by which one member reaches another in `linkedMembers`: its blocking keys, and a person's given
 * name (a given name alone, "Gerry", joins the one person its own article names in full by it, "Gerry
 * Adams", with whom it shares no blocking key).
 */
function reachKeys(entity: Entity): string[] {
  let keys = reachKeysMade.get(entity);
  if (keys) return keys;
  keys = actorKeys(entity);
  const name = entity.type === 'person' ? personName(entity.name) : null;
  if (name) keys.push(`given:${transliterationKey(name.first ?? name.surname)}`);
  reachKeysMade.set(entity, keys);
  return keys;
}

/** Made once per entity of a reading (a store hands back the same readings for a scope's articles). */
const reachKeysMade = new WeakMap<Entity, string[]>();

/**
 * The members of `reads` that resolution may put in one actor with any of `start` (member keys): those
 * reached from them through shared keys, step by step. Resolving only these gives the groups holding
 * `start` as resolving every member of `reads` does, since every rule of resolution compares only members
 * that share a key (and weighs only such members against each other), at a fraction of the cost: most of
 * the entities of an article read for one actor have nothing to do with it.
 */
export function linkedMembers(reads: readonly ReadArticle[], start: Iterable<string>): Set<string> {
  const keysOf = new Map<string, string[]>();
  const byKey = new Map<string, string[]>();
  for (const read of reads)
    for (const entity of read.reading.entities) {
      const member = memberKey(read.article.id, entity.id);
      const keys = reachKeys(entity);
      keysOf.set(member, keys);
      for (const key of keys) {
        const list = byKey.get(key);
        if (list) list.push(member);
        else byKey.set(key, [member]);
      }
    }
  const reached = new Set<string>();
  const queue = [...start].filter((m) => keysOf.has(m));
  for (const m of queue) reached.add(m);
  const seen = new Set<string>();
  while (queue.length > 0)
    for (const key of keysOf.get(queue.pop()!)!) {
      if (seen.has(key)) continue;
      seen.add(key);
      for (const other of byKey.get(key)!)
        if (!reached.has(other)) {
          reached.add(other);
          queue.push(other);
        }
    }
  return reached;
}
