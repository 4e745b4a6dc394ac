import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Discrepancy, MergedEvent, Series } from '../../core/connected.js';
import { emptyUpdate } from '../../core/record-ports.js';
import type { Store } from '../store.js';

const evidence = { articleId: 'a', sentence: 'A report.', start: 0, end: 9 };

export const event = (id: string, storyId: string, confidence: number): MergedEvent => ({
  id,
  type: 'CONSULT',
  mode: 'asserted',
  date: null,
  precision: 'undated',
  place: null,
  sourceIds: [],
  targetIds: [],
  storyId,
  evidence: [{ ...evidence, date: null, place: null, mode: 'asserted', confidence }],
  confidence,
});
export const series = (id: string, confidence: number): Series => ({
  id,
  subject: id,
  unit: '%',
  points: [{ value: 1, asOf: null, articleId: 'a', evidence, sources: ['a'] }],
  confidence,
  owned: false,
});
export const discrepancy = (id: string, kind: Discrepancy['kind'], confidence: number): Discrepancy => ({
  id,
  kind,
  subject: id,
  variants: [{ value: 'v', articleIds: ['a'], evidence: [evidence] }],
  confidence,
});
export const stored = (e: MergedEvent) => ({ event: e, order: e.id, timeline: e.id, days: null });

/** Records of every counted kind, for a store to hold before migration 15 counts them. */
export const countedUpdate = () => ({
  ...emptyUpdate(),
  events: [event('evt_1', 's', 0.7), event('evt_2', 's', 0.3), event('evt_3', 't', 0.9)].map(stored),
  series: [series('ser_1', 0.6), series('ser_2', 0.4)],
  discrepancies: [
    { scope: 'actor:x', discrepancy: discrepancy('dis_r', 'role', 0.9) },
    { scope: 'measure:m', discrepancy: discrepancy('dis_f', 'figure', 0.8) },
  ],
});

/** The totals and hidden counts of the unfiltered pages (and of each discrepancy kind) of counted records. */
export async function keptTotals(store: Store) {
  const { views } = store;
  const shown = { limit: 0, offset: 0, all: false };
  const count = ({ total, hidden }: { total: number; hidden: number }) => [total, hidden];
  return {
    events: count(await views.eventPage({}, 'timeline', shown)),
    series: count(await views.seriesPage(shown)),
    discrepancies: count(await views.discrepancyPage(undefined, shown)),
    roles: count(await views.discrepancyPage('role', shown)),
    figures: count(await views.discrepancyPage('figure', shown)),
  };
}

/**
 * The totals of unfiltered pages are kept by the store (`record_counts`) rather than counted: they must
 * follow every way a record leaves or changes (replaced by id, removed with its story or scope, emptied
 * by a relink), or a page would announce records it does not have.
 */
export function recordCountCases(openStore: () => Promise<Store>): void {
  test('kept page totals follow records added, replaced in place, removed and emptied by a relink', async () => {
    const store = await openStore();
    try {
      const totals = () => keptTotals(store);
      await store.saveConnected(countedUpdate());
      assert.deepEqual(await totals(), {
        events: [2, 1],
        series: [1, 1],
        discrepancies: [2, 0],
        roles: [1, 0],
        figures: [1, 0],
      });

      // Story s's events replaced by one; t's event and ser_1 stored again with a lower confidence;
      // ser_2 removed; dis_r stored again in its scope as a figure; measure:m's discrepancies removed.
      await store.saveConnected({
        ...emptyUpdate(),
        eventStories: ['s'],
        events: [event('evt_1', 's', 0.2), event('evt_3', 't', 0.4)].map(stored),
        removeSeries: ['ser_2'],
        series: [series('ser_1', 0.3)],
        discrepancyScopes: ['measure:m'],
        discrepancies: [{ scope: 'actor:x', discrepancy: discrepancy('dis_r', 'figure', 0.4) }],
      });
      assert.deepEqual(await totals(), {
        events: [0, 2],
        series: [0, 1],
        discrepancies: [0, 1],
        roles: [0, 0],
        figures: [0, 1],
      });
      const everything = { limit: 0, offset: 0, all: true };
      assert.equal((await store.views.eventPage({}, 'stored', everything)).total, 2);

      assert.equal(await store.beginRelink(), 'started');
      assert.deepEqual(await totals(), {
        events: [0, 0],
        series: [0, 0],
        discrepancies: [0, 0],
        roles: [0, 0],
        figures: [0, 0],
      });
      await store.endRelink();
    } finally {
      await store.close();
    }
  });
}
