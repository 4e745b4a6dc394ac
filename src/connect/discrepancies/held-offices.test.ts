import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Discrepancy } from '../../core/connected.js';
import { resolveAcrossArticles } from '../entities/index.js';
import { readArticle } from '../entities/read-article-fixture.js';
import { findDiscrepancies } from './index.js';

const roleDiscrepancies = (articles: ReturnType<typeof readArticle>[]) => {
  const { entities } = resolveAcrossArticles(articles);
  return findDiscrepancies(articles, entities, [], [])
    .filter((d: Discrepancy) => d.kind === 'role')
    .map((d) => [d.subject, d.variants.map((v) => [v.value, v.articleIds])]);
};

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
const FOREIGN = readArticle({
  id: 'h3',
  published: '2025-05-22',
  text: 'Qatari Foreign Minister Hamad Al Rayyan flew to Cairo on Thursday.',
});
const DEFENCE = readArticle({
  id: 'h4',
  published: '2025-05-22',
  text: 'Qatari Defence Minister Hamad Al Rayyan inspected troops near Doha.',
});

test('a second office one source names beside the first is no discrepancy; a third office is', () => {
  // Each source gives a title the other does not, but one source holds both: they hold at once.
  assert.deepEqual(roleDiscrepancies([BOTH, PRIME, FOREIGN]), []);
  // No source says both: one calls him Prime Minister, the other Foreign Minister, within days.
  assert.deepEqual(roleDiscrepancies([PRIME, FOREIGN]), [
    [
      "Hamad Al Rayyan's title in 2025-05",
      [
        ['Prime Minister', ['h2']],
        ['Foreign Minister', ['h3']],
      ],
    ],
  ]);
  // An office no source names beside the others cannot hold with them.
  assert.deepEqual(roleDiscrepancies([BOTH, PRIME, DEFENCE]), [
    [
      "Hamad Al Rayyan's title in 2025-05",
      [
        ['Prime Minister', ['h1', 'h2']],
        ['Foreign Minister', ['h1']],
        ['Defence Minister', ['h4']],
      ],
    ],
  ]);
});
