import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText } from '../../pipeline/reading.js';

/** Each entity's name and type, as the whole reading gives them for a text written for the test. */
function typed(text: string): Array<[string, string]> {
  const { entities } = analyzeText(text, '2025-05-21');
  return entities.map((e) => [e.name, e.type] as [string, string]).sort((a, b) => a[0].localeCompare(b[0]));
}

test('an honorific makes a one-word name a person', () => {
  assert.deepEqual(typed('Mr Trump thanked the crowd in Ohio on Monday.'), [
    ['Ohio', 'place'],
    ['Trump', 'person'],
  ]);
});

test('the subject of a speech verb the tagger hesitated over is a person', () => {
  assert.deepEqual(typed('Speaking at the White House, Trump said the meeting had been a success.'), [
    ['Trump', 'person'],
    ['White House', 'place'],
  ]);
});

test('a tenure is named after a person, and the article keeps that reading of the name', () => {
  const types = typed(
    'The Biden administration has delivered a proposal. Critics said the Biden administration has not acted.',
  );
  assert.deepEqual(
    types.filter(([name]) => name === 'Biden'),
    [['Biden', 'person']],
  );
});

test('a spaced dash ends a name: the capitalised word after a dateline is no name', () => {
  const types = typed('Washington — Officials met on Monday to discuss the budget for the coming year.');
  assert.deepEqual(
    types.filter(([name]) => /Officials/.test(name)),
    [],
  );
});
