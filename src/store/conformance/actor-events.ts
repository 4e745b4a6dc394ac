import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SHOWN_FROM } from '../../core/confidence.js';
import type { MergedEvent } from '../../core/connected.js';
import { emptyUpdate, type ConnectedUpdate } from '../../core/record-ports.js';
import type { Store } from '../store.js';
import { event } from './counts.js';

/**
 * An actor's events as its profile (migration 31) and its timeline (migration 33) page them: read from the
 * actor's own rows, which hold their event's order, place in the timeline and confidence, and counted
 * from kept counts. The answer owed is the one the events
 * filtered by the actor gave before: here computed from the events saved, which the test keeps as the
 * store does (an event replaced by id, a story's events removed with it).
 */

type Stored = ConnectedUpdate['events'][number];

const ACTORS = ['ent_a', 'ent_b', 'ent_c', 'ent_none'];
const CONFIDENCES = [0.9, 0.2, 0.5, 0.49, 0.7, 0.35, 0.51];

/** Event `i` of `story`: orders repeat (every fifth event), so that ties in order are broken by id. */
function made(i: number, story: string, actors: string[], confidence = CONFIDENCES[(i * 3) % 7]!): Stored {
  const id = `evt_${String(i).padStart(2, '0')}`;
  const e: MergedEvent = {
    ...event(id, story, confidence),
    sourceIds: actors.slice(0, 1),
    targetIds: actors.slice(1),
  };
  return { event: e, order: `o${i % 5}`, timeline: `t${i % 4}`, days: null };
}

/** The events a store holds after each update, kept as the store keeps them. */
export class HeldEvents {
  private readonly byId = new Map<string, Stored>();

  events(): Stored[] {
    return [...this.byId.values()];
  }

  apply(update: ConnectedUpdate): ConnectedUpdate {
    const dropped = new Set(update.eventStories);
    for (const [id, held] of this.byId) if (dropped.has(held.event.storyId ?? '')) this.byId.delete(id);
    for (const e of update.events) this.byId.set(e.event.id, e);
    return update;
  }

  /** The page of `actorId`'s events the store owes: its events in that order, counted and cut. */
  page(
    actorId: string,
    page: { limit: number; offset: number; all: boolean },
    order: 'stored' | 'timeline' = 'stored',
  ) {
    const key = (e: Stored) => (order === 'stored' ? e.order : e.timeline);
    const events = [...this.byId.values()]
      .filter(({ event: e }) => [...e.sourceIds, ...e.targetIds].includes(actorId))
      .sort((a, b) => (key(a) === key(b) ? (a.event.id < b.event.id ? -1 : 1) : key(a) < key(b) ? -1 : 1));
    const shown = events.filter((e) => e.event.confidence >= SHOWN_FROM.events);
    const listed = page.all ? events : shown;
    return {
      ids: listed.slice(page.offset, page.offset + page.limit).map((e) => e.event.id),
      total: page.all ? events.length : shown.length,
      hidden: page.all ? 0 : events.length - shown.length,
    };
  }
}

const PAGES = [
  { limit: 3, offset: 0, all: false },
  { limit: 4, offset: 2, all: false },
  { limit: 100, offset: 0, all: false },
  { limit: 5, offset: 0, all: true },
  { limit: 100, offset: 3, all: true },
];

/** Every actor's pages in both orders (the profile's and the timeline's), as stored and as owed. */
export async function checkActorEvents(store: Store, held: HeldEvents): Promise<void> {
  for (const actorId of ACTORS)
    for (const page of PAGES)
      for (const order of ['stored', 'timeline'] as const) {
        const found = await store.views.eventPage({ actorId }, order, page);
        const answer = { ids: found.items.map((e) => e.id), total: found.total, hidden: found.hidden };
        assert.deepEqual(
          answer,
          held.page(actorId, page, order),
          `${actorId} ${order} ${JSON.stringify(page)}`,
        );
      }
}

/** Thirty events of three stories, naming ent_a in most, ent_b and ent_c in some, one actor twice. */
export async function saveActorEvents(store: Store, held: HeldEvents): Promise<void> {
  const actors = (i: number) =>
    [['ent_a', 'ent_b'], ['ent_a'], ['ent_c', 'ent_a'], ['ent_b', 'ent_b'], ['ent_c']][i % 5]!;
  const events = Array.from({ length: 30 }, (_, i) => made(i, `s${i % 3}`, actors(i)));
  await store.saveConnected(held.apply({ ...emptyUpdate(), events }));
}

export function actorEventCases(openStore: () => Promise<Store>): void {
  test("an actor's events page and counts follow linking, an event replaced in place, a merge and a relink", async () => {
    const store = await openStore();
    const held = new HeldEvents();
    const save = (update: Partial<ConnectedUpdate>) =>
      store.saveConnected(held.apply({ ...emptyUpdate(), ...update }));
    try {
      await saveActorEvents(store, held);
      await checkActorEvents(store, held);
      // The model's own answer, worked by hand: ent_a is in 18 events, 10 of them at 0.5 or more; the first
      // order (o0) holds evt_00, 05, 10, 15, 20 and 25, of which 00, 10 and 20 are shown.
      assert.deepEqual(held.page('ent_a', PAGES[0]!), {
        ids: ['evt_00', 'evt_10', 'evt_20'],
        total: 10,
        hidden: 8,
      });
      // In the timeline's order: the first place (t0) holds ent_a's evt_00, 12, 16 and 20, of which 00, 16
      // and 20 are shown.
      assert.deepEqual(held.page('ent_a', PAGES[0]!, 'timeline'), {
        ids: ['evt_00', 'evt_16', 'evt_20'],
        total: 10,
        hidden: 8,
      });

      // Story s1 linked again: its events with other confidences and actors, one of them gone, one new.
      await save({
        eventStories: ['s1'],
        events: [1, 4, 7, 10, 13, 16, 19, 22, 25, 31].map((i) =>
          made(i, 's1', i % 2 === 0 ? ['ent_b', 'ent_a'] : ['ent_c'], CONFIDENCES[i % 7]),
        ),
      });
      await checkActorEvents(store, held);

      // Events of ent_a alone written again by id, their story kept: another confidence, ent_c added.
      await save({
        events: [6, 11, 21].map((i) => made(i, `s${i % 3}`, ['ent_a', 'ent_c'], 0.8 - i / 100)),
      });
      await checkActorEvents(store, held);

      // A user's merge of ent_b into ent_a: every story of ent_b's events linked again, ent_b's part
      // in each event now ent_a's.
      const merged = ['s0', 's1', 's2'];
      const renamed = (ids: string[]) => [...new Set(ids.map((id) => (id === 'ent_b' ? 'ent_a' : id)))];
      await save({
        eventStories: merged,
        events: held.events().map((e) => ({
          ...e,
          event: { ...e.event, sourceIds: renamed(e.event.sourceIds), targetIds: renamed(e.event.targetIds) },
        })),
      });
      await checkActorEvents(store, held);
      assert.equal((await store.views.eventPage({ actorId: 'ent_b' }, 'stored', PAGES[3]!)).total, 0);

      // A relink empties them all, and links them again.
      assert.equal(await store.beginRelink(), 'started');
      held.apply({ ...emptyUpdate(), eventStories: merged });
      await checkActorEvents(store, held);
      await saveActorEvents(store, held);
      await checkActorEvents(store, held);
      await store.endRelink();
    } finally {
      await store.close();
    }
  });
}
