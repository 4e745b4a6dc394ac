import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fullEventRows as read } from './events-fixture.js';

test('coordinated subjects are one symmetric event with several sources; the party of "with" is the target', () => {
  assert.deepEqual(read('France and Germany met with Ukraine on Monday.'), [
    [
      'CONSULT',
      'asserted',
      'met',
      ['France/FRA/null', 'Germany/DEU/null'],
      ['Ukraine/UKR/null'],
      '2025-03-10',
      'clause',
      null,
      null,
      true,
    ],
  ]);
});

test("an event noun's possessor acts and its preposition names the target", () => {
  assert.deepEqual(read("Russia's attack on Odesa killed four people."), [
    [
      'FIGHT',
      'asserted',
      'killed',
      ['Russia/RUS/null'],
      ['Odesa/UKR/null'],
      null,
      'article',
      'Odesa',
      null,
      false,
    ],
  ]);
});

test('the by-agent of a passive acts; its sector comes from the noun', () => {
  // Attacked by forces: conventional military force, FIGHT (see the ASSAULT/FIGHT test).
  assert.deepEqual(read('The port was attacked by Russian forces on Tuesday.'), [
    ['FIGHT', 'asserted', 'attacked', ['Russia/RUS/military'], [], '2025-03-11', 'clause', null, null, false],
  ]);
});

test('a reported event keeps who asserts it, and its date is its own clause’s', () => {
  // Kyiv, read as Ukraine's government, names Ukraine: the town struck gives way to it (`struck-places.ts`).
  assert.deepEqual(read('Kyiv said Russia attacked Odesa on Monday.'), [
    [
      'FIGHT',
      'asserted',
      'attacked',
      ['Russia/RUS/null'],
      ['Government of Ukraine/UKR/null'],
      '2025-03-10',
      'clause',
      'Odesa',
      'Government of Ukraine',
      false,
    ],
  ]);
});

test('actors are coded with country and sector from roles and modifiers', () => {
  assert.deepEqual(read('Ukrainian forces attacked the US commander.')[0]?.slice(3, 5), [
    ['Ukraine/UKR/military'],
    ['United States/USA/military'],
  ]);
  assert.deepEqual(read('A court in Guyana arrested three Venezuelan soldiers.')[0]?.slice(0, 5), [
    'COERCE',
    'asserted',
    'arrested',
    ['Guyana/GUY/judiciary'],
    ['Venezuela/VEN/military'],
  ]);
  assert.deepEqual(read('Syrian state media criticised Israel.')[0]?.slice(3, 5), [
    ['Syria/SYR/media'],
    ['Israel/ISR/null'],
  ]);
});

test('a light verb lends its subject to the event noun; the place is the clause’s', () => {
  assert.deepEqual(read('Canada imposed sanctions on Russia in Ottawa.'), [
    [
      'SANCTION',
      'asserted',
      'sanctions',
      ['Canada/CAN/null'],
      ['Russia/RUS/null'],
      null,
      'article',
      'Ottawa',
      null,
      false,
    ],
  ]);
});

test('negative cases: nothing done, or nobody named, is no event', () => {
  assert.deepEqual(read('The weather was mild on Tuesday.'), []);
  assert.deepEqual(read('Talks were held.'), []);
  assert.deepEqual(read('The talks in Geneva lasted six hours.'), []);
});

test('no actor is paired with itself', () => {
  for (const row of read('Russia attacked Russia. Ukraine met Ukraine on Monday.')) {
    const [sources, targets] = [row[3] as string[], row[4] as string[]];
    assert.ok(!targets.some((t) => sources.includes(t)), JSON.stringify(row));
  }
});

test('negation of taking part is not negation of the talks', () => {
  assert.deepEqual(
    read('Macron did not take part in the talks between Russia and Ukraine.').map((e) => e.slice(0, 4)),
    [['CONSULT', 'asserted', 'talks', ['Russia/RUS/null', 'Ukraine/UKR/null']]],
  );
});

