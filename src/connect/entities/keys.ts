import type { Entity } from '../../core/analysis.js';
import type { ReadArticle } from '../../core/connected.js';
import { initialsOf, isAbbreviation } from './abbreviated.js';
import { memberKey } from './evidence.js';
import { foldName, MISSPELLING_MIN_LENGTH, oneEditKeys, personName, transliterationKey } from './names.js';

/**
 * The blocking keys of an article's entity: every key under which resolution may compare it with another
 * (see `joinByKey`, `matchPeople`, `adoptMistypedSurnames`, `joinShortForms`,
 * `keyAbbreviations`). Two members that resolution
 * could put in one actor always share one of these, so the actors a new article may change are found by
 * an indexed lookup of its entities' keys, never by a scan of every actor.
 */
export function actorKeys(entity: Entity): string[] {
  const keys = new Set<string>();
  const folded = foldName(entity.name);
  if (entity.stands === 'government' && entity.country) keys.add(`gov:${entity.country}`);
  if (entity.type === 'country' && entity.country) keys.add(`country:${entity.country}`);
  keys.add(`name:${entity.type}:${folded}`);
  // An abbreviation and the full name its article ties it to (see `keyAbbreviations`).
  const letters = isAbbreviation(entity) ? entity.name : initialsOf(entity);
  if (letters !== null) keys.add(`abbr:${letters}`);
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
 * Adams", with whom it shares no blocking key). Shared, never to be changed by the caller.
 */
function reachKeys(entity: Entity): string[] {
  // Made from the entity's name, type, country and stance alone, so kept by them: the same few thousand
  // names come back in article after article, and an article read back is decoded afresh (new objects)
  // once the store no longer keeps its reading decoded, which on a large store is most of them.
  const id = `${entity.type}\u0000${entity.name}\u0000${entity.country ?? ''}\u0000${entity.stands ?? ''}`;
  let keys = reachKeysMade.get(id);
  if (keys) return keys;
  keys = actorKeys(entity);
  const name = entity.type === 'person' ? personName(entity.name) : null;
  if (name) keys.push(`given:${transliterationKey(name.first ?? name.surname)}`);
  if (reachKeysMade.size >= REACH_KEYS_KEPT) reachKeysMade.clear();
  reachKeysMade.set(id, keys);
  return keys;
}

/** Names whose reach keys are kept: a few MB, many scopes' worth of names. */
const REACH_KEYS_KEPT = 50_000;
const reachKeysMade = new Map<string, string[]>();

/**
 * The members of `reads` that resolution may put in one actor with any of `start` (member keys): those
 * reached from them through shared keys, step by step. Resolving only these gives the groups holding
 * `start` as resolving every member of `reads` does, since every rule of resolution compares only members
 * that share a key (and weighs only such members against each other), at a fraction of the cost: most of
 * the entities of an article read for one actor have nothing to do with it.
 */
export function linkedMembers(reads: readonly ReadArticle[], start: Iterable<string>): Set<string> {
  return new MemberReach().linked(reads, start);
}

/**
 * `linkedMembers` asked again and again of one growing set of articles (an actor scope widened round after
 * round): each article's members are indexed by their keys once, and each question walks only the
 * articles it names.
 */
export class MemberReach {
  private readonly keysOf = new Map<string, string[]>();
  private readonly articleOf = new Map<string, string>();
  private readonly byKey = new Map<string, string[]>();
  private readonly indexed = new Set<string>();

  /** As `linkedMembers(reads, start)`. */
  linked(reads: readonly ReadArticle[], start: Iterable<string>): Set<string> {
    const within = new Set<string>();
    for (const read of reads) {
      within.add(read.article.id);
      if (!this.indexed.has(read.article.id)) this.index(read);
    }
    const inReads = (member: string) => within.has(this.articleOf.get(member)!);
    const reached = new Set<string>();
    const queue = [...start].filter((m) => this.keysOf.has(m) && inReads(m));
    for (const m of queue) reached.add(m);
    const seen = new Set<string>();
    while (queue.length > 0)
      for (const key of this.keysOf.get(queue.pop()!)!) {
        if (seen.has(key)) continue;
        seen.add(key);
        for (const other of this.byKey.get(key)!)
          if (!reached.has(other) && inReads(other)) {
            reached.add(other);
            queue.push(other);
          }
      }
    return reached;
  }

  private index(read: ReadArticle): void {
    this.indexed.add(read.article.id);
    for (const entity of read.reading.entities) {
      const member = memberKey(read.article.id, entity.id);
      const keys = reachKeys(entity);
      this.keysOf.set(member, keys);
      this.articleOf.set(member, read.article.id);
      for (const key of keys) {
        const list = this.byKey.get(key);
        if (list) list.push(member);
        else this.byKey.set(key, [member]);
      }
    }
  }
}
