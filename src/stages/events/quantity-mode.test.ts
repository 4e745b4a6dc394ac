import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isConfident } from '../../core/confidence.js';
import { codedEvents, eventRows as read } from './events-fixture.js';

test('an event noun inside a counted quantity takes the mode of the verb carrying the quantity', () => {
  assert.deepEqual(read('The United Nations will provide 5,000 tons of food aid to Chad.'), [
    ['AID', 'planned', 'aid', ['United Nations/null/international'], ['Chad/TCD/null']],
  ]);
  // Negative: a quantity with no verb of the future keeps the noun asserted.
  assert.deepEqual(read('The United Nations provided 5,000 tons of food aid to Chad.'), [
    ['AID', 'asserted', 'aid', ['United Nations/null/international'], ['Chad/TCD/null']],
  ]);
});

test("a counted quantity's event noun names the parties of the verb's event by its own prepositions", () => {
  const confident = (text: string) =>
    codedEvents(text).map((e) => [e.type, e.trigger.text, e.sources, e.targets, isConfident('events', e)]);
  // The parser hangs "to Kenya" on "aid", not on "sent": the quantity stands where the noun would.
  assert.deepEqual(confident('The United States sent 300 tons of aid to Kenya on Monday.'), [
    ['AID', 'sent 300 tons of aid', ['United States/USA/null'], ['Kenya/KEN/null'], true],
  ]);
  // Negative: a quantity of no event noun names no party of the verb's event by its prepositions.
  assert.deepEqual(confident('The United States sent 300 tons of wheat to Kenya on Monday.'), []);
});
