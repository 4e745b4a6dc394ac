import type { Member, MemberGroups } from './members.js';
import {
  foldName,
  MISSPELLING_MIN_LENGTH,
  oneEditKeys,
  personName,
  transliterationKey,
  withinOneEdit,
  type PersonName,
} from './names.js';

interface Person {
  index: number;
  name: PersonName;
  /** Transliteration key of the surname. */
  surnameKey: string;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Variant spellings are looked up by their one-edit keys, so only names that could be one edit apart meet. */
function indexBySurnameEdits(people: readonly Person[]): Map<string, Person[]> {
  const index = new Map<string, Person[]>();
  for (const p of people) {
    if (p.name.surname.length < MISSPELLING_MIN_LENGTH) continue;
    for (const key of oneEditKeys(p.surnameKey)) push(index, key, p);
  }
  return index;
}

/** People from `index` whose surname is a one-letter misspelling of `p`'s (or the same once transliterated). */
function misspelled(p: Person, index: ReadonlyMap<string, Person[]>): Person[] {
  if (p.name.surname.length < MISSPELLING_MIN_LENGTH) return [];
  const found = new Set<Person>();
  for (const key of oneEditKeys(p.surnameKey)) {
    for (const q of index.get(key) ?? []) {
      if (q === p) continue;
      if (q.surnameKey === p.surnameKey || withinOneEdit(p.name.surname, q.name.surname)) found.add(q);
    }
  }
  return [...found];
}

/**
 * People across articles. In order of confidence: the same full name once transliterated ("Volodymyr
 * Zelenskyy" / "Volodymyr Zelensky"); a one-letter misspelt surname with the same first name and context
 * ("Andrii Sybhia" / "Andrii Sybiha"); a bare surname ("Trump") joining the one full name it can be; bare
 * surnames left over joining each other. Each step only compares names that share a key.
 */
export function matchPeople(groups: MemberGroups): void {
  const people: Person[] = [];
  groups.members.forEach((m, index) => {
    if (m.entity.type !== 'person') return;
    const name = personName(m.entity.name);
    if (name) people.push({ index, name, surnameKey: transliterationKey(name.surname) });
  });
  const full = people.filter((p) => p.name.first !== null);
  const bare = people.filter((p) => p.name.first === null);

  const byFullName = new Map<string, Person[]>();
  for (const p of full) push(byFullName, `${transliterationKey(p.name.first ?? '')} ${p.surnameKey}`, p);
  for (const same of byFullName.values())
    for (const p of same.slice(1)) groups.union(same[0]!.index, p.index);
  // One person per distinct full name is enough to compare: the rest are already joined to it.
  const distinct = [...byFullName.values()].map((same) => same[0]!);

  const fullByEdit = indexBySurnameEdits(distinct);
  for (const p of distinct) {
    for (const q of misspelled(p, fullByEdit)) {
      const sameFirst = transliterationKey(p.name.first ?? '') === transliterationKey(q.name.first ?? '');
      if (sameFirst && groups.sameContext(p.index, q.index)) groups.union(p.index, q.index);
    }
  }

  const fullBySurname = new Map<string, Person[]>();
  for (const p of distinct) push(fullBySurname, p.surnameKey, p);
  for (const p of bare) {
    const exact = fullBySurname.get(p.surnameKey) ?? [];
    const variants = misspelled(p, fullByEdit).filter((q) => groups.sameContext(p.index, q.index));
    const target = soleCandidate(groups, p.index, [...exact, ...variants]);
    if (target !== null) groups.union(p.index, target);
  }

  const bareBySurname = new Map<string, Person[]>();
  for (const p of bare) push(bareBySurname, p.surnameKey, p);
  for (const same of bareBySurname.values()) {
    for (const p of same.slice(1)) {
      if (groups.root(p.index) === p.index) groups.union(same[0]!.index, p.index);
    }
  }
}

/**
 * The one group a bare surname can belong to: among the compatible candidates, narrowed to those sharing
 * a title and then to those sharing a country when several remain; null when still ambiguous.
 */
function soleCandidate(groups: MemberGroups, index: number, candidates: readonly Person[]): number | null {
  let roots = [...new Set(candidates.map((c) => groups.root(c.index)))].filter((r) =>
    groups.compatible(index, r),
  );
  if (roots.length > 1) {
    const mine = groups.profile(index);
    const sharing = (field: 'titles' | 'countries') =>
      roots.filter((r) => [...groups.profile(r)[field]].some((v) => mine[field].has(v)));
    const byTitle = sharing('titles');
    roots = byTitle.length > 0 ? byTitle : roots;
    if (roots.length > 1) roots = sharing('countries');
  }
  return roots.length === 1 ? roots[0]! : null;
}

/** A tagger sometimes types a bare surname ("Rubio", "Putin") as a place or organisation. */
const MISTYPED_MAX_MENTIONS = 2;

/**
 * Joins a rarely mentioned, country-less single word typed as a place, organisation or other to the person
 * whose surname it is: one in the same article, else the only such person the corpus names in two or more
 * articles (one who recurs is likelier meant than a company or town of the same name).
 */
export function adoptMistypedSurnames(groups: MemberGroups): void {
  const people = new Map<string, number[]>();
  groups.members.forEach((m, i) => {
    const name = m.entity.type === 'person' ? personName(m.entity.name) : null;
    if (name?.first) push(people, name.surname, i);
  });
  groups.members.forEach((m: Member, i) => {
    const { entity } = m;
    if (entity.type === 'person' || entity.type === 'country' || entity.country || entity.stands) return;
    const word = foldName(entity.name);
    if (!word || word.includes(' ') || m.mentionCount > MISTYPED_MAX_MENTIONS) return;
    const holders = people.get(word) ?? [];
    const local = holders.filter((h) => groups.members[h]!.read === m.read);
    const recurring = [...new Set(holders.map((h) => groups.root(h)))].filter(
      (r) => groups.profile(r).articles.size >= 2,
    );
    const target = local.length > 0 ? groups.root(local[0]!) : recurring.length === 1 ? recurring[0]! : null;
    if (target !== null && local.every((h) => groups.root(h) === target)) groups.union(i, target);
  });
}
