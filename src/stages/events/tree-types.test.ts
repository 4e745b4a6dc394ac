import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fullEventRows as read } from './events-fixture.js';

test('an attack by armed forces or a state is FIGHT, artillery fire is FIGHT; abuse and attacks by others stay ASSAULT', () => {
  assert.deepEqual(
    [
      'Russian forces struck Kyiv overnight.',
      'Israeli tanks shelled positions near Rafah.',
      'British aircraft using guided missiles killed 4 Iraqis in Basra.',
      'Russia struck Kyiv overnight.',
      'Israeli soldiers beat up Palestinian detainees in Hebron.',
      'Two Palestinian suicide bombers killed 23 people in Tel Aviv.',
    ].map((text) => read(text).map((e) => [e[0], e[2], e[3]])),
    [
      [['FIGHT', 'struck', ['Russia/RUS/military']]],
      [['FIGHT', 'shelled', ['Israel/ISR/military']]],
      // The parser misreads the subject; the word-window guess keeps the sector of the noun it modifies.
      [['FIGHT', 'killed', ['United Kingdom/GBR/military']]],
      // A state named as the doer acts through its armed forces.
      [['FIGHT', 'struck', ['Russia/RUS/null']]],
      [['ASSAULT', 'beat up', ['Israel/ISR/military']]],
      [['ASSAULT', 'killed', ['Palestine/PSE/opposition']]],
    ],
  );
});

test('a domestic event keeps its target when the text names two sectors of one country, one outside the state', () => {
  assert.deepEqual(
    [
      'Croatia is investigating crimes by Croatian extremists.',
      'Croatia is investigating crimes by Croatian officials.',
    ].map((text) => read(text).map((e) => [e[0], e[3], e[4]])),
    [
      [['INVESTIGATE', ['Croatia/HRV/null'], ['Croatia/HRV/opposition']]],
      [['INVESTIGATE', ['Croatia/HRV/null'], []]],
    ],
  );
});

test('a protest is aimed at whom its purpose names; a protest with no purpose has no target', () => {
  assert.deepEqual(
    [
      'Farmers in Poland staged a protest in Warsaw on Monday to demand the return of land seized by Polish government forces.',
      'Students in Chile blocked roads to press their demands for lower fees from the Chilean government.',
      'Students in Chile blocked roads on Monday.',
    ].map((text) => read(text).map((e) => [e[0], e[2], e[3], e[4]])),
    [
      [['PROTEST', 'protest', ['Poland/POL/civilians'], ['Poland/POL/military']]],
      [['PROTEST', 'blocked roads', ['Chile/CHL/civilians'], ['Chile/CHL/government']]],
      [['PROTEST', 'blocked roads', ['Chile/CHL/civilians'], []]],
    ],
  );
});

test('an attempt is the act; a plan is planned; a strike by workers is a protest, by a state an attack', () => {
  assert.deepEqual(
    [
      'North Korea tried to hack South Korean army computers.',
      'Russia plans to attack Kyiv.',
      'Chilean teachers began a strike over pay on Monday.',
      'Russia launched a strike on Kyiv.',
    ].map((text) => read(text).map((e) => [e[0], e[1], e[2], e[3]])),
    [
      [['COERCE', 'asserted', 'hack', ['North Korea/PRK/null']]],
      [['FIGHT', 'planned', 'attack', ['Russia/RUS/null']]],
      [['PROTEST', 'asserted', 'strike', ['Chile/CHL/civilians']]],
      [['FIGHT', 'asserted', 'strike', ['Russia/RUS/null']]],
    ],
  );
});

test('a body or group the entities stage left without a country takes the one its name opens with', () => {
  assert.deepEqual(
    [
      'The Latvian Constitutional Court banned the party.',
      'Thousands of Iraqi Kurds demonstrated in Kirkuk on Sunday calling for independence from Iraq.',
      'Thousands of Kurds demonstrated in Kirkuk.',
    ].map((text) => read(text).map((e) => [e[0], e[3]])),
    [
      [['SANCTION', ['Latvian Constitutional Court/LVA/judiciary']]],
      [['PROTEST', ['Iraqi Kurds/IRQ/null']]],
      [],
    ],
  );
});

test('what one is opposed to names the target by its modifier; a bare rejection has none', () => {
  assert.deepEqual(
    ['Israel is opposed to French mediation.', 'Poland rejected the proposal.'].map((text) =>
      read(text).map((e) => [e[0], e[3], e[4]]),
    ),
    [[['REJECT', ['Israel/ISR/null'], ['France/FRA/null']]], [['REJECT', ['Poland/POL/null'], []]]],
  );
});

test('accepting demands is yielding; accepting a proposal is agreeing', () => {
  assert.deepEqual(
    ['Serbia accepted the demands of the rebels.', 'Serbia accepted the proposal of the rebels.'].map(
      (text) => read(text).map((e) => [e[0], e[2]]),
    ),
    [[['CONCEDE', 'accepted the demands']], [['AGREE', 'accepted']]],
  );
});

test('a trigger word that modifies a noun names a kind of thing, not an event; a predicate adjective is one', () => {
  const triggers = (text: string) => read(text).map((e) => `${e[0]}:${e[2]}`);
  assert.deepEqual(triggers('Nigeria jailed 52 members of the banned group.'), ['COERCE:jailed']);
  assert.deepEqual(triggers('Russia sent attack drones to Iran.'), []);
  assert.deepEqual(triggers('Britain said the jail term handed to the activist was too long.'), []);
  assert.deepEqual(
    triggers('The United States speeded up the withdrawal of some invasion forces from Panama.'),
    ['RETREAT:withdrawal'],
  );
  // The noun modified carries the event: an effort, a programme, a delivery.
  assert.deepEqual(
    triggers('The United Nations launched a mediation effort between Sudan and Chad on Saturday.'),
    ['CONSULT:mediation'],
  );
  assert.deepEqual(triggers('Israel is opposed to French mediation in talks with Syria.'), [
    'REJECT:opposed',
  ]);
  assert.deepEqual(triggers('Russia attacked Ukraine with drones.'), ['FIGHT:attacked']);
});