test('a threat is aimed at the subject of its condition', () => {
  assert.deepEqual(
    read('Iran threatened to launch a new offensive unless Baghdad accepted its conditions.')[0]?.slice(0, 5),
    ['THREATEN', 'asserted', 'threatened', ['Iran/IRN/null'], ['Government of Iraq/IRQ/government']],
  );
  // A condition on the threatener itself names no one else.
  assert.deepEqual(read('Iran threatened to launch a new offensive if it is attacked.')[0]?.slice(3, 5), [
    ['Iran/IRN/null'],
    [],
  ]);
});

test('the owner of a passive subject that is no actor is the target', () => {
  assert.deepEqual(
    read('A camp for Congolese refugees was attacked by Burundian militiamen.')[0]?.slice(3, 5),
    [['Burundi/BDI/opposition'], ['Democratic Republic of the Congo/COD/civilians']],
  );
  assert.deepEqual(read('A camp was attacked by Burundian militiamen.')[0]?.slice(3, 5), [
    ['Burundi/BDI/opposition'],
    [],
  ]);
});

test('a person takes the country of the role the sentence gives them; a state is not its own target', () => {
  assert.deepEqual(read('Russia jailed Russian opposition leader Alexei Navalny.')[0]?.slice(3, 5), [
    ['Russia/RUS/null'],
    ['Alexei Navalny/RUS/opposition'],
  ]);
  // No role, no country: a place the meeting is in says nothing of who met.
  assert.deepEqual(read('Vladimir Putin met Emmanuel Macron in Paris.')[0]?.slice(3, 5), [
    ['Vladimir Putin/null/null'],
    ['Emmanuel Macron/null/null'],
  ]);
  assert.deepEqual(read('Russian forces attacked Russia.')[0]?.slice(3, 5), [['Russia/RUS/military'], []]);
});

test('a place the word-window guess finds near the trigger is not made to act', () => {
  assert.deepEqual(
    read('The Gaza war was triggered by the Hamas-led attack which saw around 1,200 people killed.'),
    [],
  );
  // The one who attacked, named by the noun's modifier, acts.
  assert.deepEqual(
    read('The Gaza war was triggered by the Israeli attack which saw around 1,200 people killed.').map((e) =>
      e.slice(0, 4),
    ),
    [['FIGHT', 'asserted', 'attack', ['Israel/ISR/null']]],
  );
});

test('the by-phrase of an active verb names whose the thing acted upon is', () => {
  assert.deepEqual(
    read("Berlin rejected recent calls by Belarus's rulers for economic aid.")[0]?.slice(0, 5),
    ['REJECT', 'asserted', 'rejected', ['Government of Germany/DEU/government'], ['Belarus/BLR/null']],
  );
  // A means or a margin names no one.
  assert.deepEqual(read('Germany rejected the plan by a wide margin.')[0]?.slice(3, 5), [
    ['Germany/DEU/null'],
    [],
  ]);
});

test('an event noun modifying a noun, or inside a part of one, takes the mode of what is done to that noun', () => {
  assert.deepEqual(
    read('The United States suspended part of a military aid program for Bosnia.')[0]?.slice(0, 5),
    ['AID', 'called-off', 'aid', ['United States/USA/null'], ['Bosnia and Herzegovina/BIH/null']],
  );
  assert.deepEqual(read('The United States delivered aid supplies to Bosnia.')[0]?.slice(0, 2), [
    'AID',
    'asserted',
  ]);
});

test('a role read with its holder’s name stands for the holder, wherever the parser hangs the name', () => {
  const events = read(
    'Mr. Barnier held a five-hour dialogue with the Prime Minister of Greece, Kyriakos Mitsotakis, in Athens on Tuesday.',
  );
  assert.deepEqual(
    events.map((e) => [e[0], e[2], e[4]]),
    [['CONSULT', 'dialogue', ['Kyriakos Mitsotakis/GRC/government']]],
  );
});

test('aid frozen or withheld, in the past tense too, is called off; aid sent is not', () => {
  assert.deepEqual(
    [
      'The United States froze military aid to Ukraine.',
      'Germany withheld financial aid to Greece.',
      'Germany sent financial aid to Greece.',
    ].map((text) => read(text).map((e) => [e[0], e[1]])),
    [[['AID', 'called-off']], [['AID', 'called-off']], [['AID', 'asserted']]],
  );
});

