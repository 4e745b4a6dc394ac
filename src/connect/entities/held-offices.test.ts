import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolveAcrossArticles } from './index.js';
import { readArticle } from './read-article-fixture.js';

const BOTH = readArticle({
  id: 'h1',
  published: '2025-05-20',
  text: 'Qatari Prime Minister and Foreign Minister Hamad Al Rayyan met the envoys in Doha.',
});
const PRIME = readArticle({
  id: 'h2',
  published: '2025-05-21',
  text: 'Prime Minister Hamad Al Rayyan of Qatar said the talks went well.',
});
const TWO = readArticle({
  id: 'h3',
  published: '2025-05-21',
  text: 'Prime Minister Tova Brandt and Foreign Minister Ilse Varga of Ukraine met in Kyiv.',
});

test('one person named with two offices is one actor holding both', () => {
  const { entities } = resolveAcrossArticles([BOTH, PRIME]);
  const person = entities.find((e) => e.name === 'Hamad Al Rayyan');
  assert.deepEqual(
    person?.roles.map((r) => [r.title, r.country, r.evidence.articleId]),
    [
      ['Prime Minister', 'QAT', 'h1'],
      ['Foreign Minister', 'QAT', 'h1'],
      ['Prime Minister', 'QAT', 'h2'],
    ],
  );
});

test('two titles each before its own name stay two people, each with one office', () => {
  const { entities } = resolveAcrossArticles([TWO]);
  assert.deepEqual(
    entities
      .filter((e) => e.type === 'person')
      .map((e) => [e.name, e.roles.map((r) => r.title)])
      .sort(),
    [
      ['Ilse Varga', ['Foreign Minister']],
      ['Tova Brandt', ['Prime Minister']],
    ],
  );
});
