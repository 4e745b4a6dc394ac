import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codedEvents } from './events-fixture.js';

/** Each event as [type, mode, trigger, sources, targets, confidence], actors as name/country/sector. */
function read(text: string): unknown[][] {
  return codedEvents(text).map((e) => [e.type, e.mode, e.trigger.text, e.sources, e.targets, e.confidence]);
}

test('an event noun a verb of naming puts on a thing is what it is called, no event', () => {
  assert.deepEqual(read('Prosecutors called the plot an attack on German democracy.'), []);
  assert.deepEqual(read('The union called the nationalisation a rejection of the privatisation model.'), []);
  // Negative: calling for something, and condemning an event, are events.
  assert.deepEqual(read('Ukraine condemned the attack by Russia.'), [
    ['DISAPPROVE', 'asserted', 'condemned', ['Ukraine/UKR/null'], ['Russia/RUS/null'], 0.62],
  ]);
  assert.deepEqual(read('Russia launched an attack on Kharkiv.'), [
    ['FIGHT', 'asserted', 'attack', ['Russia/RUS/null'], ['Kharkiv/UKR/null'], 0.58],
  ]);
});

test("a noun that is its clause's predicate takes the clause's modal", () => {
  assert.deepEqual(read('That would be a request by Washington for Ottawa to extradite the man.'), [
    [
      'DEMAND',
      'hypothetical',
      'request',
      ['Government of the United States/USA/government'],
      ['Government of Canada/CAN/government'],
      0.41,
    ],
  ]);
  // Negative: with no modal the predicate noun is told.
  assert.deepEqual(read('It was a request by Washington for Ottawa to extradite the man.'), [
    [
      'DEMAND',
      'asserted',
      'request',
      ['Government of the United States/USA/government'],
      ['Government of Canada/CAN/government'],
      0.41,
    ],
  ]);
});

test('hoped for, looked forward to, open to, commanded or talked of in general: not told as done', () => {
  assert.deepEqual(read('Iraq expressed hopes for closer cooperation with Canada.'), [
    ['COOPERATE', 'hypothetical', 'cooperation', ['Iraq/IRQ/null'], ['Canada/CAN/null'], 0.29],
  ]);
  assert.deepEqual(read('Egypt is looking forward to cooperating with China.'), [
    ['COOPERATE', 'planned', 'cooperating', ['Egypt/EGY/null'], ['China/CHN/null'], 0.58],
  ]);
  assert.deepEqual(read('Let Israel withdraw from Gaza.'), [
    ['RETREAT', 'hypothetical', 'withdraw', ['Israel/ISR/null'], ['Gaza/PSE/null'], 0.58],
  ]);
  assert.deepEqual(read('Ending Israeli attacks on Syria is vital for Sharaa.'), [
    ['FIGHT', 'hypothetical', 'attacks', ['Israel/ISR/null'], ['Syria/SYR/null'], 0.53],
  ]);
  // A by-agent names the doer though the parser missed the passive; what one is open to may come.
  assert.deepEqual(read('Israel is vulnerable to attacks by the Houthis.'), [
    ['ASSAULT', 'hypothetical', 'attacks', ['Houthis/YEM/null'], [], 0.1],
  ]);
  assert.deepEqual(read('The ruling now compels Gabon to withdraw its military presence from Mbanie.'), [
    ['RETREAT', 'hypothetical', 'withdraw', ['Gabon/GAB/null'], ['Mbanie/null/null'], 0.53],
  ]);
  // Negative: the same acts told, and one a party was made to do.
  assert.deepEqual(read('The court forced Gabon to withdraw from Mbanie.'), [
    ['RETREAT', 'asserted', 'withdraw', ['Gabon/GAB/null'], ['Mbanie/null/null'], 0.58],
  ]);
  assert.deepEqual(read('Egypt cooperated with China.'), [
    ['COOPERATE', 'asserted', 'cooperated', ['Egypt/EGY/null'], ['China/CHN/null'], 0.62],
  ]);
  assert.deepEqual(read('Israel withdrew from Gaza.'), [
    ['RETREAT', 'asserted', 'withdrew', ['Israel/ISR/null'], ['Gaza/PSE/null'], 0.62],
  ]);
});

test("a headline's infinitive is to come; the lifting of sanctions calls them off, not cancelling leaves them", () => {
  assert.deepEqual(read('Iranian President Masoud Pezeshkian to visit Oman on May 27.'), [
    ['CONSULT', 'planned', 'visit', ['Masoud Pezeshkian/IRN/government'], ['Oman/OMN/null'], 0.81],
  ]);
  assert.deepEqual(read('The lifting of US sanctions on Iran was discussed.'), [
    ['SANCTION', 'called-off', 'sanctions', ['United States/USA/null'], ['Iran/IRN/null'], 0.53],
  ]);
  assert.deepEqual(read('Russia did not cancel the talks with Ukraine.'), [
    ['CONSULT', 'asserted', 'talks with', ['Russia/RUS/null'], ['Ukraine/UKR/null'], 0.58],
  ]);
  assert.deepEqual(read('Russia cancelled the talks with Ukraine.'), [
    ['CONSULT', 'called-off', 'talks with', ['Russia/RUS/null'], ['Ukraine/UKR/null'], 0.53],
  ]);
});

