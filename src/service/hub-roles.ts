import { claimsOf, ROLE_WINDOW_DAYS, roleDiscrepancies } from '../connect/discrepancies/roles.js';
import { compareRoles, type Discrepancy, type ResolvedEntity, type ResolvedRole } from '../core/connected.js';
import type { DaySpan, PlacedRole } from '../core/ports.js';
import type { Store } from '../store/store.js';

/**
 * A large actor's roles around the ones it gains. The actor scope reads a large actor without its roles
 * (the most titled of 100k articles held 2,360, 2.2 MB of JSON a read, ten times that at 1M); what linking
 * needs of them is, first, those its new roles may repeat (an article read again gives the same spans), to
 * add only the roles it gained (`actorRows`): those of the same articles; and second, those its title
 * discrepancies (`roleDiscrepancies`) may change with: the periods its new roles fall in. A period chains
 * the roles claiming a title for one country (`claimsOf`) no more than `ROLE_WINDOW_DAYS` apart, so every
 * period holding a new role is read by walking that country's roles from the new ones (`actorRolesOn`, an
 * index range by day), the span widened until no role of it lies within the window past either end; the
 * actor's discrepancies of those periods are made again from them, its others left as they are. A role of
 * no country, or one said in the past, claims nothing: a new one reads no other.
 */

export interface HubRoles {
  /** The large actor as stored, with the roles read. */
  before: ResolvedEntity;
  /** It as grown, with the roles read and the new ones (`withHubs`' order). */
  after: ResolvedEntity;
  /** Its title discrepancies the roles read gave, to remove, and those they give with the new ones. */
  removed: Discrepancy[];
  found: Discrepancy[];
}

const DAY_MS = 86_400_000;
const dayNumber = (day: string) => Date.parse(day) / DAY_MS;
const dayOf = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);
/** A day as `YYYY-MM-DD` that reads back as itself, so that day numbers and the index's order agree. */
const isDay = (day: string) => /^\d{4}-\d{2}-\d{2}$/.test(day) && dayOf(dayNumber(day)) === day;

interface Span {
  from: number;
  to: number;
}

/** Spans sorted and joined where they overlap or touch. */
function joined(spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const s of [...spans].sort((a, b) => a.from - b.from)) {
    const last = out[out.length - 1];
    if (last && s.from <= last.to + 1) last.to = Math.max(last.to, s.to);
    else out.push({ ...s });
  }
  return out;
}

/** The parts of `wanted` (joined) outside `had` (joined). */
function outside(wanted: readonly Span[], had: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const w of wanted) {
    let from = w.from;
    for (const h of had) {
      if (h.to < from || h.from > w.to) continue;
      if (h.from > from) out.push({ from, to: h.from - 1 });
      from = Math.max(from, h.to + 1);
    }
    if (from <= w.to) out.push({ from, to: w.to });
  }
  return out;
}

/**
 * `hub` (a large actor read without its roles) and `grown` (it with its new members, from `withHubs`: its
 * roles are the new ones alone) with the stored roles `actorRows` and `roleDiscrepancies` need (see above),
 * and the title discrepancies of the periods of its new roles before and after.
 */
export async function hubRoles(store: Store, hub: ResolvedEntity, grown: ResolvedEntity): Promise<HubRoles> {
  const claimed = claimsOf(grown);
  const articles = new Map(grown.roles.map((r) => [`${r.date}|${r.evidence.articleId}`, r]));
  const same = await store.actorRolesIn(
    hub.id,
    [...articles.values()].map((r) => ({ articleId: r.evidence.articleId, day: r.date })),
  );
  const days = new Map<string, Set<string>>();
  for (const r of grown.roles) {
    const country = claimed(r);
    if (country !== null) days.set(country, (days.get(country) ?? new Set()).add(r.date!));
  }
  const periods = new Map<number, ResolvedRole>();
  for (const [country, from] of days)
    for (const row of await walk(store, hub.id, [...from], country, country === grown.country, claimed))
      periods.set(row.place, row.role);
  // In the order the actor's roles are listed (by place, then `compareRoles`), as reading them whole gives.
  const listed = (rows: Iterable<[number, ResolvedRole]>) =>
    [...rows]
      .sort((a, b) => a[0] - b[0])
      .map(([, role]) => role)
      .sort(compareRoles);
  const had = listed(new Map([...same.map((r): [number, ResolvedRole] => [r.place, r.role]), ...periods]));
  const near = listed(periods);
  const withNew = (roles: ResolvedRole[]) => [...roles, ...grown.roles].sort(compareRoles);
  return {
    before: { ...hub, roles: had },
    after: { ...grown, roles: withNew(had) },
    removed: roleDiscrepancies([{ ...hub, roles: near }]),
    found: roleDiscrepancies([{ ...grown, roles: withNew(near) }]),
  };
}

/**
 * The roles of `country` (and of none, `countryless`: the actor's own country) chained to `days` by steps
 * of at most the window over those claiming a title for it.
 */
async function walk(
  store: Store,
  actorId: string,
  days: string[],
  country: string,
  countryless: boolean,
  claimed: (role: ResolvedRole) => string | null,
): Promise<PlacedRole[]> {
  // A day the index cannot be asked around by its number: every dated role of the country is read (a
  // role's day is an article's `publishedDay`, four digits first).
  if (!days.every(isDay))
    return store.actorRolesOn(actorId, [{ from: '0000', to: '9999-99-99' }], country, countryless);
  const around = (list: readonly string[]) =>
    list.map((d) => ({ from: dayNumber(d) - ROLE_WINDOW_DAYS, to: dayNumber(d) + ROLE_WINDOW_DAYS }));
  const read = new Map<number, PlacedRole>();
  let asked: Span[] = [];
  let ask = joined(around(days));
  while (ask.length > 0) {
    const spans: DaySpan[] = ask.map((s) => ({ from: dayOf(s.from), to: dayOf(s.to) }));
    const rows = (await store.actorRolesOn(actorId, spans, country, countryless)).filter(
      (r) => !read.has(r.place),
    );
    for (const row of rows) read.set(row.place, row);
    asked = joined([...asked, ...ask]);
    // Each role claiming a title for the country reaches the window past its day: what of that is not asked
    // yet is asked next.
    const reach = rows.filter((r) => claimed(r.role) === country && isDay(r.role.date!));
    ask = outside(joined([...asked, ...around(reach.map((r) => r.role.date!))]), asked);
  }
  return [...read.values()];
}
