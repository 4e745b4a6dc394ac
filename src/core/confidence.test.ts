import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { floorsInWords, isConfident, SHOWN_FROM } from './confidence.js';

describe('the floors the default views show from', () => {
  it('every kind from 0.5', () => {
    assert.deepEqual(SHOWN_FROM, { events: 0.5, quotes: 0.5, figures: 0.5, discrepancies: 0.5, series: 0.5 });
  });

  it('an item at its floor is shown, one just below is not', () => {
    const rows: Array<[Parameters<typeof isConfident>[0], number, boolean]> = [
      ['events', 0.5, true],
      ['events', 0.49, false],
      ['quotes', 0.55, true],
      ['figures', 0.5, true],
      ['figures', 0.49, false],
      ['discrepancies', 0.55, true],
      ['series', 0.45, false],
    ];
    for (const [kind, confidence, shown] of rows)
      assert.equal(isConfident(kind, { confidence }), shown, `${kind} at ${confidence}`);
  });

  it('says the floors in words, kinds of one floor together', () => {
    assert.equal(floorsInWords(), 'events, quotes, figures, discrepancies and series below 0.5');
    assert.equal(floorsInWords(['quotes', 'events']), 'quotes and events below 0.5');
    assert.equal(floorsInWords(['figures']), 'figures below 0.5');
  });
});
