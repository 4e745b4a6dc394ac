import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codedEvents } from './events-fixture.js';

/** The events of `trigger` in a text written for the test, as [type, sources, targets, place, confidence]. */
const struck = (text: string, trigger: string): unknown[][] =>
  codedEvents(text)
    .filter((e) => e.trigger.text === trigger)
    .map((e) => [e.type, e.sources, e.targets, e.place, e.confidence]);

test('a town struck is where the strike fell, and its country, as the article names it, is struck', () => {
  assert.deepEqual(
    struck('Russia shelled Kharkiv on Monday. Ukraine asked for more air defence.', 'shelled'),
    [['FIGHT', ['Russia/RUS/null'], ['Ukraine/UKR/null'], 'Kharkiv', 0.76]],
  );
  // Named by its people only, the country is the article's all the same; several towns are one place.
  assert.deepEqual(
    struck('Russian drones attacked Odesa and Mykolaiv overnight, Ukrainian officials said.', 'attacked'),
    [['FIGHT', ['Russia/RUS/military'], ['Ukraine/UKR/null'], 'Odesa and Mykolaiv', 0.84]],
  );
});

test("harm to people struck in a town: the country's civilians, or those the victims' noun names", () => {
  // The noun's strike is folded into the verb of harm it is the subject of, with its place.
  assert.deepEqual(
    struck(
      'Russian missile strikes on Odesa killed nine people on Tuesday, Ukrainian officials said.',
      'killed',
    ),
    [['FIGHT', ['Russia/RUS/null'], ['Ukraine/UKR/civilians'], 'Odesa', 0.76]],
  );
  assert.deepEqual(
    struck('Russian shelling of Kherson killed three soldiers on Friday. Ukraine said so.', 'killed'),
    [['FIGHT', ['Russia/RUS/null'], ['Ukraine/UKR/military'], 'Kherson', 0.76]],
  );
});

test("a place of the doer's own country, of no known country, or of a country the article never names stays the party struck", () => {
  // Own country: rebels attacking a town of their own country strike the town (AFG -> AFG in PLOVER and
  // ICEWS), though the article names the country.
  assert.deepEqual(struck('Syrian rebels attacked Aleppo on Monday. Syria said so.', 'attacked'), [
    ['ASSAULT', ['Syria/SYR/opposition'], ['Aleppo/SYR/null'], 'Aleppo', 0.59],
  ]);
  // A place the gazetteer gives no country: nothing names the party it stands for.
  assert.deepEqual(struck('Israel struck Rafah on Monday.', 'struck'), [
    ['FIGHT', ['Israel/ISR/null'], ['Rafah/null/null'], 'Rafah', 0.72],
  ]);
  // Country unnamed: no party is invented, the town stays the party struck.
  assert.deepEqual(struck('Russia shelled Kharkiv on Monday.', 'shelled'), [
    ['FIGHT', ['Russia/RUS/null'], ['Kharkiv/UKR/null'], 'Kharkiv', 0.76],
  ]);
  // Of two towns, the one whose country is named gives way to it, the other stays.
  assert.deepEqual(struck('Israel struck Rafah and Kharkiv on Monday. Ukraine protested.', 'struck'), [
    ['FIGHT', ['Israel/ISR/null'], ['Rafah/null/null', 'Ukraine/UKR/null'], 'Rafah and Kharkiv', 0.72],
  ]);
  // A town of the doer's own country the reading already set apart as no party (a state in its own
  // territory, `tree-events.ts`) stays no party: it is only where.
  assert.deepEqual(struck('Russia shelled Belgorod on Monday. Ukraine denied it.', 'shelled'), [
    ['FIGHT', ['Russia/RUS/null'], [], 'Belgorod', 0.61],
  ]);
});

test("a country, or a party of the place's country, struck stays as it is; so does a place given aid", () => {
  assert.deepEqual(struck('Russia attacked Ukraine on Monday.', 'attacked'), [
    ['FIGHT', ['Russia/RUS/null'], ['Ukraine/UKR/null'], null, 0.76],
  ]);
  assert.deepEqual(struck('Russian forces attacked Ukrainian soldiers in Kharkiv on Monday.', 'attacked'), [
    ['FIGHT', ['Russia/RUS/military'], ['Ukraine/UKR/military'], 'Kharkiv', 0.84],
  ]);
  assert.deepEqual(struck('France sent aid to Kharkiv on Monday. Ukraine thanked France.', 'sent aid'), [
    ['AID', ['France/FRA/null'], ['Kharkiv/UKR/null'], null, 0.76],
  ]);
});

test('a country named only by its government or a metonym of it is named: the government stands for it', () => {
  // "Kyiv said": the capital read as Ukraine's government is the article naming Ukraine.
  assert.deepEqual(struck('Kyiv said Russian drones attacked Odesa overnight.', 'attacked'), [
    ['FIGHT', ['Russia/RUS/military'], ['Government of Ukraine/UKR/null'], 'Odesa', 0.84],
  ]);
  // Named as itself, the country is the party even where its government is named too.
  assert.deepEqual(
    struck('Kyiv said Russian drones attacked Odesa overnight. Ukraine asked for help.', 'attacked'),
    [['FIGHT', ['Russia/RUS/military'], ['Ukraine/UKR/null'], 'Odesa', 0.84]],
  );
  // A ministry is a body of the state, not a name of it: the town stays the party struck.
  assert.deepEqual(struck('The Defence Ministry said Russian drones attacked Odesa overnight.', 'attacked'), [
    ['FIGHT', ['Russia/RUS/military'], ['Odesa/UKR/null'], 'Odesa', 0.84],
  ]);
});
