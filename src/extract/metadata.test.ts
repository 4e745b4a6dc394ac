import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDocument } from './dom.js';
import { normaliseDate, readPageMetadata, stripSiteSuffix } from './metadata.js';

const read = (head: string, body = '', url: string | null = 'https://news.example/a/1', htmlAttrs = '') =>
  readPageMetadata(parseDocument(`<html ${htmlAttrs}><head>${head}</head><body>${body}</body></html>`), url);

const ld = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe('readPageMetadata', () => {
  it('gives nulls for a page with no metadata at all', () => {
    assert.deepEqual(read('', '<p>Just a paragraph.</p>', null), {
      title: null,
      author: null,
      published: null,
      publishedEvidence: null,
      outlet: null,
      outletEvidence: null,
      canonicalUrl: null,
      lang: null,
    });
  });

  it('keeps the date a timestamp names in its own offset, with the tag as evidence', () => {
    const page = read('<meta property="article:published_time" content="2025-03-12T23:30:00-05:00">');
    assert.equal(page.published, '2025-03-12');
    assert.equal(
      page.publishedEvidence,
      'meta[property="article:published_time"]="2025-03-12T23:30:00-05:00"',
    );
  });

  const dateCases: [string, string, string, string][] = [
    [
      'meta name=pubdate',
      '<meta name="pubdate" content="20240105">',
      '2024-01-05',
      'meta[name="pubdate"]="20240105"',
    ],
    [
      'itemprop',
      '<meta itemprop="datePublished" content="2023-07-30">',
      '2023-07-30',
      '[itemprop="datePublished"]="2023-07-30"',
    ],
    [
      'JSON-LD @graph',
      ld({
        '@graph': [
          { '@type': 'WebPage' },
          { '@type': ['NewsArticle'], datePublished: '2022-02-28T10:00:00+09:00' },
        ],
      }),
      '2022-02-28',
      'JSON-LD NewsArticle.datePublished="2022-02-28T10:00:00+09:00"',
    ],
    [
      'JSON-LD array',
      ld([{ '@type': 'BlogPosting', datePublished: '2021-12-31' }]),
      '2021-12-31',
      'JSON-LD BlogPosting.datePublished="2021-12-31"',
    ],
  ];
  for (const [name, head, published, evidence] of dateCases) {
    it(`reads the publication date from ${name}`, () => {
      const page = read(head);
      assert.equal(page.published, published);
      assert.equal(page.publishedEvidence, evidence);
    });
  }

  it('falls back to the first <time datetime> inside the article, and ignores one outside it', () => {
    const body =
      '<aside><time datetime="2020-01-01">old</time></aside><article><time datetime="2020-05-06T01:00:00Z">May</time></article>';
    assert.equal(read('', body).publishedEvidence, '<time datetime="2020-05-06T01:00:00Z">');
    assert.equal(read('', '<aside><time datetime="2020-01-01">old</time></aside>').published, null);
  });

  it('skips malformed JSON-LD and dates that do not exist', () => {
    const page = read(
      '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": </script>' +
        '<meta name="date" content="2023-02-30">' +
        ld({ '@type': 'Article', datePublished: 'yesterday' }),
    );
    assert.equal(page.published, null);
  });

  it('strips the site name from the title only when the suffix is the site', () => {
    const page = read(
      '<title>Dam opens spillway | River Post</title><meta property="og:site_name" content="River Post">',
    );
    assert.equal(page.title, 'Dam opens spillway');
    assert.equal(page.outlet, 'River Post');
    assert.equal(page.outletEvidence, 'meta[property="og:site_name"]');
    assert.equal(read('<title>Vote - the result</title>').title, 'Vote - the result');
  });

  it('prefers og:title, then JSON-LD headline, then <h1>', () => {
    assert.equal(read('<meta property="og:title" content="A"><title>B</title>', '<h1>C</h1>').title, 'A');
    assert.equal(
      read(ld({ '@type': 'NewsArticle', headline: 'D' }) + '<title>B</title>', '<h1>C</h1>').title,
      'D',
    );
    assert.equal(read('<title>B</title>', '<h1>C</h1>').title, 'C');
  });

  it('joins JSON-LD author names and reads the publisher as outlet', () => {
    const page = read(
      ld({
        '@type': 'NewsArticle',
        author: [{ name: 'Ana Ruiz' }, 'Ben Cole'],
        publisher: { name: 'Daily Example' },
      }),
    );
    assert.equal(page.author, 'Ana Ruiz, Ben Cole');
    assert.equal(page.outlet, 'Daily Example');
    assert.equal(page.outletEvidence, 'JSON-LD publisher.name');
  });

  it('ignores an author meta that is only a profile URL', () => {
    assert.equal(
      read('<meta property="article:author" content="https://social.example/someone">').author,
      null,
    );
    assert.equal(read('', '<a rel="author" href="/x">Kim Lee</a>').author, 'Kim Lee');
  });

  it('resolves the canonical link against the page URL and accepts only http(s)', () => {
    assert.equal(
      read('<link rel="canonical" href="/story?id=4">').canonicalUrl,
      'https://news.example/story?id=4',
    );
    assert.equal(read('<link rel="canonical" href="javascript:alert(1)">').canonicalUrl, null);
    assert.equal(
      read(
        '<link rel="canonical" href="ftp://x.example/a"><meta property="og:url" content="https://news.example/og">',
      ).canonicalUrl,
      'https://news.example/og',
    );
    assert.equal(read('<link rel="canonical" href="/relative">', '', null).canonicalUrl, null);
  });

  it('reduces <html lang> to its primary subtag', () => {
    assert.equal(read('', '', null, 'lang="en-GB"').lang, 'en');
    assert.equal(read('', '', null, 'lang="PT_br"').lang, 'pt');
    assert.equal(read('', '', null, 'lang="x"').lang, null);
  });
});

describe('normaliseDate', () => {
  const rows: [string, string | null][] = [
    ['2025-03-12T23:30:00-05:00', '2025-03-12'],
    ['2024/1/5', '2024-01-05'],
    ['Wed, 12 Mar 2025 09:00:00 GMT', '2025-03-12'],
    ['March 3rd, 2021', '2021-03-03'],
    // The one date reader (`core/dates`): the day in the zone written, whatever the form.
    ['Wed, 21 May 2025 23:30:00 EDT', '2025-05-21'],
    ['2025-05-21T23:00:06.250+09:00', '2025-05-21'],
    ['1747800000', '2025-05-21'],
    ['2023-13-01', null],
    ['soon', null],
  ];
  for (const [input, expected] of rows)
    it(`${input} → ${expected}`, () => assert.equal(normaliseDate(input), expected));
});

describe('stripSiteSuffix', () => {
  it('removes a leading site name too, and leaves a title that is only the site name', () => {
    assert.equal(stripSiteSuffix('River Post — Dam opens spillway', ['River Post']), 'Dam opens spillway');
    assert.equal(stripSiteSuffix('River Post', ['River Post']), 'River Post');
  });
});
