import type { Entity } from '../../core/analysis.js';
import { titlesDisagree } from '../../stages/entities/titles.js';
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
 * Zelenskyy" / "Volodymyr Zelensky"), a son's suffix kept apart ("Donald Trump Jr" is not "Donald
 * Trump"); a one-letter misspelt surname with the same first name and context ("Andrii Sybhia" / "Andrii
 * Sybiha"); a bare surname ("Trump") joining the full-name person its own article names, else the one its
 * story names, else the one person of that surname the corpus is nearly all about; bare surnames left over
 * joining each other within a story only (two articles' "Leo" need not be one Leo). Each step only compares
 * names that share a key.
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
  const fullKey = (p: Person) =>
    `${transliterationKey(p.name.first ?? '')} ${p.surnameKey} ${p.name.suffix ?? ''}`;

  const byFullName = new Map<string, Person[]>();
  for (const p of full) push(byFullName, fullKey(p), p);
  for (const same of byFullName.values())
    for (const p of same.slice(1)) groups.union(same[0]!.index, p.index);
  // One person per distinct full name is enough to compare: the rest are already joined to it.
  const distinct = [...byFullName.values()].map((same) => same[0]!);

  const fullByEdit = indexBySurnameEdits(distinct);
  for (const p of distinct) {
    for (const q of misspelled(p, fullByEdit)) {
      const sameFirst =
        transliterationKey(p.name.first ?? '') === transliterationKey(q.name.first ?? '') &&
        p.name.suffix === q.name.suffix;
      if (sameFirst && groups.sameContext(p.index, q.index)) groups.union(p.index, q.index);
    }
  }

  const fullBySurname = new Map<string, Person[]>();
  for (const p of full) push(fullBySurname, p.surnameKey, p);
  const uses = wordUses(groups, full, bare);
  for (const p of bare) {
    const exact = fullBySurname.get(p.surnameKey) ?? [];
    // A misspelt bare surname is weak evidence: it joins only a person its own article or story names
    // ("Fatah", the movement, is not "Abdel Fattah" of another story).
    const here = groups.members[p.index]!;
    const variants = misspelled(p, fullByEdit).filter((q) => {
      const there = groups.profile(q.index);
      const near =
        there.articles.has(here.read.article.id) || (here.story !== null && there.stories.has(here.story));
      return near && groups.sameContext(p.index, q.index);
    });
    const target = holderOf(groups, p.index, [...exact, ...variants]);
    if (target !== null) groups.union(p.index, target);
    else if (!readAsSurname(p, here, exact, groups, uses) && !uses.notPerson.has(p.surnameKey)) {
      // A given name alone ("Gerry") is the one person of that first name its own article names in full.
      const named = full.filter(
        (q) =>
          groups.members[q.index]!.read === here.read &&
          transliterationKey(q.name.first ?? '') === p.surnameKey,
      );
      const holders = [...new Set(named.map((q) => groups.root(q.index)))];
      if (holders.length === 1) groups.union(p.index, holders[0]!);
    }
  }

  const bareBySurname = new Map<string, Person[]>();
  for (const p of bare) {
    const member = groups.members[p.index]!;
    if (groups.root(p.index) !== p.index || contestedSurname(member)) continue;
    push(bareBySurname, `${p.surnameKey}@${member.story ?? ''}`, p);
  }
  for (const same of bareBySurname.values())
    for (const p of same.slice(1)) groups.union(same[0]!.index, p.index);
}

/** For each name word (its transliteration key), the articles that use it as a surname and as a given name. */
interface WordUses {
  asSurname: Map<string, Set<string>>;
  asGiven: Map<string, Set<string>>;
  /** The articles naming in full each person (group) who bears the word as a surname. */
  bearers: Map<string, Map<number, Set<string>>>;
  /** Words the corpus writes alone as an organisation, place or country far more often than as a person. */
  notPerson: Set<string>;
}

/** A word written alone is read as no given name when typed otherwise in this many articles … */
const OTHERWISE_MIN_ARTICLES = 3;
/** … and this many times as many as it is typed a person in. */
const OTHERWISE_SHARE = 3;

function addTo<K>(map: Map<K, Set<string>>, key: K, article: string): void {
  const set = map.get(key);
  if (set) set.add(article);
  else map.set(key, new Set([article]));
}

/**
 * How the corpus uses each word of a person's name: as a given name where an article names someone in full
 * by it first ("Rashed Hamwi"); as a surname where an article names someone in full by it last ("Karim
 * al-Rashed"), or writes it alone without naming anyone in full by it first (a word standing alone for a
 * person is the surname, unless its article has introduced a bearer of that given name).
 */
