import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codedEvents } from './events-fixture.js';

/** Each event as [type, trigger, sources, targets, shown by default]. */
const shown = (text: string) =>
  codedEvents(text).map((e) => [e.type, e.trigger.text, e.sources, e.targets, e.confidence >= 0.5]);

test('a thing or an unkinded group in a country is only there: the country is no party', () => {
  for (const [text, out] of [
    [
      'Turkey opposes the presence of armed groups in northern Syria.',
      [['REJECT', 'opposes', ['Turkey/TUR/null'], [], false]],
    ],
    [
      'Qatar has signed a memorandum of understanding to build a new port in Oman.',
      [['SUPPORT', 'signed', ['Qatar/QAT/null'], [], false]],
    ],
  ] as const)
    assert.deepEqual(shown(text), out, text);
});

test('people, a body or a sum in a country stay that country’s (negative cases)', () => {
  assert.deepEqual(shown('Iran criticised the regime in Damascus.'), [
    ['DISAPPROVE', 'criticised', ['Iran/IRN/null'], ['Damascus/SYR/government'], true],
  ]);
  assert.deepEqual(
    shown('Canadian funding was provided through UNICEF directly to vulnerable households in Gaza.'),
    [['AID', 'funding', ['Canada/CAN/null'], ['Gaza/PSE/civilians'], true]],
  );
  assert.deepEqual(shown('Japan criticised the junta in Myanmar.'), [
    ['DISAPPROVE', 'criticised', ['Japan/JPN/null'], ['Myanmar/MMR/government'], true],
  ]);
  assert.deepEqual(
    shown('Donald Trump threatened to withdraw $3 billion in federal funding from Harvard University.'),
    [['THREATEN', 'threatened', ['Donald Trump/null/null'], ['Harvard University/null/null'], false]],
  );
  // Aid given in a place goes to it.
  assert.deepEqual(shown('Qatar funded humanitarian aid in Gaza on Monday.'), [
    ['AID', 'aid', ['Qatar/QAT/null'], ['Gaza/PSE/null'], false],
  ]);
  // Force or a restriction threatened in a place falls on its people.
  assert.deepEqual(
    shown('Hezbollah threatened on Sunday to resume military operations in Israel after the strike.'),
    [['THREATEN', 'threatened', ['Hezbollah/LBN/null'], ['Israel/ISR/military'], true]],
  );
  assert.deepEqual(
    shown('President Abdelaziz Bouteflicka threatened to impose a curfew in Oran after the riots.'),
    [['THREATEN', 'threatened', ['Abdelaziz Bouteflicka/null/government'], ['Oran/DZA/null'], true]],
  );
});

test('a region of several states is no host of a visit; a town visited is (negative case)', () => {
  assert.deepEqual(shown('The talks followed French President Emmanuel Macron’s visit to the Middle East.'), [
    [
      'CONSULT',
      'visit',
      ['Emmanuel Macron/FRA/government', 'France/FRA/null'],
      ['Middle East/null/null'],
      false,
    ],
  ]);
  assert.deepEqual(shown('The talks followed French President Emmanuel Macron’s visit to Cairo.'), [
    ['CONSULT', 'visit', ['Emmanuel Macron/FRA/government', 'France/FRA/null'], ['Cairo/EGY/null'], true],
  ]);
});

test('an occasion held or a text named is no party', () => {
  assert.deepEqual(shown('The last Summit was hosted in Nairobi by President William Ruto in 2023.'), [
    ['CONSULT', 'hosted', ['William Ruto/null/government'], [], true],
  ]);
  assert.deepEqual(shown('Kenya condemned the Land Reform Act.'), [
    ['DISAPPROVE', 'condemned', ['Kenya/KEN/null'], [], false],
  ]);
  assert.deepEqual(shown('Kenya made a request for Uganda to withdraw the Land Reform Act.'), [
    ['DEMAND', 'request', ['Kenya/KEN/null'], ['Uganda/UGA/null'], false],
  ]);
});

test('a title or seat won is no capture by force; a town captured is (negative case)', () => {
  assert.deepEqual(shown('Maccabi Haifa captured the league championship on Saturday.'), []);
  assert.deepEqual(shown('The Labour Party captured 40 seats in the election.'), []);
  assert.deepEqual(shown('Russian forces captured the town of Pokrovsk on Saturday.'), [
    ['FIGHT', 'captured', ['Russia/RUS/military'], ['Pokrovsk/UKR/null'], true],
  ]);
});

test('a warning that a third party is acting is a caution, no threat; one about the warner’s act is', () => {
  assert.deepEqual(shown('France warned the United States that Iran is stalling the talks.'), []);
  assert.deepEqual(shown('Israel warned Iran that it would respond with force.'), [
    ['THREATEN', 'warned', ['Israel/ISR/null'], ['Iran/IRN/null'], true],
  ]);
  assert.deepEqual(shown('Israel warned Iran that Tehran must stop enriching uranium.'), [
    ['THREATEN', 'warned', ['Israel/ISR/null'], ['Iran/IRN/null'], true],
  ]);
});

test('a thing condemned with its doer in a participle misread as a clause is aimed at the doer', () => {
  assert.deepEqual(
    shown(
      'The foreign ministry of Jordan condemned “the heinous crime committed by the Israeli occupation forces”.',
    ),
    [['DISAPPROVE', 'condemned', ['Jordan/JOR/government'], ['Israel/ISR/military'], true]],
  );
  // Negative case: a clause that is one (an auxiliary) says what happened; condemned with no one aimed at.
  assert.deepEqual(shown('Jordan condemned that the crime was committed by night.'), [
    ['DISAPPROVE', 'condemned', ['Jordan/JOR/null'], [], false],
  ]);
});

test('a denial inside an if-clause is only supposed; a denial told or a refusal on a condition stays denied', () => {
  const modes = (text: string) => codedEvents(text).map((e) => [e.type, e.trigger.text, e.mode]);
  assert.deepEqual(modes('Paris said Europe would act if Russia did not agree to a ceasefire.'), [
    ['AGREE', 'agree', 'hypothetical'],
  ]);
  assert.deepEqual(modes('Russia did not agree to a ceasefire.'), [['AGREE', 'agree', 'denied']]);
  assert.deepEqual(modes('Iran said it would not negotiate with the United States if sanctions stayed.'), [
    ['CONSULT', 'negotiate', 'denied'],
  ]);
});
