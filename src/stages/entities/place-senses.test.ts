import assert from 'node:assert/strict';
import { test } from 'node:test';
import { article, type GivenName } from './article-fixture.js';
import { resolveEntities } from './index.js';

/** Each entity as "name:type:country", in order of first mention. */
const read = (text: string, names: readonly GivenName[] = []): string[] =>
  resolveEntities(article(text, names)).entities.map((e) => `${e.name}:${e.type}:${e.country ?? '-'}`);

test('place senses: a town the text places in a state takes the state country, not a namesake capital', () => {
  assert.deepEqual(read('Floods hit Georgetown, Texas, on Sunday. Georgetown officials closed roads.'), [
    'Georgetown:place:USA',
    'Texas:place:USA',
  ]);
  assert.deepEqual(read('The fair opened in Georgetown (New York) last week.'), [
    'Georgetown:place:USA',
    'New York:place:USA',
  ]);
});

test('place senses: a possessive place is a container, a possessive actor is not', () => {
  assert.deepEqual(read("Archaeologists dug on Luxor's West Bank near the temples.", [['Luxor', 'LOC']]), [
    'Luxor:place:-',
    'West Bank:place:-',
  ]);
  assert.deepEqual(read("Washington's West Bank policy drew criticism."), [
    'Government of the United States:organisation:USA',
    'West Bank:place:PSE',
  ]);
});

test('place senses: a qualifier of the same country changes nothing, and names the state', () => {
  assert.deepEqual(read('Crowds gathered in Paris, France, and stayed in Paris overnight.'), [
    'Paris:place:FRA',
    'France:country:FRA',
  ]);
  assert.deepEqual(read('She was born in Atlanta, Georgia, in 1990 and left Georgia in 2008.'), [
    'Atlanta:place:USA',
    'Georgia:place:USA',
  ]);
  assert.deepEqual(read('Georgia said its troops left the border.'), ['Georgia:country:GEO']);
});

test('place senses: a list of names is no container', () => {
  assert.deepEqual(read('Talks were held in Paris, Germany and Italy.'), [
    'Paris:place:FRA',
    'Germany:country:DEU',
    'Italy:country:ITA',
  ]);
  // How the list's last capital is read (a place or its government) is not this rule's.
  assert.deepEqual(read('Flights resumed to Paris, London, and Rome on Monday.').slice(0, 2), [
    'Paris:place:FRA',
    'London:place:GBR',
  ]);
});

test('place senses: a name opening the next clause is no container', () => {
  assert.deepEqual(read('After a year of war in Gaza, Britain appears to have lost patience.'), [
    'Gaza:place:PSE',
    'United Kingdom:country:GBR',
  ]);
  assert.deepEqual(read("The talks will be held in Rome, Oman's foreign minister said.").slice(0, 1), [
    'Rome:place:ITA',
  ]);
  assert.deepEqual(
    read('Droughts in Central Asia, India, and Africa cut harvests.', [['Central Asia', 'LOC']]),
    ['Central Asia:place:-', 'India:country:IND', 'Africa:place:-'],
  );
});
