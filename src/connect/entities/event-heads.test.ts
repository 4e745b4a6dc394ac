import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Entity, Mention } from '../../core/analysis.js';
import type { ResolvedEntity } from '../../core/connected.js';
import { actsAsSubject } from './agency.js';
import { resolveAcrossArticles } from './index.js';
import { eventByItsHead } from './kinds-of-names.js';
import { cutBeforeRest } from './name-bounds.js';
import { readArticle } from './read-article-fixture.js';

/**
 * Names whose head is an event's noun ("Forum", "Games", "Open") are the event unless their article treats
 * them as a body that says or does something; a name's possessive before a place's noun ("Tal's Farm") is a
 * piece of the place's name.
 */

const actors = (entities: readonly ResolvedEntity[]) =>
  entities.map((e) => [e.name, e.members] as const).sort((a, b) => a[0].localeCompare(b[0]));

test('a forum hosted on dates is an event; a forum that speaks is a body', () => {
  const { entities } = resolveAcrossArticles([
    readArticle({
      id: 'f1',
      published: '2025-05-20',
      text: 'Norvalia will host the Keel Harbour Forum from June 3-4, which will serve as a platform for trade. The Lantern Families Forum said the talks had failed. Mara Quist told reporters the ships would sail.',
    }),
  ]);
  const names = actors(entities).map(([name]) => name);
  assert.ok(!names.includes('Keel Harbour Forum'), names.join(', '));
  assert.ok(names.includes('Lantern Families Forum'), names.join(', '));
});

test('"the Games" alone or a "… Games" dated is an event; one that announces is a body', () => {
  const read = readArticle({
    id: 'g1',
    published: '2025-05-20',
    text: 'The Velor Games announced a sprint event in Keelport. After the Games, Ana Ruiz was recruited by a college in Texas. Norvalia will host the Velor Games from May 21-24.',
  });
  const { text } = read.article;
  const mention = (name: string, from = 0): Mention => {
    const start = text.indexOf(name, from);
    return {
      text: name,
      start,
      end: start + name.length,
      type: 'organisation',
      kind: 'name',
      entityId: 'e',
      sentence: text.slice(0, start).split('. ').length - 1,
    };
  };
  const entity = (name: string): Entity => ({
    id: 'e',
    name,
    type: 'organisation',
    aliases: [name],
    roles: [],
    country: null,
    stands: null,
  });
  const announced = mention('Velor Games');
  const after = mention('Games', text.indexOf('After'));
  const hosted = mention('Velor Games', text.indexOf('host'));
  const acts = (m: Mention) => actsAsSubject(read, m);
  assert.deepEqual([announced, after, hosted].map(acts), [true, false, false]);
  assert.equal(eventByItsHead(entity('Games'), [after], text, acts), true);
  assert.equal(eventByItsHead(entity('Velor Games'), [hosted], text, acts), true);
  assert.equal(eventByItsHead(entity('Velor Games'), [announced, hosted], text, acts), false);
  // A body's head after its possessive: a body, whatever its clauses.
  const chair = "The Keel Forum's chairman resigned.";
  const own = { ...mention('Keel Forum'), start: 4, end: 14 };
  assert.equal(
    eventByItsHead(entity('Keel Forum'), [own], chair, () => false),
    false,
  );
  // Not an event's noun: left to the other rules.
  assert.equal(eventByItsHead(entity('Velor Trust'), [hosted], text, acts), false);
});

test("a name's possessive before a place's noun is a piece of the place's name, not an actor", () => {
  const { entities, hidden } = resolveAcrossArticles([
    readArticle({
      id: 'p1',
      published: '2025-05-20',
      text: "The council also sanctioned the outposts Miri's Farm and Tal's Farm, and the firm Libo Building Ltd. Dana Oren said Tal's farm workers had left.",
    }),
  ]);
  const names = actors([...entities, ...hidden]).map(([name]) => name);
  assert.ok(!names.includes('Miri'), names.join(', '));
  assert.ok(!names.includes('Tal'), names.join(', '));
});

test("only a place's noun that ends the name makes the possessive's word a piece", () => {
  const text = "Tal's Farm, Tal's Farm Bureau, Tal's Hill of Olives, Tal's farm and Tal's Gaza plan.";
  const at = (from: string): Mention => {
    const start = text.indexOf(from);
    return { text: 'Tal', start, end: start + 3, type: 'person', kind: 'name', entityId: 'e', sentence: 0 };
  };
  assert.deepEqual(
    ["Tal's Farm,", "Tal's Farm Bureau", "Tal's Hill of", "Tal's farm", "Tal's Gaza"].map((s) =>
      cutBeforeRest(text, at(s), false),
    ),
    [true, false, false, false, false],
  );
});
