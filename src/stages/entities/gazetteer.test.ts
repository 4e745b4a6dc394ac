import assert from 'node:assert/strict';
import { test } from 'node:test';
import { article } from './article-fixture.js';
import { findGazetteerHits } from './gazetteer.js';
import { resolveEntities } from './index.js';

const hits = (text: string): string[] =>
  findGazetteerHits(text).map(
    (h) => `${text.slice(h.start, h.end)}:${h.entry.kind}:${h.entry.country ?? '-'}`,
  );

test('gazetteer: country names, variants and demonyms, longest first', () => {
  assert.deepEqual(
    hits('The U.S., the UK, Britain and the Russian Federation; Ukrainians and an American.'),
    [
      'U.S.:country:USA',
      'UK:country:GBR',
      'Britain:country:GBR',
      'Russian Federation:country:RUS',
      'Ukrainians:demonym:UKR',
      'American:demonym:USA',
    ],
  );
});

test('gazetteer: the demonyms a people is named by, beside the adjective', () => {
  assert.deepEqual(hits('Croats, Timorese and a Central African; the Central African Republic.'), [
    'Croats:demonym:HRV',
    'Timorese:demonym:TLS',
    'Central African:demonym:CAF',
    'Central African Republic:country:CAF',
  ]);
});

test('gazetteer: organisations with their country', () => {
  assert.deepEqual(hits('The ISW, AFP, the G-7 and the Institute for the Study of War.'), [
    'ISW:organisation:USA',
    'AFP:organisation:FRA',
    'G-7:organisation:-',
    'Institute for the Study of War:organisation:USA',
  ]);
});

test('gazetteer: case and word boundaries matter', () => {
  assert.deepEqual(hits('Let us buy china from a turkey farm in Russiagate.'), []);
  assert.deepEqual(hits("Ukraine's"), ['Ukraine:country:UKR']);
});

test('gazetteer: every mention has exact offsets and a sentence', () => {
  const text = 'Talks in Kyiv went on. The U.S. and Ukraine agreed.';
  const { mentions } = resolveEntities(article(text, []));
  assert.deepEqual(
    mentions.map((m) => [m.text, m.sentence]),
    [
      ['Kyiv', 0],
      ['U.S.', 1],
      ['Ukraine', 1],
    ],
  );
  for (const m of mentions) assert.equal(text.slice(m.start, m.end), m.text);
});

test('gazetteer: a name it does not know keeps the tagger type', () => {
  const { entities } = resolveEntities(
    article('Acme Widgets opened in Springfield during World War II.', [
      ['Acme Widgets', 'ORG'],
      ['Springfield', 'LOC'],
      ['World War II', 'MISC'],
    ]),
  );
  assert.deepEqual(
    entities.map((e) => [e.name, e.type, e.country]),
    [
      ['Acme Widgets', 'organisation', null],
      ['Springfield', 'place', null],
      ['World War II', 'other', null],
    ],
  );
});
