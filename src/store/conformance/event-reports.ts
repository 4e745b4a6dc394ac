import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ArticleEventReports } from '../../core/event-reports.js';
import { emptyUpdate } from '../../core/record-ports.js';
import type { Store } from '../store.js';
import { draft, emptyReading } from './fixtures.js';

/** Event reports: kept for an article's current reading only, and forgotten by a relink. */
export function eventReportCases(openStore: () => Promise<Store>): void {
  test('event reports: kept for the current reading, gone when it is saved again or the store relinks', async () => {
    const store = await openStore();
    try {
      const [a, b] = await store.saveArticles([draft('Ministers met in Geneva.'), draft('Unread.')]);
      const [ai, bi] = [a!.id, b!.id];
      await store.saveReading({ articleId: ai, revision: 1, pipeline: 'p1', reading: emptyReading() });
      const rows = (articleId: string): ArticleEventReports => ({
        articleId,
        version: 'v1|example.org',
        reports: [
          {
            event: {
              type: 'CONSULT',
              mode: 'asserted',
              trigger: { text: 'met', start: 10, end: 13 },
              sourceIds: ['e1'],
              targetIds: [],
              date: null,
              place: 'Geneva',
              sentence: 0,
              start: 0,
              end: 24,
              confidence: 0.8,
            },
            sentenceKey: null,
            grain: null,
            words: ['minister', 'geneva'],
            strip: false,
            evidence: { articleId, sentence: 'Ministers met in Geneva.', start: 0, end: 24 },
          },
        ],
        figures: [],
      });
      assert.deepEqual(await store.eventReportsOf([ai]), []);
      // An article not read keeps none.
      await store.saveConnected({ ...emptyUpdate(), eventReports: [rows(ai), rows(bi)] });
      const kept = await store.eventReportsOf([bi, ai, 'absent']);
      assert.deepEqual(
        kept.map((k) => [k.articleId, k.article.id, k.version, k.reports, k.figures]),
        [[ai, ai, 'v1|example.org', rows(ai).reports, []]],
      );
      // A reading saved again (a new pipeline) leaves its article's reports out until made again.
      await store.saveReading({ articleId: ai, revision: 1, pipeline: 'p2', reading: emptyReading() });
      assert.deepEqual(await store.eventReportsOf([ai]), []);
      await store.saveConnected({ ...emptyUpdate(), eventReports: [rows(ai)] });
      assert.equal((await store.eventReportsOf([ai])).length, 1);
      assert.equal(await store.beginRelink(), 'started');
      assert.deepEqual(await store.eventReportsOf([ai]), []);
      await store.endRelink();
    } finally {
      await store.close();
    }
  });
}
