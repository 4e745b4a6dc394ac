import assert from 'node:assert/strict';
import { test } from 'node:test';
import { article, type GivenName } from './article-fixture.js';
import { resolveEntities } from './index.js';

/** Each mention of `surface` as "entity name (type, stands)"; none where it was dropped. */
function readingsOf(text: string, names: readonly GivenName[], surface: string): string[] {
  const { mentions, entities } = resolveEntities(article(text, names));
  return mentions
    .filter((m) => m.text === surface)
    .map((m) => {
      const e = entities.find((x) => x.id === m.entityId);
      return `${e?.name} (${e?.type}, ${e?.stands})`;
    });
}

const CASES: Array<[string, string, GivenName[], string, string[]]> = [
  [
    "a maker's possessive and a product's kind",
    "Velder's Orion AI assistant answers questions. Orion was trained on news.",
    [
      ['Velder', 'ORG'],
      ['Orion', 'PER'],
      ['Orion', 'PER'],
    ],
    'Orion',
    ['Orion (other, null)', 'Orion (other, null)'],
  ],
  [
    'a car model after its maker',
    "Velder's Model Q SUV was recalled.",
    [
      ['Velder', 'ORG'],
      ['Model Q', 'ORG'],
    ],
    'Model Q',
    ['Model Q (other, null)'],
  ],
  [
    'the maker named before a product noun with a bare article stays the maker',
    'A Velder car crashed. Velder said it would look into it.',
    [
      ['Velder', 'ORG'],
      ['Velder', 'ORG'],
    ],
    'Velder',
    ['Velder (organisation, null)', 'Velder (organisation, null)'],
  ],
  [
    "a firm after its parent's possessive stays a firm",
    "Velder's Kestrel Labs said the model was safe.",
    [
      ['Velder', 'ORG'],
      ['Kestrel Labs', 'ORG'],
    ],
    'Kestrel Labs',
    ['Kestrel Labs (organisation, null)'],
  ],
  [
    "a country's possessive before a maker and its goods",
    "China's Kestrel cars sell well. Kestrel said sales rose.",
    [
      ['Kestrel', 'ORG'],
      ['Kestrel', 'ORG'],
    ],
    'Kestrel',
    ['Kestrel (organisation, null)', 'Kestrel (organisation, null)'],
  ],
  [
    'a model designation of letters and digits',
    'Kestrel unveiled the Orion Q24 on Monday.',
    [
      ['Kestrel', 'ORG'],
      ['Orion Q24', 'ORG'],
    ],
    'Orion Q24',
    ['Orion Q24 (other, null)'],
  ],
  [
    "a group's code alone is no designation",
    'M23 fighters seized the town.',
    [['M23', 'ORG']],
    'M23',
    ['M23 (organisation, null)'],
  ],
  [
    'a decimal version after the name',
    'Orion 2.5 beats its rivals, Kestrel said.',
    [
      ['Orion', 'ORG'],
      ['Kestrel', 'ORG'],
    ],
    'Orion',
    ['Orion (other, null)'],
  ],
  [
    'a score after a club is no version',
    'Kestrel 2 Falcons 1 was the result.',
    [
      ['Kestrel', 'ORG'],
      ['Falcons', 'ORG'],
    ],
    'Kestrel',
    ['Kestrel (organisation, null)'],
  ],
  [
    "a statistic after a player's name is no version",
    'Crawley averages 30.51, Pope 34.02. Pope kept wicket.',
    [
      ['Crawley', 'PER'],
      ['Pope', 'PER'],
      ['Pope', 'PER'],
    ],
    'Pope',
    ['Pope (person, null)', 'Pope (person, null)'],
  ],
  [
    "a code after a place's name is a team's, after a hyphenated word a group's",
    'The Kenya U20 coach left as Rwanda-backed M23 fighters advanced.',
    [
      ['Kenya U20', 'ORG'],
      ['Rwanda-backed M23', 'ORG'],
    ],
    'Kenya U20',
    ['Kenya U20 (organisation, null)'],
  ],
  [
    'a product of a new kind in apposition',
    'Kestrel released its latest AI model, Orion, on Tuesday.',
    [
      ['Kestrel', 'ORG'],
      ['Orion', 'ORG'],
    ],
    'Orion',
    ['Orion (other, null)'],
  ],
  [
    'what is downloaded is the app there, the firm where it acts',
    'Users can download Velder for free. Velder said it had ten million users.',
    [
      ['Velder', 'ORG'],
      ['Velder', 'ORG'],
    ],
    'Velder',
    ['Velder (other, null)', 'Velder (organisation, null)'],
  ],
  [
    'a person after "launched its new" is left alone',
    'The club unveiled its new coach, Dan Moore, on Friday.',
    [['Dan Moore', 'PER']],
    'Dan Moore',
    ['Dan Moore (person, null)'],
  ],
  [
    'a pseudonym is no one',
    'John (not his real name) was beaten. John Ewome was beaten too. John said he fled.',
    [
      ['John', 'PER'],
      ['John Ewome', 'PER'],
      ['John', 'PER'],
    ],
    'John',
    [],
  ],
  [
    'a pseudonym after a comma',
    'Sara, not her real name, said she fled. Sara Levin stayed.',
    [
      ['Sara', 'PER'],
      ['Sara Levin', 'PER'],
    ],
    'Sara',
    [],
  ],
  [
    'a name with an apposition of another kind stays',
    'Sara, a nurse, said she fled.',
    [['Sara', 'PER']],
    'Sara',
    ['Sara (person, null)'],
  ],
  [
    'a capital listed with a town is the city',
    'Rallies were held in many cities, including Budapest, Smallford and Lima.',
    [['Smallford', 'LOC']],
    'Budapest',
    ['Budapest (place, null)'],
  ],
  [
    'a capital with its country in brackets, listed with towns, is the city',
    'Vigils were held in Smallford (Lakeshire), Oldbridge and Minsk (Belarus) on Sunday.',
    [
      ['Smallford', 'LOC'],
      ['Lakeshire', 'LOC'],
      ['Oldbridge', 'LOC'],
    ],
    'Minsk',
    ['Minsk (place, null)'],
  ],
  [
    'capitals listed alone, one with a bracketed note, stand for their governments',
    'Washington, London and Paris (France) condemned the attack.',
    [],
    'Paris',
    ['Government of France (organisation, government)'],
  ],
  [
    'a capital listed with a city the gazetteer knows is the city',
    'Protests spread to Kharkiv, and Kyiv followed.',
    [],
    'Kyiv',
    ['Kyiv (place, null)'],
  ],
  [
    'capitals listed alone, acting, stand for their governments',
    'Washington, London and Paris condemned the attack.',
    [],
    'London',
    ['Government of the United Kingdom (organisation, government)'],
  ],
  [
    'the names of a credit line',
    'The talks failed. Additional reporting by Jane Roe, Sam Lee and Ann Bell in Lima.',
    [
      ['Jane Roe', 'PER'],
      ['Sam Lee', 'PER'],
      ['Ann Bell', 'PER'],
      ['Lima', 'LOC'],
    ],
    'Ann Bell',
    [],
  ],
  [
    'a source cited by "reporting by" stays',
    'According to reporting by Velder News, the talks failed.',
    [['Velder News', 'ORG']],
    'Velder News',
    ['Velder News (organisation, null)'],
  ],
  [
    "a sponsor's credit of the piece",
    "The town was rebuilt. This reporting was supported by the Kestrel Foundation's Frontline Initiative.",
    [
      ['Kestrel Foundation', 'ORG'],
      ['Frontline Initiative', 'PER'],
    ],
    'Frontline Initiative',
    [],
  ],
  [
    'a vessel after the kind of vessel, every mention of it',
    'The navy patrol vessel Kestrel Bay sailed at dawn. Kestrel Bay reached the port.',
    [
      ['Kestrel Bay', 'PER'],
      ['Kestrel Bay', 'LOC'],
    ],
    'Kestrel Bay',
    ['Kestrel Bay (other, null)', 'Kestrel Bay (other, null)'],
  ],
  [
    "a vessel after a navy's prefix",
    'The USS Harbourne docked, as the tanker Vela Star did.',
    [
      ['USS Harbourne', 'ORG'],
      ['Vela Star', 'ORG'],
    ],
    'Vela Star',
    ['Vela Star (other, null)'],
  ],
  [
    'a firm after the verb "ship" stays a firm',
    'Suppliers ship Velder chips abroad. Velder said demand rose.',
    [
      ['Velder', 'ORG'],
      ['Velder', 'ORG'],
    ],
    'Velder',
    ['Velder (organisation, null)', 'Velder (organisation, null)'],
  ],
];

for (const [name, text, names, surface, expected] of CASES) {
  test(`things: ${name}`, () => {
    assert.deepEqual(readingsOf(text, names, surface), expected);
  });
}
