import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Entity } from '../../core/analysis.js';
import { actorIn, mentionIn } from './junk-fixture.js';
import { mayBeActor } from './junk.js';

test('a name played, sung or recited and credited to its author is a work; a team played is not', () => {
  const text =
    'The choir sang Morning Light - a hymn - by Ana Ruiz. The band played Harbour Song by Leo Marsh. ' +
    'Leeds played Harbour Rovers, beaten by Derby on Sunday. Ana Ruiz played Lisbon by night.';
  const actor = actorIn(text);
  assert.equal(actor('Morning Light', 'organisation'), false);
  assert.equal(actor('Harbour Song', 'person'), false);
  assert.equal(actor('Harbour Rovers', 'organisation'), true);
  assert.equal(actor('Lisbon', 'place'), true);
});

test('a thing named after a person, an event and two names glued at a possessive are no actors', () => {
  const text =
    'The pitcher needs the Tommy John procedure. Tommy John pitched for years. The Harbour Lantern Parade ' +
    "was cancelled. BBC's Mara Quist reported from the port. Mara Quist said the Lantern Trust agreed.";
  const at = (name: string, from = 0) => text.indexOf(name, from);
  const actor = (name: string, type: Entity['type'], starts: number[]) =>
    mayBeActor(
      { id: 'e', name, type, aliases: [name], roles: [], country: null, stands: null },
      starts.map((start) => ({
        text: name,
        start,
        end: start + name.length,
        type,
        kind: 'name' as const,
        entityId: 'e',
        sentence: 0,
      })),
      text,
    );
  assert.equal(actor('Tommy John', 'person', [at('Tommy John')]), false);
  // The same name taking part elsewhere in the article is the person.
  assert.equal(actor('Tommy John', 'person', [at('Tommy John'), at('Tommy John pitched')]), true);
  assert.equal(actor('Harbour Lantern Parade', 'organisation', [at('Harbour Lantern')]), false);
  assert.equal(actor("BBC's Mara Quist", 'person', [at('BBC')]), false);
  assert.equal(actor('Parade', 'organisation', [at('Parade')]), false);
  assert.equal(actor('Ali Shia’ Al Rawi', 'person', [0]), true);
  assert.equal(actor('Mara Quist', 'person', [at('Mara Quist said')]), true);
  assert.equal(actor('Lantern Trust', 'organisation', [at('Lantern Trust')]), true);
});

test("a headline's words glued to a surname the article names in full are no person", () => {
  const text =
    'Nakato Alleges Torture\nThe activist Sarah Nakato said guards beat her. Lee Min Ho and Ana Lee spoke. ' +
    'Ruth Ode Banda came.';
  const person = mentionIn(text, 'person');
  const all = ['Nakato Alleges Torture', 'Sarah Nakato', 'Lee Min Ho', 'Ana Lee', 'Ruth Ode Banda'].map(
    (name, i) => person(name, `e${i}`),
  );
  const actor = (i: number) =>
    mayBeActor(
      {
        id: `e${i}`,
        name: all[i]!.text,
        type: 'person',
        aliases: [],
        roles: [],
        country: null,
        stands: null,
      },
      [all[i]!],
      text,
      all,
    );
  assert.equal(actor(0), false);
  assert.equal(actor(1), true);
  assert.equal(actor(4), true);
  // The rule's cost, kept visible: a name written surname first beside someone of that surname written
  // given name first ("Lee Min Ho" beside "Ana Lee") is taken for a headline too.
  assert.equal(actor(2), false);
});

test('a name won is a contest or a prize, and a name before "community" qualifies a people; no actors', () => {
  const text =
    'Rovers won the Harbour Shield League in May and may lift the 2026 Coastal Trophy. Mara Quist won the ' +
    "Greens' nomination. The Velder community marched. Harbour Rovers beat Derby. Keel Town won it.";
  const actor = actorIn(text);
  assert.equal(actor('Harbour Shield League', 'organisation'), false);
  assert.equal(actor('Coastal Trophy', 'organisation'), false);
  assert.equal(actor('Velder', 'organisation'), false);
  // The holder of what is won, a team winning and a team beaten stay actors.
  assert.equal(actor('Greens', 'organisation'), true);
  assert.equal(actor('Harbour Rovers', 'organisation'), true);
  assert.equal(actor('Keel Town', 'organisation'), true);
  assert.equal(actor('Derby', 'organisation'), true);
});

test('a name cut before its regnal number, a particle or or its possessive is a piece', () => {
  const text =
    'Pope Pius XII met Pope Pius. Fans flew to Playa de las Velas and to Playa. Diners left Harlow’s and ' +
    "Corden's, but Wendy Corden's support held.";
  const actor = actorIn(text);
  assert.equal(actor('Pius', 'person'), false);
  assert.equal(actor('Playa', 'place'), false);
  assert.equal(actor('Harlow', 'person'), false);
  const person = mentionIn(text, 'person');
  const corden = person('Corden', 'e', text.indexOf('Corden'));
  const entity = (name: string, type: Entity['type']): Entity => ({
    id: 'e',
    name,
    type,
    aliases: [name],
    roles: [],
    country: null,
    stands: null,
  });
  assert.equal(mayBeActor(entity('Corden', 'person'), [corden], text, [corden]), false);
  // The same name elsewhere, whole, is the actor; a possessive before what is theirs is a possessive.
  const pius = [person('Pius', 'e', text.indexOf('Pope Pius.') + 5)];
  assert.equal(mayBeActor(entity('Pius', 'person'), pius, text, pius), true);
  const wendy = person('Wendy Corden');
  assert.equal(mayBeActor(entity('Wendy Corden', 'person'), [wendy], text, [wendy]), true);
});

test('a pronoun the reading joined to a piece of a name does not make the piece an actor', () => {
  const text = 'Police were called to Seventh Lantern at night. He hid the knife.';
  const piece = mentionIn(text, 'person')('Lantern');
  const he = { ...mentionIn(text, 'person')('He'), kind: 'pronoun' as const };
  const entity: Entity = {
    id: 'e',
    name: 'Lantern',
    type: 'person',
    aliases: [],
    roles: [],
    country: null,
    stands: null,
  };
  assert.equal(mayBeActor(entity, [piece], text, [piece, he]), false);
  assert.equal(mayBeActor(entity, [piece, he], text, [piece, he]), false);
});

test('a race, a cup or a tournament is an event; the place or body that holds it is an actor', () => {
  const text =
    'The Harbourne Grand Prix was won by Lena Hart. The Velder Cup final and the Kestrel Championships ' +
    'drew crowds to Eastmoor, and the Kestrel Cup Trust paid.';
  const actor = actorIn(text);
  assert.equal(actor('Harbourne Grand Prix', 'organisation'), false);
  assert.equal(actor('Velder Cup', 'organisation'), false);
  assert.equal(actor('Kestrel Championships', 'organisation'), false);
  assert.equal(actor('Eastmoor', 'place'), true);
  assert.equal(actor('Kestrel Cup Trust', 'organisation'), true);
});
