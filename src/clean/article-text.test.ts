import assert from 'node:assert/strict';
import { test } from 'node:test';
import { InputError } from '../core/errors.js';
import { prepareArticle } from '../pipeline/prepare-article.js';
import type { RawDocument } from '../core/types.js';
import { cleanArticleText, isPartial } from './article-text.js';
import { findDateline } from './datelines.js';

const LEDE =
  'The city council approved the new budget on Tuesday after a long debate over spending on schools and roads.';

function doc(body: string, hints: RawDocument['hints'] = {}): RawDocument {
  return { source: 'test.jsonl:1', url: 'https://news.example/a', kind: 'text', body, hints };
}

test('a text that is only a paywall notice is refused, saying why', () => {
  assert.throws(
    () => prepareArticle(doc('Subscribe to continue reading. Already a subscriber? Log in.')),
    (error: unknown) =>
      error instanceof InputError &&
      error.problem === 'no-article' &&
      error.reason ===
        'only a paywall notice, no article: "Subscribe to continue reading. Already a subscriber? Log in."',
  );
  assert.throws(
    () =>
      prepareArticle(doc('We are having trouble retrieving the article content. Please enable JavaScript.')),
    /only a error notice, no article: "We are having trouble retrieving the article content\."/,
  );
});

test('a notice after a real lede is removed and the article marked partial', () => {
  const article = prepareArticle(
    doc(`${LEDE} We are having trouble retrieving the article content. Please try again.`),
  );
  assert.equal(article.text, `${LEDE} Please try again.`);
  assert.deepEqual(article.removed, [
    '[notice: error; article partial] We are having trouble retrieving the article content.',
  ]);
  assert.equal(isPartial(article.removed), true);
  // A consent line is removed without making the article partial.
  const consent = prepareArticle(doc(`${LEDE} By subscribing I accept the terms of use and privacy policy`));
  assert.equal(consent.text, LEDE);
  assert.equal(isPartial(consent.removed), false);
});

test('a report about paywalls or cookies is not a notice', () => {
  const text = `${LEDE} "We use cookies to track readers," the regulator said, before fining the publisher.`;
  assert.deepEqual(cleanArticleText(text), { ok: true, text, removed: [], partial: false, dateline: null });
});

test('datelines are parsed into place, agency and date, and taken off the text', () => {
  const rows: Array<[string, ReturnType<typeof findDateline>]> = [
    [
      'MOSCOW, May 20. /TASS/. Russian forces advanced.',
      { place: 'MOSCOW', agency: 'TASS', date: 'May 20', text: 'MOSCOW, May 20. /TASS/.' },
    ],
    [
      'WASHINGTON (AP) — The House voted.',
      { place: 'WASHINGTON', agency: 'AP', date: null, text: 'WASHINGTON (AP) —' },
    ],
    [
      'KYIV, Ukraine — Drones struck.',
      { place: 'KYIV, Ukraine', agency: null, date: null, text: 'KYIV, Ukraine —' },
    ],
    [
      'WASHINGTON, May 21 (Reuters) - The U.S. Senate voted.',
      { place: 'WASHINGTON', agency: 'Reuters', date: 'May 21', text: 'WASHINGTON, May 21 (Reuters) -' },
    ],
    [
      'TOKYO (Kyodo) -- Prices rose.',
      { place: 'TOKYO', agency: 'Kyodo', date: null, text: 'TOKYO (Kyodo) --' },
    ],
    ['Monrovia — The ministry said.', { place: 'Monrovia', agency: null, date: null, text: 'Monrovia —' }],
    // Not datelines: a sentence, an acronym that is the subject, a headline-style dash.
    ['NATO said on Monday it would meet.', null],
    ['US President Donald Trump spoke.', null],
    ['Hamas — the group said — refused.', null],
  ];
  for (const [input, expected] of rows) assert.deepEqual(findDateline(input), expected, input);

  const article = prepareArticle(doc(`WASHINGTON, May 21 (Reuters) - ${LEDE}`));
  assert.equal(article.text, LEDE);
  assert.deepEqual(article.removed, [
    '[dateline: place WASHINGTON; agency Reuters; date May 21] WASHINGTON, May 21 (Reuters) -',
  ]);
});

test('too little text is refused as an article', () => {
  assert.throws(
    () => prepareArticle(doc('Watch live now.')),
    (error: unknown) =>
      error instanceof InputError &&
      error.problem === 'no-article' &&
      error.reason === 'too little text for an article: 3 words ("Watch live now.")',
  );
});

test('a feed date years away from the date the text states is flagged, and the text date used', () => {
  const body = `Published on May 21, 2025\n\n${LEDE}`;
  const title = 'Council approves budget';
  const article = prepareArticle(doc(body, { title, published: 'Thu, 01 Jan 1970 00:00:00 GMT' }));
  assert.equal(article.published, '2025-05-21');
  assert.deepEqual(article.publishedEvidence, {
    origin: 'text',
    detail:
      'contradiction: published "Thu, 01 Jan 1970 00:00:00 GMT" (1970-01-01T00:00:00Z) given by test.jsonl:1 is years away from the text\'s own date, 2025-05-21, read from "Published on May 21, 2025"; the text\'s date is used',
  });
  // A feed date close to the text's is the feed's, with its instant and zone.
  const agreed = prepareArticle(doc(body, { title, published: 'Wed, 21 May 2025 04:00:00 EDT' }));
  assert.equal(agreed.published, '2025-05-21');
  assert.deepEqual(agreed.publishedEvidence, {
    origin: 'manifest',
    detail: 'published "Wed, 21 May 2025 04:00:00 EDT" (2025-05-21T04:00:00-04:00) given by test.jsonl:1',
  });
});

test('an unreadable date costs nothing: published null, the raw value kept, one warning', () => {
  const article = prepareArticle(doc(LEDE, { published: 'sometime last spring' }));
  assert.equal(article.published, null);
  assert.deepEqual(article.publishedEvidence, {
    origin: 'manifest',
    detail: 'published "sometime last spring" given by test.jsonl:1 could not be read as a date',
  });
  assert.deepEqual(article.warnings, [
    'test.jsonl:1: published "sometime last spring" could not be read as a date; stored without it',
  ]);
});
