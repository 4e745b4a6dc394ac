import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { extractHtml } from './html.js';

const FIXTURES = join(import.meta.dirname, '../../test/fixtures/articles');

interface GoldenCase {
  url: string | null;
  title: string | null;
  published: string | null;
  outlet: string | null;
  author: string | null;
  canonicalUrl: string | null;
  mustContain: string[];
  mustNotContain: string[];
}

const PARAGRAPHS = Array.from(
  { length: 5 },
  (_, i) =>
    `<p>Paragraph ${i + 1} of the report describes the flood defences along the river in plain detail.</p>`,
).join('');

describe('extractHtml', () => {
  it('writes one block per line, blank lines between, entities decoded and spaces collapsed', () => {
    const html = `<html><body><article><h1>Storm  warning</h1>${PARAGRAPHS}
      <p>Wind &amp; rain   reach
      the coast<br>tonight.</p><ul><li>Roads: closed</li><li>Ferries: cancelled</li></ul></article></body></html>`;
    const { text } = extractHtml(html);
    assert.equal(text.split('\n\n')[0], 'Storm warning');
    assert.match(
      text,
      /\n\nWind & rain reach the coast\n\ntonight\.\n\nRoads: closed\n\nFerries: cancelled$/,
    );
    assert.doesNotMatch(text, /<|&amp;/);
  });

  it('does not repeat the title when the article opens with the same heading', () => {
    const html = `<html><head><meta property="og:title" content="Storm warning"></head>
      <body><article><h1>Storm warning</h1>${PARAGRAPHS}</article></body></html>`;
    const { text } = extractHtml(html);
    assert.equal(text.match(/Storm warning/g)?.length, 1);
    assert.ok(text.startsWith('Storm warning\n\nParagraph 1'));
  });

  it('returns no text for a page without an article, and for empty or tagless input', () => {
    const nav = '<html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav></body></html>';
    assert.equal(extractHtml(nav).text, '');
    assert.equal(extractHtml('').text, '');
    assert.equal(extractHtml('   ').text, '');
  });

  it('never changes the HTML it is given', () => {
    const html = `<html><body><article>${PARAGRAPHS}</article></body></html>`;
    const copy = String(html);
    extractHtml(html);
    assert.equal(html, copy);
  });

  it('falls back to the densest container when a page is over the element cap', () => {
    const html = `<html><body><div class="story">${PARAGRAPHS}</div></body></html>`;
    const { text } = extractHtml(html, { maxElements: 3 });
    assert.ok(text.startsWith('Paragraph 1 of the report'));
    assert.equal(text.split('\n\n').length, 5);
  });

  it('keeps code blocks line by line with their indentation', () => {
    const html = `<html><body><article>${PARAGRAPHS}<pre>if (ok) {\n    run();\n}\n</pre></article></body></html>`;
    assert.match(extractHtml(html).text, /\n\nif \(ok\) \{\n {4}run\(\);\n\}$/);
  });

  it('takes the author from Readability’s byline only when the page metadata names none', () => {
    const html = `<html><body><article><p class="byline">By Ada Quinn</p>${PARAGRAPHS}</article></body></html>`;
    assert.equal(extractHtml(html).metadata.author, 'Ada Quinn');
  });
});

