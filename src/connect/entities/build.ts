import type { EntityType } from '../../core/analysis.js';
import { compareRoles, type ResolvedEntity, type ResolvedRole } from '../../core/connected.js';
import { evidenceAt, publishedDay } from './evidence.js';
import { stableId } from './ids.js';
import type { Member } from './members.js';
import { personName } from './names.js';

/** The value most members give; ties go to the one mentioned most, then the longer, then the first in order. */
function mostSupported(values: ReadonlyArray<{ value: string; weight: number }>): string | null {
  const tally = new Map<string, { count: number; weight: number }>();
  for (const { value, weight } of values) {
    const t = tally.get(value) ?? { count: 0, weight: 0 };
    t.count += 1;
    t.weight += weight;
    tally.set(value, t);
  }
  let best: string | null = null;
  let bestTally = { count: -1, weight: -1 };
  for (const [value, t] of tally) {
    const better =
      t.count > bestTally.count ||
      (t.count === bestTally.count &&
        (t.weight > bestTally.weight ||
          (t.weight === bestTally.weight && best !== null && value.length > best.length)));
    if (better) {
      best = value;
      bestTally = t;
    }
  }
  return best;
}

function resolvedType(members: readonly Member[]): EntityType {
  if (members.some((m) => m.entity.type === 'person')) return 'person';
  return (mostSupported(members.map((m) => ({ value: m.entity.type, weight: m.mentionCount }))) ??
    'other') as EntityType;
}

/**
 * The name the group goes by: a government's or country's canonical name; for a person the full name most
 * articles write (a bare surname only when no article gives more); for the rest the most common name.
 */
function canonicalName(members: readonly Member[], type: EntityType): string {
  const government = members.find((m) => m.entity.stands === 'government');
  if (government) return government.entity.name;
  const country = members.find((m) => m.entity.type === 'country');
  if (type === 'country' && country) return country.entity.name;
  const people = members.filter((m) => m.entity.type === 'person');
  const fullNames = people.filter((m) => personName(m.entity.name)?.first);
  const pool = fullNames.length > 0 ? fullNames : people.length > 0 ? people : members;
  return mostSupported(pool.map((m) => ({ value: m.entity.name, weight: m.mentionCount }))) ?? '';
}

function rolesOf(members: readonly Member[]): ResolvedRole[] {
  const roles = members.flatMap((m) =>
    m.entity.roles.map((r) => ({
      title: r.title,
      of: r.of,
      country: r.country,
      date: publishedDay(m.read),
      evidence: evidenceAt(m.read, r.evidence.start, r.evidence.end),
    })),
  );
  return roles.sort(compareRoles);
}

/** A resolved entity from its members, without its id (ids are given once every group is known). */
export function describeGroup(members: readonly Member[]): Omit<ResolvedEntity, 'id'> {
  const type = resolvedType(members);
  const countries = members.flatMap((m) =>
    (m.entity.country ?? m.qualifiers.country)
      ? [{ value: (m.entity.country ?? m.qualifiers.country)!, weight: m.mentionCount }]
      : [],
  );
  return {
    name: canonicalName(members, type),
    type,
    country: mostSupported(countries),
    stands: members.some((m) => m.entity.stands === 'government') ? 'government' : null,
    aliases: [...new Set(members.flatMap((m) => m.entity.aliases))],
    roles: rolesOf(members),
    members: members.map((m) => m.key),
    mentionCount: members.reduce((sum, m) => sum + m.mentionCount, 0),
  };
}

/**
 * Ids from each group's earliest member (`<articleId>/<localId>`, members in article order): articles
 * arrive in order, so a growing corpus only adds later members and an actor keeps its id; when two actors
 * become one, the one holding the earlier member gives its id, and a member split off takes its own.
 */
export function identify(described: ReadonlyArray<Omit<ResolvedEntity, 'id'>>): string[] {
  return described.map((d) => stableId('ent', d.members[0] ?? `${d.type}:${d.name}`));
}
