import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eventRows as read } from './events-fixture.js';

test('an event noun inside a counted quantity takes the mode of the verb carrying the quantity', () => {
  assert.deepEqual(read('The United Nations will provide 5,000 tons of food aid to Chad.'), [
    ['AID', 'planned', 'aid', ['United Nations/null/international'], ['Chad/TCD/null']],
  ]);
  // Negative: a quantity with no verb of the future keeps the noun asserted.
  assert.deepEqual(read('The United Nations provided 5,000 tons of food aid to Chad.'), [
    ['AID', 'asserted', 'aid', ['United Nations/null/international'], ['Chad/TCD/null']],
  ]);
});
