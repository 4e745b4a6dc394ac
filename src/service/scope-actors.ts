import type { ResolvedEntity } from '../core/connected.js';
import type { ActorSpan } from '../core/ports.js';
import type { Store } from '../store/store.js';

/**
 * The large actors of an actor scope, read in part. A country or a head of state named everywhere has
 * members in tens of thousands of articles (37k members of hubs in one scope at 100k articles), of which
 * the scope reads a few hundred: those of the articles it reads. Every rule of the scope looks at a large
 * actor's members in the articles read only (its others can neither leave it nor move, see `withHubs`),
 * and at its first articles (`scopeSample`), so the store is asked for those alone (`ConnectedRepository`
 * `actorSpans`, `actorMembersIn`): its head, its member count, its first articles, and its
 * members article by article as the scope reads them, each list in the actor's own order. Its roles are
 * not read here: those linking needs are read when it is written (`hubRoles`).
 */

/** Past this many members an actor is read in part (below it, reading it whole costs less than asking twice). */
export const LARGE_ACTOR = 100;

interface Partial {
  span: ActorSpan;
  /** The articles whose members were asked for. */
  asked: Set<string>;
  /** The members read, with their places among the actor's. */
  places: Map<string, number>;
}

export class LargeActors {
  private readonly partial = new Map<string, Partial>();

  /** `firstArticles`: how many of a large actor's first articles the scope takes (see `scopeSample`). */
  constructor(
    private readonly store: Store,
    private readonly firstArticles: number,
  ) {}

  /**
   * Takes in actors read with `LARGE_ACTOR` (`actorsByKeys` and the like): one listed with no member is
   * large. One of fewer articles than the scope's first ones is read whole at once (its members are those
   * of its articles).
   */
  async admit(actors: Iterable<ResolvedEntity>): Promise<void> {
    const heads = [...actors].filter((a) => a.members.length === 0 && !this.partial.has(a.id));
    if (heads.length === 0) return;
    const spans = await this.store.actorSpans(
      heads.map((a) => a.id),
      this.firstArticles,
    );
    const few: ResolvedEntity[] = [];
    for (const a of heads) {
      const span = spans[a.id];
      if (!span) continue;
      this.partial.set(a.id, { span, asked: new Set(), places: new Map() });
      if (span.firstArticles.length < this.firstArticles) few.push(a);
    }
    await this.read(
      few,
      few.flatMap((a) => spans[a.id]!.firstArticles),
    );
  }

  /** A large actor's first articles (as many as the constructor's), in its members' order; undefined for another. */
  first(a: ResolvedEntity): string[] | undefined {
    return this.partial.get(a.id)?.span.firstArticles;
  }

  /** Whether `id` was read as a large actor: without its members and roles (see `hubRoles`). */
  has(id: string): boolean {
    return this.partial.has(id);
  }

  /** Whether `a`'s members list is all it has (every actor's but a large one's not yet read whole). */
  complete(a: ResolvedEntity): boolean {
    const p = this.partial.get(a.id);
    return !p || p.places.size === p.span.members;
  }

  /**
   * Adds to each large actor of `actors` its members in `articleIds` not asked for yet, keeping its list in
   * its order.
   */
  async read(actors: Iterable<ResolvedEntity>, articleIds: readonly string[]): Promise<void> {
    const wanted = [...actors].filter((a) => !this.complete(a));
    const missing = new Set<string>();
    for (const a of wanted)
      for (const id of articleIds) if (!this.partial.get(a.id)!.asked.has(id)) missing.add(id);
    if (missing.size === 0) return;
    const rows = await this.store.actorMembersIn(
      wanted.map((a) => a.id),
      [...missing],
    );
    for (const a of wanted) for (const id of missing) this.partial.get(a.id)!.asked.add(id);
    const grown = new Set<string>();
    for (const row of rows) {
      const places = this.partial.get(row.actorId)?.places;
      if (!places || places.has(row.member)) continue;
      places.set(row.member, row.place);
      grown.add(row.actorId);
    }
    // The list is replaced, not pushed to: the actor's order is its places', whatever order they were read in.
    for (const a of wanted)
      if (grown.has(a.id))
        a.members = [...this.partial.get(a.id)!.places].sort((x, y) => x[1] - y[1]).map(([m]) => m);
  }

  /** The places of a large actor's members read, while it is read in part; undefined for another. */
  places(id: string): ReadonlyMap<string, number> | undefined {
    const p = this.partial.get(id);
    return p && p.places.size < p.span.members ? p.places : undefined;
  }
}
