import assert from 'node:assert/strict';
import { test } from 'node:test';
import { content, speaker, cue, direction, quoteRows } from './quote-rows.js';

const rows = (text: string): string[] => quoteRows(text, content, speaker, cue, direction);

test('quotes: a programme title after the cue of a quotation is no second quote', () => {
  assert.deepEqual(
    rows('"Rates will stay high for a while," fund manager Lena Ortiz said on "Market Hour" on Monday.'),
    ['Rates will stay high for a while | Lena Ortiz | said | direct'],
  );
  assert.deepEqual(rows('"Rates will stay high," Lena Ortiz told BNN\'s "Morning Desk."'), [
    'Rates will stay high | Lena Ortiz | told | direct',
  ]);
  // The rest of a split quotation, after a comma, is still the speaker's.
  assert.deepEqual(rows('“Rates will stay high,” Lena Ortiz said, “and the banks know it.”'), [
    'Rates will stay high | Lena Ortiz | said | direct',
    'and the banks know it. | Lena Ortiz | said | direct',
  ]);
});

test('quotes: one word opening a split quotation is not a quote of its own', () => {
  assert.deepEqual(rows('“Sadly,” Anna Keller said, “the bridge will stay closed until spring.”'), [
    'the bridge will stay closed until spring. | Anna Keller | said | direct',
  ]);
  assert.deepEqual(rows('“Sadly,” Anna Keller said.'), ['Sadly | Anna Keller | said | direct']);
});

test('quotes: quoted words the sentence goes on with are part of a reported clause', () => {
  assert.deepEqual(
    rows('Finance chief Mara Lind said "sharply higher" shipping costs have hurt the quarter.'),
    ['"sharply higher" shipping costs have hurt the quarter | Mara Lind | said | indirect'],
  );
  assert.deepEqual(rows('Mara Lind said "costs rose sharply" on Monday.'), [
    'costs rose sharply | Mara Lind | said | direct',
  ]);
});

test('quotes: a naming verb reports its label up to where the label ends its phrase', () => {
  assert.deepEqual(
    rows('Mayor Tom Reyes called the closure "a betrayal of the city," and promised to appeal.'),
    ['the closure "a betrayal of the city," | Tom Reyes | called | indirect'],
  );
  // A label the phrase goes on after, and "called on", keep the clause (without the one called on,
  // see `complement.ts`).
  assert.deepEqual(rows('Mayor Tom Reyes described the tax as a "heavy burden" on families.'), [
    'the tax as a "heavy burden" on families | Tom Reyes | described | indirect',
  ]);
  assert.deepEqual(rows('Mayor Tom Reyes called on the council to "act now" before the winter.'), [
    'to "act now" before the winter | Tom Reyes | called | indirect',
  ]);
});

test('quotes: "…, X said" reports the whole clause before it, a verb inside it included', () => {
  assert.deepEqual(
    rows(
      'While several airlines announced new routes to the island, demand for seats will stay weak this year, analyst Omar Haddad said.',
    ),
    [
      'While several airlines announced new routes to the island, demand for seats will stay weak this year | Omar Haddad | said | indirect',
    ],
  );
  // A verb of saying before it gave its clause a speaker of its own (what he said starting after when).
  assert.deepEqual(rows('Mayor Tom Reyes said on Monday the plant would close, the union added.'), [
    'on Monday the plant would close | - | added | indirect',
    'the plant would close | Tom Reyes | said | indirect',
  ]);
});

test('quotes: the subject of the speech verb is never taken from the words said', () => {
  // The parser may make the quoted name the subject of "says"; the speaker is then unknown, not the name.
  assert.deepEqual(rows('“Daniel Moreau,” says the puppet maker of the old town.'), [
    'Daniel Moreau | - | says | direct',
  ]);
  assert.deepEqual(rows('“Call the mayor,” says Daniel Moreau.'), [
    'Call the mayor | Daniel Moreau | says | direct',
  ]);
});

test('quotes: the last of several parties joined by "and" does not speak alone', () => {
  assert.deepEqual(rows('Norway, the U.S. and South Korea said that the talks would resume in June.'), [
    'the talks would resume in June | - | said | indirect',
  ]);
  // An "and" inside a title joins no parties; one party alone speaks.
  assert.deepEqual(rows('Culture and Sport Secretary Anna Keller said the museum would reopen in June.'), [
    'the museum would reopen in June | Anna Keller | said | indirect',
  ]);
  assert.deepEqual(rows('Norway said that the talks would resume in June.'), [
    'the talks would resume in June | Norway | said | indirect',
  ]);
});

test('quotes: a relative clause said of a thing lacks its subject and is not a quote', () => {
  assert.deepEqual(
    rows('The club held a team dinner at the weekend, which the coach Tom Reyes says was player-driven.'),
    [],
  );
  assert.deepEqual(rows('Mayor Tom Reyes met the club, whose players he said are the best in the city.'), []);
  assert.deepEqual(rows('Mayor Tom Reyes met the club, whose captain said the season went well.'), [
    'the season went well | - | said | indirect',
  ]);
  // After a preposition "which" is no subject: what was said is whole.
  assert.deepEqual(rows('Tom Reyes gave an interview in which he said the new stadium would open in May.'), [
    'the new stadium would open in May | Tom Reyes | said | indirect',
  ]);
});

test('quotes: a relative pronoun ending a reported clause opens the next one', () => {
  assert.deepEqual(
    rows('Anna Keller said the council had raised the parking fees, which she said would hurt shops.'),
    ['the council had raised the parking fees | Anna Keller | said | indirect'],
  );
});
