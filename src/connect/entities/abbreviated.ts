import type { Entity } from '../../core/analysis.js';
import type { ReadArticle } from '../../core/connected.js';
import { foldName } from './names.js';
import type { MemberGroups } from './members.js';

/**
 * Abbreviations across articles. Two bodies may share one ("IAF": the Israeli Air Force, the Israel Allies
 * Foundation), and an article that uses one without spelling it out says nothing of which it means. So an
 * abbreviation joins a full name only where its own article ties them (the name first, then the
 * abbreviation, in brackets or later on) or, untied, where its story holds one such tie; the abbreviations
 * no article or story ties stay one actor by the letters alone, apart from every full name.
 */

/** Two to six capitals, the whole name ("IAF", "FDA"). */
const ABBREVIATION = /^\p{Lu}{2,6}$/u;

/** Whether an entity is named by an abbreviation that may stand for a body (no person, country or government). */
export function isAbbreviation(entity: Entity): boolean {
  return (
    entity.type !== 'person' && entity.type !== 'country' && !entity.stands && ABBREVIATION.test(entity.name)
  );
}

/**
 * The capitals a name of two or more words abbreviates to, its words in lower case ("and", "of") left out:
 * "Food and Drug Administration" → "FDA"; null for one word or a person.
 */
export function initialsOf(entity: Entity): string | null {
  if (entity.type === 'person' || entity.type === 'country') return null;
  const words = entity.name.trim().split(/[\s-]+/);
  if (words.length < 2) return null;
  const initials = words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]!);
  return initials.length >= 2 ? initials.join('') : null;
}

/** Where an entity is first named in its article. */
function firstAt(mentions: readonly { entityId: string; start: number }[], id: string): number {
  let first = Infinity;
  for (const m of mentions) if (m.entityId === id && m.start < first) first = m.start;
  return first;
}

/**
 * Keys the abbreviation members and joins each tied one to its full name (see the file's comment). A tied
 * member is keyed by its letters and full name together, an untied one by the one full name its story
 * ties the letters to; the rest keep their plain key (absent from `keyed`). Short forms already placed (in `keyed`) are left.
 */
export function keyAbbreviations(groups: MemberGroups, keyed: Map<number, string | null>): void {
  const tiedTo = new Map<number, string>();
  const storyTies = new Map<string, Set<string>>();
  // Each article's members, gathered once: a tie joins members of one article only.
  const membersOf = new Map<ReadArticle, number[]>();
  groups.members.forEach((m, j) => {
    const list = membersOf.get(m.read);
    if (list) list.push(j);
    else membersOf.set(m.read, [j]);
  });
  groups.members.forEach((m, i) => {
    if (keyed.has(i) || !isAbbreviation(m.entity)) return;
    const { entities, mentions } = m.read.reading;
    const at = firstAt(mentions, m.entity.id);
    // The full name named before the abbreviation; two different ones tie it to neither.
    const full = entities.filter((e) => initialsOf(e) === m.entity.name && firstAt(mentions, e.id) < at);
    const names = new Set(full.map((e) => foldName(e.name)));
    if (names.size !== 1) return;
    const name = [...names][0]!;
    tiedTo.set(i, name);
    const place = m.story ?? m.read.article.id;
    storyTies.set(
      `${m.entity.name}@${place}`,
      (storyTies.get(`${m.entity.name}@${place}`) ?? new Set()).add(name),
    );
    for (const j of membersOf.get(m.read) ?? [])
      if (full.some((e) => e.id === groups.members[j]!.entity.id)) groups.union(i, j);
  });
  groups.members.forEach((m, i) => {
    if (keyed.has(i) || !isAbbreviation(m.entity)) return;
    const tied = tiedTo.get(i);
    if (tied !== undefined) {
      keyed.set(i, `abbr:${m.entity.name}:${tied}`);
      return;
    }
    const inStory = storyTies.get(`${m.entity.name}@${m.story ?? m.read.article.id}`);
    if (inStory?.size === 1) keyed.set(i, `abbr:${m.entity.name}:${[...inStory][0]!}`);
  });
}
