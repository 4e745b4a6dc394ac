import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codedEvents } from './events-fixture.js';

/** Each event as [sentence, type, trigger, sources, targets, date, place]; actors as name/country/sector. */
function read(text: string): unknown[][] {
  return codedEvents(text).map((e) => [
    e.sentence,
    e.type,
    e.trigger.text,
    e.sources,
    e.targets,
    e.date,
    e.place,
  ]);
}

test('a counted group anaphor stands for the parties of its kind named just before', () => {
  assert.deepEqual(
    read('France and Germany signed a treaty. Both countries also met with Poland on Monday.'),
    [
      [0, 'SUPPORT', 'signed', ['France/FRA/null', 'Germany/DEU/null'], [], null, null],
      [1, 'CONSULT', 'met', ['France/FRA/null', 'Germany/DEU/null'], ['Poland/POL/null'], '2025-03-10', null],
    ],
  );
  assert.deepEqual(
    read('Russia and Ukraine exchanged prisoners on Friday. The two sides met in Istanbul on Monday.'),
    [[1, 'CONSULT', 'met', ['Russia/RUS/null', 'Ukraine/UKR/null'], [], '2025-03-10', 'Istanbul']],
  );
  // The noun gives the sector; "men" sums up people.
  assert.deepEqual(read('France sent aid to Chad. The two governments met in Paris.')[1], [
    1,
    'CONSULT',
    'met',
    ['France/FRA/government', 'Chad/TCD/government'],
    [],
    null,
    'Paris',
  ]);
  assert.deepEqual(
    read('Marco Rubio and Sergei Lavrov met in Riyadh on Tuesday. Both men praised the talks.')[1],
    [1, 'SUPPORT', 'praised', ['Marco Rubio/null/null', 'Sergei Lavrov/null/null'], [], null, null],
  );
});

test('a group anaphor takes the latest parties, and the members of "officials from both nations" are theirs', () => {
  assert.deepEqual(
    read(
      'France and Germany met on Monday. Later, India signed a deal. Both nations met again on Friday.',
    )[2],
    [2, 'CONSULT', 'met', ['Germany/DEU/null', 'India/IND/null'], [], '2025-03-07', null],
  );
  assert.deepEqual(
    read('Canada renewed its support for Ukraine. Officials from both nations met in Ottawa.'),
    [
      [0, 'SUPPORT', 'support', ['Canada/CAN/null'], ['Ukraine/UKR/null'], null, null],
      [1, 'CONSULT', 'met', ['Canada/CAN/government', 'Ukraine/UKR/government'], [], null, 'Ottawa'],
    ],
  );
});

test('a group anaphor with too few parties before it, no count, or only a place before it stands for nobody', () => {
  assert.deepEqual(read('Two countries met in Geneva on Monday.'), []);
  assert.deepEqual(read('Germany signed a treaty. The nations met in Geneva on Monday.'), [
    [0, 'SUPPORT', 'signed', ['Germany/DEU/null'], [], null, null],
  ]);
  // "The two sides" after a person and a country sums up neither pair.
  assert.deepEqual(
    read('Omar al-Bashir criticised Sudan on Friday. The two sides clashed on Monday.').length,
    1,
  );
  // Saudi Arabia is where Russia held talks, not a party: "both countries" finds one country only.
  assert.deepEqual(
    read('Russia held talks in Saudi Arabia on Monday. Both countries met again on Tuesday.').length,
    1,
  );
});

test('coordinated demonyms modifying one noun are each an actor', () => {
  assert.deepEqual(read('Russian and Ukrainian delegations met in Istanbul.'), [
    [0, 'CONSULT', 'met', ['Russia/RUS/government', 'Ukraine/UKR/government'], [], null, 'Istanbul'],
  ]);
  assert.deepEqual(read('Senior US and Ukrainian officials met in Jeddah.'), [
    [0, 'CONSULT', 'met', ['United States/USA/government', 'Ukraine/UKR/government'], [], null, 'Jeddah'],
  ]);
});

test('a mention of an event naming nobody lends its day to the placed event of its type beside it', () => {
  // "The talks began on Monday": the meeting of the sentence before, dated by it.
  assert.deepEqual(read('Russian and Ukrainian delegations met in Istanbul. The talks began on Monday.'), [
    [0, 'CONSULT', 'met', ['Russia/RUS/government', 'Ukraine/UKR/government'], [], '2025-03-10', 'Istanbul'],
  ]);
});

test('a bare mention lends nothing to an event of another mode, with its own date, or among two alike', () => {
  // Planned talks are not the talks that failed on Monday.
  assert.deepEqual(read('Russia and Ukraine will meet in Istanbul. Talks on Monday failed.'), [
    [0, 'CONSULT', 'meet', ['Russia/RUS/null', 'Ukraine/UKR/null'], [], null, 'Istanbul'],
  ]);
  // A meeting dated Friday is not the talks of Monday.
  assert.deepEqual(read('Russia met Ukraine in Istanbul on Friday. Talks on Monday were tense.'), [
    [0, 'CONSULT', 'met', ['Russia/RUS/null'], ['Ukraine/UKR/null'], '2025-03-07', 'Istanbul'],
  ]);
  // Talks in Ankara are not the meeting in Istanbul.
  assert.deepEqual(read('Russia met Ukraine in Istanbul. Talks in Ankara began on Monday.'), [
    [0, 'CONSULT', 'met', ['Russia/RUS/null'], ['Ukraine/UKR/null'], null, 'Istanbul'],
  ]);
  // Two meetings in the sentence before: the talks could be either.
  assert.deepEqual(
    read(
      'Russia met Ukraine in Istanbul, and later Turkey met Greece in Athens. Talks on Monday were tense.',
    ).map((e) => e[5]),
    [null, null],
  );
  // A meeting with no place has nothing to tie the talks of the sentence before to; nor is a place lent.
  assert.deepEqual(
    read(
      'Talks opened in Jeddah on Tuesday. Officials from the United States and Ukraine met for eight hours.',
    ).map((e) => e.slice(5, 7)),
    [[null, null]],
  );
  // In its own sentence the clause decides; "a summit" is another event; a month is too loose.
  assert.deepEqual(read('Russia met Ukraine in Istanbul; talks on Monday were tense.')[0]?.[5], null);
  assert.deepEqual(read('Russia met Ukraine in Istanbul. A summit followed on Monday.')[0]?.[5], null);
  assert.deepEqual(
    read('Russian and Ukrainian delegations met in Istanbul. The talks began in May.')[0]?.[5],
    null,
  );
});