function wordUses(groups: MemberGroups, full: readonly Person[], bare: readonly Person[]): WordUses {
  const uses: WordUses = {
    asSurname: new Map(),
    asGiven: new Map(),
    bearers: new Map(),
    notPerson: new Set(),
  };
  const articleOf = (p: Person) => groups.members[p.index]!.read.article.id;
  for (const p of full) {
    addTo(uses.asSurname, p.surnameKey, articleOf(p));
    addTo(uses.asGiven, transliterationKey(p.name.first!), articleOf(p));
    let bearers = uses.bearers.get(p.surnameKey);
    if (!bearers) uses.bearers.set(p.surnameKey, (bearers = new Map()));
    addTo(bearers, groups.root(p.index), articleOf(p));
  }
  for (const p of bare)
    if (!uses.asGiven.get(p.surnameKey)?.has(articleOf(p))) addTo(uses.asSurname, p.surnameKey, articleOf(p));
  // "Labour" the party, typed a person once, is the party in report after report, not a given name.
  const typed = new Map<string, Set<string>>();
  const asPerson = new Map<string, Set<string>>();
  for (const m of groups.members) {
    const word = foldName(m.entity.name);
    if (!word || word.includes(' ')) continue;
    addTo(m.entity.type === 'person' ? asPerson : typed, transliterationKey(word), m.read.article.id);
  }
  for (const p of bare) {
    const otherwise = typed.get(p.surnameKey)?.size ?? 0;
    const person = asPerson.get(p.surnameKey)?.size ?? 0;
    if (otherwise >= OTHERWISE_MIN_ARTICLES && otherwise >= OTHERWISE_SHARE * person)
      uses.notPerson.add(p.surnameKey);
  }
  return uses;
}

/**
 * A word written alone that its own article also gives as the first name of someone it names in full is
 * read as a surname, not as that person's given name, when the evidence for a surname outweighs it: the
 * article names in full someone whose surname it is; or the corpus has one prominent bearer of it as a
 * surname (named in full in two or more other reports, and in at least two of every three reports naming
 * anyone in full by that surname), and the reports using the word as a surname are no fewer than those
 * using it as a given name. "Rashed", the ousted ruler Karim al-Rashed of report after report, is not the
 * foreign minister "Rashed al-Hamwi" named once beside it. A surname many people bear ("Johnson") points
 * to no one in particular, so the "Johnson" of a report about "Johnson Mabia" stays his; one other
 * report's senator surnamed Myron does not make the "Myron" of a profile of "Myron Calloway" someone else,
 * nor does it unmake a name written surname first ("Park" of "Park Ji Hoon").
 */
function readAsSurname(
  p: Person,
  here: Member,
  exact: readonly Person[],
  groups: MemberGroups,
  uses: WordUses,
): boolean {
  if (exact.some((q) => groups.members[q.index]!.read === here.read)) return true;
  const article = here.read.article.id;
  const other = (articles: ReadonlySet<string> | undefined) =>
    [...(articles ?? [])].filter((a) => a !== article).length;
  const bearers = [...(uses.bearers.get(p.surnameKey)?.values() ?? [])];
  const named = other(new Set(bearers.flatMap((articles) => [...articles])));
  const prominent = bearers.some((articles) => other(articles) >= 2 && 3 * other(articles) >= 2 * named);
  return prominent && other(uses.asSurname.get(p.surnameKey)) >= (uses.asGiven.get(p.surnameKey)?.size ?? 0);
}

/** The people its own article names in full with a bare surname's surname. */
function fullNamedHolders(m: Member): Entity[] {
  const name = personName(m.entity.name);
  if (!name || name.first !== null) return [];
  return m.read.reading.entities.filter((e) => {
    const other = e.id !== m.entity.id && e.type === 'person' ? personName(e.name) : null;
    return other?.first != null && other.surname === name.surname;
  });
}

/**
 * A bare surname its own article names two people of in full, by different given names ("Sen. Ron Berg"
 * and "Speaker Mike Berg"), and did not give to either: whose it is the article leaves open, so it joins
 * no other bare surname of its story (two such in one report are a senator's and a speaker's quotes).
 */
function contestedSurname(m: Member): boolean {
  const given = [...new Set(fullNamedHolders(m).map((e) => personName(e.name)!.first!))];
  // "Gerald" and "Gerry", "Alexander" and "Alex": one given name and its short form are one person's.
  return given.some((a, i) => given.slice(i + 1).some((b) => a.slice(0, 3) !== b.slice(0, 3)));
}

/**
 * A bare surname whose own article names in full two or more people of that surname, none of them named
 * at least twice as often as the others together ("Sen. Ron Berg" and "Speaker Mike Berg" of one report),
 * names no one by itself: the reading could not tell whose it is, and listed as an actor it gathers the
 * surname's mentions of several people. A surname beside one prominent holder ("Salgado" in a tribute to
 * Sebastião Salgado that names his wife once) is that person's.
 */
export function ambiguousSurname(m: Member): boolean {
  const holders = fullNamedHolders(m);
  if (holders.length < 2) return false;
  const counts = holders
    .map((e) => m.read.reading.mentions.filter((x) => x.entityId === e.id).length)
    .sort((a, b) => b - a);
  const rest = counts.slice(1).reduce((sum, n) => sum + n, 0);
  return counts[0]! < 2 * rest;
}

