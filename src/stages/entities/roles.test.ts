import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { NameSpan } from '../../core/analysis.js';
import { article, parsedArticle } from './article-fixture.js';
import { resolveEntities } from './index.js';

type Names = ReadonlyArray<readonly [string, NameSpan['label']]>;

/** The roles the stage gives the person named `person`, as "title | of | country". */
function rolesOf(text: string, names: Names, person: string): string[] {
  const { entities } = resolveEntities(article(text, names));
  const entity = entities.find((e) => e.type === 'person' && e.name === person);
  assert.ok(entity, `no person "${person}" in ${JSON.stringify(entities.map((e) => e.name))}`);
  return entity.roles.map((r) => `${r.title} | ${r.of ?? '-'} | ${r.country ?? '-'}`);
}

const CASES: Array<[string, string, Names, string, string[]]> = [
  [
    'country + title',
    'US Secretary of State Marco Rubio flew to Ottawa.',
    [['Marco Rubio', 'PER']],
    'Marco Rubio',
    ['Secretary of State | US | USA'],
  ],
  [
    'seat + title',
    'Kremlin spokesperson Dmitry Peskov declined to comment.',
    [['Dmitry Peskov', 'PER']],
    'Dmitry Peskov',
    ['spokesperson | Kremlin | RUS'],
  ],
  [
    'demonym + portfolio',
    'Ukrainian Foreign Minister Andrii Sybiha spoke first.',
    [['Andrii Sybiha', 'PER']],
    'Andrii Sybiha',
    ['Foreign Minister | Ukraine | UKR'],
  ],
  [
    'demonym + head',
    'German Chancellor Olaf Scholz agreed.',
    [['Olaf Scholz', 'PER']],
    'Olaf Scholz',
    ['Chancellor | Germany | DEU'],
  ],
  [
    'bare title',
    'President Donald Trump spoke on Friday.',
    [['Donald Trump', 'PER']],
    'Donald Trump',
    ['President | - | -'],
  ],
  [
    'organisation + title',
    'NATO Secretary General Mark Rutte arrived.',
    [['Mark Rutte', 'PER']],
    'Mark Rutte',
    ['Secretary-General | NATO | -'],
  ],
  [
    'qualified common-noun title',
    'European Union foreign policy chief Kaja Kallas said so.',
    [['Kaja Kallas', 'PER']],
    'Kaja Kallas',
    ['foreign policy chief | European Union | -'],
  ],
  [
    'apposition with "of"',
    "The envoy met Rustem Umerov, the head of Ukraine's National Security and Defense Council, in Miami.",
    [
      ['Rustem Umerov', 'PER'],
      ['National Security and Defense Council', 'ORG'],
      ['Miami', 'LOC'],
    ],
    'Rustem Umerov',
    ["head | Ukraine's National Security and Defense Council | UKR"],
  ],
  [
    'apposition with "for"',
    'Dmitry Peskov, spokesperson for the Kremlin, said little.',
    [['Dmitry Peskov', 'PER']],
    'Dmitry Peskov',
    ['spokesperson | Kremlin | RUS'],
  ],
  [
    'apposition, sentence end',
    'Support came from Yulia Svyrydenko, the Prime Minister of Ukraine.',
    [['Yulia Svyrydenko', 'PER']],
    'Yulia Svyrydenko',
    ['Prime Minister | Ukraine | UKR'],
  ],
  [
    'apposition with a modifier',
    'Steve Witkoff, the United States special envoy, will travel.',
    [['Steve Witkoff', 'PER']],
    'Steve Witkoff',
    ['special envoy | United States | USA'],
  ],
  [
    'title of owner, then the name',
    'He met the President of the Russian Federation, Vladimir Putin, on Tuesday.',
    [['Vladimir Putin', 'PER']],
    'Vladimir Putin',
    ['President | Russian Federation | RUS'],
  ],
  [
    'owner and title, then the name',
    'The Ukrainian Foreign Minister, Andrii Sybiha, replied.',
    [['Andrii Sybiha', 'PER']],
    'Andrii Sybiha',
    ['Foreign Minister | Ukraine | UKR'],
  ],
  [
    'title, name, "of" owner',
    'President Zelensky of Ukraine wrote on Wednesday.',
    [['Zelensky', 'PER']],
    'Zelensky',
    ['President | Ukraine | UKR'],
  ],
  [
    "a role owned by a person takes that person's country",
    "Russian President Vladimir Putin waited. Yuri Ushakov, President Putin's foreign policy aide, spoke.",
    [
      ['Vladimir Putin', 'PER'],
      ['Yuri Ushakov', 'PER'],
      ['Putin', 'PER'],
    ],
    'Yuri Ushakov',
    ['foreign policy aide | President Putin | RUS'],
  ],
  [
    '"then-" is not part of the title',
    'It quoted then-Secretary of State Mike Pompeo.',
    [['Mike Pompeo', 'PER']],
    'Mike Pompeo',
    ['Secretary of State | - | -'],
  ],
  [
    'the same role twice is one role',
    'Senator Jane Roe spoke. Senator Jane Roe left.',
    [
      ['Jane Roe', 'PER'],
      ['Jane Roe', 'PER'],
    ],
    'Jane Roe',
    ['Senator | - | -'],
  ],
  [
    'no title, no role',
    'Margaret Brennan asked the question.',
    [['Margaret Brennan', 'PER']],
    'Margaret Brennan',
    [],
  ],
  [
    'a relation is not a role',
    'It was attended by his son-in-law, Jared Kushner, as well.',
    [['Jared Kushner', 'PER']],
    'Jared Kushner',
    [],
  ],
  [
    'a clause after a comma is not an apposition',
    'Marco Rubio, the envoy said, was late.',
    [['Marco Rubio', 'PER']],
    'Marco Rubio',
    [],
  ],
];

for (const [label, text, names, person, expected] of CASES) {
  test(`roles: ${label}`, () => assert.deepEqual(rolesOf(text, names, person), expected));
}

test('roles: a person without a titled role takes no country, one with a demonym title takes it', () => {
  const { entities } = resolveEntities(
    article('Canadian Foreign Minister Anita Anand met Jane Roe.', [
      ['Anita Anand', 'PER'],
      ['Jane Roe', 'PER'],
    ]),
  );
  assert.deepEqual(
    entities.filter((e) => e.type === 'person').map((e) => [e.name, e.country]),
    [
      ['Anita Anand', 'CAN'],
      ['Jane Roe', null],
    ],
  );
});

test('roles: the evidence span covers the title and the name', () => {
  const text = 'Kremlin spokesperson Dmitry Peskov declined to comment.';
  const { entities } = resolveEntities(article(text, [['Dmitry Peskov', 'PER']]));
  const role = entities.find((e) => e.name === 'Dmitry Peskov')?.roles[0];
  assert.ok(role);
  assert.equal(text.slice(role.evidence.start, role.evidence.end), 'Kremlin spokesperson Dmitry Peskov');
});

test('roles: an abbreviated title is the title written out', () => {
  const { entities } = resolveEntities(
    parsedArticle('Sen. Jane Roe met Gov. Tom Poe. Lt. Gen. Ann Lee spoke. Roe left.', [
      ['Jane Roe', 'PER'],
      ['Tom Poe', 'PER'],
      ['Ann Lee', 'PER'],
      ['Roe', 'PER'],
    ]),
  );
  assert.deepEqual(
    entities.map((e) => `${e.name}: ${e.roles.map((r) => r.title).join(', ')}`),
    ['Jane Roe: Senator', 'Tom Poe: Governor', 'Ann Lee: Lieutenant General'],
  );
});
