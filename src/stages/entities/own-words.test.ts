import assert from 'node:assert/strict';
import { test } from 'node:test';
import { article, type GivenName, parsedArticle } from './article-fixture.js';
import { resolveEntities } from './index.js';
import { labelByOwnWords } from './own-words.js';

/**
 * Types a name's own words give it over the tagger's reading, on sentences written for the test, with the
 * tagger's labels and confidences given: each entity as "name (type)".
 */
function typed(text: string, names: readonly GivenName[], parse = false): string[] {
  const input = parse ? parsedArticle(text, names) : article(text, names);
  return resolveEntities(input).entities.map((e) => `${e.name} (${e.type})`);
}

test("a body's last word makes a name read as a person or a place a body", () => {
  assert.deepEqual(
    typed('Analysts at Harlow Research and the Varga Force agreed, the Danube Times reported.', [
      ['Harlow Research', 'PER', 0.83],
      ['Varga Force', 'PER', 0.56],
      ['Danube Times', 'LOC', 0.69],
    ]),
    ['Harlow Research (organisation)', 'Varga Force (organisation)', 'Danube Times (organisation)'],
  );
});

test("a place's last word makes a name read as a person a place, unless a given name opens it", () => {
  assert.deepEqual(
    typed('Divers studied reefs off Kelo Bay with Michael Bay.', [
      ['Kelo Bay', 'PER', 0.91],
      ['Michael Bay', 'PER', 0.99],
    ]),
    ['Kelo Bay (place)', 'Michael Bay (person)'],
  );
});

test('a title before a name makes a name read as a body or a place a person', () => {
  assert.deepEqual(
    typed('Dr Aberu Tesfaye said so. Coach Mdalo thanked his players. King Oran built it.', [
      ['Dr Aberu Tesfaye', 'ORG', 0.61],
      ['Coach Mdalo', 'ORG', 0.51],
      ['King Oran', 'LOC', 0.77],
    ]),
    ['Aberu Tesfaye (person)', 'Mdalo (person)', 'King Oran (person)'],
  );
});

test('readings the words do not contradict stand', () => {
  assert.deepEqual(
    typed('General Motors hired Emily Post. Miss Universe was held in Ures.', [
      ['General Motors', 'ORG', 0.9],
      ['Emily Post', 'PER', 0.9],
      ['Miss Universe', 'MISC', 0.9],
      ['Ures', 'LOC', 0.9],
    ]),
    ['General Motors (organisation)', 'Emily Post (person)', 'Miss Universe (other)', 'Ures (place)'],
  );
});

test('a one-word name and a name the gazetteer knows are left to the tagger and the gazetteer', () => {
  assert.equal(labelByOwnWords('Kneecap', 'PER'), 'PER');
  assert.deepEqual(typed('Settlers moved into the West Bank.', [['West Bank', 'ORG', 0.6]]), [
    'West Bank (place)',
  ]);
});

test('two people a title opens, sharing a surname, stay two people', () => {
  assert.deepEqual(
    typed('Rabbi Haro Bitel led the prayers. The event was organised by Rabbi Yanev Bitel.', [
      ['Rabbi Haro Bitel', 'ORG', 0.89],
      ['Rabbi Yanev Bitel', 'PER', 0.89],
    ]),
    ['Haro Bitel (person)', 'Yanev Bitel (person)'],
  );
});

test("a kind of body written before a one-word name settles the name's reading in the article", () => {
  assert.deepEqual(
    typed(
      'A member of the rap band Kelpa was charged. Kelpa said the charge was absurd.',
      [
        ['Kelpa', 'PER', 0.67],
        ['Kelpa', 'PER', 0.99],
      ],
      true,
    ),
    ['Kelpa (organisation)'],
  );
  assert.deepEqual(
    typed('Analysts at the bank Varo, in a note, expect a cut.', [['Varo', 'PER', 0.9]], true),
    ['Varo (organisation)'],
  );
});

test('a name opening a relative clause on a kind of body is not named as one', () => {
  assert.deepEqual(typed('It is the company Vasko founded in 2001.', [['Vasko', 'PER', 0.95]], true), [
    'Vasko (person)',
  ]);
});
