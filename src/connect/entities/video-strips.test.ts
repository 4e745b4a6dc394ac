import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contentMentions } from './content.js';
import { mentionIn, pageOf } from './junk-fixture.js';

const VIDEO = [
  'A man was arrested after trying to climb a ferry docked in Keel harbour.',
  'Footage shows Leo Marsh climbing the ferry rope as police arrive.',
  'Local media cited a Marlow County statement by Ana Ruiz on the arrest.',
  'Officials for the county said an inquiry was under way.',
  'Omar Haddad flies to Lisbon to meet his four brothers for the first time.',
  'Watch: Singer Dana Roe responds to a heckler at her concert.',
  'Copyright 2025 Velder News. All rights reserved.',
];

test("a video page's report ends where a sentence shares no word with it or the next two: the rest is other videos", () => {
  const { text, spans, mentions } = pageOf(VIDEO, ['Leo Marsh', 'Ana Ruiz', 'Dana Roe', 'Omar Haddad']);
  const counted = (title: string) =>
    contentMentions(text, mentions, new Set(), spans, false, title).map((m) => m.text);
  // Ana Ruiz's sentence shares no word with those before it but "county" with the next: it is the report's.
  assert.deepEqual(counted('Watch: Man tries to climb ferry in Keel'), ['Leo Marsh', 'Ana Ruiz']);
  // A video page whose title says nothing of it is told by its address.
  const byAddress = (url: string) =>
    contentMentions(text, mentions, new Set(), spans, false, 'Man tries to climb ferry in Keel', url).map(
      (m) => m.text,
    );
  assert.deepEqual(byAddress('https://news.example/news/videos/c4x9'), ['Leo Marsh', 'Ana Ruiz']);
  assert.deepEqual(byAddress('https://news.example/news/videos-of-keel-ferry'), [
    'Leo Marsh',
    'Ana Ruiz',
    'Dana Roe',
    'Omar Haddad',
  ]);
  // A page that is no video page keeps every name: the strip is not guessed.
  assert.deepEqual(counted('Man tries to climb ferry in Keel'), [
    'Leo Marsh',
    'Ana Ruiz',
    'Dana Roe',
    'Omar Haddad',
  ]);
});

test('a dateline with a comma left before its dash is a dateline', () => {
  const text = 'Keel, — The army said Ana Ruiz was released.';
  const of = mentionIn(text, 'place');
  const mentions = [of('Keel', 'k'), { ...mentionIn(text, 'person')('Ana Ruiz', 'a') }];
  assert.deepEqual(
    contentMentions(text, mentions, new Set()).map((m) => m.text),
    ['Ana Ruiz'],
  );
});
