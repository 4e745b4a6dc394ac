import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contentMentions } from './content.js';
import { actorIn, mentionIn } from './junk-fixture.js';
import { mayBeActor } from './junk.js';

test("a reporter credited in a caption or byline is no content; the caption's subject and news of a reporter are", () => {
  const text =
    "The Harbour Post's Dana Roe explains what the strike means for Keel. " +
    "The Post's Analysis Editor Omar Haddad looks at the vote. " +
    'Post Velder correspondent Lena Brandt has been speaking to the dockers. ' +
    'The port may close for weeks, writes the Post’s Ana Lima. ' +
    "Ships queued off Keel, the Post's Ivo Sand writes. " +
    'Mara Quist reports from Keel, where the dockers marched. ' +
    "Tom Vale told the Post's Eva Lund that he would strike. " +
    "Keel's Mayor Ada Moss visits the port.";
  const person = mentionIn(text, 'person');
  const names = [
    'Dana Roe',
    'Omar Haddad',
    'Lena Brandt',
    'Ana Lima',
    'Ivo Sand',
    'Mara Quist',
    'Tom Vale',
    'Eva Lund',
    'Ada Moss',
  ];
  const people = names.map((name) => person(name, name));
  const keel = mentionIn(text, 'place')('Keel', 'keel');
  assert.deepEqual(
    contentMentions(text, [...people, keel], new Set()).map((m) => m.text),
    ['Tom Vale', 'Eva Lund', 'Ada Moss', 'Keel'],
  );
});

test('a name of several words after a capitalised word is a piece only when it ends in a common noun written in lower case', () => {
  const text =
    'Dana Roe co-founded Women Wage Peace, a movement for peace. ' +
    'She met Sens. Omar Haddad and Hon. Lena White, and Cubs RHP Ivo Grant. ' +
    'The white flag flew over Harbour Ana Grant.';
  const actor = actorIn(text);
  assert.equal(actor('Wage Peace', 'person'), false);
  // A surname after an abbreviated or acronym title stays a person, common word or not.
  assert.equal(actor('Omar Haddad', 'person'), true);
  assert.equal(actor('Lena White', 'person'), true);
  assert.equal(actor('Ivo Grant', 'person'), true);
  // A surname the article never writes in lower case is no common noun.
  assert.equal(actor('Ana Grant', 'person'), true);
});

test('a rite, a named operation and a title with a given name cut from the surname are no actors', () => {
  const text =
    'Pilgrims performed Tawaf at dawn. Operation Harbour Light began in May. Dr Dana Roe said the clinic ' +
    'was full. CEO Omar Haddad spoke. Dr Ivo came late.';
  const actor = actorIn(text);
  assert.equal(actor('Tawaf', 'place'), false);
  assert.equal(actor('Operation Harbour Light', 'organisation'), false);
  assert.equal(actor('Dr Dana', 'organisation'), false);
  // A title and the one name written after it, with nothing cut off, stay.
  assert.equal(actor('Dr Ivo', 'organisation'), true);
});

test("a body's noun alone after the rest of its name, a nickname's given name, an office and an event's name are no actors", () => {
  const text =
    "The Velder Jewish Committee met. The Prime Minister's Office denied it. The Committee said no. " +
    'Dana "DR" Roe spoke, as did Omar Haddad. The Keel Army Commander resigned. ' +
    'Fans went to the Harbour Lights festival. The Harbour League summit opened. On Erev Rosh Chodesh they met.';
  const actor = actorIn(text);
  assert.equal(actor('Committee', 'organisation'), false);
  assert.equal(actor('Office', 'organisation'), false);
  assert.equal(actor('Dana', 'person'), false);
  assert.equal(actor('Keel Army Commander', 'organisation'), false);
  assert.equal(actor('Harbour Lights', 'person'), false);
  assert.equal(actor('Erev Rosh Chodesh', 'place'), false);
  // A body named by its noun after "the", a given name before its surname, and a body holding a summit stay.
  const own = mentionIn(text, 'organisation')('Committee', 'e', text.indexOf('The Committee') + 4);
  const entity = { id: 'e', name: 'Committee', type: 'organisation' as const, aliases: [], roles: [] };
  assert.equal(mayBeActor({ ...entity, country: null, stands: null }, [own], text, [own]), true);
  assert.equal(actor('Omar', 'person'), true);
  assert.equal(actor('Harbour League', 'organisation'), true);
});

test('a people, a sect or a faith named as a whole is no actor; a given name that is a faith adjective is', () => {
  const text =
    'The Druze marched in Keel and Sunnis prayed. God chose the Nation of Israel. Orthodox priests came. ' +
    'Christian Dahl, a Christian activist, spoke.';
  const actor = actorIn(text);
  assert.equal(actor('Druze', 'place'), false);
  assert.equal(actor('Sunnis', 'person'), false);
  assert.equal(actor('Nation of Israel', 'organisation'), false);
  assert.equal(actor('Orthodox', 'organisation'), false);
  assert.equal(actor('Christian', 'place'), false);
  assert.equal(actor('Christian Dahl', 'person'), true);
  assert.equal(actor('Keel', 'place'), true);
});

test("a reporter's name glued to the outlet's possessive in a caption is no content either", () => {
  const text = "The Post’s Dana Roe explains the vote. Omar Haddad's Lantern Trust voted.";
  const glued = mentionIn(text, 'organisation')('Post’s Dana Roe', 'a');
  const trust = mentionIn(text, 'organisation')("Haddad's Lantern Trust", 'b');
  assert.deepEqual(contentMentions(text, [glued, trust], new Set()), [trust]);
});

test("a title or weekday ending a name, a headline's verb, a common abbreviation and a lone head are no actors", () => {
  const text =
    'The Keel Navy Maj. Dana Roe spoke, as did V.-Adm. Omar Haddad. Velder Sunday: the port shut. ' +
    'Pool D. Hosts Keel in May. Veterans with PTSD met. The Accords held. The Keel Accords held. ' +
    'Velder Maj Holt and Dana Sunday spoke.';
  const actor = actorIn(text);
  assert.equal(actor('Keel Navy Maj.', 'organisation'), false);
  assert.equal(actor('V.-Adm.', 'person'), false);
  assert.equal(actor('Velder Sunday', 'place'), false);
  assert.equal(actor('Pool D. Hosts Keel', 'place'), false);
  assert.equal(actor('PTSD', 'organisation'), false);
  assert.equal(actor('Accords', 'organisation'), false);
  assert.equal(actor('Keel Accords', 'organisation'), false);
  // A title's word written whole as a name, and a surname no weekday, stay.
  assert.equal(actor('Maj Holt', 'person'), true);
  assert.equal(actor('Omar Haddad', 'person'), true);
});

test('a dish or a drink of a menu is no actor; a surname that is a word of one is', () => {
  const text =
    'Diners ordered the Chili Pepper Quiche and a Basque Cheesecake. Victoria Rose ate. Abdi Salad paid.';
  const actor = actorIn(text);
  assert.equal(actor('Chili Pepper Quiche', 'person'), false);
  assert.equal(actor('Basque Cheesecake', 'organisation'), false);
  assert.equal(actor('Victoria Rose', 'person'), true);
  assert.equal(actor('Abdi Salad', 'person'), true);
});
