import assert from 'node:assert/strict';
import test from 'node:test';
import type { Store } from '../store/store.js';
import { DossierCache } from './dossier-cache.js';

/** A store that never changes: only its change mark is asked. */
const unchanged = { changeMark: async () => '1' } as unknown as Store;

/** Asks for `key`, answering `size` characters of JSON (a string of size - 2) when it is made. */
async function ask(cache: DossierCache, made: string[], key: string, size: number): Promise<void> {
  await cache.stored(key, async () => {
    made.push(key);
    return 'x'.repeat(size - 2);
  });
}

test('kept answers stay within their JSON size: past it the oldest are made again', async () => {
  const cache = new DossierCache(unchanged, 100);
  const made: string[] = [];
  await ask(cache, made, 'a', 40);
  await ask(cache, made, 'b', 40);
  await ask(cache, made, 'a', 40);
  assert.deepEqual(made, ['a', 'b']);
  // 120 characters past 100: `a`, the oldest, goes.
  await ask(cache, made, 'c', 40);
  await ask(cache, made, 'b', 40);
  await ask(cache, made, 'c', 40);
  assert.deepEqual(made, ['a', 'b', 'c']);
  await ask(cache, made, 'a', 40);
  assert.deepEqual(made, ['a', 'b', 'c', 'a']);
});

test('an answer larger than the bound alone is served but not kept, and the others stay', async () => {
  const cache = new DossierCache(unchanged, 100);
  const made: string[] = [];
  await ask(cache, made, 'small', 30);
  await ask(cache, made, 'large', 101);
  await ask(cache, made, 'large', 101);
  await ask(cache, made, 'small', 30);
  assert.deepEqual(made, ['small', 'large', 'large']);
});
