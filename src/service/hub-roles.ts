import { ROLE_WINDOW_DAYS, roleDiscrepancies } from '../connect/discrepancies/roles.js';
import { compareRoles, type Discrepancy, type ResolvedEntity, type ResolvedRole } from '../core/connected.js';
import type { DaySpan, PlacedRole } from '../core/ports.js';
import type { Store } from '../store/store.js';

/**
 * A large actor's roles around the ones it gains. The actor scope reads a large actor without its roles
 * (the most titled of 100k articles held 2,360, 2.2 MB of JSON a read, ten times that at 1M); what linking
 * needs of them is, first, those its new roles may repeat (the same span of an article read again, to add
 * only the roles it gained, `actorRows`) and, second, those its title discrepancies (`roleDiscrepancies`)
 * may change with: the periods its new roles fall in. A period chains roles of one country no more than
 * `ROLE_WINDOW_DAYS` apart, so every period holding a new role lies within the days reached from the new
 * ones by steps of at most that many days over the actor's roles (of any country, past or not: more than
 * the periods, never less). Those are read by their days (`actorRolesOn`, an index range), the span widened
 * until no role lies within the window past either end; the actor's discrepancies of those days are made
 * again from them, its others left as they are.
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
 * roles are the new ones alone) with the stored roles around the new ones, and the title discrepancies of
 * their days before and after.
 */
export async function hubRoles(store: Store, hub: ResolvedEntity, grown: ResolvedEntity): Promise<HubRoles> {
  const days = [...new Set(grown.roles.flatMap((r) => (r.date === null ? [] : [r.date])))];
  const undatedIn = [...new Set(grown.roles.filter((r) => r.date === null).map((r) => r.evidence.articleId))];
  const read = new Map<number, ResolvedRole>();
  const take = (rows: readonly PlacedRole[]) => {
    for (const row of rows) read.set(row.place, row.role);
  };
  if (!days.every(isDay)) {
    // A day the index cannot be asked around by its number: every dated role is read (a role's day is an
    // article's `publishedDay`, four digits first).
    take(await store.actorRolesOn(hub.id, [{ from: '0000', to: '9999-99-99' }], undatedIn));
  } else {
    const around = (list: readonly string[]) =>
      list.filter(isDay).map((d) => ({
        from: dayNumber(d) - ROLE_WINDOW_DAYS,
        to: dayNumber(d) + ROLE_WINDOW_DAYS,
      }));
    let asked: Span[] = [];
    let ask = joined(around(days));
    let undated = undatedIn;
    while (ask.length > 0 || undated.length > 0) {
      const before = read.size;
      const spans: DaySpan[] = ask.map((s) => ({ from: dayOf(s.from), to: dayOf(s.to) }));
      const rows = await store.actorRolesOn(hub.id, spans, undated);
      take(rows);
      undated = [];
      asked = joined([...asked, ...ask]);
      if (read.size === before) break;
      // Each role read reaches the window past its day: what of that is not asked yet is asked next.
      const reached = joined([...asked, ...around(rows.flatMap((r) => (r.role.date ? [r.role.date] : [])))]);
      ask = outside(reached, asked);
    }
  }
  // In the order the actor's roles are listed (by place, then `compareRoles`), as reading them whole gives.
  const had = [...read]
    .sort((a, b) => a[0] - b[0])
    .map(([, role]) => role)
    .sort(compareRoles);
  const before = { ...hub, roles: had };
  const after = { ...grown, roles: [...had, ...grown.roles].sort(compareRoles) };
  return { before, after, removed: roleDiscrepancies([before]), found: roleDiscrepancies([after]) };
}