test('every name of a written list takes part; names only separated by commas are no list', () => {
  assert.deepEqual(
    [
      'Officials from Poland, Italy, Spain, and Greece met in Paris on Monday.',
      'Poland and Italy met Spain, Greece said.',
      'Envoys from Poland and Italy met in Lyon, France on Monday.',
    ].map((text) => read(text).map((e) => [e[2], e[3], e[4], e[7], e[8]])),
    [
      [
        [
          'met',
          ['Poland/POL/government', 'Italy/ITA/government', 'Spain/ESP/government', 'Greece/GRC/government'],
          [],
          'Paris',
          null,
        ],
      ],
      [['met', ['Poland/POL/null', 'Italy/ITA/null'], ['Spain/ESP/null'], null, 'Greece']],
      [['met', ['Poland/POL/government', 'Italy/ITA/government'], [], 'Lyon, France', null]],
    ],
  );
});

test('a place the parser hangs on a meeting’s participants is where it is held, not who meets', () => {
  assert.deepEqual(read('The meeting of foreign ministers in Brazil ended on Monday.'), []);
  assert.deepEqual(
    read('The meeting of Brazilian ministers in Lima ended on Monday.').map((e) => [e[0], e[3], e[7]]),
    [['CONSULT', ['Brazil/BRA/government'], 'Lima']],
  );
});

test('an attack’s source is its agent, never who says or suggests it happened', () => {
  assert.deepEqual(
    [
      'Sergey Lavrov said that the strike on Odesa was planned.',
      'Russia said it had launched a strike on Odesa.',
      "Russia's strike on Odesa was planned, Sergey Lavrov said.",
    ].map((text) => read(text).map((e) => [e[0], e[3], e[4], e[8]])),
    [
      [['ASSAULT', [], ['Odesa/UKR/null'], 'Sergey Lavrov']],
      [['FIGHT', ['Russia/RUS/null'], ['Odesa/UKR/null'], 'Russia']],
      [['FIGHT', ['Russia/RUS/null'], ['Odesa/UKR/null'], 'Sergey Lavrov']],
    ],
  );
});

test('a verb whose object is a thing, not a party, is in another sense than the event', () => {
  const triggers = (text: string) => read(text).map((e) => `${e[0]}:${e[2]}`);
  assert.deepEqual(triggers('Hamas released three hostages on Saturday.'), ['RETREAT:released']);
  assert.deepEqual(triggers('Russia released him on Friday.'), ['RETREAT:released']);
  assert.deepEqual(triggers('El Al has not yet released a statement on the outage.'), []);
  assert.deepEqual(triggers('Marco Rubio met Sergei Lavrov in Riyadh.'), ['CONSULT:met']);
  assert.deepEqual(
    triggers('Germany said it would not meet the demands of the kidnappers.').filter((t) =>
      t.startsWith('CONSULT'),
    ),
    [],
  );
  assert.deepEqual(triggers('Farmers from France demonstrated outside the embassy.'), [
    'PROTEST:demonstrated',
  ]);
  assert.deepEqual(triggers('ICRISAT has demonstrated success across Asia.'), []);
});

test('a name before the object of a giving verb, with no "\'s", is the recipient the parser read as a possessor', () => {
  assert.deepEqual(
    read('Japan gave Kenya 40 million dollars of aid on Monday.').map((e) => e.slice(0, 5)),
    [['AID', 'asserted', 'aid', ['Japan/JPN/null'], ['Kenya/KEN/null']]],
  );
});

test('a negative subject denies its clause: "nobody attacked", "no country has attacked"', () => {
  const modes = (text: string) => read(text).map((e) => `${e[0]}:${e[1]}`);
  assert.deepEqual(modes('Nobody attacked Russia, Putin said.'), ['ASSAULT:denied']);
  assert.deepEqual(modes('No country has attacked Russia.'), ['ASSAULT:denied']);
  assert.deepEqual(modes('Ukraine attacked Russia on Monday.'), ['FIGHT:asserted']);
});
