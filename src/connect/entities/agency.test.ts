import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ReadArticle } from '../../core/connected.js';
import { memberKey } from './evidence.js';
import { stableId } from './ids.js';
import { resolveAcrossArticles } from './index.js';
import { readArticle } from './read-article-fixture.js';

const read = (id: string, text: string): ReadArticle =>
  readArticle({ id, text, published: '2025-05-20T10:00:00Z' });

const actorNames = (articles: ReadArticle[]) =>
  resolveAcrossArticles(articles)
    .entities.map((e) => e.name)
    .sort();

const products = read(
  'products',
  'Google said on Tuesday that users will be able to link its search to other apps, like Gmail. ' +
    'The rabbi read a verse of the Passover Haggadah.',
);

test('a name the article only uses, never acting nor acted upon, is no actor; one that acts is', () => {
  const names = products.reading.entities.map((e) => e.name);
  // The reading still names them: only the actor list leaves them out.
  assert.ok(names.includes('Gmail') && names.includes('Passover Haggadah'), names.join(', '));
  assert.deepEqual(actorNames([products]), ['Google']);
});

test('a place where something happens, a conjunct of a subject, people named in full and countries are actors', () => {
  const places = read(
    'places',
    'Three people were killed in Khan Younis on Monday. Oshoma and Asakoryu also got their eighth wins.',
  );
  const lists = read(
    'lists',
    'The guests included Anya Ulinich and Boris Fishman. Mexico, Peru and Chile sent envoys.',
  );
  assert.deepEqual(actorNames([places]), ['Asakoryu', 'Khan Younis', 'Oshoma']);
  assert.deepEqual(actorNames([lists]), ['Anya Ulinich', 'Boris Fishman', 'Chile', 'Mexico', 'Peru']);
});

test("a user's merge keeps a name the rules would leave out, joined to the actor it names", () => {
  const gmail = products.reading.entities.find((e) => e.name === 'Gmail')!;
  const google = products.reading.entities.find((e) => e.name === 'Google')!;
  const id = (local: string) => stableId('ent', memberKey('products', local));
  const { entities, memberOf } = resolveAcrossArticles([products], {
    merge: [[id(google.id), id(gmail.id)]],
  });
  assert.deepEqual(
    entities.map((e) => e.name),
    ['Google'],
  );
  assert.equal(memberOf.get(memberKey('products', gmail.id)), id(google.id));
});
