import assert from 'node:assert/strict';
import { test } from 'node:test';
import { segment, splitSentences } from './index.js';

/** How words are cut where UD cuts them: numbers, phone numbers and codes, contractions, letter/letter. */

const sentencesOf = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));
const wordsOf = (text: string): string[] => segment(text).tokens.map((t) => t.text);

test('a number written with a leading point or a plus sign is one word', () => {
  assert.deepEqual(wordsOf('The shortstop batted .318, and shares rose $.05 to 4.5.'), [
    'The',
    'shortstop',
    'batted',
    '.318',
    ',',
    'and',
    'shares',
    'rose',
    '$',
    '.05',
    'to',
    '4.5',
    '.',
  ]);
  assert.deepEqual(wordsOf('Dial +33 1 4567 or (+7 495) now.'), [
    'Dial',
    '+33',
    '1',
    '4567',
    'or',
    '(',
    '+7',
    '495',
    ')',
    'now',
    '.',
  ]);
  // Not after a word or a number: the point closes the sentence, the plus joins two things.
  assert.deepEqual(sentencesOf('It ended in a draw.5 fans stayed. Tea+2 sugars.'), [
    'It ended in a draw.',
    '5 fans stayed.',
    'Tea+2 sugars.',
  ]);
  assert.deepEqual(wordsOf('Tea+2 sugars'), ['Tea', '+', '2', 'sugars']);
  assert.deepEqual(sentencesOf('Prices fell. .5 of a point was lost.'), [
    'Prices fell.',
    '.5 of a point was lost.',
  ]);
});

test('a phone number after an area code and its slash, and a ZIP+4 code, are one word', () => {
  assert.deepEqual(wordsOf('Call 713/853-6197 or write to Houston, TX 77042-2016.'), [
    'Call',
    '713/853-6197',
    'or',
    'write',
    'to',
    'Houston',
    ',',
    'TX',
    '77042-2016',
    '.',
  ]);
  // Ranges, scores and dates with a hyphen stay cut.
  assert.deepEqual(wordsOf('pages 10/12-14, 12345-678 and 1/2-3'), [
    'pages',
    '10/12',
    '-',
    '14',
    ',',
    '12345',
    '-',
    '678',
    'and',
    '1/2',
    '-',
    '3',
  ]);
});

const spansOf = (text: string): Array<[string, number, number]> =>
  segment(text).tokens.map((t) => [t.text, t.start, t.end]);

test('a contraction typed without its apostrophe is split where the next word shows it', () => {
  assert.deepEqual(spansOf('its a shame, Its not fair'), [
    ['it', 0, 2],
    ['s', 2, 3],
    ['a', 4, 5],
    ['shame', 6, 11],
    [',', 11, 12],
    ['It', 13, 15],
    ['s', 15, 16],
    ['not', 17, 20],
    ['fair', 21, 25],
  ]);
  assert.deepEqual(spansOf('i wont be long, im sorry, Ive been out and cant wait'), [
    ['i', 0, 1],
    ['wo', 2, 4],
    ['nt', 4, 6],
    ['be', 7, 9],
    ['long', 10, 14],
    [',', 14, 15],
    ['i', 16, 17],
    ['m', 17, 18],
    ['sorry', 19, 24],
    [',', 24, 25],
    ['I', 26, 27],
    ['ve', 27, 29],
    ['been', 30, 34],
    ['out', 35, 38],
    ['and', 39, 42],
    ['ca', 43, 45],
    ['nt', 45, 47],
    ['wait', 48, 52],
  ]);
  assert.deepEqual(spansOf('hes just alot, whats theres youll'), [
    ['he', 0, 2],
    ['s', 2, 3],
    ['just', 4, 8],
    ['a', 9, 10],
    ['lot', 10, 13],
    [',', 13, 14],
    ['what', 15, 19],
    ['s', 19, 20],
    ['there', 21, 26],
    ['s', 26, 27],
    ['you', 28, 31],
    ['ll', 31, 33],
  ]);
});

test('a word that is also a contraction typed without its apostrophe stays whole elsewhere', () => {
  // The possessive before a noun, an adjective, a hyphened word or an adverb that may open a noun phrase.
  assert.deepEqual(wordsOf('its own arm, its not-for-profit unit, its just cause, its now infamous ads'), [
    'its',
    'own',
    'arm',
    ',',
    'its',
    'not',
    '-',
    'for',
    '-',
    'profit',
    'unit',
    ',',
    'its',
    'just',
    'cause',
    ',',
    'its',
    'now',
    'infamous',
    'ads',
  ]);
  // "wont" and "cant" as words, a name after a capitalised word, capitals, and no word after.
  assert.deepEqual(
    wordsOf('as was his wont. wont to go, the cant of it; Jony Ive had said. ITS a test. its'),
    [
      'as',
      'was',
      'his',
      'wont',
      '.',
      'wont',
      'to',
      'go',
      ',',
      'the',
      'cant',
      'of',
      'it',
      ';',
      'Jony',
      'Ive',
      'had',
      'said',
      '.',
      'ITS',
      'a',
      'test',
      '.',
      'its',
    ],
  );
});

test('a letter, a slash and a letter are one word; longer runs and digits are cut', () => {
  assert.deepEqual(spansOf('b/c of L/C w/o a/b/c f/2'), [
    ['b/c', 0, 3],
    ['of', 4, 6],
    ['L/C', 7, 10],
    ['w/o', 11, 14],
    ['a', 15, 16],
    ['/', 16, 17],
    ['b', 17, 18],
    ['/', 18, 19],
    ['c', 19, 20],
    ['f', 21, 22],
    ['/', 22, 23],
    ['2', 23, 24],
  ]);
});
