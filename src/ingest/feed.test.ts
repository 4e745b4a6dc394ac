import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { InputError } from '../core/errors.js';
import { feedDateToIso, isIsoDate } from './dates.js';
import { feedEntries, parseFeed } from './feed.js';

const fixture = (name: string) =>
  readFileSync(new URL(`../../test/fixtures/inputs/${name}`, import.meta.url), 'utf8');

test('reads RSS 2.0 items, full content and link-only', () => {
  assert.deepEqual(parseFeed(fixture('rss.xml'), 'rss.xml'), [
    {
      link: 'https://gazette.example/2025/03/ferry-strike',
      title: 'Ferry strike enters second week',
      published: '2025-03-13T21:30:00-05:00',
      author: 'Ana Lima',
      content: {
        kind: 'html',
        body: '<p>Crews of the island ferries stayed out for a second week on Thursday.</p><p>Talks resume Monday.</p>',
      },
      outlet: 'Harbour Gazette',
    },
    {
      link: 'https://gazette.example/2025/03/new-pier',
      title: 'Council approves new pier – at last',
      published: '2025-03-12T08:00:00Z',
      author: 'Tom Reyes',
      content: null,
      outlet: 'Harbour Gazette',
    },
  ]);
});

test('reads Atom entries: html, xhtml and summary-only', () => {
  const [html, xhtml, summaryOnly] = parseFeed(fixture('atom.xml'), 'atom.xml');
  assert.deepEqual(html, {
    link: 'https://courier.example/dam-cracks',
    title: 'Dam inspection finds cracks',
    published: '2025-04-27T09:15:00+02:00',
    author: 'Mia Berg',
    content: { kind: 'html', body: '<p>Inspectors found cracks in the dam &amp; spillway.</p>' },
    outlet: 'Valley Courier',
  });
  assert.deepEqual(xhtml?.content, {
    kind: 'html',
    body: '<div xmlns="http://www.w3.org/1999/xhtml"><p>Q &amp; A with the mayor.</p></div>',
  });
  assert.equal(xhtml?.published, '2025-04-26T18:00:00Z');
  assert.equal(xhtml?.author, null);
  assert.equal(summaryOnly?.content, null);
  assert.equal(summaryOnly?.link, 'https://courier.example/road-closed');
});

test('reads RSS 1.0 (RDF) items with dc:date', () => {
  const rdf = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://wire.example/"><title>Wire</title></channel>
  <item rdf:about="https://wire.example/1"><title>One</title><link>https://wire.example/1</link><dc:date>2025-12-03T10:00:00+09:00</dc:date></item>
</rdf:RDF>`;
  assert.deepEqual(parseFeed(rdf, 'rdf.xml'), [
    {
      link: 'https://wire.example/1',
      title: 'One',
      published: '2025-12-03T10:00:00+09:00',
      author: null,
      content: null,
      outlet: 'Wire',
    },
  ]);
});

test('counts a description as full content only when it is long', () => {
  const feed = (description: string) =>
    `<rss version="2.0"><channel><title>T</title><item><link>https://t.example/a</link><description><![CDATA[${description}]]></description></item></channel></rss>`;
  const long = `<p>${'word '.repeat(400)}</p>`;
  assert.deepEqual(parseFeed(feed(long), 'f')[0]?.content, { kind: 'html', body: long });
  assert.equal(parseFeed(feed('<p>Short teaser.</p>'), 'f')[0]?.content, null);
});

test('refuses invalid XML and XML that is not a feed', () => {
  assert.throws(
    () => parseFeed('<rss><channel></rss>', 'bad.xml'),
    (error: unknown) =>
      error instanceof InputError &&
      error.problem === 'malformed' &&
      error.reason.startsWith('invalid XML at line 1'),
  );
  assert.throws(
    () => parseFeed('<?xml version="1.0"?><html><body/></html>', 'page.xml'),
    new InputError('page.xml', 'malformed', 'not an RSS or Atom feed (root element <html>)'),
  );
});

test('turns items into documents or links to fetch', () => {
  const [full, linkOnly] = feedEntries(parseFeed(fixture('rss.xml'), 'rss.xml'), 'rss.xml');
  assert.deepEqual(full, {
    ok: true,
    doc: {
      source: 'https://gazette.example/2025/03/ferry-strike',
      url: 'https://gazette.example/2025/03/ferry-strike',
      kind: 'html',
      body: '<p>Crews of the island ferries stayed out for a second week on Thursday.</p><p>Talks resume Monday.</p>',
      hints: {
        url: 'https://gazette.example/2025/03/ferry-strike',
        title: 'Ferry strike enters second week',
        published: '2025-03-13T21:30:00-05:00',
        author: 'Ana Lima',
        outlet: 'Harbour Gazette',
      },
    },
  });
  assert.deepEqual(linkOnly, {
    fetch: 'https://gazette.example/2025/03/new-pier',
    source: 'https://gazette.example/2025/03/new-pier',
    hints: {
      url: 'https://gazette.example/2025/03/new-pier',
      title: 'Council approves new pier – at last',
      published: '2025-03-12T08:00:00Z',
      author: 'Tom Reyes',
      outlet: 'Harbour Gazette',
    },
  });
});

test('reports an item with neither content nor link', () => {
  const items = feedEntries(
    parseFeed(
      '<rss version="2.0"><channel><title>T</title><item><title>Lost</title></item></channel></rss>',
      'f.xml',
    ),
    'f.xml',
  );
  assert.deepEqual(items, [
    {
      ok: false,
      error: new InputError('f.xml#item-1', 'malformed', 'feed item has neither content nor a link'),
    },
  ]);
});

test('converts feed dates to ISO with their offsets', () => {
  const rows: Array<[string | null, string | null]> = [
    ['Thu, 13 Mar 2025 21:30:00 -0500', '2025-03-13T21:30:00-05:00'],
    ['13 Mar 2025 08:00 GMT', '2025-03-13T08:00:00Z'],
    ['Sun, 2 Nov 2025 10:05:09 PST', '2025-11-02T10:05:09-08:00'],
    ['2025-04-27T09:15:00+02:00', '2025-04-27T09:15:00+02:00'],
    ['2025-04-27', '2025-04-27'],
    ['31 Feb 2025 10:00:00 GMT', null],
    ['yesterday', null],
    ['', null],
    [null, null],
  ];
  for (const [input, expected] of rows) assert.equal(feedDateToIso(input), expected, String(input));
});

test('reads every date a feed may carry; never an impossible one', () => {
  for (const good of [
    '2025-03-13',
    '2025-03-13T10:00Z',
    '2025-03-13T10:00:00.250+01:00',
    '2024-02-29',
    'March 13, 2025',
  ]) {
    assert.equal(isIsoDate(good), true, good);
  }
  for (const bad of ['13/03/2025', '2025-02-30', '2025-13-01', '2025-03-13T25:00Z', '']) {
    assert.equal(isIsoDate(bad), false, bad);
  }
});
