import assert from 'node:assert/strict';
import { test } from 'node:test';
import { segment, splitSentences } from './index.js';

const sentencesOf = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));
const wordsOf = (text: string): string[] => segment(text).tokens.map((t) => t.text);

test('a US party-state label ending in a period ends its sentence before a capital, not before a comma', () => {
  const sentences = (text: string) => segment(text).sentences.map((s) => text.slice(s.start, s.end));
  assert.deepEqual(
    sentences('“Why?” asked Sen. Maggie Hassan, D-N.H. “Well, it is a right,” Noem replied.'),
    ['“Why?” asked Sen. Maggie Hassan, D-N.H.', '“Well, it is a right,” Noem replied.'],
  );
  assert.deepEqual(sentences('Sen. Maggie Hassan, D-N.H., asked why. Rep. Nancy Mace (R-S.C.) agreed.'), [
    'Sen. Maggie Hassan, D-N.H., asked why.',
    'Rep. Nancy Mace (R-S.C.) agreed.',
  ]);
  assert.deepEqual(sentences('The U.S. “America First” policy changed.'), [
    'The U.S. “America First” policy changed.',
  ]);
  assert.deepEqual(sentences('Rep. Trey Gowdy (R-S.C.): “Who told you that?”'), [
    'Rep. Trey Gowdy (R-S.C.): “Who told you that?”',
  ]);
});

test('a period or "!" after a plain lower-case word ends its sentence before a lower-case word too', () => {
  assert.deepEqual(sentencesOf('The ministers bought cars. the deal was signed later. it held!'), [
    'The ministers bought cars.',
    'the deal was signed later.',
    'it held!',
  ]);
  assert.deepEqual(sentencesOf('The vote came at last! and then the count began.'), [
    'The vote came at last!',
    'and then the count began.',
  ]);
  // Not after an abbreviation, a unit after a number, a capitalised word or a single letter.
  for (const text of [
    'Staff were kind, esp. the nurses, and the food, incl. the soup, was good.',
    'Add 2 tsp. baking soda and walk 350 km. from the coast.',
    'Smith et. al. found it, said Jan. and the others in Oct. last year.',
    'The deal was backed by Yahoo! and its rivals, with p. and q. marked.',
    '“It ended.” he said, and “why?” she asked.',
  ])
    assert.deepEqual(sentencesOf(text), [text]);
});

test('a state abbreviated after a place keeps its period and may end the sentence', () => {
  assert.deepEqual(wordsOf('SPRINGFIELD, Ill. (AP) — Fresno, Calif.-based firms'), [
    'SPRINGFIELD',
    ',',
    'Ill.',
    '(',
    'AP',
    ')',
    '—',
    'Fresno',
    ',',
    'Calif.',
    '-',
    'based',
    'firms',
  ]);
  assert.deepEqual(sentencesOf('SPRINGFIELD, Ill. (AP) — The mayor of Fresno, Calif. and his aide met.'), [
    'SPRINGFIELD, Ill. (AP) — The mayor of Fresno, Calif. and his aide met.',
  ]);
  assert.deepEqual(sentencesOf('She lives near Memphis, Tenn. He lives in Dallas.'), [
    'She lives near Memphis, Tenn.',
    'He lives in Dallas.',
  ]);
  // Elsewhere the same letters are a word and its period.
  assert.deepEqual(wordsOf('He felt Ill. Mass. Wash.'), ['He', 'felt', 'Ill', '.', 'Mass', '.', 'Wash', '.']);
});

test('a weekday keeps its period before a date, not elsewhere', () => {
  assert.deepEqual(wordsOf('Leave Wed. Sept. 20, back Thurs. 6/14 or Fri. June 2.'), [
    'Leave',
    'Wed.',
    'Sept.',
    '20',
    ',',
    'back',
    'Thurs.',
    '6/14',
    'or',
    'Fri.',
    'June',
    '2',
    '.',
  ]);
  assert.deepEqual(sentencesOf('The grid runs on servers owned by Sun. Initially it will be small.'), [
    'The grid runs on servers owned by Sun.',
    'Initially it will be small.',
  ]);
});

test('a name written with "!" is one word and ends a sentence only before a sentence starter', () => {
  assert.deepEqual(wordsOf('Yahoo! News and Yahoo!. Jeopardy!'), [
    'Yahoo!',
    'News',
    'and',
    'Yahoo!',
    '.',
    'Jeopardy!',
  ]);
  assert.deepEqual(sentencesOf('He told Yahoo! News on Monday. She wrote for Yahoo! The site grew.'), [
    'He told Yahoo! News on Monday.',
    'She wrote for Yahoo!',
    'The site grew.',
  ]);
  assert.deepEqual(wordsOf('Wow! News'), ['Wow', '!', 'News']);
});

test('a single capital closing a sentence gives it its period; an initial inside one keeps it', () => {
  assert.deepEqual(wordsOf('He met John F. Kennedy. It was Plan B. The rest came later.'), [
    'He',
    'met',
    'John',
    'F.',
    'Kennedy',
    '.',
    'It',
    'was',
    'Plan',
    'B',
    '.',
    'The',
    'rest',
    'came',
    'later',
    '.',
  ]);
  assert.deepEqual(wordsOf('It was ruled by Charles V.'), ['It', 'was', 'ruled', 'by', 'Charles', 'V', '.']);
  // A letter read alone, as the name tagger's CoNLL words are, stays an initial.
  assert.deepEqual(wordsOf('F.'), ['F.']);
});

test('an ellipsis spaced out as ". . ." ends no sentence before its last period', () => {
  assert.deepEqual(
    sentencesOf('The minister paused . . . Then she read the list. We waited . . . and waited.'),
    ['The minister paused . . .', 'Then she read the list.', 'We waited . . . and waited.'],
  );
  assert.deepEqual(wordsOf('paused . . . Then'), ['paused', '.', '.', '.', 'Then']);
});

test("a list item's number and its period open the item's sentence", () => {
  assert.deepEqual(
    sentencesOf('Officials gave three rules. 1. Stay indoors. 2. Keep water.\n(3. Call home.)'),
    ['Officials gave three rules.', '1. Stay indoors.', '2. Keep water.', '(3. Call home.)'],
  );
  assert.deepEqual(wordsOf('1. Stay'), ['1', '.', 'Stay']);
  // A number closing a sentence is not a list item: the score, the year, the page.
  assert.deepEqual(sentencesOf('The match ended 2. Fans left. It was 2024. Rain fell.'), [
    'The match ended 2.',
    'Fans left.',
    'It was 2024.',
    'Rain fell.',
  ]);
});
