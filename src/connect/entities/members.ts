import type { Entity, Mention } from '../../core/analysis.js';
import type { ReadArticle } from '../../core/connected.js';
import type { ArticleReading } from '../../core/types.js';
import { actsAsSubject, type Agency, agencyOf } from './agency.js';
import { memberKey } from './evidence.js';
import { closedByNotice, countsInContent } from './content.js';
import { nameCutBefore, nameOneWordOff } from './cut-names.js';
import { mayBeActor } from './junk.js';
import { eventByItsHead } from './kinds-of-names.js';
import { personName, transliterationKey } from './names.js';
import { givenNameGender } from '../../stages/entities/given-names.js';
import { type Gender, leadingHonorific } from '../../stages/entities/titles.js';
import { type Form, qualifiersOf, type Qualifiers } from './qualifiers.js';

/** One article's entity, the unit resolution groups. */
export interface Member {
  /** `<articleId>/<localId>`. */
  key: string;
  read: ReadArticle;
  entity: Entity;
  /** Mentions outside furniture and datelines. */
  mentionCount: number;
  /** The story the article belongs to, when stories are known. */
  story: string | null;
  /** What the article shows of it as an actor (see `agency.ts`). */
  agency: Agency;
  /** What the article writes around it that tells same-named things apart (see `qualifiers.ts`). */
  qualifiers: Qualifiers;
}

/** What resolution knows about each article beyond its reading: its story and its furniture sentences. */
export interface ArticleContext {
  storyOf?: ReadonlyMap<string, string>;
  furniture?: ReadonlyMap<string, ReadonlySet<number>>;
}

/**
 * The article-local entities that may be actors (see `junk.ts`), in article order; with `only`, those of
 * them whose member keys it holds (see `linkedMembers`).
 */
export function collectMembers(
  articles: readonly ReadArticle[],
  context: ArticleContext = {},
  only?: ReadonlySet<string>,
): Member[] {
  return articles.flatMap((read) =>
    membersOf(
      read,
      context.furniture?.get(read.article.id) ?? new Set<number>(),
      context.storyOf?.get(read.article.id) ?? null,
      only,
    ),
  );
}

/**
 * Each reading's members as made, under what they were made from: linking one article collects those of up
 * to a hundred earlier ones, mostly the same from one article to the next, and the store hands back the
 * same reading object for them (see `DecodedReadings`). A member is made when first asked for (linking asks
 * only for those a new article's names may reach) and never changed once made; `null`: no actor.
 */
const collected = new WeakMap<
  ArticleReading,
  {
    under: string;
    /** Each entity's mentions, and which of them count (`contentMentions`), decided when first asked. */
    mentions: Map<string, Mention[]>;
    counts: (m: Mention) => boolean;
    members: Map<string, Member | null>;
  }
>();

