import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { trusted } from './trust.js';

describe('trusted', () => {
  const items = [0.3, 0.5, 0.55, 0.6, 0.9].map((confidence, i) => ({ id: `i${i}`, confidence }));
  const ids = (found: { items: Array<{ id: string }> }) => found.items.map((item) => item.id);

  it("keeps each kind's confident items and counts the rest", () => {
    const events = trusted('events', items, false);
    assert.deepEqual([ids(events), events.hidden], [['i1', 'i2', 'i3', 'i4'], 1]);
    const quotes = trusted('quotes', items, false);
    assert.deepEqual([ids(quotes), quotes.hidden], [['i1', 'i2', 'i3', 'i4'], 1]);
  });

  it('keeps everything when everything is asked for', () => {
    const all = trusted('events', items, true);
    assert.deepEqual([ids(all), all.hidden], [['i0', 'i1', 'i2', 'i3', 'i4'], 0]);
  });
});
