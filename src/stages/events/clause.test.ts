import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eventRows as read } from './events-fixture.js';

test('what a party stands ready for, or is on the verge of, has not happened', () => {
  assert.deepEqual(read('Israel is on the verge of a new offensive against Hamas.'), [
    ['FIGHT', 'planned', 'offensive', ['Israel/ISR/null'], ['Hamas/PSE/null']],
  ]);
  assert.deepEqual(read('Ukraine is ready for talks with Russia.'), [
    ['CONSULT', 'proposed', 'talks with', ['Ukraine/UKR/null'], ['Russia/RUS/null']],
  ]);
  assert.deepEqual(read('Ukraine held talks with Russia on Monday.'), [
    ['CONSULT', 'asserted', 'held talks', ['Ukraine/UKR/null'], ['Russia/RUS/null']],
  ]);
  // A visit that ended happened; one that was cancelled did not.
  assert.deepEqual(read("Donald Trump's visit to Saudi Arabia ended on Thursday."), [
    ['CONSULT', 'asserted', 'visit', ['Donald Trump/null/null'], ['Saudi Arabia/SAU/null']],
  ]);
  assert.deepEqual(read("Donald Trump's visit to Saudi Arabia was cancelled."), [
    ['CONSULT', 'called-off', 'visit', ['Donald Trump/null/null'], ['Saudi Arabia/SAU/null']],
  ]);
});