function membersOf(
  read: ReadArticle,
  furniture: ReadonlySet<number>,
  story: string | null,
  only: ReadonlySet<string> | undefined,
): Member[] {
  const under = [
    read.article.id,
    read.article.updatedAt,
    story ?? '',
    [...furniture].sort((a, b) => a - b).join(','),
  ].join('\u0000');
  let known = collected.get(read.reading);
  if (known?.under !== under) {
    // Grouped by entity first, and only the asked entities' mentions are then checked: the checks (credits,
    // chrome, datelines) cost far more than grouping, and most of an article's entities are never asked.
    const mentions = new Map<string, Mention[]>();
    for (const m of read.reading.mentions) {
      const list = mentions.get(m.entityId);
      if (list) list.push(m);
      else mentions.set(m.entityId, [m]);
    }
    const counts = countsInContent(
      read.article.text,
      furniture,
      read.reading.sentences,
      closedByNotice(read.article.removed),
      read.article.title ?? '',
      read.article.url ?? '',
    );
    known = { under, mentions, counts, members: new Map() };
    collected.set(read.reading, known);
  }
  const members: Member[] = [];
  for (const entity of read.reading.entities) {
    const key = memberKey(read.article.id, entity.id);
    if (only && !only.has(key)) continue;
    let member = known.members.get(entity.id);
    if (member === undefined) {
      const mentions = (known.mentions.get(entity.id) ?? []).filter(known.counts);
      // A body's name cut from the place before it goes by the name it was cut from, a name drawn one word
      // off by the name it was drawn from (see `cut-names.ts`).
      const whole = nameCutBefore(read, entity, mentions) ?? nameOneWordOff(read, entity, mentions);
      // A name headed by an event's noun that never acts in its article is the event (`kinds-of-names.ts`).
      const written = mentions.filter((m) => m.kind === 'name' || m.kind === 'short-name');
      const event = eventByItsHead(entity, written, read.article.text, (m) => actsAsSubject(read, m));
      member =
        !event && mayBeActor(entity, mentions, read.article.text, read.reading.mentions)
          ? {
              key,
              read,
              entity: whole === null ? entity : { ...entity, name: whole, aliases: [whole] },
              mentionCount: mentions.length,
              story,
              agency: agencyOf(read, entity, mentions),
              qualifiers: qualifiersOf(read, entity, mentions),
            }
          : null;
      known.members.set(entity.id, member);
    }
    if (member) members.push(member);
  }
  return members;
}

const HE = /^(?:he|him|his|himself)$/i;
const SHE = /^(?:she|her|hers|herself)$/i;

/**
 * How many of the article's pronouns and honorifics for an entity say "he" and how many "she": "Mrs Johnson"
 * says "she" as her pronouns do.
 */
function pronounsOf(member: Member): { he: number; she: number } {
  const counts = { he: 0, she: 0 };
  for (const m of member.read.reading.mentions) {
    if (m.entityId !== member.entity.id) continue;
    const gender =
      m.kind === 'pronoun'
        ? HE.test(m.text.trim())
          ? 'male'
          : SHE.test(m.text.trim())
            ? 'female'
            : null
        : m.kind === 'short-name' || m.kind === 'name'
          ? (leadingHonorific(m.text)?.gender ?? null)
          : null;
    if (gender === 'male') counts.he++;
    else if (gender === 'female') counts.she++;
  }
  return counts;
}

/** What a group of members says about who they are, to tell whether two groups may be one actor. */
interface Profile {
  countries: Set<string>;
  /** Transliteration keys of the first names written in full, each with its suffix: `donald|jr`. */
  firstNames: Set<string>;
  titles: Set<string>;
  /** How many of its pronouns and honorifics are "he" and how many "she" (see `gendersDisagree`). */
  he: number;
  she: number;
  /** The genders its given names are usually borne by (see `givenNameGender`). */
  given: Set<Gender>;
  /** How one-word names are written: with "the" or bare (see `qualifiers.ts`). */
  forms: Set<Form>;
  /** The places below a country its articles tie it to (see `place-containers.ts`). */
  containers: Set<string>;
  articles: Set<string>;
  stories: Set<string>;
  mentions: number;
}

function profileOf(member: Member): Profile {
  const { entity } = member;
  const countries = new Set<string>();
  const country = entity.country ?? member.qualifiers.country;
  if (country) countries.add(country);
  const name = entity.type === 'person' ? personName(entity.name) : null;
  return {
    countries,
    firstNames: new Set(name?.first ? [`${transliterationKey(name.first)}|${name.suffix ?? ''}`] : []),
    titles: new Set(entity.roles.map((r) => r.title.toLowerCase())),
    ...pronounsOf(member),
    given: new Set(name?.first ? [givenNameGender(name.first) ?? []].flat() : []),
    forms: new Set(member.qualifiers.forms),
    containers: new Set(member.qualifiers.container ? [member.qualifiers.container] : []),
    articles: new Set([member.read.article.id]),
    stories: new Set(member.story ? [member.story] : []),
    mentions: member.mentionCount,
  };
}

