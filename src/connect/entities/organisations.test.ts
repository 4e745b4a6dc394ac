import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ResolvedEntity } from '../../core/connected.js';
import { resolveAcrossArticles } from './index.js';
import { readArticle } from './read-article-fixture.js';

const members = (entities: ResolvedEntity[], name: string): string[] | undefined =>
  entities.find((e) => e.name === name)?.members;

test('a one-word organisation ending several longer names is a short form; one that mostly stands alone is a name', () => {
  const { entities } = resolveAcrossArticles([
    readArticle({
      id: 'f1',
      published: '2025-03-10',
      text: 'Ford cut 3,000 jobs in Detroit on Monday. The carmaker said sales had fallen.',
    }),
    readArticle({
      id: 'f2',
      published: '2025-04-10',
      text: 'Ford reported a profit of $2 billion on Tuesday.',
    }),
    readArticle({
      id: 'f3',
      published: '2025-05-10',
      text: 'The dealership Northside Ford said its sales rose.',
    }),
    readArticle({
      id: 'p1',
      published: '2025-06-10',
      text: 'The Washington Post reported the plan on Monday. The Post said officials agreed.',
    }),
    readArticle({
      id: 'p2',
      published: '2025-07-10',
      text: 'The Jerusalem Post reported the strike on Friday. The Post said two people died.',
    }),
    readArticle({
      id: 'p3',
      published: '2025-08-10',
      text: 'The Post said on Sunday that the minister would resign.',
    }),
  ]);
  // "Ford" stands alone twice and ends one longer name once: one actor across the two reports.
  assert.deepEqual(members(entities, 'Ford'), ['f1/e1', 'f2/e1']);
  assert.deepEqual(members(entities, 'Northside Ford'), ['f3/e1']);
  // "Post" ends two newspapers' names: each article's "Post" is its own paper, and a lone one joins neither.
  assert.deepEqual(members(entities, 'Washington Post'), ['p1/e1', 'p1/e2']);
  assert.deepEqual(members(entities, 'Jerusalem Post'), ['p2/e1', 'p2/e2']);
  assert.deepEqual(members(entities, 'Post'), ['p3/e1']);
});

test("an organisation's first word is no short form of it: a bank is not its investment arm", () => {
  const articles = [
    readArticle({
      id: 'b1',
      published: '2025-05-20',
      text: 'Barclays Capital cut its forecast. Barclays said its profits rose.',
    }),
  ];
  const { entities } = resolveAcrossArticles(articles);
  assert.deepEqual(entities.map((e) => e.name).sort(), ['Barclays', 'Barclays Capital']);
});

test('a name qualified by two countries is a kind of body: each country keeps its own, an unqualified one joins neither and no other', () => {
  const { entities } = resolveAcrossArticles([
    readArticle({
      id: 'n1',
      published: '2025-05-20',
      text: "Israel's National Security Council raised the travel warning on Sunday.",
    }),
    readArticle({
      id: 'n2',
      published: '2025-05-21',
      text: "Turkey's National Security Council met in Ankara on Monday.",
    }),
    readArticle({
      id: 'n3',
      published: '2025-05-22',
      text: 'Israeli officials said the National Security Council approved the plan.',
    }),
    readArticle({
      id: 'n4',
      published: '2025-05-23',
      text: 'The National Security Council said the plan was ready.',
    }),
  ]);
  const councils = entities
    .filter((e) => e.name === 'National Security Council')
    .map((e) => `${e.country ?? '-'}: ${e.members.map((m) => m.split('/')[0]).join(' ')}`);
  // A kind of body named alone is that of the country its article is about ("Israeli officials said …");
  // an article that names no country, among two countries' councils, keeps its own.
  assert.deepEqual(councils.sort(), ['-: n4', 'ISR: n1 n3', 'TUR: n2']);
});

test('one word written with "the" and the same word bare as a head are two things; a modifier follows the common one', () => {
  const { entities } = resolveAcrossArticles([
    readArticle({
      id: 'r1',
      published: '2025-05-20',
      text: 'Fires spread through the Amazon this year. Parts of the Amazon may reach a tipping point.',
    }),
    readArticle({
      id: 'c1',
      published: '2025-05-21',
      text: 'Amazon said its sales rose. Shoppers bought more from Amazon in April.',
    }),
    readArticle({
      id: 'c2',
      published: '2025-05-22',
      text: 'Shoppers turned to Amazon in May. Amazon said it would cut costs.',
    }),
    readArticle({
      id: 'c3',
      published: '2025-05-23',
      text: 'Amazon founder Jeff Bezos invested in the startup.',
    }),
  ]);
  const amazons = entities
    .filter((e) => e.name === 'Amazon')
    .map((e) => e.members.map((m) => m.split('/')[0]).join(' '));
  assert.deepEqual(amazons.sort(), ['c1 c2 c3', 'r1']);
});

test('a kind of body no article qualifies is the body of the country each article is about', () => {
  const { entities } = resolveAcrossArticles([
    readArticle({
      id: 'h1',
      published: '2025-05-20',
      text: 'A man from Leeds lost his appeal at the High Court in London on Monday. British officials said Britain will now deport him.',
    }),
    readArticle({
      id: 'h2',
      published: '2025-05-21',
      text: 'The High Court ruled that the Israeli army must explain the raid near Hebron. Israel must reply by June.',
    }),
    readArticle({
      id: 'h3',
      published: '2025-05-22',
      text: "The High Court in Jerusalem heard the petition again. Israel's ministers attended, and Israeli lawyers argued.",
    }),
    readArticle({
      id: 'h4',
      published: '2025-05-23',
      text: 'The High Court said it would rule next week.',
    }),
  ]);
  const courts = entities
    .filter((e) => e.name === 'High Court')
    .map((e) => `${e.country ?? '-'}: ${e.members.map((m) => m.split('/')[0]).join(' ')}`);
  assert.deepEqual(courts.sort(), ['-: h4', 'GBR: h1', 'ISR: h2 h3']);
});
