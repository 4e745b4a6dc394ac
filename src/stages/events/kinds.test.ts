import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codedEvents, eventRows as read } from './events-fixture.js';

test('a noun naming no sector is a body of the kind a modifier names', () => {
  // An opposition party of the state's own country is a party apart from its government; barring it from
  // political life is PLOVER's COERCE.
  assert.deepEqual(read('The Egyptian government banned an Egyptian opposition party on Monday.'), [
    ['COERCE', 'asserted', 'banned', ['Egypt/EGY/government'], ['Egypt/EGY/opposition']],
  ]);
  assert.deepEqual(read('Russian troops shelled a Ukrainian military base.'), [
    ['FIGHT', 'asserted', 'shelled', ['Russia/RUS/military'], ['Ukraine/UKR/military']],
  ]);
  // Negative: with no kind named, a body of the same country is the state itself, no party apart.
  assert.deepEqual(read('The Egyptian government banned an Egyptian party on Monday.'), [
    ['SANCTION', 'asserted', 'banned', ['Egypt/EGY/government'], []],
  ]);
  // Negative: "state" says whose a thing is, "premier" how good it is, not what body it is.
  assert.deepEqual(read('The Egyptian government seized an Egyptian state enterprise.'), [
    ['COERCE', 'asserted', 'seized', ['Egypt/EGY/government'], []],
  ]);
  assert.deepEqual(read("British officials praised Switzerland's premier resorts."), [
    ['SUPPORT', 'asserted', 'praised', ['United Kingdom/GBR/government'], ['Switzerland/CHE/null']],
  ]);
});

test('a clause after a preposition says what a thing is, not whose it is', () => {
  // The grammar names no target: the one a word window guesses is kept below the default view.
  const [accused] = codedEvents('The Israeli army accused the photographer of being a Hezbollah agent.');
  assert.equal(accused!.type, 'ACCUSE');
  assert.ok(accused!.confidence < 0.5);
  // Negative: an of-phrase naming its noun's owner is read as before.
  assert.deepEqual(
    codedEvents('Israel accused the leaders of Hamas of war crimes.').map((e) => [e.targets, e.confidence]),
    [[['Hamas/PSE/government'], 0.62]],
  );
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

test('a group named as itself, with no state sector, is a party apart from its country', () => {
  assert.deepEqual(read('Iraqi Kurds demonstrated on Sunday against Iraq.'), [
    ['PROTEST', 'asserted', 'demonstrated', ['Iraqi Kurds/IRQ/null'], ['Iraq/IRQ/null']],
  ]);
  assert.deepEqual(read('Palestinian police arrested Hamas members in Nablus.'), [
    ['COERCE', 'asserted', 'arrested', ['Palestine/PSE/police'], ['Hamas/PSE/null']],
  ]);
  // Negative: a town of the group's own country beside it is its ground, not the other party.
  assert.deepEqual(read('Hamas agreed to the Gaza truce proposal.'), [
    ['AGREE', 'asserted', 'agreed', ['Hamas/PSE/null'], []],
  ]);
});
