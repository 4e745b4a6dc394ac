import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eventRows } from './events-fixture.js';

test('who reports, confirms or looks into an event did not do it', () => {
  assert.deepEqual(eventRows('Kenyan officials reported a bombing in Mombasa.'), [
    ['ASSAULT', 'asserted', 'bombing', [], ['Kenya/KEN/null']],
  ]);
  assert.deepEqual(eventRows('The Israeli military confirmed a rocket attack on Israel on Monday.'), [
    ['ASSAULT', 'asserted', 'rocket attack', [], ['Israel/ISR/null']],
  ]);
  // The event's own doer is still read.
  assert.deepEqual(eventRows('Kenyan officials reported a bombing by al-Shabaab in Mombasa.'), [
    ['ASSAULT', 'asserted', 'bombing', ['al-Shabaab/null/null'], ['Kenya/KEN/null']],
  ]);
  // Negative: who launches or claims an attack made it.
  assert.deepEqual(eventRows('Al-Shabaab claimed the attack on the Kenyan base.'), [
    ['ASSAULT', 'asserted', 'attack', ['Al-Shabaab/null/null'], ['Kenya/KEN/null']],
  ]);
});

test('a bare "the government" or "the country" stands for the one country in focus', () => {
  assert.deepEqual(
    eventRows('Protests spread across Kenya on Monday. The government arrested 30 protesters.'),
    [['COERCE', 'asserted', 'arrested', ['Kenya/KEN/government'], []]],
  );
  // Two countries in focus: left unread.
  assert.deepEqual(
    eventRows('Somalia accused Kenya of meddling. The country also expelled two Kenyan diplomats.'),
    [
      ['ACCUSE', 'asserted', 'accused', ['Somalia/SOM/null'], ['Kenya/KEN/null']],
      ['SANCTION', 'asserted', 'expelled two Kenyan diplomats', [], ['Kenya/KEN/government']],
    ],
  );
  // No country named: nobody; a government named by its own modifier keeps its own country.
  assert.deepEqual(eventRows('The government imposed a curfew on Monday.'), []);
  assert.deepEqual(eventRows('Kenya faces a drought. The Somali government imposed a curfew on Monday.'), [
    ['COERCE', 'asserted', 'curfew', ['Somalia/SOM/government'], []],
  ]);
});
