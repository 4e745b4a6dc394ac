import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText } from '../../pipeline/reading.js';
import { findQuotes } from './index.js';

/**
 * Who a quotation with no name of its own is given to: the "he" or "she" of its cue, the quotation it
 * carries on, the subject of the sentence a colon ends. Sentences written for these tests.
 */
const speakersOf = (text: string): [string, string | null][] =>
  findQuotes(analyzeText(text, '2025-03-12')).map((q) => [q.content.text, q.speaker]);

test('carry-over: a quotation closing its sentence is not taken by a cue that says words of its own', () => {
  const text =
    '"Only if it starts showing some humanity," Sergei Voronkov says. "For now, I see nothing human there." ' +
    'A Kremlin spokesman says reports of a link are "ludicrous".';
  assert.deepEqual(speakersOf(text).slice(0, 2), [
    ['Only if it starts showing some humanity', 'Sergei Voronkov'],
    ['For now, I see nothing human there.', 'Sergei Voronkov'],
  ]);
  // The cue attributes the quotation before it when it says nothing else, or when a question ends it.
  assert.deepEqual(
    speakersOf('Senator Dana Whitlock spoke in Ohio. "The talks are over." Whitlock said on Monday.'),
    [['The talks are over.', 'Dana Whitlock']],
  );
  assert.deepEqual(
    speakersOf('"Who do they think they are?" Senator Dana Whitlock asked the crowd in Ohio.'),
    [['Who do they think they are?', 'Dana Whitlock']],
  );
});

test('carry-over: a colon ending a sentence introduces its subject, not a name in the quotation after it', () => {
  const plan =
    "Helen Marsh referenced Governor Alan Pike's plan: " +
    '“We can build on what Governor Alan Pike started and go much further than anyone expects.”';
  const said = 'We can build on what Governor Alan Pike started and go much further than anyone expects.';
  assert.deepEqual(speakersOf(`In the debate, ${plan}`), [[said, 'Helen Marsh']]);
  // A subject not read ("Turning to housing" is taken for one) leaves the speaker unknown, not Pike.
  assert.deepEqual(speakersOf(`Turning to housing, ${plan}`), [[said, null]]);
});

test('carry-over: "he" is not a person known as "she", nor the possessor of another person named', () => {
  const opening = 'Golfer Mary Okafor won the title by two shots. She said the wind had helped her. ';
  assert.deepEqual(
    speakersOf(
      `${opening}It was a special day for Okafor's father James, who flew in from Lagos. ` +
        '"I am so proud of my daughter," he said.',
    ).at(-1),
    ['I am so proud of my daughter', 'James'],
  );
  const family = `${opening}It was a special day for the whole family. `;
  assert.deepEqual(speakersOf(`${family}"I am so proud of my daughter," he said.`).at(-1), [
    'I am so proud of my daughter',
    null,
  ]);
  assert.deepEqual(speakersOf(`${family}"It was a day for all of us," she said.`).at(-1), [
    'It was a day for all of us',
    'Mary Okafor',
  ]);
});

test('carry-over: a person brought in unnamed ("a former minister") takes the next "he"; "the economist" points back', () => {
  assert.deepEqual(
    speakersOf(
      'Prime Minister John Harlow defended the plan on Tuesday. On Wednesday, a former defence minister went ' +
        'further. "This is a disgrace," he wrote on X.',
    ).at(-1),
    ['This is a disgrace', null],
  );
  assert.deepEqual(
    speakersOf(
      'Economist Paul Varga spoke at the bank on Monday. The economist warned of slower growth. ' +
        '"We are not in a recession yet," he said.',
    ).at(-1),
    ['We are not in a recession yet', 'Paul Varga'],
  );
});

test('carry-over: a quotation with no cue does not carry on past a sentence whose subject is someone else', () => {
  const opening = '"We played well tonight," said striker Tom Ellery. "The crowd carried us through." ';
  assert.deepEqual(
    speakersOf(
      `${opening}Coach Marco Ruiz watched from the bench. "We had a strong opening and then lost focus."`,
    ).at(-1),
    ['We had a strong opening and then lost focus.', null],
  );
  assert.deepEqual(speakersOf(`${opening}"We had a strong opening and then lost focus."`).at(-1), [
    'We had a strong opening and then lost focus.',
    'Tom Ellery',
  ]);
});

test('carry-over: a quotation followed by a name, with a verb the cues do not know or none, is said by that name', () => {
  const opening = 'Engineer Tom Kopke opened the bridge on Monday. "We built it in a year," he said. ';
  assert.deepEqual(speakersOf(`${opening}"Nobody thought it could be done," agreed Anna Berg, his deputy.`), [
    ['We built it in a year', 'Tom Kopke'],
    ['Nobody thought it could be done', 'Anna Berg'],
  ]);
  assert.deepEqual(
    speakersOf(`${opening}"Nobody thought it could be done," Mayor Anna Berg, who cut the ribbon.`).at(-1),
    ['Nobody thought it could be done', 'Anna Berg'],
  );
  // One capitalised word after the comma opens a sentence of the writer's: the quotation carries on.
  assert.deepEqual(
    speakersOf(`${opening}"Nobody thought it could be done," Turning to costs, Kopke praised the crews.`).at(
      1,
    ),
    ['Nobody thought it could be done', 'Tom Kopke'],
  );
  assert.deepEqual(speakersOf(`${opening}"Nobody thought it could be done, and we did it."`), [
    ['We built it in a year', 'Tom Kopke'],
    ['Nobody thought it could be done, and we did it.', 'Tom Kopke'],
  ]);
});

test('carry-over: a "he" after a role subject is that role\'s holder, or no one the article names', () => {
  const before = 'Daniel Okoro, a professor at the university, studies piracy. ';
  // No one named holds the role: not the professor named before it.
  assert.deepEqual(
    speakersOf(
      `${before}The UN chief stressed that shipping lanes must stay open. "We cannot allow this," he said.`,
    ).at(-1),
    ['We cannot allow this', null],
  );
  // The one person named with the role's noun, before the name or in an apposition after it.
  assert.deepEqual(
    speakersOf(
      `${before}On Monday, market analyst Priya Shah spoke at the bank. The analyst said demand was slowing. "We see weaker orders," she said.`,
    ).at(-1),
    ['We see weaker orders', 'Priya Shah'],
  );
  assert.deepEqual(
    speakersOf(
      `${before}Priya Shah, an analyst at Northfield Bank, spoke on Monday. The analyst said demand was slowing. "We see weaker orders," she said.`,
    ).at(-1),
    ['We see weaker orders', 'Priya Shah'],
  );
  // Negative: a title is read from the roles the entities stage gives ("Prime Minister Sara Lind" holds
  // it), never from a title's word near another name ("Deputy Prime Minister" is no trade minister).
  assert.deepEqual(
    speakersOf(
      'Deputy Prime Minister Ana Ruiz opened the fair. The trade minister said exports had grown. "We sold more than ever," she said.',
    ).at(-1),
    ['We sold more than ever', null],
  );
});
