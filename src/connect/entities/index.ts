import type { ReadArticle, ResolvedEntity } from '../../core/connected.js';
import { keyAbbreviations } from './abbreviated.js';
import { describeGroup, identify } from './build.js';
import { applyDecisions, type ResolutionDecisions } from './decisions.js';
import { collectMembers, MemberGroups, type ArticleContext, type Member } from './members.js';
import { bodyOfAnyCountry, mainCountryOf } from './generic-bodies.js';
import { foldName, personName } from './names.js';
import { otherSense } from './place-containers.js';
import { adoptMistypedSurnames, ambiguousSurname, matchPeople } from './people.js';

export type { ResolutionDecisions } from './decisions.js';
export type { ArticleContext } from './members.js';
export { memberKey } from './evidence.js';

export interface Resolution {
  /** Most mentioned first. */
  entities: ResolvedEntity[];
  /** `<articleId>/<localId>` → resolved id, for every entity of every article. */
  memberOf: Map<string, string>;
  /**
   * The groups not shown as actors (too little evidence yet, see `shownAsActor`), with their ids: a later
   * article may bring the evidence, and incremental linking must find them to give `entities` again.
   */
  hidden: ResolvedEntity[];
}

/**
 * The key under which non-person entities are one: a country by its ISO code, a government (a metonym's
 * target: "the Kremlin", "Moscow" acting) by its country, anything else by type and folded name. People
 * need more than a key (see `matchPeople`).
 */
function keyOf(m: Member): string | null {
  const { entity } = m;
  if (entity.stands === 'government' && entity.country) return `gov:${entity.country}`;
  if (entity.type === 'person') return null;
  if (entity.type === 'country' && entity.country) return `country:${entity.country}`;
  // A place read in another sense than its name's best-known one goes by that sense, never by the name alone.
  const sense = otherSense(entity) ? `@${m.qualifiers.container ?? entity.country ?? ''}` : '';
  return `${entity.type}:${foldName(entity.name)}${sense}`;
}

/**
 * A one-word organisation that is the last word of longer names ("Post" for the Washington Post and the
 * Jerusalem Post, "Council", "Ministry") is a short form: it joins the one longer name its own article or
 * story gives, and otherwise stays within its story; it never joins across stories by the word alone. A
 * word that stands alone more often than it ends the one longer name there is ("Ford" in a hundred reports,
 * "Michigan Ford" once) is a name in its own right, joined across stories like any other.
 */
function joinShortForms(groups: MemberGroups, keyed: Map<number, string | null>): void {
  const longByLastWord = new Map<string, number[]>();
  const alone = new Map<string, number>();
  groups.members.forEach((m, i) => {
    if (m.entity.type !== 'organisation') return;
    const words = foldName(m.entity.name).split(' ');
    const last = words[words.length - 1]!;
    if (words.length > 1) longByLastWord.set(last, [...(longByLastWord.get(last) ?? []), i]);
    else alone.set(last, (alone.get(last) ?? 0) + 1);
  });
  // Decided once per word, not once per member that spells it.
  const shortForms = new Set<string>();
  for (const [word, longs] of longByLastWord) {
    const names = new Set(longs.map((j) => foldName(groups.members[j]!.entity.name)));
    if (names.size > 1 || longs.length >= (alone.get(word) ?? 0)) shortForms.add(word);
  }
  groups.members.forEach((m, i) => {
    const word = foldName(m.entity.name);
    if (m.entity.type !== 'organisation' || word.includes(' ') || !shortForms.has(word)) return;
    const longs = longByLastWord.get(word)!;
    const roots = (list: number[]) => [...new Set(list.map((j) => groups.root(j)))];
    const local = roots(longs.filter((j) => groups.members[j]!.read === m.read));
    const inStory = m.story === null ? [] : roots(longs.filter((j) => groups.members[j]!.story === m.story));
    const target = local.length > 0 ? local : inStory;
    if (target.length === 1 && groups.union(i, target[0]!)) keyed.set(i, null);
    else keyed.set(i, `short:${word}@${m.story ?? m.read.article.id}`);
  });
}

