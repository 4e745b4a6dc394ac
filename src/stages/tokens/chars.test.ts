import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isLetterOrNumber, isWhiteSpace, rememberedTest } from './chars.js';

test('isLetterOrNumber reads a character as /[\\p{L}\\p{N}]/u does, asked once or many times', () => {
  const cases: Array<[string, boolean]> = [
    ['a', true],
    ['Z', true],
    ['5', true],
    ['é', true],
    ['٣', true],
    ['½', true],
    ['-', false],
    [' ', false],
    ['’', false],
    ['\uD83D', false],
  ];
  for (let round = 0; round < 2; round++)
    for (const [ch, expected] of cases) assert.equal(isLetterOrNumber(ch), expected, ch);
  assert.equal(isLetterOrNumber(undefined), false);
});

test('isWhiteSpace reads a character as /\\s/ does', () => {
  for (const ch of [' ', '\n', '\t', '\u00a0', '\u2009', '\ufeff']) assert.equal(isWhiteSpace(ch), true);
  for (const ch of ['x', '.', '\u200b']) assert.equal(isWhiteSpace(ch), false);
});

test('a remembered test gives each code unit the answer its pattern gave the first time', () => {
  let runs = 0;
  const pattern = /[aeiou]/;
  const counted = new RegExp(pattern.source);
  counted.test = (s: string) => (runs++, pattern.test(s));
  const isVowel = rememberedTest(counted);
  assert.deepEqual([...'banana'].map(isVowel), [false, true, false, true, false, true]);
  assert.equal(runs, 3);
});
