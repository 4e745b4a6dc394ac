import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eventRows as read } from './events-fixture.js';

test('a noun naming no sector is a body of the kind a modifier names', () => {
  // An opposition party of the state's own country is a party apart from its government.
  assert.deepEqual(read('The Egyptian government banned an Egyptian opposition party on Monday.'), [
    ['SANCTION', 'asserted', 'banned', ['Egypt/EGY/government'], ['Egypt/EGY/opposition']],
  ]);
  assert.deepEqual(read('Russian troops shelled a Ukrainian military base.'), [
    ['FIGHT', 'asserted', 'shelled', ['Russia/RUS/military'], ['Ukraine/UKR/military']],
  ]);
  // Negative: with no kind named, a body of the same country is the state itself, no party apart.
  assert.deepEqual(read('The Egyptian government banned an Egyptian party on Monday.'), [
    ['SANCTION', 'asserted', 'banned', ['Egypt/EGY/government'], []],
  ]);
  // Negative: "state" says whose a thing is, not what body it is.
  assert.deepEqual(read('The Egyptian government seized an Egyptian state enterprise.'), [
    ['COERCE', 'asserted', 'seized', ['Egypt/EGY/government'], []],
  ]);
});

test('an organisation named as "of" a country is that country’s', () => {
  assert.deepEqual(read('Kenyan police arrested leaders of the Patriotic Front of Zambia.'), [
    ['COERCE', 'asserted', 'arrested', ['Kenya/KEN/police'], ['Patriotic Front of Zambia/ZMB/government']],
  ]);
  // Negative: what follows "of" names no country.
  assert.deepEqual(read('Zambia accused the University of California of fraud.'), [
    ['ACCUSE', 'asserted', 'accused', ['Zambia/ZMB/null'], ['University of California/null/null']],
  ]);
});
