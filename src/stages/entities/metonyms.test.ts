import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { NameSpan } from '../../core/analysis.js';
import { article, parsedArticle } from './article-fixture.js';
import { resolveEntities } from './index.js';

type Names = ReadonlyArray<readonly [string, NameSpan['label']]>;

/** Each mention of `surface` as "kind → entity name (type, country, stands)". */
function readingsOf(text: string, names: Names, surface: string, parsed = false): string[] {
  const { mentions, entities } = resolveEntities((parsed ? parsedArticle : article)(text, names));
  return mentions
    .filter((m) => m.text === surface)
    .map((m) => {
      const e = entities.find((x) => x.id === m.entityId);
      return `${m.kind} → ${e?.name} (${e?.type}, ${e?.country}, ${e?.stands})`;
    });
}

const RUSSIA_GOVERNMENT = 'metonym → Government of Russia (organisation, RUS, government)';
const MOSCOW_CITY = 'name → Moscow (place, RUS, null)';

const CASES: Array<[string, string, Names, string, string[]]> = [
  [
    'a capital as actor',
    'Moscow said the plan was unacceptable.',
    [['Moscow', 'LOC']],
    'Moscow',
    [RUSSIA_GOVERNMENT],
  ],
  [
    'a capital in a locative phrase',
    'The talks in Moscow lasted five hours.',
    [['Moscow', 'LOC']],
    'Moscow',
    [MOSCOW_CITY],
  ],
  [
    '"to" and "near" are locative',
    'He flew to Moscow and stayed near Moscow.',
    [],
    'Moscow',
    [MOSCOW_CITY, MOSCOW_CITY],
  ],
  ['the tagger missed it', 'A rapprochement with Moscow is sought.', [], 'Moscow', [RUSSIA_GOVERNMENT]],
  [
    'a possessive capital acts',
    "Kyiv's allies pledged more aid.",
    [],
    'Kyiv',
    ['metonym → Government of Ukraine (organisation, UKR, government)'],
  ],
  [
    "a city's own office after its possessive is the city's",
    "Moscow's chief of police resigned, and Moscow's mayor named a successor.",
    [],
    'Moscow',
    [MOSCOW_CITY, MOSCOW_CITY],
  ],
  [
    "a government's envoy after a capital's possessive is the government's",
    "Moscow's envoy met Moscow's negotiators.",
    [],
    'Moscow',
    [RUSSIA_GOVERNMENT, RUSSIA_GOVERNMENT],
  ],
  [
    'an old spelling',
    'Kiev rejected the offer.',
    [],
    'Kiev',
    ['metonym → Government of Ukraine (organisation, UKR, government)'],
  ],
  ['a seat of government', 'The Kremlin rejected the offer.', [], 'Kremlin', [RUSSIA_GOVERNMENT]],
  [
    '"from" a seat is its government',
    'It needs approval from the Kremlin.',
    [],
    'Kremlin',
    [RUSSIA_GOVERNMENT],
  ],
  [
    'a seat as a place',
    'Talks at the Kremlin ended late.',
    [],
    'Kremlin',
    ['name → Kremlin (place, RUS, null)'],
  ],
  [
    'the White House, actor and place',
    'The White House confirmed it. He spoke at the White House.',
    [],
    'White House',
    [
      'metonym → Government of the United States (organisation, USA, government)',
      'name → White House (place, USA, null)',
    ],
  ],
  [
    'Downing Street',
    'Downing Street declined to comment.',
    [],
    'Downing Street',
    ['metonym → Government of the United Kingdom (organisation, GBR, government)'],
  ],
  ['a capital starting a longer name', 'The Moscow Consultations ended.', [], 'Moscow', [MOSCOW_CITY]],
  [
    'Brussels stands for the EU when the article is about the EU',
    'The European Union met. Brussels wants a deal.',
    [['European Union', 'ORG']],
    'Brussels',
    ['metonym → European Union (organisation, null, null)'],
  ],
  [
    'Brussels otherwise stands for Belgium',
    'Brussels wants a deal.',
    [],
    'Brussels',
    ['metonym → Government of Belgium (organisation, BEL, government)'],
  ],
  [
    'a city that is not a capital stays a place',
    'Kharkiv was shelled.',
    [],
    'Kharkiv',
    ['name → Kharkiv (place, UKR, null)'],
  ],
  [
    'a later conjunct of a locative phrase is a place',
    'The Games were held in Moscow in 1980 and Seoul in 1988, in Paris, Berlin or Rome later.',
    [],
    'Berlin',
    ['name → Berlin (place, DEU, null)'],
  ],
  [
    'a conjunct after a year in a locative phrase',
    'The Games were held in Moscow in 1980 and Seoul in 1988.',
    [],
    'Seoul',
    ['name → Seoul (place, KOR, null)'],
  ],
  [
    "a city's office or part names the city",
    'The mayor of Kyiv and residents of Moscow spoke, and Moscow said no.',
    [],
    'Moscow',
    [MOSCOW_CITY, RUSSIA_GOVERNMENT],
  ],
  [
    "a city's clergy and a point measured from the city name the city",
    'The bishop of Moscow and the rabbi of Kyiv met northeast of Moscow, and Moscow said no.',
    [],
    'Moscow',
    [MOSCOW_CITY, MOSCOW_CITY, RUSSIA_GOVERNMENT],
  ],
  [
    'a capital named as the capital, or a part of it, is the city',
    'Talks in the Russian capital, Moscow, and in Greater Moscow ended; Moscow said no to the capital of Ukraine.',
    [],
    'Moscow',
    [MOSCOW_CITY, MOSCOW_CITY, RUSSIA_GOVERNMENT],
  ],
  [
    'a quarter of a capital named by a lower-case compass word or "central" is the city',
    'A fire in east London and protests across central Moscow and south-west Kyiv; Moscow said no.',
    [],
    'Moscow',
    [MOSCOW_CITY, RUSSIA_GOVERNMENT],
  ],
  [
    'a compass word written with a capital begins a name and does not make the capital a city',
    'Western Moscow officials denied it.',
    [],
    'Moscow',
    [RUSSIA_GOVERNMENT],
  ],
  [
    'a conjunct of an acting capital still acts',
    'Moscow and Kyiv said the talks failed.',
    [],
    'Kyiv',
    ['metonym → Government of Ukraine (organisation, UKR, government)'],
  ],
  [
    'a tagger ORG for a seat still links',
    'The Kremlin said no.',
    [['Kremlin', 'ORG']],
    'Kremlin',
    [RUSSIA_GOVERNMENT],
  ],
  [
    'a capital before a year names the Games held there, not the government',
    'She finished fourth at Moscow 1980 and won at Seoul 1988; Moscow said it would bid again.',
    [],
    'Moscow',
    [MOSCOW_CITY, RUSSIA_GOVERNMENT],
  ],
  [
    "a capital before a contest's noun is the city's club or tournament",
    'The striker was proud of the battling Moscow win, and the Moscow final drew a record crowd.',
    [],
    'Moscow',
    [MOSCOW_CITY, MOSCOW_CITY],
  ],
  [
    'a verb after an acting capital leaves it the government',
    'Moscow wins praise from Beijing for the plan, and Moscow said the 2030 target stands.',
    [],
    'Moscow',
    [RUSSIA_GOVERNMENT, RUSSIA_GOVERNMENT],
  ],
];

