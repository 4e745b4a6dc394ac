import type { Entity } from '../../core/analysis.js';
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
