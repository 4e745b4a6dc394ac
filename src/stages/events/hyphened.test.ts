import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eventRows as read } from './events-fixture.js';

test('two names joined by a hyphen before a meeting noun are both its participants', () => {
  assert.deepEqual(read('Iran-US talks resumed in Oman on Friday.'), [
    ['CONSULT', 'asserted', 'talks', ['Iran/IRN/null', 'United States/USA/null'], []],
  ]);
});

test('a hyphened pair before a noun of force names no second party by this rule', () => {
  // Negative: force is no meeting; which side acts is not told by the order of the names.
  assert.deepEqual(read('Israel-Hamas fighting resumed on Friday.'), [
    ['FIGHT', 'asserted', 'fighting', ['Israel/ISR/null'], []],
  ]);
});
