import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolveAcrossArticles } from './index.js';
import { readArticle } from './read-article-fixture.js';

/** The groups of every same-named place, shown or not, as "name:country=article,article". */
function placeGroups(texts: readonly string[], name: string, stories?: readonly string[]): string[] {
  const articles = texts.map((text, i) => readArticle({ id: `a${i + 1}`, published: '2025-05-01', text }));
  const storyOf = stories ? new Map(stories.map((s, i) => [`a${i + 1}`, s])) : undefined;
  const { entities, hidden } = resolveAcrossArticles(articles, undefined, { storyOf });
  return [...entities, ...hidden]
    .filter((e) => e.name === name && e.type === 'place')
    .map((e) => `${e.name}:${e.country ?? '-'}=${e.members.map((k) => k.split('/')[0]).join(',')}`)
    .sort();
}

test('place containers: namesake towns of two states stay apart, and apart from the capital', () => {
  assert.deepEqual(
    placeGroups(
      [
        'Floods hit Georgetown, Texas, on Sunday and closed two schools.',
        'A fair opened in Georgetown (New York) and drew large crowds.',
        'Protesters marched in Georgetown as the ministers met in Georgetown.',
        'Storms reached Georgetown, Texas, again on Monday.',
      ],
      'Georgetown',
    ),
    ['Georgetown:GUY=a3', 'Georgetown:USA=a1,a4', 'Georgetown:USA=a2'],
  );
});

test("place containers: Luxor's West Bank is not the West Bank; Washington's West Bank policy is", () => {
  assert.deepEqual(
    placeGroups(
      [
        "Archaeologists opened a tomb on Luxor's West Bank near the Valley of the Kings.",
        'Settlers attacked a village in the West Bank on Friday.',
        "Washington's West Bank policy drew criticism from the West Bank.",
      ],
      'West Bank',
    ),
    ['West Bank:-=a1', 'West Bank:PSE=a2,a3'],
  );
});

test('place containers: "Paris, France" and a bare "Paris" of one story join', () => {
  assert.deepEqual(
    placeGroups(
      ['Crowds gathered in Paris, France, on Sunday night.', 'Police in Paris arrested two men on Monday.'],
      'Paris',
      ['s1', 's1'],
    ),
    ['Paris:FRA=a1,a2'],
  );
});

test('place containers: a bare name in a story that places it elsewhere is not the best-known sense', () => {
  assert.deepEqual(
    placeGroups(
      [
        'Floods hit Georgetown, Texas, on Sunday and closed two schools.',
        'Rescuers in Georgetown searched for two missing drivers.',
        'Protesters marched in Georgetown as the ministers met in Georgetown.',
      ],
      'Georgetown',
      ['s1', 's1', 's2'],
    ),
    ['Georgetown:GUY=a2', 'Georgetown:GUY=a3', 'Georgetown:USA=a1'],
  );
});
