import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codedEvents } from './events-fixture.js';

/** Each event as [type, mode, trigger, sources, targets, confidence], actors as name/country/sector. */
function read(text: string): unknown[][] {
  return codedEvents(text).map((e) => [e.type, e.mode, e.trigger.text, e.sources, e.targets, e.confidence]);
}

test('confidence: a full subject–verb–object with coded actors is high, a guessed party keeps it hidden', () => {
  assert.deepEqual(read('Russia attacked Ukraine on Monday.'), [
    ['FIGHT', 'asserted', 'attacked', ['Russia/RUS/null'], ['Ukraine/UKR/null'], 0.76],
  ]);
  assert.deepEqual(read('Russia attacked Ukraine.'), [
    ['FIGHT', 'asserted', 'attacked', ['Russia/RUS/null'], ['Ukraine/UKR/null'], 0.62],
  ]);
  // The talks' source is a word-window guess (the subject of another clause): below the default view.
  assert.deepEqual(read('Canada voiced concern, and the talks with Mexico resumed.'), [
    ['DISAPPROVE', 'asserted', 'voiced concern', ['Canada/CAN/null'], [], 0.45],
    ['CONSULT', 'asserted', 'talks with', ['Canada/CAN/null'], ['Mexico/MEX/null'], 0.29],
  ]);
});

test('an event noun as subject acts through its own doer, not through where it happened', () => {
  assert.deepEqual(read('The rocket attack in the Kharkiv region killed four Ukrainian soldiers.'), [
    ['ASSAULT', 'asserted', 'killed', [], ['Ukraine/UKR/military'], 0.1],
  ]);
  assert.deepEqual(read("Russia's rocket attack killed four Ukrainian soldiers."), [
    ['FIGHT', 'asserted', 'killed', ['Russia/RUS/null'], ['Ukraine/UKR/military'], 0.62],
  ]);
});

test('what is agreed to is the agreement, not a party; the parties are named by "with" or its owner', () => {
  assert.deepEqual(read('Siemens signed a Memorandum of Understanding on Tuesday.'), [
    ['SUPPORT', 'asserted', 'signed', ['Siemens/DEU/null'], [], 0.61],
  ]);
  assert.deepEqual(read('Serbia signed an agreement with Kosovo.'), [
    ['SUPPORT', 'asserted', 'signed', ['Serbia/SRB/null'], ['Kosovo/XKX/null'], 0.62],
  ]);
  assert.deepEqual(read("Israel accepted Egypt's proposal on Monday."), [
    ['AGREE', 'asserted', 'accepted', ['Israel/ISR/null'], ['Egypt/EGY/null'], 0.76],
  ]);
});

test('a person welcomed is a guest received; a thing welcomed is support', () => {
  assert.deepEqual(read('Narendra Modi was welcomed by French President Emmanuel Macron in Paris.'), [
    [
      'CONSULT',
      'asserted',
      'welcomed',
      ['Emmanuel Macron/FRA/government'],
      ['Narendra Modi/null/null'],
      0.69,
    ],
  ]);
  assert.deepEqual(read('Germany welcomed the court ruling.'), [
    ['SUPPORT', 'asserted', 'welcomed', ['Germany/DEU/null'], [], 0.45],
  ]);
});

test('a warning threatens when someone is warned or a party is to act; a warning of a risk does not', () => {
  assert.deepEqual(read('Russia warned that it would retaliate against Poland.'), [
    ['THREATEN', 'asserted', 'warned', ['Russia/RUS/null'], ['Poland/POL/null'], 0.62],
  ]);
  assert.deepEqual(read('Iran warned Israel against any attack.'), [
    ['THREATEN', 'asserted', 'warned', ['Iran/IRN/null'], ['Israel/ISR/null'], 0.62],
  ]);
  assert.deepEqual(read('Amnesty International warned that the new law risked deepening the crisis.'), []);
});

test('an offer of a thing to no one is no agreement on offer; one made to a party, or a commitment, is', () => {
  assert.deepEqual(read('The Louvre offered free entry on Sunday.'), []);
  assert.deepEqual(read('He ate the bread offered by the host.'), []);
  // Read, but below the default view: on the judged dev draws offers and commitments were right 1 time in 29.
  assert.deepEqual(read('Iran made an offer to the United States.'), [
    ['AGREE', 'proposed', 'offer', ['Iran/IRN/null'], ['United States/USA/null'], 0.34],
  ]);
  // A to-clause hung on a predicate adjective is done by the adjective's subject.
  assert.deepEqual(read('The United States is committed to supporting Syria.'), [
    ['SUPPORT', 'proposed', 'supporting', ['United States/USA/null'], ['Syria/SYR/null'], 0.38],
  ]);
});

test('one who says the clause holding an event is no party to it, even by a guess', () => {
  assert.deepEqual(read('Hamas said the convoy was attacked near Gaza City on Tuesday.'), []);
  assert.deepEqual(read('Ukrainian soldiers were killed near Bakhmut, Russia said.'), [
    ['ASSAULT', 'asserted', 'killed', [], ['Ukraine/UKR/military'], 0.1],
  ]);
});

