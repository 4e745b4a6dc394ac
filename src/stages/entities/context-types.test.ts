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

// The tagger reads "Lorena" as a person in these texts (so it does beside "visited", below).
test('a one-word name taken as ground, annexed or seized from a named party, is a place for the whole article', () => {
  assert.deepEqual(
    typed(
      'Reaching Lorena is hard. The Philippines seized Lorena from Taiwan in 1971, when the garrison left.',
    ),
    [
      ['Lorena', 'place'],
      ['Philippines', 'country'],
      ['Taiwan', 'country'],
    ],
  );
  for (const verb of ['annexed', 'occupied'])
    assert.deepEqual(typed(`Reaching Lorena is hard. Vietnam ${verb} Lorena in 1975.`), [
      ['Lorena', 'place'],
      ['Vietnam', 'country'],
    ]);
});

test('someone seized from what is no named party, a name given in full, or a name visited stays a person', () => {
  assert.deepEqual(typed('Reaching Lorena is hard. Gunmen seized Lorena from her car on Monday.'), [
    ['Lorena', 'person'],
  ]);
  assert.deepEqual(
    typed('Maria Lorena was hard to reach. The Philippines seized Lorena from Taiwan in 1971.'),
    [
      ['Maria Lorena', 'person'],
      ['Philippines', 'country'],
      ['Taiwan', 'country'],
    ],
  );
  assert.deepEqual(typed('Reaching Lorena is hard. Vietnam visited Lorena in 1975.'), [
    ['Lorena', 'person'],
    ['Vietnam', 'country'],
  ]);
});
