import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText } from '../../pipeline/reading.js';
import { findQuotes } from './index.js';

const speakersOf = (text: string): [string, string | null][] =>
  findQuotes(analyzeText(text, '2025-03-12')).map((q) => [q.content.text, q.speaker]);

test('joint speakers: words said by several parties joined by "and" are given to none of them alone', () => {
  assert.deepEqual(
    speakersOf('Britain, France and Canada said in a joint statement that the offensive must stop.'),
    [['the offensive must stop', null]],
  );
  assert.deepEqual(
    speakersOf(
      'Prime Minister Keir Starmer and President Emmanuel Macron said the talks would resume in May.',
    ),
    [['the talks would resume in May', null]],
  );
  assert.deepEqual(speakersOf('The UN and its donors say the new model is poorly conceived.'), [
    ['the new model is poorly conceived', null],
  ]);
  assert.deepEqual(
    speakersOf(
      'Keir Starmer met Emmanuel Macron on Tuesday. He and his wife said the visit had been a success.',
    ),
    [['the visit had been a success', null]],
  );
});

test('joint speakers: roles joined inside an apposition, a misread opening phrase and a later clause are one speaker', () => {
  // "senior lawyer and partner", "the Ambassador and Permanent Representative of …": roles of one person.
  assert.deepEqual(
    speakersOf('Maria Lopez, senior lawyer and partner at Lopez Partners, said the ruling was wrong.'),
    [['the ruling was wrong', 'Maria Lopez']],
  );
  assert.deepEqual(
    speakersOf(
      'Amir Hosseini, the Ambassador and Permanent Representative of Iran to the United Nations, says that the claim is baseless.',
    ),
    [['the claim is baseless', 'Amir Hosseini']],
  );
  // A phrase with its own preposition is no subject, however the parser hangs it.
  assert.deepEqual(
    speakersOf('With a small team and a clear mission, Maria Lopez said she hoped the venture would grow.'),
    [['she hoped the venture would grow', 'Maria Lopez']],
  );
  // Parties joined inside what was said, or inside the object of the verb, are not who speaks.
  assert.deepEqual(speakersOf('Keir Starmer told Britain and France that the talks would resume.'), [
    ['the talks would resume', 'Keir Starmer'],
  ]);
});

test('joint speakers: "according to X and Y" is given to neither alone, whatever the words read as the source', () => {
  assert.deepEqual(
    speakersOf(
      'Sales of electric vans doubled last year, according to the Institute for Transport Studies and the National Fleet Association.',
    ),
    [['Sales of electric vans doubled last year', null]],
  );
  assert.deepEqual(
    speakersOf(
      'Exports fell by a third, according to a customs official and records from the port authority.',
    ),
    [['Exports fell by a third', null]],
  );
  // Negative: one source, a title joining two portfolios.
  assert.deepEqual(
    speakersOf('Sales of electric vans doubled last year, according to the Institute for Transport Studies.'),
    [['Sales of electric vans doubled last year', 'Institute for Transport Studies']],
  );
  assert.deepEqual(
    speakersOf('Exports fell by a third, according to Deputy Prime Minister and Trade Minister Ana Ruiz.'),
    [['Exports fell by a third', 'Ana Ruiz']],
  );
});
