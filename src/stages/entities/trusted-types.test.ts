import assert from 'node:assert/strict';
import { test } from 'node:test';
import { article, type GivenName, parsedArticle } from './article-fixture.js';
import { type EntitiesInput, resolveEntities } from './index.js';

/**
 * Types the reading trusts, on sentences written for the test, with the tagger's labels and confidences
 * given: each mention as "text: mention type/kind → entity name (entity type, country, stands)".
 */
function read(input: EntitiesInput): string[] {
  const { mentions, entities } = resolveEntities(input);
  return mentions.map((m) => {
    const e = entities.find((x) => x.id === m.entityId);
    return `${m.text}: ${m.type}/${m.kind} → ${e?.name} (${e?.type}, ${e?.country}, ${e?.stands})`;
  });
}

const typed = (text: string, names: readonly GivenName[]): string[] => read(article(text, names));

test('a nationality is typed other and still links its country, whatever the tagger says', () => {
  assert.deepEqual(
    typed('The Uzbek delegation met Chinese and American officials.', [
      ['Uzbek', 'MISC'],
      ['Chinese', 'ORG', 0.95],
      ['American', 'PER', 0.9],
    ]),
    [
      'Uzbek: other/demonym → Uzbekistan (country, UZB, null)',
      'Chinese: other/demonym → China (country, CHN, null)',
      'American: other/demonym → United States (country, USA, null)',
    ],
  );
});

test('a country by name is a country, and its demonym joins the same entity', () => {
  assert.deepEqual(typed('Ukraine said Ukrainian troops had pulled back.', []), [
    'Ukraine: country/name → Ukraine (country, UKR, null)',
    'Ukrainian: other/demonym → Ukraine (country, UKR, null)',
  ]);
});

test('a club named after its city, read with conviction as an organisation, stays one', () => {
  assert.deepEqual(
    typed('Liverpool beat Chelsea 2-1 on Saturday.', [
      ['Liverpool', 'ORG', 0.95],
      ['Chelsea', 'ORG', 0.95],
    ]),
    [
      'Liverpool: organisation/name → Liverpool (organisation, GBR, null)',
      'Chelsea: organisation/name → Chelsea (organisation, null, null)',
    ],
  );
});

test('a hesitant organisation reading of a city gives way to the gazetteer', () => {
  assert.deepEqual(typed('Liverpool is wet in winter.', [['Liverpool', 'ORG', 0.6]]), [
    'Liverpool: place/name → Liverpool (place, GBR, null)',
  ]);
});

test('a hesitant reading is believed when the article reads the same words alike with conviction', () => {
  assert.deepEqual(
    typed('Liverpool won again. Fans said Liverpool deserved it.', [
      ['Liverpool', 'ORG', 0.95],
      ['Liverpool', 'ORG', 0.6],
    ]),
    [
      'Liverpool: organisation/name → Liverpool (organisation, GBR, null)',
      'Liverpool: organisation/name → Liverpool (organisation, GBR, null)',
    ],
  );
});

test('a city read as a place keeps its reading beside the club of the same name', () => {
  assert.deepEqual(
    typed('Liverpool fans travelled home to Liverpool.', [
      ['Liverpool', 'ORG', 0.95],
      ['Liverpool', 'LOC', 0.95],
    ]),
    [
      'Liverpool: organisation/name → Liverpool (organisation, GBR, null)',
      'Liverpool: place/name → Liverpool (place, GBR, null)',
    ],
  );
});

test('a hesitant organisation reading of a country gives way, even where the article is sure of it elsewhere', () => {
  assert.deepEqual(
    typed('Brazil won the cup. Brazil has accepted the offer.', [
      ['Brazil', 'ORG', 0.95],
      ['Brazil', 'ORG', 0.6],
    ]),
    [
      'Brazil: organisation/name → Brazil (organisation, BRA, null)',
      'Brazil: country/name → Brazil (country, BRA, null)',
    ],
  );
});

test('an organisation whose name opens with a place is no evidence that the place is one', () => {
  assert.deepEqual(
    typed('The Texas Rangers lost. Texas won the first game.', [
      ['Texas Rangers', 'ORG', 0.95],
      ['Texas', 'ORG', 0.6],
    ]),
    [
      'Texas Rangers: organisation/name → Texas Rangers (organisation, null, null)',
      'Texas: place/name → Texas (place, USA, null)',
    ],
  );
});

test('a country is a person when the article names someone in full by it', () => {
  const text = 'Neil Jordan directed the film. Jordan defends it.';
  assert.deepEqual(
    typed(text, [
      ['Neil Jordan', 'PER'],
      ['Jordan', 'PER', 0.6],
    ]),
    [
      'Neil Jordan: person/name → Neil Jordan (person, null, null)',
      'Jordan: person/short-name → Neil Jordan (person, null, null)',
    ],
  );
  assert.deepEqual(typed('Jordan defends it.', [['Jordan', 'PER', 0.6]]), [
    'Jordan: country/name → Jordan (country, JOR, null)',
  ]);
});

