import type { Entity } from '../../core/analysis.js';
import type { ReadArticle } from '../../core/connected.js';
import { memberKey } from './evidence.js';
import { personName, transliterationKey } from './names.js';

/** One article's entity, the unit resolution groups. */
export interface Member {
  /** `<articleId>/<localId>`. */
  key: string;
  read: ReadArticle;
  entity: Entity;
  mentionCount: number;
}

export function collectMembers(articles: readonly ReadArticle[]): Member[] {
  const members: Member[] = [];
  for (const read of articles) {
    const counts = new Map<string, number>();
    for (const m of read.reading.mentions) counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
    for (const entity of read.reading.entities) {
      members.push({
        key: memberKey(read.article.id, entity.id),
        read,
        entity,
        mentionCount: counts.get(entity.id) ?? 0,
      });
    }
  }
  return members;
}

/** What a group of members says about who they are, to tell whether two groups may be one actor. */
interface Profile {
  countries: Set<string>;
  /** Transliteration keys of the first names written in full. */
  firstNames: Set<string>;
  titles: Set<string>;
  articles: Set<string>;
}

function profileOf(member: Member): Profile {
  const { entity } = member;
  const countries = new Set<string>();
  if (entity.country) countries.add(entity.country);
  const name = entity.type === 'person' ? personName(entity.name) : null;
  return {
    countries,
    firstNames: new Set(name?.first ? [transliterationKey(name.first)] : []),
    titles: new Set(entity.roles.map((r) => r.title.toLowerCase())),
    articles: new Set([member.read.article.id]),
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

  /** Different countries or different first names: not the same actor. */
  compatible(a: number, b: number): boolean {
    const pa = this.profile(a);
    const pb = this.profile(b);
    return !conflicts(pa.countries, pb.countries) && !conflicts(pa.firstNames, pb.firstNames);
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
    for (const field of ['countries', 'firstNames', 'titles', 'articles'] as const) {
      for (const value of source[field]) target[field].add(value);
    }
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
