import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codedEvents, eventRows as read } from './events-fixture.js';
import { ploverCategory } from './plover.js';

/** Each event's PLOVER category, as the manual folds its mode in (`ploverCategory`), with its trigger. */
const categories = (text: string): string[][] =>
  codedEvents(text).map((e) => [ploverCategory(e), e.trigger.text]);

test('withdrawing observers, diplomats or peacekeepers reduces relations; withdrawing troops is a retreat', () => {
  assert.deepEqual(read('Nigeria will withdraw its peacekeeping force from Chad.'), [
    ['SANCTION', 'planned', 'withdraw', ['Nigeria/NGA/null'], ['Chad/TCD/military']],
  ]);
  assert.deepEqual(read('Canada withdrew its ambassador from Riyadh.'), [
    ['SANCTION', 'asserted', 'withdrew', ['Canada/CAN/null'], ['Riyadh/SAU/government']],
  ]);
  assert.deepEqual(read('Turkey pulled out its observers from Syria.'), [
    ['SANCTION', 'asserted', 'pulled out', ['Turkey/TUR/null'], ['Syria/SYR/null']],
  ]);
  // Announced, it is a threat (a planned SANCTION).
  assert.deepEqual(
    categories(
      'Kofi Annan announced that he will withdraw weapons inspectors and humanitarian workers from Iraq.',
    ),
    [['THREATEN', 'withdraw']],
  );
  assert.deepEqual(read('Russia withdrew its troops from Kherson.'), [
    ['RETREAT', 'asserted', 'withdrew', ['Russia/RUS/null'], ['Kherson/UKR/null']],
  ]);
});

test('signing an agreement is SUPPORT, its sides kept alike; agreeing to one, or a signing to come, is AGREE', () => {
  assert.deepEqual(read('Libya and Bulgaria signed a treaty of friendship.'), [
    ['SUPPORT', 'asserted', 'signed', ['Libya/LBY/null', 'Bulgaria/BGR/null'], []],
  ]);
  const [signed] = codedEvents('Egypt signed an agreement with Airbus on Friday.');
  assert.deepEqual(
    [signed?.type, signed?.sources, signed?.targets, signed?.symmetric],
    ['SUPPORT', ['Egypt/EGY/null'], ['Airbus/FRA/null'], true],
  );
  assert.deepEqual(categories('Egypt and Sudan will sign an agreement next week.'), [['AGREE', 'sign']]);
  assert.deepEqual(read('Israel agreed a ceasefire with Hamas.'), [
    ['AGREE', 'asserted', 'agreed', ['Israel/ISR/null'], ['Hamas/PSE/null']],
  ]);
});

test('a ceasefire one side declares is a retreat; one with or between sides is an agreement', () => {
  assert.deepEqual(read('Hezbollah declared a unilateral ceasefire in south Lebanon on Wednesday.'), [
    ['RETREAT', 'asserted', 'ceasefire', ['Hezbollah/LBN/null'], []],
  ]);
  assert.deepEqual(read('Hamas declared a ceasefire with Israel on Wednesday.'), [
    ['AGREE', 'asserted', 'ceasefire', ['Hamas/PSE/null'], ['Israel/ISR/null']],
  ]);
  assert.deepEqual(read('Trump announced a ceasefire between Israel and Iran.'), [
    ['AGREE', 'asserted', 'ceasefire', ['Israel/ISR/null', 'Iran/IRN/null'], []],
  ]);
});

test('lifting a blockade is a retreat; lifting a curfew a concession', () => {
  assert.deepEqual(categories('Israel lifted the blockade on Gaza.'), [['RETREAT', 'blockade']]);
  assert.deepEqual(categories('Egypt lifted the curfew in Cairo.'), [['CONCEDE', 'curfew']]);
  assert.equal(ploverCategory({ type: 'COERCE', mode: 'called-off', trigger: { text: 'siege' } }), 'RETREAT');
  assert.equal(ploverCategory({ type: 'COERCE', mode: 'called-off' }), 'CONCEDE');
});

test("a ban on an opposition is coercion; a ban on another state's trade a sanction", () => {
  assert.deepEqual(
    read('President Yoweri Museveni has banned Ugandan opposition candidates from the elections.'),
    [['COERCE', 'asserted', 'banned', ['Yoweri Museveni/null/government'], ['Uganda/UGA/opposition']]],
  );
  assert.deepEqual(read('The European Union banned Russian oil imports.'), [
    ['SANCTION', 'asserted', 'banned', ['European Union/null/international'], ['Russia/RUS/null']],
  ]);
});

test('a curfew binds the place it is laid on, aid goes to the place it is given in, when no one else is named', () => {
  assert.deepEqual(read('President Laurent Gbagbo extended the night-time curfew in Abidjan.'), [
    ['COERCE', 'asserted', 'curfew', ['Laurent Gbagbo/null/government'], ['Abidjan/CIV/null']],
  ]);
  assert.deepEqual(read('The Red Cross suspended aid deliveries in Baghdad.'), [
    [
      'AID',
      'called-off',
      'aid',
      ['International Committee of the Red Cross/null/international'],
      ['Baghdad/IRQ/null'],
    ],
  ]);
  // A recipient named stands before the place.
  assert.deepEqual(read('The UN delivered aid to Sudan in Khartoum.'), [
    ['AID', 'asserted', 'delivered aid', ['United Nations/null/international'], ['Sudan/SDN/null']],
  ]);
  assert.deepEqual(read('Israeli forces imposed a curfew in Hebron on Monday.'), [
    ['COERCE', 'asserted', 'curfew', ['Israel/ISR/military'], ['Hebron/PSE/null']],
  ]);
  // A town of the source's own country is no party apart from it.
  assert.deepEqual(read('Egypt lifted the curfew in Cairo.'), [
    ['COERCE', 'called-off', 'curfew', ['Egypt/EGY/null'], []],
  ]);
});

test('a welcome given to a person receives a guest; one given to a plan is support', () => {
  assert.deepEqual(
    read('President Francois Mitterand gave a warm welcome to South African President F.W. de Klerk.'),
    [
      [
        'CONSULT',
        'asserted',
        'welcome',
        ['Francois Mitterand/null/government'],
        ['F.W. de Klerk/ZAF/government'],
      ],
    ],
  );
  assert.deepEqual(read('The French president gave a warm welcome to the peace plan.'), [
    ['SUPPORT', 'asserted', 'welcome', ['France/FRA/government'], []],
  ]);
});
