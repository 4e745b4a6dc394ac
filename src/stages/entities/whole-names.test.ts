import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { NameSpan } from '../../core/analysis.js';
import { wholeNames } from './whole-names.js';

/** The surfaces and labels left of the tagger's spans `given` over `text`, each at its first occurrence. */
function whole(text: string, given: ReadonlyArray<readonly [string, NameSpan['label']]>): string[] {
  const spans = given.map(([surface, label]) => {
    const start = text.indexOf(surface);
    assert.ok(start >= 0, surface);
    return { start, end: start + surface.length, label, score: 1 };
  });
  return wholeNames(text, spans).map((s) => `${text.slice(s.start, s.end)} | ${s.label}`);
}

test('a body’s name going on after "for" or "of" is read whole, "and" included where it names nothing else', () => {
  const text =
    'Dana Roth heads the National Centre for Coastal Erosion and Recovery; the Center for Strategic and ' +
    'International Studies and the Institute for the Study of Climate agreed. The Ministry of Defence and ' +
    'Norway did not, nor the Office of Ben Hale, and the Bureau for two years said nothing. The Security ' +
    'Council on Friday heard the Board on Foreign Relations.';
  assert.deepEqual(
    whole(text, [
      ['Dana Roth', 'PER'],
      ['National Centre', 'ORG'],
      ['Coastal Erosion', 'LOC'],
      ['Recovery', 'ORG'],
      ['Center', 'MISC'],
      ['Strategic', 'ORG'],
      ['International Studies', 'ORG'],
      ['Institute', 'ORG'],
      ['Ministry', 'ORG'],
      ['Norway', 'LOC'],
      ['Office', 'ORG'],
      ['Ben Hale', 'PER'],
      ['Bureau', 'ORG'],
      ['Security Council', 'ORG'],
      ['Board', 'ORG'],
    ]),
    [
      'Dana Roth | PER',
      'National Centre for Coastal Erosion and Recovery | ORG',
      'Center for Strategic and International Studies | ORG',
      'Institute for the Study of Climate | ORG',
      'Ministry of Defence | ORG',
      'Norway | LOC',
      'Office | ORG',
      'Ben Hale | PER',
      'Bureau | ORG',
      'Security Council | ORG',
      'Board on Foreign Relations | ORG',
    ],
  );
});

test('a body’s name opening with a list is read whole; lists of places and people stay apart', () => {
  const text =
    'Aid came from the UK Foreign, Commonwealth and Development Office and the Trade and Industry Committee. ' +
    'Britain, France and Germany signed; officials in Washington, London and Paris and Lena Hart, Omar ' +
    'Nasser and Tax Office staff watched.';
  assert.deepEqual(
    whole(text, [
      ['UK', 'LOC'],
      ['Commonwealth', 'ORG'],
      ['Development Office', 'ORG'],
      ['Industry Committee', 'ORG'],
      ['Britain', 'LOC'],
      ['France', 'LOC'],
      ['Germany', 'LOC'],
      ['Washington', 'LOC'],
      ['London', 'LOC'],
      ['Paris', 'LOC'],
      ['Lena Hart', 'PER'],
      ['Omar Nasser', 'PER'],
      ['Tax Office', 'ORG'],
    ]),
    [
      'UK | LOC',
      'Foreign, Commonwealth and Development Office | ORG',
      'Trade and Industry Committee | ORG',
      'Britain | LOC',
      'France | LOC',
      'Germany | LOC',
      'Washington | LOC',
      'London | LOC',
      'Paris | LOC',
      'Lena Hart | PER',
      'Omar Nasser | PER',
      'Tax Office | ORG',
    ],
  );
});

test('a name goes on across hyphens and into the given name before an initial; a designation is no name', () => {
  const text =
    'Trucks use the Freight Route Europe-Balkans-Asia, not the Israel-Hamas front, said Clara J Novak, as ' +
    'In J Smith’s view asteroid 2031 QX passed, and in 2024 EU leaders met.';
  assert.deepEqual(
    whole(text, [
      ['Freight Route Europe', 'ORG'],
      ['Asia', 'LOC'],
      ['Israel', 'LOC'],
      ['Hamas', 'ORG'],
      ['Clara', 'ORG'],
      ['J Novak', 'PER'],
      ['J Smith', 'PER'],
      ['QX', 'LOC'],
      ['EU', 'ORG'],
    ]),
    [
      'Freight Route Europe-Balkans-Asia | ORG',
      'Israel | LOC',
      'Hamas | ORG',
      'Clara J Novak | PER',
      'J Smith | PER',
      'EU | ORG',
    ],
  );
});

