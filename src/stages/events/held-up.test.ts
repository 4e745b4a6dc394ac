import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codedEvents, eventRows } from './events-fixture.js';

/** Each event's trigger and mode, in text order. */
const modesOf = (text: string) => codedEvents(text).map((e) => [e.trigger.text, e.mode]);

/**
 * Acts a clause holds up as a threat, an option or a condition's outcome are not told as done; where a way
 * leads and a participle misread as a joined verb share the mode of their clause (`clause-mode.ts`).
 * Each rule is tried against the same act told as done.
 */

test('a participle with its by-agent takes the mode of its clause, not of a past verb', () => {
  assert.deepEqual(
    eventRows(
      'The model aims to replace existing humanitarian agencies, including the UN, with civilian contractors, backed by the Israeli military.',
    ),
    [['SUPPORT', 'planned', 'backed', ['Israel/ISR/military'], []]],
  );
  assert.deepEqual(eventRows('Israel replaced the agencies with contractors, backed by the US military.'), [
    ['SUPPORT', 'asserted', 'backed', ['United States/USA/military'], []],
  ]);
});

test('a participle describing a noun keeps its own reading: asserted, whatever the clause of its noun says', () => {
  assert.deepEqual(eventRows('Israel hired contractors backed by the US military.'), [
    ['SUPPORT', 'asserted', 'backed', ['United States/USA/military'], []],
  ]);
  // Not hiring them says nothing against the backing; a merger still to take effect was backed already.
  assert.deepEqual(eventRows('Israel did not hire contractors backed by the US military.'), [
    ['SUPPORT', 'asserted', 'backed', ['United States/USA/military'], []],
  ]);
  assert.deepEqual(
    eventRows('The merger, backed by Russian authorities, will allow foreigners to trade shares.'),
    [['SUPPORT', 'asserted', 'backed', ['Russia/RUS/government'], []]],
  );
});

test('what is threatened or considered is not imposed', () => {
  assert.deepEqual(eventRows('Britain is considering sanctions on Israel.'), [
    ['SANCTION', 'hypothetical', 'sanctions', ['United Kingdom/GBR/null'], ['Israel/ISR/null']],
  ]);
  assert.deepEqual(eventRows('Britain threatened sanctions on Israel if it does not stop the war.'), [
    ['THREATEN', 'asserted', 'threatened', ['United Kingdom/GBR/null'], ['Israel/ISR/null']],
    ['SANCTION', 'hypothetical', 'sanctions', ['United Kingdom/GBR/null'], ['Israel/ISR/null']],
  ]);
  // The act held up under the verb, as its object or as its clause.
  assert.deepEqual(eventRows('Britain considered imposing sanctions on Israel.'), [
    ['SANCTION', 'hypothetical', 'sanctions', ['United Kingdom/GBR/null'], ['Israel/ISR/null']],
  ]);
  assert.deepEqual(eventRows('Iran is weighing talks with the US.'), [
    ['CONSULT', 'hypothetical', 'talks with', ['Iran/IRN/null'], ['United States/USA/null']],
  ]);
  // A request one considers was made.
  assert.deepEqual(eventRows('Kenya considered a request by Uganda for aid.'), [
    ['DEMAND', 'asserted', 'request', ['Uganda/UGA/null'], []],
  ]);
  assert.deepEqual(eventRows('Britain imposed sanctions on Israel.'), [
    ['SANCTION', 'asserted', 'sanctions', ['United Kingdom/GBR/null'], ['Israel/ISR/null']],
  ]);
});

test('what a verb does only if something else happens may not come; an offer stays an offer', () => {
  assert.deepEqual(eventRows('The EU imposes sanctions on Iran if it enriches uranium.'), [
    ['SANCTION', 'hypothetical', 'sanctions', ['European Union/null/international'], ['Iran/IRN/null']],
  ]);
  // "even if" concedes; it sets no condition.
  assert.deepEqual(eventRows('Wales received praise from France, even if the coach admitted defeat.'), [
    ['SUPPORT', 'asserted', 'praise', ['France/FRA/null'], ['Wales/GBR/null']],
  ]);
  assert.deepEqual(eventRows('The EU offered aid to Gaza if Hamas disarms.')[0], [
    'AID',
    'proposed',
    'aid',
    ['European Union/null/international'],
    ['Gaza/PSE/null'],
  ]);
  assert.deepEqual(eventRows('The EU offered aid to Gaza.'), [
    ['AID', 'proposed', 'aid', ['European Union/null/international'], ['Gaza/PSE/null']],
  ]);
});

test('where a way leads shares the mode of the clause that makes the way', () => {
  assert.deepEqual(
    eventRows(
      'The Kurdistan Region is hoping to pave the way for closer cooperation with the US and the new Trump administration.',
    ),
    [['COOPERATE', 'planned', 'cooperation', ['Kurdistan Region/null/null'], ['United States/USA/null']]],
  );
  assert.deepEqual(eventRows('Egypt hopes to pave the way for talks with Qatar.'), [
    ['CONSULT', 'planned', 'talks with', ['Egypt/EGY/null'], ['Qatar/QAT/null']],
  ]);
  // A way told as made leaves where it leads as told.
  assert.deepEqual(eventRows('Egypt paved the way for talks with Qatar.'), [
    ['CONSULT', 'asserted', 'talks with', ['Egypt/EGY/null'], ['Qatar/QAT/null']],
  ]);
  assert.deepEqual(eventRows('Egypt held talks with Qatar.'), [
    ['CONSULT', 'asserted', 'held talks', ['Egypt/EGY/null'], ['Qatar/QAT/null']],
  ]);
});

test('an infinitive under hope, aim, seek, want, plan or threaten is not told as done', () => {
  assert.deepEqual(eventRows('Iran wants to sign a deal with Oman.'), [
    ['SUPPORT', 'planned', 'sign', ['Iran/IRN/null'], ['Oman/OMN/null']],
  ]);
  assert.deepEqual(eventRows('The EU seeks to impose sanctions on Russia.'), [
    ['SANCTION', 'planned', 'sanctions', ['European Union/null/international'], ['Russia/RUS/null']],
  ]);
  assert.deepEqual(eventRows('Iran signed a deal with Oman.'), [
    ['SUPPORT', 'asserted', 'signed', ['Iran/IRN/null'], ['Oman/OMN/null']],
  ]);
});

test('an act once threatened or planned and now carried out is told as done; only said of, it is not', () => {
  assert.deepEqual(modesOf('Turkey launched its long-threatened offensive against the Kurdish militia.'), [
    ['offensive', 'asserted'],
  ]);
  assert.deepEqual(modesOf('Chile resumed the suspended talks with Bolivia.'), [['talks with', 'asserted']]);
  // No verb carries it out: the adjective still says what it is.
  assert.deepEqual(modesOf('Residents fled ahead of a threatened offensive by Turkey.'), [
    ['offensive', 'hypothetical'],
  ]);
  // Carried out, but in a clause still to come.
  assert.deepEqual(modesOf('Turkey will launch its long-threatened offensive next week.'), [
    ['offensive', 'planned'],
  ]);
});