describe('extractHtml clean-up and recall', () => {
  it('drops author cards, next-post teasers and navigation boxes by their names', () => {
    const html = `<html><body><article>${PARAGRAPHS}
      <div class="mvp-author-box-wrap"><p><img src="avatar.png"></p><p>Senior editor covering rivers and ports. You can keep up with me on Twitter.</p></div>
      <div id="next-post-thumbnails"><h2><a href="/other">Ferry timetable changes for the winter season</a></h2></div>
      <table class="vertical-navbox"><tr><td><a href="/a">Flood maps</a> <a href="/b">Tide tables</a></td></tr></table>
      </article></body></html>`;
    const { text } = extractHtml(html);
    assert.ok(
      text.endsWith(
        'Paragraph 5 of the report describes the flood defences along the river in plain detail.',
      ),
    );
    assert.doesNotMatch(text, /Senior editor|Ferry timetable|Flood maps/);
  });

  it('keeps a section whose name only resembles a widget’s', () => {
    const html = `<html><body><article>${PARAGRAPHS}
      <div class="author-notes"><p>The author notes that the flood barrier was built in 1984 and raised in 2003.</p></div>
      </article></body></html>`;
    assert.match(extractHtml(html).text, /The author notes that the flood barrier was built in 1984/);
  });

  it('prefers the prose container to a longer list of names Readability picked', () => {
    const signatures = Array.from({ length: 120 }, (_, i) => `<p>Signatory Number${i}, University</p>`).join(
      '',
    );
    const letter = Array.from(
      { length: 4 },
      (_, i) =>
        `<p>Letter paragraph ${i + 1} argues at length for open debate and against public shaming.</p>`,
    ).join('');
    const html = `<html><body><div class="letter">${letter}</div><div class="names">${signatures}</div></body></html>`;
    assert.ok(extractHtml(html).text.startsWith('Letter paragraph 1 argues at length'));
  });

  it('adds the standfirst set under the headline outside the article body', () => {
    const html = `<html><head><title>Tide barrier to be raised | Example News</title></head><body>
      <header><h1>Tide barrier to be raised</h1><div class="sub"><p>Engineers say the work will protect ten thousand homes</p></div></header>
      <article>${PARAGRAPHS}</article></body></html>`;
    const { text } = extractHtml(html);
    assert.ok(
      text.startsWith(
        'Tide barrier to be raised\n\nEngineers say the work will protect ten thousand homes\n\nParagraph 1',
      ),
      text,
    );
  });

  it('takes no standfirst from a byline or a caption under the headline', () => {
    const html = `<html><body><header><h1>Tide barrier to be raised</h1>
      <p>By Ada Quinn and Ben Roe, river and coast correspondents, Example News</p>
      <figure><img src="a.jpg"><figcaption>The barrier at high tide last winter, seen from the north bank</figcaption></figure>
      </header><article>${PARAGRAPHS}</article></body></html>`;
    assert.doesNotMatch(extractHtml(html).text, /Ada Quinn|high tide last winter/);
  });

  it('keeps a dateline run into the lead paragraph', () => {
    const html = `<html><body><article><p><span class="dateline">KOBE – </span>A total of 6,000 masks were stolen from a hospital store room, police said on Tuesday.</p>${PARAGRAPHS}</article></body></html>`;
    assert.match(extractHtml(html).text, /KOBE – A total of 6,000 masks/);
  });
});

describe('golden article pages', () => {
  for (const slug of readdirSync(FIXTURES, { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
    it(slug.name, () => {
      const folder = join(FIXTURES, slug.name);
      const expected = JSON.parse(readFileSync(join(folder, 'expected.json'), 'utf8')) as GoldenCase;
      const { text, metadata } = extractHtml(readFileSync(join(folder, 'source.html'), 'utf8'), {
        url: expected.url,
      });
      assert.deepEqual(
        {
          title: metadata.title,
          published: metadata.published,
          outlet: metadata.outlet,
          author: metadata.author,
          canonicalUrl: metadata.canonicalUrl,
        },
        {
          title: expected.title,
          published: expected.published,
          outlet: expected.outlet,
          author: expected.author,
          canonicalUrl: expected.canonicalUrl,
        },
      );
      for (const wanted of expected.mustContain)
        assert.ok(text.includes(wanted), `missing ${JSON.stringify(wanted)}\n${text}`);
      for (const unwanted of expected.mustNotContain) {
        assert.ok(!text.includes(unwanted), `kept ${JSON.stringify(unwanted)}\n${text}`);
      }
    });
  }
});