/**
 * Precision first: a group is an actor only with evidence that it is one. A country or a government is
 * known by code. Anything else must be named, somewhere, by what the parser reads as a proper noun (a
 * common word capitalised, "Shame", "Federal", "Higher Education", is none); then a person named in full
 * by proper nouns throughout (a given name and a surname, not "Atuhaire Alleges Rape") is known by the
 * shape of the name, and the rest (a one-word name, an organisation, a place) must be seen taking part in
 * what some article reports (see `agency.ts`). What is left out is still a mention in its article, only
 * not listed as an actor.
 */
function shownAsActor(group: readonly Member[], type: ResolvedEntity['type']): boolean {
  if (group.some((m) => m.entity.type === 'country' || m.entity.stands === 'government')) return true;
  if (!group.some((m) => m.agency.proper)) return false;
  if (type === 'person' && group.every(ambiguousSurname)) return false;
  const fullName = (m: Member) => personName(m.entity.name)?.first && m.agency.properThroughout;
  if (type === 'person' && group.some(fullName)) return true;
  return group.some((m) => m.agency.part);
}

/**
 * Places an untold member of a body every country has ("the Ministry of Foreign Affairs"): with the group
 * its article or story shares, else with the group of the country its article is most about, else (its
 * article naming no country) with the one group there is, else in a group of its own story. Joined by the name alone, the foreign ministries of Egypt, Iran and Taiwan were
 * one actor.
 */
function joinBodyOfAnyCountry(
  groups: MemberGroups,
  i: number,
  distinct: readonly number[],
  own: Map<string, number>,
): true {
  const { read, story } = groups.members[i]!;
  const near = distinct.filter((r) => {
    const p = groups.profile(r);
    return p.articles.has(read.article.id) || (story !== null && p.stories.has(story));
  });
  if (near.length === 1 && groups.union(near[0]!, i)) return true;
  const country = mainCountryOf(read);
  const ofCountry = country === null ? [] : distinct.filter((r) => groups.profile(r).countries.has(country));
  if (near.length === 0 && ofCountry.length === 1 && groups.union(ofCountry[0]!, i)) return true;
  // An article that names no country gives no ground to split: it joins the one group there is.
  const groupsSoFar = new Set([...distinct, ...own.values()].map((r) => groups.root(r)));
  if (
    country === null &&
    near.length === 0 &&
    groupsSoFar.size === 1 &&
    groups.union([...groupsSoFar][0]!, i)
  )
    return true;
  const place = country === null ? `story:${story ?? read.article.id}` : `country:${country}`;
  const mine = own.get(place);
  if (mine === undefined) own.set(place, i);
  else groups.union(mine, i);
  return true;
}

/**
 * Joins the members sharing a key. Those whose article says which of the same-named things it means (a
 * country, "the" or not, see `qualifiers.ts`) join the first group that agrees. The rest join the one
 * group there is; among several, the one their article or story shares, else, when the groups differ by
 * country (a kind of body every country has), a group of their own in each story, and when they differ only by "the",
 * the most mentioned (a modifier, "Amazon founder", follows the common sense).
 */
function joinSameNamed(groups: MemberGroups, members: readonly number[]): void {
  const told = (i: number) => {
    const p = groups.profile(i);
    return p.countries.size > 0 || p.forms.size > 0;
  };
  const generic = members.length > 1 && bodyOfAnyCountry(groups.members[members[0]!]!.entity.name);
  const roots: number[] = [];
  for (const i of members.filter(told)) if (!roots.some((r) => groups.union(r, i))) roots.push(i);
  // Untold members among bodies of several countries: one group per story (or article), not one for all.
  const own = new Map<string, number>();
  for (const i of members.filter((i) => !told(i))) {
    const distinct = [...new Set(roots.map((r) => groups.root(r)))];
    if (generic && joinBodyOfAnyCountry(groups, i, distinct, own)) continue;
    if (distinct.length <= 1) {
      if (distinct.length === 0) roots.push(i);
      else groups.union(distinct[0]!, i);
      continue;
    }
    const { read, story } = groups.members[i]!;
    const near = distinct.filter((r) => {
      const p = groups.profile(r);
      return p.articles.has(read.article.id) || (story !== null && p.stories.has(story));
    });
    if (near.length === 1 && groups.union(near[0]!, i)) continue;
    const countries = new Set(distinct.flatMap((r) => [...groups.profile(r).countries]));
    if (countries.size >= 2) {
      const place = story ?? read.article.id;
      const mine = own.get(place);
      if (mine === undefined) own.set(place, i);
      else groups.union(mine, i);
      continue;
    }
    const most = [...distinct].sort((a, b) => groups.profile(b).mentions - groups.profile(a).mentions)[0]!;
    groups.union(most, i);
  }
}

