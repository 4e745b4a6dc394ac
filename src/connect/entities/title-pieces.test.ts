import assert from 'node:assert/strict';
import { test } from 'node:test';
import { actorIn } from './junk-fixture.js';
import { looksLikeName } from './name-shape.js';

test("a possessive that opens an operation's name leaves the name before it a piece", () => {
  const text =
    'The army began what it called “Velder’s Arrows” on Monday. ' +
    'It followed the operation, Marlow’s Shield, of last spring. ' +
    'An operation dubbed Tarven’s Hammer ended in June. ' +
    "Critics say Haddad's Keel offensive failed, and Brandt's Velder plan too.";
  const actor = actorIn(text);
  assert.equal(actor('Velder', 'person'), false);
  assert.equal(actor('Marlow', 'person'), false);
  assert.equal(actor('Tarven', 'person'), false);
  // Unquoted and not named as an operation, the possessive is who acts.
  assert.equal(actor('Haddad', 'person'), true);
  assert.equal(actor('Brandt', 'person'), true);
});

test('a capitalised "The" inside a sentence opens a title; a name after it is no person', () => {
  const text =
    'Her first role was in The Silent Wives of Keel, at the age of ten. ' +
    'The Dana Roe Trust gave the prize. Reviews praised Omar Haddad, the lead.';
  const actor = actorIn(text);
  assert.equal(actor('Silent Wives', 'person'), false);
  // "The" opening a sentence is no title's; a name a sentence opens with stays.
  assert.equal(actor('Dana Roe', 'person'), true);
  assert.equal(actor('Omar Haddad', 'person'), true);
});

test("a body's noun ending a person's name after a capitalised word is a piece of the body's name", () => {
  const text =
    'The head of the Keel-Velder Parliamentary Friendship Group, Dana Roe, spoke. Officer Group said no.';
  const actor = actorIn(text);
  assert.equal(actor('Friendship Group', 'person'), false);
  assert.equal(actor('Dana Roe', 'person'), true);
});

test("a name after a royal or holy title that ends in a built place's noun is a piece of the place's name", () => {
  const text =
    'Marchers crossed Queen Mara Bridge and met at King Tarven Stadium near St Ada Hospital. ' +
    'Queen Mara thanked them on Tarven Road.';
  const actor = actorIn(text);
  assert.equal(actor('Mara Bridge', 'person'), false);
  assert.equal(actor('Tarven Stadium', 'place'), false);
  assert.equal(actor('Ada Hospital', 'organisation'), false);
  // The queen herself, and a road with no title before it, stay.
  assert.equal(actor('Mara', 'person'), true);
  assert.equal(actor('Tarven Road', 'place'), true);
});

test('an office named alone is no actor, its abbreviation with dots and a church office included', () => {
  for (const [name, isName] of [
    ['V.P.', false],
    ['Patriarch', false],
    ['Archbishop', false],
    ['Cardinal', false],
    ['Ayatollah', false],
    // A name with initials, and a holder named after the office, stay names.
    ['J.P. Morgan', true],
    ['Patriarch Ivo', true],
  ] as const)
    assert.equal(looksLikeName(name, 'person'), isName, name);
});

test('a surname particle, an event known by one name, a group of countries or people and a field are no actors', () => {
  const text = 'The club kept Jan ten Berg and Ana dos Santos. Omar van Tol left.';
  const actor = actorIn(text);
  assert.equal(actor('Berg', 'person'), false);
  assert.equal(actor('Santos', 'person'), false);
  assert.equal(actor('Jan ten Berg', 'person'), true);
  for (const [name, type, isName] of [
    ['Brexit', 'organisation', false],
    ['Holocaust', 'place', false],
    ['Global South', 'organisation', false],
    ['Diaspora', 'place', false],
    ['Disease Control', 'person', false],
    ['Marine Sciences', 'person', false],
    // A firm's name may end in "Research"; a surname may be "South".
    ['Velder Research', 'person', true],
    ['Dana South', 'person', true],
  ] as const)
    assert.equal(looksLikeName(name, type), isName, name);
});

test('one member of a people, "OK" and a plural dish are no actors', () => {
  for (const [name, type, isName] of [
    ['Jew', 'person', false],
    ['OK', 'organisation', false],
    ['Velder Brownies', 'organisation', false],
    ['Velder Cake', 'organisation', false],
    // A firm's initials stay a name.
    ['OKQ', 'organisation', true],
  ] as const)
    assert.equal(looksLikeName(name, type), isName, name);
});

test('a name an article introduces as a drug or an app is a product wherever else it stands', () => {
  const text =
    'Insurers cover the weight loss drugs Velzo and Tarnex. Velzo costs $900. ' +
    'Staff chat on the messaging app Keelchat, which Keelchat Inc. runs. ' +
    'Her assistant Dana Roe and the model Ana Lima spoke to the drug maker Novix.';
  const actor = actorIn(text);
  assert.equal(actor('Velzo', 'person'), false);
  assert.equal(actor('Keelchat', 'organisation'), false);
  // People after nouns that name people too, and a firm after a noun that qualifies its trade, stay.
  assert.equal(actor('Dana Roe', 'person'), true);
  assert.equal(actor('Ana Lima', 'person'), true);
  assert.equal(actor('Novix', 'organisation'), true);
});
