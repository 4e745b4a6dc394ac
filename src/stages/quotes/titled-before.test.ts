import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText } from '../../pipeline/reading.js';
import { findQuotes } from './index.js';
import { namedWithRole } from './titled-before.js';

/**
 * A speaker taken up by a definite role ("the prime minister said") that the article gave a person in its
 * own words, before the name or in apposition after it. Sentences written for these tests.
 */
const speakersOf = (text: string): [string, string | null][] =>
  findQuotes(analyzeText(text, '2025-03-12')).map((q) => [q.content.text, q.speaker]);

test('titled before: the role written before the name, or in apposition after it, is that person', () => {
  assert.deepEqual(
    speakersOf(
      'Norwegian Prime Minister Halvard Eikeland met his Danish counterpart in Oslo on Tuesday. ' +
        'The prime minister said the fishing quota would stay as it was.',
    ),
    [['the fishing quota would stay as it was', 'Halvard Eikeland']],
  );
  assert.deepEqual(
    speakersOf(
      'The talks in Baku were opened by Chile’s Ambassador to Azerbaijan, Rodrigo Salvatierra, on Monday. ' +
        'Trade between the two countries has doubled, the ambassador says.',
    ),
    [['Trade between the two countries has doubled', 'Rodrigo Salvatierra']],
  );
  assert.deepEqual(
    speakersOf(
      'Greta Lindqvist, the chancellor, will present the budget in June. ' +
        'The chancellor, speaking to business leaders, said growth would return next year.',
    ),
    [['growth would return next year', 'Greta Lindqvist']],
  );
});

test('titled before: another office, someone working for the holder, or two holders name no one', () => {
  // A deputy prime minister is not "the prime minister".
  assert.deepEqual(
    speakersOf(
      'Deputy Prime Minister Halvard Eikeland visited Bergen on Monday. ' +
        'The prime minister said the fishing quota would stay as it was.',
    ),
    [['the fishing quota would stay as it was', null]],
  );
  // An aide to the prime minister works for the holder.
  assert.deepEqual(
    speakersOf(
      'Greta Lindqvist, an aide to the prime minister, spoke to reporters in Oslo. ' +
        'The prime minister said the fishing quota would stay as it was.',
    ),
    [['the fishing quota would stay as it was', null]],
  );
  // The comma after the name ends a clause: the spokesperson is someone else.
  assert.deepEqual(
    speakersOf(
      'Asked whether the agency worked with Yasmin Haddad, a spokesperson for the agency declined to comment. ' +
        '“We talk to communities every day,” the spokesperson said.',
    ).filter(([, speaker]) => speaker !== null),
    [],
  );
  // Two persons named with the role: which one speaks is not told.
  assert.deepEqual(
    speakersOf(
      'Ambassador Rodrigo Salvatierra met Ambassador Ines Carvalho in Baku on Monday. ' +
        'Trade between the two countries has doubled, the ambassador says.',
    ),
    [['Trade between the two countries has doubled', null]],
  );
});

test('titled before: words that are no role of a person, or a generic title, are read by no one', () => {
  const text = 'Norwegian Prime Minister Halvard Eikeland spoke. The leader of the group spoke.';
  assert.equal(
    namedWithRole('the committee', text.length, text, [], [], () => true),
    null,
  );
  assert.equal(
    namedWithRole('the leader', text.length, text, [], [], () => true),
    null,
  );
  assert.equal(
    namedWithRole('the former prime minister', text.length, text, [], [], () => true),
    null,
  );
});
