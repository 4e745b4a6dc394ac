import type { Entity, EntityType, Mention, Role } from '../../core/analysis.js';
import type { Candidate } from './candidates.js';
import { governmentName } from './metonyms.js';
import type { PersonCluster } from './people.js';
import type { Reference } from './references.js';
import type { RoleReading } from './roles.js';

/** A mention with the entity it belongs to, before ids are given. */
interface Placed {
  mention: Omit<Mention, 'entityId'>;
  owner: string | PersonCluster;
}

interface Draft {
  owner: string | PersonCluster;
  first: number;
  mentions: Array<Omit<Mention, 'entityId'>>;
  candidates: Candidate[];
}

const ALIAS_KINDS = new Set<Mention['kind']>(['name', 'short-name', 'metonym', 'demonym']);

const byLength = (a: string, b: string): number => b.length - a.length;

/**
 * Roles once each, by title, owner and country, and a bare title dropped when the same title is also read
 * with an owner; a role owned by a person takes that person's country. Titles read together ("Prime
 * Minister and Foreign Minister X", one evidence span) are kept together: that they are held at once is
 * what tells a second office from a contradicting one when articles are connected.
 */
function dedupeRoles(
  readings: readonly RoleReading[],
  countryOfPerson: (c: Candidate) => string | null,
): Role[] {
  const seen = new Set<string>();
  const owned = new Set(readings.filter((r) => r.of).map((r) => r.title.toLowerCase()));
  const spanOf = (r: RoleReading): string => `${r.evidence.start}-${r.evidence.end}`;
  const spans = new Map<string, number>();
  for (const r of readings) spans.set(spanOf(r), (spans.get(spanOf(r)) ?? 0) + 1);
  const roles: Role[] = [];
  for (const r of readings) {
    const together = spans.get(spanOf(r))! > 1;
    if (!together && !r.of && owned.has(r.title.toLowerCase())) continue;
    const country = r.country ?? (r.ownerPerson ? countryOfPerson(r.ownerPerson) : null);
    const key = `${r.title.toLowerCase()}|${(r.of ?? '').toLowerCase()}|${country ?? ''}`;
    const kept = together ? `${key}@${spanOf(r)}` : key;
    if (seen.has(kept)) continue;
    seen.add(kept);
    roles.push({ title: r.title, of: r.of, country, evidence: r.evidence });
  }
  return roles;
}

/** The entity a non-person key makes: "country:UKR", "gov:RUS", "org:NATO", "place:Kyiv", "other:World War II". */
function keyedEntity(key: string, draft: Draft): Omit<Entity, 'id' | 'aliases'> {
  const [prefix, rest = ''] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
  const entry = draft.candidates.find((c) => c.entry)?.entry ?? null;
  const longest = [...draft.candidates.map((c) => c.text)].sort(byLength)[0] ?? rest;
  switch (prefix) {
    case 'country':
      return { name: entry?.name ?? longest, type: 'country', roles: [], country: rest, stands: null };
    case 'gov':
      return {
        name: governmentName(rest),
        type: 'organisation',
        roles: [],
        country: rest,
        stands: 'government',
      };
    default: {
      const type = (prefix === 'org' ? 'organisation' : prefix) as EntityType;
      return { name: entry?.name ?? longest, type, roles: [], country: entry?.country ?? null, stands: null };
    }
  }
}

/**
 * Entities from the candidates, the people's clusters and the references: ids `e1`, `e2`, … in order of
 * first mention; mentions in text order.
 */
export function assemble(
  candidates: readonly Candidate[],
  clusters: readonly PersonCluster[],
  roles: ReadonlyMap<PersonCluster, readonly RoleReading[]>,
  references: readonly Reference[],
): { mentions: Mention[]; entities: Entity[] } {
  const clusterOf = new Map<Candidate, PersonCluster>();
  for (const cluster of clusters) for (const c of cluster.candidates) clusterOf.set(c, cluster);

  const placed: Placed[] = [];
  for (const c of candidates) {
    const owner = c.type === 'person' ? clusterOf.get(c) : c.key;
    if (!owner) continue;
    const { start, end, text, type, kind, sentence } = c;
    placed.push({ mention: { start, end, text, type, kind, sentence }, owner });
  }
  for (const r of references) {
    const { start, end, text, kind, sentence } = r;
    placed.push({ mention: { start, end, text, type: 'person', kind, sentence }, owner: r.person });
  }
  placed.sort((a, b) => a.mention.start - b.mention.start || b.mention.end - a.mention.end);

  const drafts = new Map<string | PersonCluster, Draft>();
  for (const p of placed) {
    const draft = drafts.get(p.owner) ?? {
      owner: p.owner,
      first: p.mention.start,
      mentions: [],
      candidates: [],
    };
    draft.mentions.push(p.mention);
    drafts.set(p.owner, draft);
  }
  for (const c of candidates) {
    const owner = c.type === 'person' ? clusterOf.get(c) : c.key;
    if (owner) drafts.get(owner)?.candidates.push(c);
  }

  const personCountry = new Map<PersonCluster, string | null>();
  for (const cluster of clusters) {
    personCountry.set(cluster, (roles.get(cluster) ?? []).find((r) => r.country)?.country ?? null);
  }
  const countryOfPerson = (c: Candidate): string | null => {
    const cluster = clusterOf.get(c);
    return cluster ? (personCountry.get(cluster) ?? null) : null;
  };

  const ids = new Map<string | PersonCluster, string>();
  const entities: Entity[] = [];
  for (const draft of drafts.values()) {
    const id = `e${entities.length + 1}`;
    ids.set(draft.owner, id);
    const aliases = [...new Set(draft.mentions.filter((m) => ALIAS_KINDS.has(m.kind)).map((m) => m.text))];
    if (typeof draft.owner === 'string') {
      entities.push({ id, aliases, ...keyedEntity(draft.owner, draft) });
      continue;
    }
    const cluster = draft.owner;
    const full = cluster.candidates.filter((c) => c.kind === 'name').map((c) => c.words.join(' '));
    const name = full.sort(byLength)[0] ?? cluster.candidates[0]?.words.join(' ') ?? '';
    const personRoles = dedupeRoles(roles.get(cluster) ?? [], countryOfPerson);
    const country = personRoles.find((r) => r.country)?.country ?? null;
    entities.push({ id, name, type: 'person', aliases, roles: personRoles, country, stands: null });
  }
  // Field by field, in the mention's order (the output's): V8 copies spread objects slowly.
  const mentions = placed.map(({ mention: m, owner }) => ({
    start: m.start,
    end: m.end,
    text: m.text,
    type: m.type,
    kind: m.kind,
    sentence: m.sentence,
    entityId: ids.get(owner) ?? '',
  }));
  return { mentions, entities };
}