test('a seat of government is never a person, however sure the tagger is', () => {
  assert.deepEqual(typed('Downing Street declined to comment.', [['Downing Street', 'PER', 0.95]]), [
    'Downing Street: place/metonym → Government of the United Kingdom (organisation, GBR, government)',
  ]);
});

test('metonyms are typed as written and linked to their government', () => {
  assert.deepEqual(
    typed('Washington warned the Kremlin. Talks in Washington ended.', [
      ['Washington', 'LOC', 0.95],
      ['Washington', 'LOC', 0.95],
    ]),
    [
      'Washington: place/metonym → Government of the United States (organisation, USA, government)',
      'Kremlin: place/metonym → Government of Russia (organisation, RUS, government)',
      'Washington: place/name → Washington (place, USA, null)',
    ],
  );
});

test('one sense per article: the readings of a one-word name are weighed by their confidence', () => {
  assert.deepEqual(
    typed('Lotte won. Lotte lost. Lotte drew.', [
      ['Lotte', 'ORG', 0.98],
      ['Lotte', 'PER', 0.86],
      ['Lotte', 'ORG', 0.9],
    ]),
    [
      'Lotte: organisation/name → Lotte (organisation, null, null)',
      'Lotte: organisation/name → Lotte (organisation, null, null)',
      'Lotte: organisation/name → Lotte (organisation, null, null)',
    ],
  );
});

test('one sense per article: a person named in full settles it', () => {
  assert.deepEqual(
    typed('Anna Lotte won. Lotte lost. Lotte drew.', [
      ['Anna Lotte', 'PER'],
      ['Lotte', 'ORG', 0.98],
      ['Lotte', 'ORG', 0.9],
    ]),
    [
      'Anna Lotte: person/name → Anna Lotte (person, null, null)',
      'Lotte: person/short-name → Anna Lotte (person, null, null)',
      'Lotte: person/short-name → Anna Lotte (person, null, null)',
    ],
  );
});

test('the subject of a speech verb is a person unless the article reads the name as an organisation', () => {
  const said = 'Kvarnby said it would cut jobs.';
  assert.deepEqual(read(parsedArticle(said, [['Kvarnby', 'ORG', 0.6]])), [
    'Kvarnby: person/short-name → Kvarnby (person, null, null)',
  ]);
  assert.deepEqual(
    read(
      parsedArticle(`Kvarnby shares fell. ${said}`, [
        ['Kvarnby', 'ORG', 0.9],
        ['Kvarnby', 'ORG', 0.6],
      ]),
    ),
    [
      'Kvarnby: organisation/name → Kvarnby (organisation, null, null)',
      'Kvarnby: organisation/name → Kvarnby (organisation, null, null)',
    ],
  );
});

test('a particle joins two place readings into one place, and names a person otherwise', () => {
  assert.deepEqual(
    typed('He was born in Santiago de Cuba.', [
      ['Santiago', 'LOC', 0.9],
      ['Cuba', 'LOC', 0.9],
    ]),
    ['Santiago de Cuba: place/name → Santiago de Cuba (place, null, null)'],
  );
  assert.deepEqual(
    typed('He met Lex van Drooge.', [
      ['Lex', 'ORG', 0.7],
      ['Drooge', 'ORG', 0.8],
    ]),
    ['Lex van Drooge: person/name → Lex van Drooge (person, null, null)'],
  );
});

test('a period the tokenizer kept in an abbreviation stays in the name; one standing apart does not', () => {
  assert.deepEqual(
    typed('Shares of Norwest Corp. rose and Acme . fell.', [
      ['Norwest Corp.', 'ORG'],
      ['Acme .', 'ORG'],
    ]),
    [
      'Norwest Corp.: organisation/name → Norwest Corp. (organisation, null, null)',
      'Acme: organisation/name → Acme (organisation, null, null)',
    ],
  );
});

test('a listed place used as an adjective, read by the tagger as a miscellaneous name, is typed as written', () => {
  assert.deepEqual(read(parsedArticle('Flags flew over the tiny Arctic town.', [['Arctic', 'MISC', 0.95]])), [
    'Arctic: other/name → Arctic (place, null, null)',
  ]);
  assert.deepEqual(
    read(parsedArticle('Talks went on in the disputed Gaza Strip region.', [['Gaza Strip', 'MISC', 0.95]])),
    ['Gaza Strip: place/name → Gaza (place, PSE, null)'],
  );
  assert.deepEqual(read(parsedArticle('Flags flew over the tiny Arctic town.', [['Arctic', 'MISC', 0.6]])), [
    'Arctic: place/name → Arctic (place, null, null)',
  ]);
});