/**
 * The full-name group a bare surname belongs to: the one its own article names, else the one its story
 * names, else the one holder of the title or country written with it that the corpus is nearly all about;
 * null when it stays ambiguous. The corpus's most mentioned holder of the surname alone is not enough: a
 * column's imagined "Dr Assad" is not Bashar al-Assad, nor "Golan" of a minister whose given name the
 * reading took for a month Yair Golan (two such stray members were judged at seeds 650 and 733).
 * Without stories, the corpus is one story. A candidate holding only other offices than the titles written
 * with the surname, or one the pronouns, honorifics or given names give another gender, is someone else;
 * several candidates in one place are narrowed to those sharing a title.
 */
function holderOf(groups: MemberGroups, index: number, candidates: readonly Person[]): number | null {
  const member = groups.members[index]!;
  const mine = groups.profile(index);
  // "Speaker Johnson" is not the "Senator Ron Johnson" of the same article, nor any other senator; a
  // surname the article calls "he" is not the woman of that surname it names in full.
  const compatible = candidates.filter(
    (c) =>
      groups.compatible(index, c.index) &&
      !groups.gendersDisagree(index, c.index) &&
      !titlesDisagree([...mine.titles], [...groups.profile(c.index).titles]),
  );
  const roots = (list: readonly Person[]) => [...new Set(list.map((c) => groups.root(c.index)))];
  const narrowed = (found: number[]) => {
    if (found.length <= 1) return found;
    const sharing = found.filter((r) => [...groups.profile(r).titles].some((t) => mine.titles.has(t)));
    return sharing.length > 0 ? sharing : found;
  };
  const sameArticle = narrowed(
    roots(compatible.filter((c) => groups.members[c.index]!.read === member.read)),
  );
  if (sameArticle.length > 0) return sameArticle.length === 1 ? sameArticle[0]! : null;
  const all = roots(compatible);
  const sameStory = narrowed(
    member.story === null ? all : all.filter((r) => groups.profile(r).stories.has(member.story!)),
  );
  if (sameStory.length > 0 || member.story === null) return sameStory.length === 1 ? sameStory[0]! : null;
  // Across stories, only with the holder's title or country written with the surname ("President
  // Zelensky" is the "President Volodymyr Zelenskyy" of other stories), and only the one holder nearly
  // every such mention in the corpus is about.
  const agreeing = roots(compatible.filter((c) => groups.sameContext(index, c.index)));
  const mass = agreeing.reduce((sum, r) => sum + groups.profile(r).mentions, 0);
  const dominant = agreeing.find(
    (r) => groups.profile(r).mentions >= DOMINANT_SHARE * mass && groups.profile(r).articles.size >= 2,
  );
  return dominant ?? null;
}

/** A bare surname joins the one holder of its title or country that holds this share of their mentions. */
const DOMINANT_SHARE = 0.9;

/** A tagger sometimes types a bare surname ("Rubio", "Putin") as a place or organisation. */
const MISTYPED_MAX_MENTIONS = 2;

/**
 * A word its own article also writes as the first word of a longer place or organisation ("the Syrian
 * Golan" beside "the Golan Heights", "Jordan" beside "the Jordan Valley") is that name cut short, not a
 * surname.
 */
function shortOfLongerName(m: Member, word: string): boolean {
  return m.read.reading.entities.some((e) => {
    if (e.id === m.entity.id || (e.type !== 'place' && e.type !== 'organisation')) return false;
    const words = e.name.trim().split(/\s+/);
    return words.length > 1 && foldName(words[0]!) === word;
  });
}

/**
 * Joins a rarely mentioned, country-less single word typed as a place, organisation or other to the person
 * whose surname it is: one in the same article, else the only such person the corpus names in two or more
 * articles (one who recurs is likelier meant than a company or town of the same name); never a word its
 * article writes as part of a longer name (see `shortOfLongerName`), nor to a "person" the corpus elsewhere
 * reads as an organisation.
 */
export function adoptMistypedSurnames(groups: MemberGroups): void {
  // A name some article reads as an organisation ("Maccabi Netanya", a club read as a person elsewhere) is
  // no person's: the place its name holds ("Netanya") is no surname of it.
  const bodies = new Set(
    groups.members.filter((m) => m.entity.type === 'organisation').map((m) => foldName(m.entity.name)),
  );
  const people = new Map<string, number[]>();
  groups.members.forEach((m, i) => {
    const name = m.entity.type === 'person' ? personName(m.entity.name) : null;
    if (name?.first && !bodies.has(foldName(m.entity.name))) push(people, name.surname, i);
  });
  groups.members.forEach((m: Member, i) => {
    const { entity } = m;
    if (entity.type === 'person' || entity.type === 'country' || entity.country || entity.stands) return;
    const word = foldName(entity.name);
    if (!word || word.includes(' ') || m.mentionCount > MISTYPED_MAX_MENTIONS) return;
    if (shortOfLongerName(m, word)) return;
    const holders = people.get(word) ?? [];
    const local = holders.filter((h) => groups.members[h]!.read === m.read);
    const recurring = [...new Set(holders.map((h) => groups.root(h)))].filter(
      (r) => groups.profile(r).articles.size >= 2,
    );
    const target = local.length > 0 ? groups.root(local[0]!) : recurring.length === 1 ? recurring[0]! : null;
    if (target !== null && local.every((h) => groups.root(h) === target)) groups.union(i, target);
  });
}
