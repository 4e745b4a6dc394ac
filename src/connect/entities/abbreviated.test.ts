import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ResolvedEntity } from '../../core/connected.js';
import { resolveAcrossArticles } from './index.js';
import { readArticle } from './read-article-fixture.js';

const actorOf = (entities: ResolvedEntity[], member: string): string[] | undefined =>
  entities.find((e) => e.members.includes(member))?.members;

const airForce = [
  readArticle({
    id: 'a1',
    published: '2025-05-10',
    text: 'The IAF struck 40 targets in Gaza on Monday, the army said. The IAF also intercepted a drone.',
  }),
  readArticle({
    id: 'a2',
    published: '2025-05-12',
    text: 'The IAF attacked a launcher near Khan Younis on Wednesday, the army said.',
  }),
];
const foundation = readArticle({
  id: 'f1',
  published: '2025-05-20',
  text:
    'The Israel Allies Foundation opened a caucus in Vienna on Tuesday. ' +
    'Josh Reinstein, president of the IAF, praised the move.',
});

test('an abbreviation joins the full name its own article ties it to, never one of another article', () => {
  const { entities } = resolveAcrossArticles([...airForce, foundation]);
  // The foundation's article names it, then uses the letters: one actor.
  assert.deepEqual(actorOf(entities, 'f1/e1'), ['f1/e1', 'f1/e4']);
  // The reports that never spell "IAF" out stay one actor by the letters, apart from the foundation.
  assert.deepEqual(actorOf(entities, 'a1/e1'), ['a1/e1', 'a2/e1']);
});

test('an untied abbreviation joins the full name its story ties it to, and only that story', () => {
  const storyOf = new Map([
    ['a1', 's-strikes'],
    ['a2', 's-strikes'],
    ['f1', 's-caucus'],
    ['f2', 's-caucus'],
  ]);
  const caucusFollowUp = readArticle({
    id: 'f2',
    published: '2025-05-21',
    text: 'The IAF said on Wednesday that 56 countries now have a caucus.',
  });
  const { entities } = resolveAcrossArticles([...airForce, foundation, caucusFollowUp], undefined, {
    storyOf,
  });
  assert.deepEqual(actorOf(entities, 'f1/e1'), ['f1/e1', 'f1/e4', 'f2/e1']);
  assert.deepEqual(actorOf(entities, 'a1/e1'), ['a1/e1', 'a2/e1']);
});

test('abbreviations tied to one full name join across articles; tied to two, they stay apart', () => {
  const { entities } = resolveAcrossArticles([
    readArticle({
      id: 'b1',
      published: '2025-06-01',
      text: 'The Israeli Air Force (IAF) struck a depot on Sunday. The IAF said the depot held rockets.',
    }),
    readArticle({
      id: 'b2',
      published: '2025-06-03',
      text: 'The Israeli Air Force (IAF) hit a tunnel shaft on Tuesday, the IAF said.',
    }),
    foundation,
  ]);
  // The full name, read as a body by its last word, is the same actor as its abbreviation.
  assert.deepEqual(actorOf(entities, 'b1/e2'), ['b1/e1', 'b1/e2', 'b2/e1', 'b2/e2']);
  assert.deepEqual(actorOf(entities, 'f1/e1'), ['f1/e1', 'f1/e4']);
});

test('a club whose name holds a city, read as an organisation somewhere, never takes the city as a surname', () => {
  const c3 = readArticle({
    id: 'c3',
    published: '2025-05-11',
    text: 'Maccabi Haifa beat Maccabi Netanya 3-1 on Sunday, the club said.',
  });
  const { entities } = resolveAcrossArticles([
    readArticle({
      id: 'c1',
      published: '2025-05-03',
      text: 'Maccabi Netanya drew 1-1 with Hapoel Haifa on Saturday. Maccabi Netanya played without its captain.',
    }),
    readArticle({
      id: 'c2',
      published: '2025-05-10',
      text: 'Freddy Vargas scored for Maccabi Netanya in the 30th minute on Saturday.',
    }),
    readArticle({
      id: 'n1',
      published: '2025-05-12',
      text: 'The suspect withdrew cash from ATMs around Netanya, police said on Monday.',
    }),
    c3,
  ]);
  assert.deepEqual(actorOf(entities, 'c1/e1'), ['c1/e1', 'c2/e2']);
  assert.equal(actorOf(entities, 'n1/e2')?.includes('c1/e1') ?? false, false);
});
