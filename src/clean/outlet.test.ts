import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectOutlet } from './outlet.js';
import { outletByHost, outletByName, registrableDomain } from './outlet-table.js';

const text = 'The council met on Monday.';

describe('detectOutlet', () => {
  it('reads a "Discover more from" footer, without its tagline', () => {
    const removed = ['Discover more from Harbour Gazette | Local News, Weather, Sport'];
    assert.deepEqual(detectOutlet({ text, removed, url: null }), {
      outlet: 'Harbour Gazette',
      evidence: { origin: 'text', detail: removed[0] },
    });
  });

  it('reads a "Thanks for reading" footer', () => {
    const removed = ['Thanks for reading Harbour Notes! Subscribe for free to receive new posts.'];
    assert.equal(detectOutlet({ text, removed, url: null })?.outlet, 'Harbour Notes');
  });

  it("expands an outlet's own abbreviation in a newsletter prompt", () => {
    const removed = ["Sign up now: Get ST's newsletters delivered to your inbox"];
    assert.deepEqual(detectOutlet({ text, removed, url: null }), {
      outlet: 'The Straits Times',
      evidence: { origin: 'text', detail: removed[0] },
    });
  });

  it('keeps an unknown name as written', () => {
    const removed = ["Get the Valley Courier's daily newsletter in your inbox"];
    assert.equal(detectOutlet({ text, removed, url: null })?.outlet, 'Valley Courier');
  });

  it('reads "newsletters from X"', () => {
    const removed = ['Sign up for free newsletters from The Guardian.'];
    assert.equal(detectOutlet({ text, removed, url: null })?.outlet, 'The Guardian');
  });

  it('maps a credit domain to a known name', () => {
    const removed = ['Photo credit: www.nbcnews.com'];
    assert.deepEqual(detectOutlet({ text, removed, url: null }), {
      outlet: 'NBC News',
      evidence: { origin: 'text', detail: 'Photo credit: www.nbcnews.com' },
    });
  });

  it('names an unknown domain by its registrable part', () => {
    assert.equal(
      detectOutlet({ text, removed: ['Source', 'news.harbourgazette.co.uk'], url: null })?.outlet,
      'harbourgazette.co.uk',
    );
  });

  it('falls back on the URL host', () => {
    assert.deepEqual(
      detectOutlet({ text, removed: [], url: 'https://www.theguardian.com/world/2024/jan/01/story' }),
      {
        outlet: 'The Guardian',
        evidence: { origin: 'url', detail: 'www.theguardian.com' },
      },
    );
    assert.equal(
      detectOutlet({ text, removed: [], url: 'https://blog.example-news.org/a' })?.outlet,
      'example-news.org',
    );
  });

  it('ranks the outlet above the wire agency it printed', () => {
    const removed = ['PHOTO: REUTERS', "Get ST's newsletters", 'REUTERS'];
    assert.equal(detectOutlet({ text, removed, url: null })?.outlet, 'The Straits Times');
    assert.equal(
      detectOutlet({ text, removed: ['AFP'], url: 'https://www.bbc.co.uk/news/1' })?.outlet,
      'BBC News',
    );
  });

  it('takes a wire sign-off or dateline when nothing better exists', () => {
    assert.deepEqual(detectOutlet({ text, removed: ['REUTERS'], url: null }), {
      outlet: 'Reuters',
      evidence: { origin: 'text', detail: 'REUTERS' },
    });
    assert.equal(
      detectOutlet({ text: 'PARIS (AFP) - The strike began.', removed: [], url: null })?.outlet,
      'Agence France-Presse',
    );
    const dated = 'Strike Spreads\nBy Jane Roe\nLONDON, March 4 (Reuters) - Dock workers walked out.';
    assert.equal(detectOutlet({ text: dated, removed: [], url: null })?.outlet, 'Reuters');
  });

  it('ignores outlets merely mentioned in the story, and photo agencies', () => {
    const story = 'The minister told Reuters the plan was dead. CNN reported the same.';
    assert.equal(
      detectOutlet({ text: story, removed: ['PHOTO: REUTERS', 'Advertisement'], url: null }),
      null,
    );
    assert.equal(detectOutlet({ text: story, removed: [], url: 'not a url' }), null);
  });
});

describe('outlet table', () => {
  it('finds hosts and sub-domains', () => {
    assert.equal(outletByHost('www.cbsnews.com')?.name, 'CBS News');
    assert.equal(outletByHost('edition.cnn.com')?.name, 'CNN');
    assert.equal(outletByHost('unknown.example'), null);
  });
  it('matches abbreviations only as written', () => {
    assert.equal(outletByName('ST')?.name, 'The Straits Times');
    assert.equal(outletByName('st'), null);
    assert.equal(outletByName('the guardian')?.name, 'The Guardian');
  });
  it('keeps the registrable domain', () => {
    assert.equal(registrableDomain('a.b.example.com'), 'example.com');
    assert.equal(registrableDomain('news.example.co.uk'), 'example.co.uk');
  });
});
