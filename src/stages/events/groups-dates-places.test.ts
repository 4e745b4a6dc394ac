import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fullEventRows } from './events-fixture.js';

/** [type, trigger, sources, targets, date, dateFrom, place] of each event of a text written for the test. */
const read = (text: string) =>
  fullEventRows(text).map(([type, , trigger, sources, targets, date, dateFrom, place]) => [
    type,
    trigger,
    sources,
    targets,
    date,
    dateFrom,
    place,
  ]);

test('a group of a country is coded with its sector, the state with its own', () => {
  // "rebels backed by Turkey" is a reduced passive, even with the sentence's verb misparsed under it.
  assert.deepEqual(read('Syrian rebels backed by Turkey attacked Aleppo.')[0]?.slice(0, 4), [
    'SUPPORT',
    'backed',
    ['Turkey/TUR/null'],
    ['Syria/SYR/opposition'],
  ]);
  // "public" read by the tagger as an adjective still names the country's people.
  assert.deepEqual(read('The Israeli public criticised Netanyahu.'), [
    ['DISAPPROVE', 'criticised', ['Israel/ISR/civilians'], ['Netanyahu/null/null'], null, 'article', null],
  ]);
  // Negative: a government named by its country stays the government; a country alone says no sector.
  assert.deepEqual(read('Jordan backed the Syrian government.'), [
    ['SUPPORT', 'backed', ['Jordan/JOR/null'], ['Syria/SYR/government'], null, 'article', null],
  ]);
  assert.deepEqual(read('Israel criticised Syria.'), [
    ['DISAPPROVE', 'criticised', ['Israel/ISR/null'], ['Syria/SYR/null'], null, 'article', null],
  ]);
});

test('a date after "since" bounds the event, it does not date it', () => {
  // The parser hangs "since" on the noun before it; the bound is read from the text all the same.
  assert.deepEqual(read('Israel has killed more than 50,000 Palestinians in Gaza since October 2023.'), [
    ['FIGHT', 'killed', ['Israel/ISR/null'], ['Palestine/PSE/civilians'], null, 'article', 'Gaza'],
  ]);
  // Negative: a date the clause names with "on" is the event's.
  assert.deepEqual(read('Israel attacked Gaza on October 7, 2023.'), [
    ['FIGHT', 'attacked', ['Israel/ISR/null'], ['Gaza/PSE/null'], '2023-10-07', 'clause', 'Gaza'],
  ]);
});

test('a place the talks are about is neither their scene nor a party', () => {
  assert.deepEqual(read('US and Turkish delegations met on Tuesday for talks on the war in Syria.'), [
    [
      'CONSULT',
      'met',
      ['United States/USA/government', 'Turkey/TUR/government'],
      [],
      '2025-03-11',
      'clause',
      null,
    ],
  ]);
  assert.deepEqual(read('US and Turkish delegations met on Tuesday to discuss the situation in Syria.'), [
    [
      'CONSULT',
      'met',
      ['United States/USA/government', 'Turkey/TUR/government'],
      [],
      '2025-03-11',
      'clause',
      null,
    ],
    [
      'CONSULT',
      'discuss',
      ['United States/USA/government', 'Turkey/TUR/government'],
      [],
      null,
      'article',
      null,
    ],
  ]);
  // Negative: where the talks or the fighting are held stays their place, "over the weekend" included.
  assert.deepEqual(read('Russia and Ukraine held talks on Tuesday in Istanbul.'), [
    [
      'CONSULT',
      'held talks',
      ['Russia/RUS/null', 'Ukraine/UKR/null'],
      [],
      '2025-03-11',
      'clause',
      'Istanbul',
    ],
  ]);
  assert.deepEqual(read('Hamas fighters attacked Israeli troops over the weekend in Gaza.'), [
    [
      'ASSAULT',
      'attacked',
      ['Hamas/PSE/opposition'],
      ['Israel/ISR/military'],
      '2025-W10-WE',
      'clause',
      'Gaza',
    ],
  ]);
});

test('a council of security is the government, not the police', () => {
  assert.deepEqual(read('The National Security Council criticised Iran.')[0]?.slice(0, 4), [
    'DISAPPROVE',
    'criticised',
    ['National Security Council/null/government'],
    ['Iran/IRN/null'],
  ]);
  // Negative: security forces are still the police.
  assert.deepEqual(read('Iraqi security forces arrested protesters.')[0]?.slice(0, 3), [
    'COERCE',
    'arrested',
    ['Iraq/IRQ/police'],
  ]);
});
