/**
 * The quotes page asks the store with the filter's own fields: the API hands `quotePage` its whole query,
 * page fields included, and a store that took `limit` or `all` for a filter counted every quote row
 * instead of reading its kept total (360 ms of CPU a page at a million articles).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { QuoteFilter } from '../core/record-ports.js';
import type { Store } from '../store/store.js';
import { quotePage } from './records.js';

function storeSeeing(filters: QuoteFilter[]): Store {
  const views = {
    async quotePage(filter: QuoteFilter) {
      filters.push(filter);
      return { items: [], total: 0, hidden: 0 };
    },
  };
  return { views, membersOfArticles: async () => ({}) } as unknown as Store;
}

test('an unfiltered quotes page passes no filter field, whatever else the query holds', async () => {
  const filters: QuoteFilter[] = [];
  const query = { limit: 50, offset: 0, all: false, q: undefined, from: undefined, to: undefined };
  await quotePage(storeSeeing(filters), query, query);
  assert.deepEqual(filters, [{ speakerId: undefined, q: undefined, from: undefined, to: undefined }]);
});

test('a words and days filter is passed as given, without the page fields', async () => {
  const filters: QuoteFilter[] = [];
  const query = { limit: 20, offset: 40, all: true, q: 'summit', from: '2025-03-01', to: '2025-03-31' };
  await quotePage(storeSeeing(filters), query, query);
  assert.deepEqual(filters, [{ speakerId: undefined, q: 'summit', from: '2025-03-01', to: '2025-03-31' }]);
});
