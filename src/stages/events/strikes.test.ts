import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eventRows } from './events-fixture.js';

test('a strike that stops work is a protest: a union, a nationwide or three-day strike, one staged', () => {
  assert.deepEqual(eventRows('Georgian teachers began a nationwide strike on Monday.'), [
    ['PROTEST', 'asserted', 'strike', ['Georgia/GEO/civilians'], []],
  ]);
  // "called off" read with "off" as the noun's preposition still calls the strike off: a concession.
  assert.deepEqual(
    eventRows(
      'The Kenya National Union of Teachers announced on Monday that it has called off a three-day strike.',
    ),
    [['PROTEST', 'called-off', 'strike', ['National Union of Teachers/null/civilians'], []]],
  );
  // Staged by nurses no one names: no attack on the government, and no protest with no one in it.
  assert.deepEqual(eventRows('Nurses staged a strike in Nairobi against the Kenyan government.'), []);
  // Negative: a strike launched by a state is an attack.
  assert.deepEqual(eventRows('Israel launched a strike on Gaza.'), [
    ['FIGHT', 'asserted', 'strike', ['Israel/ISR/null'], ['Gaza/PSE/null']],
  ]);
});

test('a protest put down is coercion by who puts it down, of who protested', () => {
  assert.deepEqual(eventRows('Kenyan police dispersed Somali protesters in Nairobi.'), [
    ['COERCE', 'asserted', 'protesters', ['Kenya/KEN/police'], ['Somalia/SOM/null']],
  ]);
  assert.deepEqual(eventRows('Somali protesters were dispersed by Kenyan police.'), [
    ['COERCE', 'asserted', 'protesters', ['Kenya/KEN/police'], ['Somalia/SOM/null']],
  ]);
  assert.deepEqual(eventRows('Turkish police prevented the demonstration staged by Georgian students.'), [
    ['COERCE', 'asserted', 'demonstration', ['Turkey/TUR/police'], ['Georgia/GEO/civilians']],
  ]);
  assert.deepEqual(eventRows('Turkish police broke up the demonstration in Ankara.'), [
    ['COERCE', 'asserted', 'demonstration', ['Turkey/TUR/police'], []],
  ]);
  // Arrested protesters are the arrest alone; condemned protests are the condemnation alone.
  assert.deepEqual(eventRows('Kenyan police arrested Somali protesters in Nairobi.'), [
    ['COERCE', 'asserted', 'arrested', ['Kenya/KEN/police'], ['Somalia/SOM/civilians']],
  ]);
  assert.deepEqual(eventRows('Germany condemned the Russian protests.'), [
    ['DISAPPROVE', 'asserted', 'condemned', ['Germany/DEU/null'], ['Russia/RUS/null']],
  ]);
  // Negative: a rally held is the protest of those who hold it (opposition supporters: the opposition).
  assert.deepEqual(eventRows('Russian opposition supporters held a rally in Moscow.'), [
    ['PROTEST', 'asserted', 'rally', ['Russia/RUS/opposition'], []],
  ]);
});

test('expelling envoys, inspectors or peacekeepers cuts relations; expelling residents coerces them', () => {
  assert.deepEqual(eventRows('Russia expelled inspectors of the International Atomic Energy Agency.'), [
    [
      'SANCTION',
      'asserted',
      'expelled inspectors',
      ['Russia/RUS/null'],
      ['International Atomic Energy Agency/null/international'],
    ],
  ]);
  assert.deepEqual(eventRows('Russia expelled thousands of Georgian migrants.'), [
    ['COERCE', 'asserted', 'expelled', ['Russia/RUS/null'], ['Georgia/GEO/civilians']],
  ]);
});

test('easing or cutting a measure or help takes part of it back', () => {
  assert.deepEqual(eventRows('Kenya eased sanctions on Somalia on Monday.'), [
    ['SANCTION', 'called-off', 'sanctions', ['Kenya/KEN/null'], ['Somalia/SOM/null']],
  ]);
  assert.deepEqual(eventRows('Germany reduced aid to Ethiopia.'), [
    ['AID', 'called-off', 'aid', ['Germany/DEU/null'], ['Ethiopia/ETH/null']],
  ]);
  // Negative: aid given is not taken back.
  assert.deepEqual(eventRows('Germany gave aid to Ethiopia.'), [
    ['AID', 'asserted', 'aid', ['Germany/DEU/null'], ['Ethiopia/ETH/null']],
  ]);
});

test('an air strike or air raid is aerial force, FIGHT whoever does it', () => {
  assert.deepEqual(eventRows('Israel carried out air raids on Beirut.'), [
    ['FIGHT', 'asserted', 'air raids', ['Israel/ISR/null'], ['Beirut/LBN/null']],
  ]);
  assert.deepEqual(eventRows('India launched an airstrike on Pakistan.'), [
    ['FIGHT', 'asserted', 'airstrike', ['India/IND/null'], ['Pakistan/PAK/null']],
  ]);
  // Negative: a rocket attack by a group is no conventional force.
  assert.deepEqual(eventRows('Hamas launched a rocket attack on Israel.'), [
    ['ASSAULT', 'asserted', 'rocket attack', ['Hamas/PSE/null'], ['Israel/ISR/null']],
  ]);
});