function joinByKey(groups: MemberGroups): void {
  // Short forms already joined to their long form are keyed null: they are placed.
  const keyed = new Map<number, string | null>();
  joinShortForms(groups, keyed);
  keyAbbreviations(groups, keyed);
  const byKey = new Map<string, number[]>();
  // A bare place in an article or story that reads its name in another sense ("Georgetown, Texas") is that
  // story's: never joined, by its name alone, with the best-known sense read elsewhere.
  const where = (m: Member) => m.story ?? m.read.article.id;
  const otherSenses = new Set(
    groups.members.filter((m) => otherSense(m.entity)).map((m) => `${foldName(m.entity.name)}|${where(m)}`),
  );
  const ownKey = (m: Member): string | null => {
    const key = keyOf(m);
    const tied = m.entity.type === 'place' && otherSenses.has(`${foldName(m.entity.name)}|${where(m)}`);
    return tied && !otherSense(m.entity) ? `${key}@story:${where(m)}` : key;
  };
  groups.members.forEach((m, i) => {
    const key = keyed.has(i) ? keyed.get(i)! : ownKey(m);
    if (key === null) return;
    const list = byKey.get(key);
    if (list) list.push(i);
    else byKey.set(key, [i]);
  });
  for (const members of byKey.values()) joinSameNamed(groups, members);
}

/**
 * One record per real-world actor across the articles, however each spells it: countries by ISO code,
 * governments by country, organisations and places by name, people by full name, transliteration,
 * one-letter misspelling and bare surname when country, first name and context allow (see `matchPeople`).
 * The user's decisions are applied last. Near-linear: names are only compared within shared keys. With
 * `only`, only those members are resolved (see `linkedMembers`).
 */
export function resolveAcrossArticles(
  articles: ReadArticle[],
  decisions?: ResolutionDecisions,
  context: ArticleContext = {},
  only?: ReadonlySet<string>,
): Resolution {
  const members = collectMembers(articles, context, only);
  const groups = new MemberGroups(members);
  joinByKey(groups);
  matchPeople(groups);
  adoptMistypedSurnames(groups);

  const position = new Map(members.map((m, i) => [m.key, i]));
  // Members in article order whatever merges and splits did, so a group reads the same however it formed.
  const describe = (keys: readonly string[]) =>
    describeGroup(
      keys
        .map((k) => position.get(k)!)
        .sort((a, b) => a - b)
        .map((i) => members[i]!),
    );
  const computed = groups.groups().map((g) => g.map((i) => members[i]!.key));
  const decided = applyDecisions(computed, decisions, (current) => identify(current.map(describe)));

  const described = decided.map(describe);
  const ids = identify(described);
  // A group a user's decision names was judged by the user: it stays whatever the evidence.
  const decidedIds = new Set((decisions?.merge ?? []).flat());
  const splitMembers = new Set((decisions?.split ?? []).map(([, member]) => member));
  const entities: ResolvedEntity[] = [];
  const hidden: ResolvedEntity[] = [];
  described.forEach((d, i) => {
    const e = { id: ids[i]!, ...d };
    const shown =
      decidedIds.has(e.id) ||
      e.members.some((key) => splitMembers.has(key)) ||
      shownAsActor(
        decided[i]!.map((key) => members[position.get(key)!]!),
        e.type,
      );
    (shown ? entities : hidden).push(e);
  });
  entities.sort(
    (a, b) => b.mentionCount - a.mentionCount || a.name.localeCompare(b.name) || a.id.localeCompare(b.id),
  );
  const memberOf = new Map<string, string>();
  for (const e of entities) for (const key of e.members) memberOf.set(key, e.id);
  return { entities, memberOf, hidden };
}
