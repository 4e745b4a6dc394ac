import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Entity, Mention } from '../../core/analysis.js';
import { actorIn, mentionIn } from './junk-fixture.js';
import { mayBeActor } from './junk.js';

const entity = (name: string, type: Entity['type'], id = 'e'): Entity => ({
  id,
  name,
  type,
  aliases: [name],
  roles: [],
  country: null,
  stands: null,
});

test('a name opened by "A" or ending in a work\'s or a prize\'s noun is a title or a prize, not an actor', () => {
  const text =
    'A Velder Movie topped the box office. The Keel Show returns on Friday. She won the Marlow Prize. ' +
    'The Marlow Prize Foundation said it would appeal. The Harbour Cup final was delayed.';
  const actor = actorIn(text);
  assert.equal(actor('A Velder Movie', 'organisation'), false);
  assert.equal(actor('Keel Show', 'organisation'), false);
  assert.equal(actor('Marlow Prize', 'person'), false);
  assert.equal(actor('Harbour Cup', 'organisation'), false);
  // The body that awards a prize is an actor.
  assert.equal(actor('Marlow Prize Foundation', 'organisation'), true);
});

test('a work named by its noun or by what it does in an apposition is no actor; a body that examines is', () => {
  const text =
    "The video game Velder Ring sold a million copies. Ana Ruiz's Hora, which examines the dance, opens " +
    'today. Keel Nights, which stars Leo Marsh, premiered in May. The Harbour Trust, which examines ' +
    'complaints, said it would act. The TV show Marlow Lane was renewed.';
  const actor = actorIn(text);
  assert.equal(actor('Velder Ring', 'organisation'), false);
  assert.equal(actor('Hora', 'person'), false);
  assert.equal(actor('Keel Nights', 'organisation'), false);
  assert.equal(actor('Marlow Lane', 'person'), false);
  assert.equal(actor('Harbour Trust', 'organisation'), true);
});

test('a platform introduced by its kind is where something was posted; the firm acting stays', () => {
  const text =
    'On social media site Velder, a user said the queue was long. The messaging platform Keel was slow. ' +
    'Marlow, the social media giant, said it would remove the posts.';
  const actor = actorIn(text);
  assert.equal(actor('Velder', 'organisation'), false);
  assert.equal(actor('Keel', 'organisation'), false);
  assert.equal(actor('Marlow', 'organisation'), true);
});

test('"Staff" of a Chief of Staff is an office\'s word; a staff union named in full is a body', () => {
  const text =
    "It was the Chief of Staff's idea. Chief of Police Ana Ruiz spoke. The Velder Staff Union voted.";
  const actor = actorIn(text);
  assert.equal(actor('Staff', 'organisation'), false);
  assert.equal(actor('Police', 'organisation'), false);
  assert.equal(actor('Velder Staff Union', 'organisation'), true);
});

/** Whether the country, with the given mentions and the article's other mentions, may be an actor. */
function countryIn(text: string, name: string, starts: number[], others: Mention[] = []): boolean {
  const own = starts.map((start): Mention => ({
    text: name,
    start,
    end: start + name.length,
    type: 'country',
    kind: 'name',
    entityId: 'c',
    sentence: 0,
  }));
  return mayBeActor({ ...entity(name, 'country', 'c'), country: 'GEO' }, own, text, [...own, ...others]);
}

test('Georgia in a report on the United States or after a town and a comma is the US state, not the country', () => {
  const us = 'The storm hit Georgia on Monday, the US weather service said.';
  const usMentions = [mentionIn(us, 'country')('US', 'u')];
  assert.equal(countryIn(us, 'Georgia', [us.indexOf('Georgia')], usMentions), false);
  const town = 'The rally in Savannah, Georgia drew thousands.';
  assert.equal(countryIn(town, 'Georgia', [town.indexOf('Georgia')]), false);
  // The country's own words keep it the country, even in a report that names the US.
  const country = 'Georgia rejected the US criticism, officials in Tbilisi said.';
  const countryMentions = [mentionIn(country, 'country')('US', 'u')];
  assert.equal(countryIn(country, 'Georgia', [0], countryMentions), true);
  const plain = 'Georgia and Armenia signed the deal.';
  assert.equal(countryIn(plain, 'Georgia', [0]), true);
});

test("a country's name that opens a person's name the reading cut is no mention of the country", () => {
  const text = 'Georgia Meadows said the bakery would reopen. Georgia voted on Sunday.';
  const person = mentionIn(text, 'person')('Meadows', 'p');
  assert.equal(countryIn(text, 'Georgia', [0], [person]), false);
  // Named elsewhere as the country, it stays.
  assert.equal(countryIn(text, 'Georgia', [0, text.indexOf('Georgia voted')], [person]), true);
  // The rest of the name untyped by the reading cuts it too; a place after the country does not.
  const untyped = { ...person, type: 'other' as const };
  assert.equal(countryIn(text, 'Georgia', [0], [untyped]), false);
  const headline = 'Georgia Batumi talks stall.';
  assert.equal(countryIn(headline, 'Georgia', [0], [mentionIn(headline, 'place')('Batumi', 'b')]), true);
});

test('a name introduced once as a video game is one wherever the article writes it; a game played is not', () => {
  const text =
    'Apple approved the Velder Games title Keel Rush on Tuesday. Keel Rush was removed in 2020. ' +
    'Leeds beat Marlow in the game Harbour Rovers lost.';
  const starts = (name: string) => [...text.matchAll(new RegExp(name, 'g'))].map((m) => m.index);
  const actor = (name: string, type: Entity['type']) =>
    mayBeActor(
      entity(name, type),
      starts(name).map((start) => ({ ...mentionIn(text, type)(name), start, end: start + name.length })),
      text,
    );
  assert.equal(actor('Keel Rush', 'organisation'), false);
  assert.equal(actor('Harbour Rovers', 'organisation'), true);
});