for (const [label, text, names, surface, expected] of CASES) {
  test(`metonyms: ${label}`, () => assert.deepEqual(readingsOf(text, names, surface), expected));
}

test('metonyms: the country and its government are two entities', () => {
  const { entities } = resolveEntities(article('Russia and the Kremlin agreed.', []));
  assert.deepEqual(
    entities.map((e) => [e.name, e.type, e.country, e.stands]),
    [
      ['Russia', 'country', 'RUS', null],
      ['Government of Russia', 'organisation', 'RUS', 'government'],
    ],
  );
});

const TOKYO_CITY = 'name → Tokyo (place, JPN, null)';
const JAPAN_GOVERNMENT = 'metonym → Government of Japan (organisation, JPN, government)';

/** Read with the real parser: whether a capital modifies a noun is the tree's to say. */
const MODIFIERS: Array<[string, string, string, string[]]> = [
  [
    "a capital modifying a noun of the city's people",
    'Tokyo residents were told to stay indoors.',
    'Tokyo',
    [TOKYO_CITY],
  ],
  ["a capital modifying the city's market", 'Tokyo stocks ended lower on Wednesday.', 'Tokyo', [TOKYO_CITY]],
  [
    'a capital modifying a place in the city',
    'A Tokyo restaurant closed after the raid.',
    'Tokyo',
    [TOKYO_CITY],
  ],
  [
    "a capital modifying its government's people",
    'Tokyo officials said the talks would go on.',
    'Tokyo',
    [JAPAN_GOVERNMENT],
  ],
  [
    "a capital modifying its government's words",
    'A Tokyo statement rejected the offer.',
    'Tokyo',
    [JAPAN_GOVERNMENT],
  ],
  ['a capital acting', 'Tokyo has rejected the offer.', 'Tokyo', [JAPAN_GOVERNMENT]],
  [
    'a capital acting with a verb taking a bare infinitive',
    'Tokyo helps fund the project.',
    'Tokyo',
    [JAPAN_GOVERNMENT],
  ],
  [
    'a seat modifying its press secretary',
    'The Kremlin press secretary said no.',
    'Kremlin',
    [RUSSIA_GOVERNMENT],
  ],
];

for (const [label, text, surface, expected] of MODIFIERS) {
  test(`metonyms: ${label}`, () => assert.deepEqual(readingsOf(text, [], surface, true), expected));
}
