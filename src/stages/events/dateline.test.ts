import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eventRows as read } from './events-fixture.js';

test('a dateline (place, region, date, agency, dash) names no party to what the line tells', () => {
  assert.deepEqual(read("KYIV — Russia attacked Ukraine's power grid overnight."), [
    ['FIGHT', 'asserted', 'attacked', ['Russia/RUS/null'], ['Ukraine/UKR/null']],
  ]);
  assert.deepEqual(read('GAZA (Reuters) - Israel struck Rafah on Monday.'), [
    ['FIGHT', 'asserted', 'struck', ['Israel/ISR/null'], ['Rafah/null/null']],
  ]);
  assert.deepEqual(read('Kyiv, Ukraine – Russia attacked Kharkiv overnight.'), [
    ['FIGHT', 'asserted', 'attacked', ['Russia/RUS/null'], ['Ukraine/UKR/null']],
  ]);
  // Negative: a place in ordinary case before a bare dash, or a list before a dash, is no dateline.
  assert.deepEqual(read('Kyiv – the capital – accused Moscow of shelling Kharkiv.'), [
    [
      'ACCUSE',
      'asserted',
      'accused',
      ['Government of Ukraine/UKR/government'],
      ['Government of Russia/RUS/government'],
    ],
  ]);
  assert.deepEqual(read('Russia, Iran and China - the three powers - held talks on Monday.'), [
    ['CONSULT', 'asserted', 'held talks', ['Russia/RUS/null', 'Iran/IRN/null', 'China/CHN/null'], []],
  ]);
});

test('a dateline whose date the feed dropped, leaving its comma before the dash, names no party', () => {
  assert.deepEqual(read('Addis Ababa, — The African Union convened an emergency session with Libya.'), [
    ['CONSULT', 'asserted', 'convened', ['African Union/null/international'], ['Libya/LBY/null']],
  ]);
  // Negative: a place and its comma with no dash after them is the clause's own subject.
  assert.deepEqual(read('Addis Ababa, the capital, hosted talks with Libya.'), [
    ['CONSULT', 'asserted', 'hosted', ['Government of Ethiopia/ETH/government'], ['Libya/LBY/null']],
  ]);
});