test('a name running into a list, past a phrase or into a lower-case word keeps its own end', () => {
  const text =
    'Staff of the University of Leeds and Kent State University, the Party for the People and the Green ' +
    'Future Party, and a London School of Economics-trained aide met the Roe League and Acme Relations Council. The Cup League of Bosnia and Herzegovina and the Institute for ' +
    'Stress and Care.Prof Lee spoke.';
  assert.deepEqual(
    whole(text, [
      ['University of Leeds', 'ORG'],
      ['Kent State University', 'ORG'],
      ['Party', 'ORG'],
      ['People and the Green Future Party', 'ORG'],
      ['London School', 'ORG'],
      ['Roe League', 'ORG'],
      ['Acme Relations Council', 'ORG'],
      ['Cup League', 'ORG'],
      ['Bosnia and Herzegovina', 'LOC'],
      ['Institute', 'ORG'],
    ]),
    [
      'University of Leeds | ORG',
      'Kent State University | ORG',
      'Party | ORG',
      'People and the Green Future Party | ORG',
      'London School of Economics | ORG',
      'Roe League | ORG',
      'Acme Relations Council | ORG',
      'Cup League | ORG',
      'Bosnia and Herzegovina | LOC',
      'Institute for Stress and Care | ORG',
    ],
  );
});

test('a firm’s "X and" before one word and its legal form is read whole; a firm the gazetteer knows is its own', () => {
  const text =
    'Shares of Coastal Cable and Radio Corp. rose, and Toyota and Sony Corp. signed a deal with Harlow Inc. ' +
    'Then Velmar Foods and Darrow Corp. merged, as did Acme, Brill Pharma and Quell Corp.';
  assert.deepEqual(
    whole(text, [
      ['Coastal Cable', 'PER'],
      ['Radio Corp.', 'ORG'],
      ['Toyota', 'ORG'],
      ['Sony Corp.', 'ORG'],
      ['Harlow Inc.', 'ORG'],
      ['Velmar Foods', 'ORG'],
      ['Darrow Corp.', 'ORG'],
      ['Acme', 'ORG'],
      ['Quell Corp.', 'ORG'],
    ]),
    [
      'Coastal Cable and Radio Corp. | ORG',
      'Toyota | ORG',
      'Sony Corp. | ORG',
      'Harlow Inc. | ORG',
      'Velmar Foods | ORG',
      'Darrow Corp. | ORG',
      'Acme | ORG',
      'Quell Corp. | ORG',
    ],
  );
});

test('two places joined by "and" before "by-election" are one constituency; other pairs stay apart', () => {
  const text =
    'Reform won the Eastmoor and Wexley by-election, while Lena Hart toured Eastmoor and Wexley by car.';
  assert.deepEqual(
    whole(text, [
      ['Reform', 'ORG'],
      ['Eastmoor', 'LOC'],
      ['Wexley', 'LOC'],
      ['Lena Hart', 'PER'],
      ['Eastmoor', 'LOC'],
      ['Wexley', 'LOC'],
    ]).slice(0, 2),
    ['Reform | ORG', 'Eastmoor and Wexley | LOC'],
  );
  const spans = ['Lena Hart', 'Eastmoor', 'Wexley'].map((surface) => {
    const start = text.lastIndexOf(surface);
    return { start, end: start + surface.length, label: surface === 'Lena Hart' ? 'PER' : 'LOC', score: 1 };
  }) as NameSpan[];
  assert.deepEqual(
    wholeNames(text, spans).map((s) => text.slice(s.start, s.end)),
    ['Lena Hart', 'Eastmoor', 'Wexley'],
  );
});

test('a name in a contest’s or a possessive title’s name is no name of its own; a country before a contest is', () => {
  const text =
    'Lima hosts the 2027 Acme Girls’ U19 World Championship. Japan’s World Cup squad and Redfield’s ' +
    'Premier League side flew in, as ' +
    'Operation “Merrow’s Lanterns” began and Dana Roth’s Open title stood; the film “Tobin’s Harbour” won. ' +
    '“Vance’s Team is ready,” he said.';
  assert.deepEqual(
    whole(text, [
      ['Lima', 'LOC'],
      ['Acme Girls', 'ORG'],
      ['World Championship', 'MISC'],
      ['Japan', 'LOC'],
      ['World Cup', 'MISC'],
      ['Redfield', 'ORG'],
      ['Premier League', 'ORG'],
      ['Operation', 'LOC'],
      ['Merrow', 'PER'],
      ['Lanterns', 'LOC'],
      ['Dana Roth', 'PER'],
      ['Tobin', 'PER'],
      ['Harbour', 'LOC'],
      ['Vance', 'PER'],
    ]),
    [
      'Lima | LOC',
      'Japan | LOC',
      'World Cup | MISC',
      'Redfield | ORG',
      'Premier League | ORG',
      'Dana Roth | PER',
      'Vance | PER',
    ],
  );
});

test('a state body’s head before "for" or "of" goes with the field the tagger took alone for a name', () => {
  const text =
    'A Department for Transport spokesman spoke, then the Ministry of Health replied. The Office of ' +
    'Egypt and the Department for Ben Hale said nothing.';
  assert.deepEqual(
    whole(text, [
      ['Transport', 'ORG'],
      ['Health', 'MISC'],
      ['Egypt', 'LOC'],
      ['Ben Hale', 'PER'],
    ]),
    ['Department for Transport | ORG', 'Ministry of Health | ORG', 'Egypt | LOC', 'Ben Hale | PER'],
  );
});
