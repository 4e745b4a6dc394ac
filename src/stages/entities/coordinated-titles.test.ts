import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { NameSpan } from '../../core/analysis.js';
import { article } from './article-fixture.js';
import { resolveEntities } from './index.js';

type Names = ReadonlyArray<readonly [string, NameSpan['label']]>;

/** Every person's roles, as "name: title | of | country; …". */
function roles(text: string, names: Names): string[] {
  const { entities } = resolveEntities(article(text, names));
  return entities
    .filter((e) => e.type === 'person')
    .map(
      (e) =>
        `${e.name}: ${e.roles.map((r) => `${r.title} | ${r.of ?? '-'} | ${r.country ?? '-'}`).join('; ')}`,
    );
}

const CASES: Array<[string, string, Names, string[]]> = [
  [
    'two titles joined by "and" before one name are both his',
    'Qatari Prime Minister and Foreign Minister Sheikh Hamad Al Rayyan met the envoys.',
    [['Sheikh Hamad Al Rayyan', 'PER']],
    ['Hamad Al Rayyan: Prime Minister | Qatar | QAT; Foreign Minister | Qatar | QAT'],
  ],
  [
    'joined by "&"',
    'Prime Minister & Finance Minister Tom Quill spoke.',
    [['Tom Quill', 'PER']],
    ['Tom Quill: Prime Minister | - | -; Finance Minister | - | -'],
  ],
  [
    'a comma list ending in "and"',
    'Deputy Prime Minister, Defence Minister and Interior Minister Ann Vell resigned.',
    [['Ann Vell', 'PER']],
    ['Ann Vell: Deputy Prime Minister | - | -; Defence Minister | - | -; Interior Minister | - | -'],
  ],
  [
    'the coordinated titles read after a comma too',
    'The Qatari Prime Minister and Foreign Minister, Hamad Al Rayyan, replied.',
    [['Hamad Al Rayyan', 'PER']],
    ['Hamad Al Rayyan: Prime Minister | Qatar | QAT; Foreign Minister | Qatar | QAT'],
  ],
  [
    'each name its own title: two people',
    'Prime Minister John Arlo and Foreign Minister Mira Vell met.',
    [
      ['John Arlo', 'PER'],
      ['Mira Vell', 'PER'],
    ],
    ['John Arlo: Prime Minister | - | -', 'Mira Vell: Foreign Minister | - | -'],
  ],
  [
    '"the" before the first title: a description of someone else',
    'He met the Prime Minister and Foreign Minister Mira Vell.',
    [['Mira Vell', 'PER']],
    ['Mira Vell: Foreign Minister | - | -'],
  ],
  [
    'a title and the same title ranked lower are two people',
    'President and Vice President Tom Quill were absent.',
    [['Tom Quill', 'PER']],
    ['Tom Quill: Vice President | - | -'],
  ],
  [
    'a bare comma lists nothing',
    'Opposition figures, Senator Ann Vell among them, spoke. Governor, Senator Tom Quill said.',
    [
      ['Ann Vell', 'PER'],
      ['Tom Quill', 'PER'],
    ],
    ['Ann Vell: Senator | - | -', 'Tom Quill: Senator | - | -'],
  ],
  [
    'a lower-case title before a capitalised one is not one of his',
    'Envoys said spokesperson and President Tom Quill agreed.',
    [['Tom Quill', 'PER']],
    ['Tom Quill: President | - | -'],
  ],
];

for (const [label, text, names, expected] of CASES) {
  test(`coordinated titles: ${label}`, () => assert.deepEqual(roles(text, names), expected));
}