test('the one held is what a release or arrest is "of"; who withdraws is what a withdrawal is "of"', () => {
  assert.deepEqual(read('The release of two French citizens came on Friday.'), []);
  // A noun alone with one party and no target stays hidden (see below).
  assert.deepEqual(read('The withdrawal of Russian troops began on Friday.'), [
    ['RETREAT', 'asserted', 'withdrawal', ['Russia/RUS/military'], [], 0.45],
  ]);
});

test("the type's phrase the parser hangs on an event noun's doer is the event's; another phrase is not", () => {
  assert.deepEqual(read('The withdrawal of Russian troops from Kherson began on Friday.'), [
    ['RETREAT', 'asserted', 'withdrawal', ['Russia/RUS/military'], ['Kherson/UKR/null'], 0.84],
  ]);
  assert.deepEqual(read('An attack by militants from Syria wounded two Turkish soldiers.'), [
    ['ASSAULT', 'asserted', 'wounded', ['Syria/SYR/opposition'], ['Turkey/TUR/military'], 0.43],
  ]);
});

test('a noun alone with one party and no target stays hidden; carried, aimed or with two parties it shows', () => {
  assert.deepEqual(read('Chinese demand for copper rose in May.'), [
    ['DEMAND', 'asserted', 'demand', ['China/CHN/null'], [], 0.36],
  ]);
  assert.deepEqual(read('Russia launched an attack on Kharkiv.'), [
    ['FIGHT', 'asserted', 'attack', ['Russia/RUS/null'], ['Kharkiv/UKR/null'], 0.58],
  ]);
  assert.deepEqual(read("Russia's attack on Kharkiv lasted six hours."), [
    ['FIGHT', 'asserted', 'attack', ['Russia/RUS/null'], ['Kharkiv/UKR/null'], 0.58],
  ]);
  assert.deepEqual(read('The meeting between Kyiv and Moscow took place in Istanbul.'), [
    [
      'CONSULT',
      'asserted',
      'meeting',
      ['Government of Ukraine/UKR/government', 'Government of Russia/RUS/government'],
      [],
      0.67,
    ],
  ]);
});

test('a town or region as the one who acts is as often where it happened: it lowers the confidence', () => {
  assert.deepEqual(read('Russia condemned the decision.'), [
    ['DISAPPROVE', 'asserted', 'condemned', ['Russia/RUS/null'], [], 0.45],
  ]);
  assert.deepEqual(read('Donetsk condemned the decision.'), [
    ['DISAPPROVE', 'asserted', 'condemned', ['Donetsk/UKR/null'], [], 0.33],
  ]);
});

test('an offer or plan with one side only is as often no event: it stays out of the default view', () => {
  assert.deepEqual(read('Hamas offered to release the hostages.'), [
    ['RETREAT', 'proposed', 'release', ['Hamas/PSE/null'], [], 0.16],
  ]);
  assert.deepEqual(read('Hamas released the hostages.'), [
    ['RETREAT', 'asserted', 'released', ['Hamas/PSE/null'], [], 0.45],
  ]);
});

test('a relative clause in the simple present of a thing brought in with "a" says what it does: hidden', () => {
  assert.deepEqual(read('Pax Terra, a Dutch charity that supports refugees in Greece, opened an office.'), [
    ['SUPPORT', 'asserted', 'supports', ['Netherlands/NLD/null'], ['Greece/GRC/civilians'], 0.29],
  ]);
  // What it did, in the past, is something that happened.
  assert.deepEqual(read('Pax Terra, a Dutch charity that supported refugees in Greece, opened an office.'), [
    ['SUPPORT', 'asserted', 'supported', ['Netherlands/NLD/null'], ['Greece/GRC/civilians'], 0.62],
  ]);
});

test('a habit or stance told in the simple present with no date of its own stays hidden; news in the present does not', () => {
  const read = (text: string) =>
    codedEvents(text).map((e) => [e.type, e.mode, e.trigger.text, e.sources, e.targets, e.confidence]);
  assert.deepEqual(read('Qatar supports the Syrian government.'), [
    ['SUPPORT', 'asserted', 'supports', ['Qatar/QAT/null'], ['Syria/SYR/government'], 0.29],
  ]);
  assert.deepEqual(read('Germany sends weapons to Ukraine.'), [
    ['AID', 'asserted', 'sends weapons', ['Germany/DEU/null'], ['Ukraine/UKR/null'], 0.29],
  ]);
  // Negative: past tense; force and statements in the present are news.
  assert.deepEqual(read('UNICEF provided humanitarian aid to Gaza on Monday.'), [
    ['AID', 'asserted', 'aid', ['UNICEF/null/international'], ['Gaza/PSE/null'], 0.75],
  ]);
  assert.deepEqual(read('Russia attacks Kyiv with drones.'), [
    ['FIGHT', 'asserted', 'attacks', ['Russia/RUS/null'], ['Government of Ukraine/UKR/government'], 0.62],
  ]);
  assert.deepEqual(read('Israel accuses Hamas of stealing aid.'), [
    ['ACCUSE', 'asserted', 'accuses', ['Israel/ISR/null'], ['Hamas/PSE/null'], 0.62],
  ]);
});
