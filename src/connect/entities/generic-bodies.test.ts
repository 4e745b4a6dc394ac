import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bodyOfAnyCountry } from './generic-bodies.js';
import { resolveAcrossArticles } from './index.js';
import { looksLikeName } from './name-shape.js';
import { readArticle } from './read-article-fixture.js';

test("a body every country has is its article's country's: two countries' foreign ministries stay apart", () => {
  const { entities } = resolveAcrossArticles([
    readArticle({
      id: 'k1',
      published: '2025-03-10',
      text: 'Iran said on Monday it would send a delegation. The Iranian Ministry of Foreign Affairs said Iran wanted talks.',
    }),
    readArticle({
      id: 'k2',
      published: '2025-04-10',
      text: 'Egypt will stay neutral, the Ministry of Foreign Affairs said on Sunday. The Ministry of Foreign Affairs urged calm in Egypt.',
    }),
    readArticle({
      id: 'k3',
      published: '2025-05-10',
      text: 'Kenya signed the accord in Nairobi. The Ministry of Foreign Affairs said Kenya would ratify it soon.',
    }),
    readArticle({
      id: 'k4',
      published: '2025-06-10',
      text: 'The Ministry of Foreign Affairs said Kenya would send observers. Kenya has a long border.',
    }),
  ]);
  const ministries = entities
    .filter((e) => e.name === 'Ministry of Foreign Affairs')
    .map((e) => e.members.map((m) => m.split('/')[0]).join(','))
    .sort();
  // Egypt's alone; Kenya's two reports one body, whatever their stories.
  assert.deepEqual(ministries, ['k2', 'k3,k4']);
});

test("a state body's kind alone is told from a body's own name; a language alone is no actor", () => {
  for (const [name, generic] of [
    ['Ministry of Foreign Affairs', true],
    ['Foreign Ministry', true],
    ['Supreme Court', true],
    ['Justice Department', true],
    ['Iranian Ministry of Foreign Affairs', false],
    ['Bank of Keel', false],
    ['World Bank', false],
    ['Air Force', true],
    ['Armed Forces', true],
    ['Coast Guard', true],
    ['Israeli Air Force', false],
    ['Royal Air Force', false],
    ['Quds Force', false],
  ] as const)
    assert.equal(bodyOfAnyCountry(name), generic, name);
  assert.equal(looksLikeName('Persian', 'person'), false);
  assert.equal(looksLikeName('Swahili', 'organisation'), false);
  // A surname that is also a language's name is left to its article: "French" may be Dawn French.
  assert.equal(looksLikeName('French', 'person'), true);
  assert.equal(looksLikeName('Persian Gulf', 'place'), true);
});
