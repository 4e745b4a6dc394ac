import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { dossier, tempDir } from './helpers.js';

/** Items written for the test, shaped as a scraper exports RSS items (url, title, published, outlet, text). */
const ITEMS = [
  {
    url: 'https://www.wire.example/world/1',
    title: 'Drones strike the capital',
    published: 'Wed, 21 May 2025 04:00:00 EDT',
    outlet: 'wire-world',
    text: 'KYIV, Ukraine — Drones struck the capital overnight, damaging two residential buildings, the mayor said on Wednesday. Rescue teams worked until dawn.',
  },
  {
    url: 'https://www.wire.example/world/2',
    title: 'Talks planned',
    published: 'sometime in May',
    outlet: 'wire-world',
    text: 'Negotiators from both sides will meet again next week in Istanbul, the foreign ministry said in a statement on Tuesday.',
  },
  {
    url: 'https://www.wire.example/world/3',
    title: 'Premium story',
    published: '2025-05-21T18:11:00+00:00',
    outlet: 'wire-world',
    text: 'Subscribe to continue reading.',
  },
];

test('dossier ingest reads gzipped JSONL: dates as feeds write them, a dateline off the text, a notice refused', () => {
  const dir = tempDir();
  const input = join(dir, 'items.jsonl.gz');
  writeFileSync(input, gzipSync(ITEMS.map((item) => JSON.stringify(item)).join('\n')));
  const db = join(dir, 'd.db');
  const result = dossier(db, ['ingest', input, '--json']);
  assert.equal(result.status, 1, 'one input was refused');
  assert.deepEqual(JSON.parse(result.stdout), {
    added: 2,
    revised: 0,
    updated: 0,
    unchanged: 0,
    failed: 1,
    failures: [
      {
        input: `${input}:3`,
        problem: 'no-article',
        reason: 'only a paywall notice, no article: "Subscribe to continue reading."',
      },
    ],
  });
  assert.equal(
    result.stderr
      .split('\n')
      .filter((line) => line.startsWith('warning: '))
      .join('\n'),
    `warning: ${input}:2: published "sometime in May" could not be read as a date; stored without it`,
  );
  const articles = dossier(db, ['export', '--format', 'jsonl'])
    .stdout.trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  const [first, second] = articles;
  assert.equal(first?.published, '2025-05-21');
  assert.deepEqual(first?.publishedEvidence, {
    origin: 'manifest',
    detail: `published "Wed, 21 May 2025 04:00:00 EDT" (2025-05-21T04:00:00-04:00) given by ${input}:1`,
  });
  assert.match(String(first?.text), /^Drones struck the capital overnight/);
  assert.deepEqual(first?.removed, ['[dateline: place KYIV, Ukraine] KYIV, Ukraine —']);
  assert.equal(second?.published, null);
  assert.deepEqual(second?.publishedEvidence, {
    origin: 'manifest',
    detail: `published "sometime in May" given by ${input}:2 could not be read as a date`,
  });
});

test('a feed item with a title and no text is stored, its title read as its text and the article marked partial', () => {
  const dir = tempDir();
  const input = join(dir, 'items.jsonl');
  const items = [
    {
      url: 'https://www.wire.example/world/4',
      title: 'Village leaders to meet regional officials on Sunday',
      published: 'Wed, 21 May 2025 20:42:02 +0300',
      outlet: 'wire-world',
      text: '',
    },
    { url: 'https://www.wire.example/world/5', title: 'Watch live', outlet: 'wire-world', text: ' ' },
  ];
  writeFileSync(input, items.map((item) => JSON.stringify(item)).join('\n'));
  const db = join(dir, 'd.db');
  const result = dossier(db, ['ingest', input, '--json']);
  assert.equal(result.status, 1);
  assert.deepEqual(JSON.parse(result.stdout).failures, [
    {
      input: `${input}:2`,
      problem: 'no-article',
      reason: 'no text, and the title: too little text for an article: 2 words ("Watch live")',
    },
  ]);
  const [article] = dossier(db, ['export', '--format', 'jsonl'])
    .stdout.trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  assert.equal(article?.text, 'Village leaders to meet regional officials on Sunday');
  assert.equal(article?.title, 'Village leaders to meet regional officials on Sunday');
  assert.equal(article?.published, '2025-05-21');
  assert.equal(article?.partial, true);
  assert.deepEqual(article?.removed, [
    '[no text; article partial] the item carried a title only; the title is read as its text',
  ]);
});