test('a sea is no party; a people living somewhere is its civilians, not its state', () => {
  assert.deepEqual(read('Houthi forces attacked ships in the Red Sea on Monday.'), [
    ['FIGHT', 'asserted', 'attacked', ['Houthis/YEM/military'], [], 0.72],
  ]);
  assert.deepEqual(read('A Toronto man threatened the Israeli community on Monday.'), [
    ['THREATEN', 'asserted', 'threatened', ['Toronto/CAN/null'], ['Israel/ISR/civilians'], 0.65],
  ]);
  // Negative: a town where an attack hits stands for its victim where the article names no country of it
  // (`struck-places.ts`).
  assert.deepEqual(read('Russia attacked Kharkiv on Monday.'), [
    ['FIGHT', 'asserted', 'attacked', ['Russia/RUS/null'], ['Kharkiv/UKR/null'], 0.76],
  ]);
});

test('a participle sharing a passive verb is passive; "and" on the noun joins its two modifiers', () => {
  assert.deepEqual(
    read('A British vessel has been impounded by the French authorities, accused of fishing illegally.'),
    [],
  );
  assert.deepEqual(
    read('The Iranian and US delegations have held four rounds of indirect talks in Muscat.'),
    [['CONSULT', 'asserted', 'talks', ['Iran/IRN/government', 'United States/USA/government'], [], 0.63]],
  );
});

test('idioms of striking, and hosting a thing, name no event; sanctions are laid on, not in, a place', () => {
  assert.deepEqual(read('The largest US retailer struck a much different tone on Thursday.'), []);
  assert.deepEqual(read('It was the 2022 World Cup, which Qatar hosted.'), []);
  assert.deepEqual(read('Qatar hosted Hamas leaders in Doha.'), [
    ['CONSULT', 'asserted', 'hosted', ['Qatar/QAT/null'], ['Hamas/PSE/government'], 0.62],
  ]);
});

test('one party with no country and no one acted upon stays below the default view, unless dated and placed', () => {
  assert.deepEqual(read('Jane Smith defended the plan on Monday.'), [
    ['SUPPORT', 'asserted', 'defended', ['Jane Smith/null/null'], [], 0.36],
  ]);
  // Negative: a party with a country, or one acted upon, keeps its confidence.
  assert.deepEqual(read('Germany defended the plan on Monday.'), [
    ['SUPPORT', 'asserted', 'defended', ['Germany/DEU/null'], [], 0.61],
  ]);
  assert.deepEqual(read('Donald Trump met Vladimir Putin.'), [
    ['CONSULT', 'asserted', 'met', ['Donald Trump/null/null'], ['Vladimir Putin/null/null'], 0.49],
  ]);
  // A happening its own clause dates and places is shown; the same with no place is not.
  assert.deepEqual(read('The G7 met in Charlevoix on Thursday.'), [
    ['CONSULT', 'asserted', 'met', ['G7/null/international'], [], 0.65],
  ]);
  assert.deepEqual(read('The G7 met on Thursday.'), [
    ['CONSULT', 'asserted', 'met', ['G7/null/international'], [], 0.45],
  ]);
});

test('what is discussed is the topic; the party discussed with is named by "with", however deep it hangs', () => {
  assert.deepEqual(read('Turkey and Syria discussed the YPG laying down its weapons.'), [
    ['CONSULT', 'asserted', 'discussed', ['Turkey/TUR/null', 'Syria/SYR/null'], ['YPG/null/null'], 0.38],
    ['RETREAT', 'asserted', 'laying down its weapons', ['YPG/null/null'], [], 0.29],
  ]);
  assert.deepEqual(read('Egypt discussed the crisis with Sudan on Monday.'), [
    ['CONSULT', 'asserted', 'discussed', ['Egypt/EGY/null'], ['Sudan/SDN/null'], 0.76],
  ]);
  assert.deepEqual(read('Israel signed a deal on gas exports with Egypt.'), [
    ['SUPPORT', 'asserted', 'signed', ['Israel/ISR/null'], ['Egypt/EGY/null'], 0.62],
  ]);
  // Negative: with no with-phrase the pact names no other party.
  assert.deepEqual(read('Israel signed a deal on gas exports.'), [
    ['SUPPORT', 'asserted', 'signed', ['Israel/ISR/null'], [], 0.45],
  ]);
});
