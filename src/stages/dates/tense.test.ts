import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { tenseAt, type Tense } from './tense.js';

/** The date whose tense is asked for is marked with brackets. */
const CASES: Array<[sentence: string, expected: Tense]> = [
  ['The minister [Friday] said the talks had failed.', 'past'],
  ['Talks collapsed on [Monday].', 'past'],
  ['The delegations will meet on [Thursday].', 'future'],
  ['The vote is scheduled to take place on [Thursday].', 'future'],
  ['The company plans to open the plant in [March].', 'future'],
  ['He said on [Monday] that he will resign.', 'past'],
  ['He said he will resign on [Monday].', 'future'],
  ['The market is open on [Sunday].', 'present'],
  ['Supplies were needed by [Tuesday].', 'past'],
  ['They need help by [Tuesday].', 'present'],
  // A passive takes its auxiliary's tense: the participle is no past-tense verb.
  ['The deal will be signed in [April].', 'future'],
  ['The deal is expected to be approved in [April].', 'future'],
  ['The deal was signed in [April].', 'past'],
  ['The bill has been passed since [April].', 'past'],
];

describe('tenseAt', () => {
  for (const [marked, expected] of CASES) {
    it(marked, () => {
      const start = marked.indexOf('[');
      const end = marked.indexOf(']') - 1;
      const sentence = marked.replace(/[[\]]/g, '');
      assert.equal(tenseAt(sentence, 0, sentence.length, start, end), expected);
    });
  }
});
