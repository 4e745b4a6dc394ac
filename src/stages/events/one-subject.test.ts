import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eventRows as read } from './events-fixture.js';

test('a verb given several subjects apart takes the one nearest before it', () => {
  // The parser makes the interviewer, the show and the chief executive each a subject of "defended".
  assert.deepEqual(
    read(
      'During an interview with CNN\'s "State of the Union" last week, CEO Jane Roe defended Acme\'s spending plans.',
    ),
    [['SUPPORT', 'asserted', 'defended', ['Jane Roe/null/null'], ['Acme/null/null']]],
  );
  // Negative: coordinated subjects all act.
  assert.deepEqual(read('Russia and China vetoed the resolution.'), [
    ['REJECT', 'asserted', 'vetoed', ['Russia/RUS/null', 'China/CHN/null'], []],
  ]);
  // Negative: a list the parser split at its "and" keeps every member, and the noun it hangs on its sector.
  assert.deepEqual(read('Leaders of Norway, Chile, and Japan recently warned of sanctions against Iran.'), [
    [
      'THREATEN',
      'asserted',
      'warned',
      ['Norway/NOR/government', 'Chile/CHL/government', 'Japan/JPN/government'],
      ['Iran/IRN/null'],
    ],
  ]);
  // Negative: a list of officials the parser split keeps every member.
  assert.deepEqual(read('Officials from Poland, Italy, Spain, and Greece met in Paris on Monday.'), [
    [
      'CONSULT',
      'asserted',
      'met',
      ['Poland/POL/government', 'Italy/ITA/government', 'Spain/ESP/government', 'Greece/GRC/government'],
      [],
    ],
  ]);
});
