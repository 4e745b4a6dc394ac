import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ArticleOrder } from './article-order.js';

test('articles noted with their places are ordered by them; one never noted leaves the store to answer', () => {
  const order = new ArticleOrder();
  order.note([
    { id: 'b', seq: 7 },
    { id: 'a', seq: 3 },
  ]);
  order.note([{ id: 'c', seq: 5 }]);
  assert.deepEqual(order.order(['b', 'c', 'a', 'b']), ['a', 'c', 'b']);
  assert.deepEqual(order.order([]), []);
  assert.equal(order.order(['a', 'd']), null);
});

test('the places kept are bounded: the least recently noted go first', () => {
  const order = new ArticleOrder();
  order.note(Array.from({ length: 20_001 }, (_, i) => ({ id: `a${i}`, seq: i })));
  assert.equal(order.order(['a0']), null);
  assert.deepEqual(order.order(['a20000', 'a1']), ['a1', 'a20000']);
});