test('a period that may end the sentence is no part of the name', () => {
  assert.deepEqual(
    typed('He works at the World Bank. "Ports matter," he said of Tampa, Fla., and Apple Inc.', [
      ['World Bank.', 'ORG'],
      ['Tampa', 'LOC'],
      ['Fla.', 'LOC'],
      ['Apple Inc.', 'ORG'],
    ]),
    [
      'World Bank: organisation/name → World Bank (organisation, null, null)',
      'Tampa: place/name → Tampa (place, null, null)',
      'Fla.: place/name → Fla. (place, null, null)',
      'Apple Inc.: organisation/name → Apple (organisation, USA, null)',
    ],
  );
});

test('a place after a locative word stays a place, however sure the tagger is that it is an organisation', () => {
  assert.deepEqual(typed('The minister paid a visit to Niamey.', [['Niamey', 'ORG', 0.9]]), [
    'Niamey: place/name → Niamey (place, NER, null)',
  ]);
});

test('a listed company is an organisation where the tagger reads it as a product or misses it', () => {
  assert.deepEqual(
    typed('Airbus and Boeing bid again, and Apple said its sales rose.', [
      ['Airbus', 'MISC', 0.7],
      ['Boeing', 'MISC', 0.77],
    ]),
    [
      'Airbus: organisation/name → Airbus (organisation, FRA, null)',
      'Boeing: organisation/name → Boeing (organisation, USA, null)',
      'Apple: organisation/name → Apple (organisation, USA, null)',
    ],
  );
});

test('a company name inside a longer name the tagger found stays part of it', () => {
  assert.deepEqual(
    typed('The airline flies the Airbus A380 to Sydney.', [
      ['Airbus A380', 'MISC', 0.9],
      ['Sydney', 'LOC', 0.95],
    ]),
    [
      'Airbus A380: other/name → Airbus A380 (other, null, null)',
      'Sydney: place/name → Sydney (place, AUS, null)',
    ],
  );
});

test('a listed company stays one where the tagger reads it as a person with conviction', () => {
  assert.deepEqual(
    typed('Chrysler cut 900 jobs, Ryanair said.', [
      ['Chrysler', 'PER', 0.9],
      ['Ryanair', 'PER', 0.95],
    ]),
    [
      'Chrysler: organisation/name → Chrysler (organisation, USA, null)',
      'Ryanair: organisation/name → Ryanair (organisation, IRL, null)',
    ],
  );
});

test('a listed organisation is a person where the article names someone in full by it, or after an honorific', () => {
  assert.deepEqual(
    typed('Michael Bloomberg spoke. Bloomberg said he would run. Mr Bloomberg left.', [
      ['Michael Bloomberg', 'PER', 0.99],
      ['Bloomberg', 'PER', 0.9],
      ['Bloomberg', 'PER', 0.9],
    ]),
    [
      'Michael Bloomberg: person/name → Michael Bloomberg (person, null, null)',
      'Bloomberg: person/short-name → Michael Bloomberg (person, null, null)',
      'he: person/pronoun → Michael Bloomberg (person, null, null)',
      'Mr Bloomberg: person/short-name → Michael Bloomberg (person, null, null)',
    ],
  );
  assert.deepEqual(typed('Mr Reuters, a baker, said hello.', [['Reuters', 'PER', 0.9]]), [
    'Mr Reuters: person/short-name → Reuters (person, null, null)',
  ]);
});

test('a name ending in a legal form is a company: no title is cut from it, and a lone legal form joins it', () => {
  assert.deepEqual(
    typed('General Dynamo Corporation hired Colonel Tom Reade. Fabbri Group SpA agreed.', [
      ['General Dynamo Corporation', 'ORG', 0.6],
      ['Colonel Tom Reade', 'ORG', 0.6],
      ['Fabbri Group', 'ORG', 0.8],
      ['SpA', 'ORG', 0.7],
    ]),
    [
      'General Dynamo Corporation: organisation/name → General Dynamo Corporation (organisation, null, null)',
      'Tom Reade: person/name → Tom Reade (person, null, null)',
      'Fabbri Group SpA: organisation/name → Fabbri Group SpA (organisation, null, null)',
    ],
  );
});

test('a time zone after a clock time names nothing; standing alone it is left to the tagger', () => {
  assert.deepEqual(
    typed('The flight left Bergen at 08:30 GMT and landed at 9 p.m. CET. GMT was the standard.', [
      ['Bergen', 'LOC', 0.99],
      ['GMT', 'ORG', 0.9],
      ['CET', 'ORG', 0.9],
      ['GMT', 'ORG', 0.9],
    ]),
    [
      'Bergen: place/name → Bergen (place, NOR, null)',
      'GMT: organisation/name → GMT (organisation, null, null)',
    ],
  );
});

test('a lower-case word the tagger ran on into is no part of the name', () => {
  assert.deepEqual(
    typed('The World Bank held talks. Later von Trier spoke.', [
      ['World Bank held', 'MISC', 0.64],
      ['von Trier', 'PER', 0.9],
    ]),
    [
      'World Bank: organisation/name → World Bank (organisation, null, null)',
      'von Trier: person/name → von Trier (person, null, null)',
    ],
  );
});