const overlaps = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => [...a].some((x) => b.has(x));
const conflicts = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean =>
  a.size > 0 && b.size > 0 && !overlaps(a, b);

/**
 * Union–find over members, each group carrying its profile so that a merge is refused when the groups
 * already disagree on country or first name (two people who share a surname stay apart).
 */
export class MemberGroups {
  private readonly parent: number[];
  private readonly profiles: Profile[];

  constructor(readonly members: readonly Member[]) {
    this.parent = members.map((_, i) => i);
    this.profiles = members.map(profileOf);
  }

  root(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r]!;
    while (this.parent[i] !== r) {
      const next = this.parent[i]!;
      this.parent[i] = r;
      i = next;
    }
    return r;
  }

  profile(i: number): Profile {
    return this.profiles[this.root(i)]!;
  }

  /**
   * Different countries, different first names (or a son's suffix against none), places tied to different
   * containers ("Georgetown, Texas" and "Georgetown (New York)"), or one word written only with "the" against
   * the same word only bare: not the same actor.
   */
  compatible(a: number, b: number): boolean {
    const pa = this.profile(a);
    const pb = this.profile(b);
    const oneForm = (p: Profile) => (p.forms.size === 1 ? [...p.forms][0] : null);
    const forms = oneForm(pa) !== null && oneForm(pb) !== null && oneForm(pa) !== oneForm(pb);
    return (
      !conflicts(pa.countries, pb.countries) &&
      !conflicts(pa.firstNames, pb.firstNames) &&
      !conflicts(pa.containers, pb.containers) &&
      !forms
    );
  }

  /**
   * The groups' pronouns and honorifics give them different genders: each referred to twice or more as one
   * of "he" and "she" and at least three times as often as the other (a wife's "she" against her husband's
   * "he"); a group with no such word is taken by the gender its given names agree on ("Mrs Johnson" is not
   * "Boris Johnson"). A reading's stray pronoun, or none, tells nothing.
   */
  gendersDisagree(a: number, b: number): boolean {
    const gender = (p: Profile) =>
      p.he >= 2 && p.he >= 3 * p.she
        ? 'male'
        : p.she >= 2 && p.she >= 3 * p.he
          ? 'female'
          : p.he + p.she === 0 && p.given.size === 1
            ? [...p.given][0]!
            : null;
    const [ga, gb] = [gender(this.profile(a)), gender(this.profile(b))];
    return ga !== null && gb !== null && ga !== gb;
  }

  /** The groups share a known country or a title: the context a spelling variant must agree with. */
  sameContext(a: number, b: number): boolean {
    const pa = this.profile(a);
    const pb = this.profile(b);
    return overlaps(pa.countries, pb.countries) || overlaps(pa.titles, pb.titles);
  }

  /** Joins the groups of `a` and `b` when compatible (or when `force`d by a user); true if they are one now. */
  union(a: number, b: number, force = false): boolean {
    const ra = this.root(a);
    const rb = this.root(b);
    if (ra === rb) return true;
    if (!force && !this.compatible(ra, rb)) return false;
    const [keep, drop] = ra < rb ? [ra, rb] : [rb, ra];
    this.parent[drop] = keep;
    const target = this.profiles[keep]!;
    const source = this.profiles[drop]!;
    for (const field of ['countries', 'firstNames', 'titles', 'containers', 'articles', 'stories'] as const) {
      for (const value of source[field]) target[field].add(value);
    }
    for (const form of source.forms) target.forms.add(form);
    for (const gender of source.given) target.given.add(gender);
    target.mentions += source.mentions;
    target.he += source.he;
    target.she += source.she;
    return true;
  }

  /** Member indices by group, each group in member order, groups in order of their first member. */
  groups(): number[][] {
    const byRoot = new Map<number, number[]>();
    this.members.forEach((_, i) => {
      const r = this.root(i);
      const group = byRoot.get(r) ?? [];
      group.push(i);
      byRoot.set(r, group);
    });
    return [...byRoot.values()];
  }
}
