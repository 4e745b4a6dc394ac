import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codedEvents, eventRows as read } from './events-fixture.js';

test("a state's attack is its armed forces' (FIGHT); abuse and attacks by bombers or gunmen stay ASSAULT", () => {
  assert.deepEqual(read("Israel's recent attacks on Gaza killed dozens."), [
    ['FIGHT', 'asserted', 'killed', ['Israel/ISR/null'], ['Gaza/PSE/null']],
  ]);
  assert.deepEqual(read('An Israeli unit attacked the medical convoy.'), [
    ['FIGHT', 'asserted', 'attacked', ['Israel/ISR/military'], []],
  ]);
  assert.deepEqual(read('Israeli soldiers beat up Palestinian detainees.'), [
    ['ASSAULT', 'asserted', 'beat up', ['Israel/ISR/military'], ['Palestine/PSE/civilians']],
  ]);
  assert.deepEqual(read('Two Palestinian suicide bombers killed 23 people in Tel Aviv.'), [
    ['ASSAULT', 'asserted', 'killed', ['Palestine/PSE/opposition'], ['Tel Aviv/ISR/civilians']],
  ]);
  assert.deepEqual(read('Hamas attacked the convoy on Monday.'), [
    ['ASSAULT', 'asserted', 'attacked', ['Hamas/PSE/null'], []],
  ]);
});

test('an attack on a law or a policy is criticism; an attack on a convoy is not', () => {
  assert.deepEqual(read('President Donald Trump attacked the new law on Monday.'), [
    ['DISAPPROVE', 'asserted', 'attacked', ['Donald Trump/null/government'], []],
  ]);
  assert.deepEqual(read('Hamas gunmen attacked Israeli troops on Monday.'), [
    ['ASSAULT', 'asserted', 'attacked', ['Hamas/PSE/opposition'], ['Israel/ISR/military']],
  ]);
});

test('backing or condemning an event is aimed at whoever did it, never at whom it was done to', () => {
  assert.deepEqual(read("Patriarch Kirill has backed Russia's invasion of Ukraine."), [
    ['SUPPORT', 'asserted', 'backed', ['Kirill/null/null'], ['Russia/RUS/null']],
  ]);
  assert.deepEqual(read('Patriarch Kirill has backed the invasion of Ukraine.'), [
    ['SUPPORT', 'asserted', 'backed', ['Kirill/null/null'], []],
  ]);
  assert.deepEqual(read('The European Union condemned the attack on Gaza by Israel.'), [
    ['DISAPPROVE', 'asserted', 'condemned', ['European Union/null/international'], ['Israel/ISR/null']],
  ]);
  // A party backed by name is the one supported.
  assert.deepEqual(read('Germany backed Ukraine.'), [
    ['SUPPORT', 'asserted', 'backed', ['Germany/DEU/null'], ['Ukraine/UKR/null']],
  ]);
});

test("a country's public is its civilians, not its state", () => {
  // A council of security sits in government: "security" before it names its field, not the police.
  assert.deepEqual(read('The National Security Council called on the Israeli public to exercise caution.'), [
    [
      'DEMAND',
      'asserted',
      'called on',
      ['National Security Council/null/government'],
      ['Israel/ISR/civilians'],
    ],
  ]);
});

test('the confidence counts a source with a sector for more, and an attack outside armed forces for less', () => {
  const confidence = (text: string) => codedEvents(text).map((e) => e.confidence);
  // The same arrest, its doer named with and without the body that acted.
  assert.deepEqual(confidence('Israeli police arrested the protesters on Sunday.'), [0.72]);
  assert.deepEqual(confidence('Israel arrested the protesters on Sunday.'), [0.61]);
  // An attack by a group outside any army, its doer named with and without a sector.
  assert.deepEqual(confidence('Hamas gunmen attacked Israeli troops on Monday.'), [0.59]);
  assert.deepEqual(confidence('Hamas attacked Israeli troops on Monday.'), [0.46]);
});
