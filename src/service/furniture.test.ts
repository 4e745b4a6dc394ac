import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fingerprintText } from '../core/identity.js';
import { SqliteStore } from '../store/sqlite/index.js';
import { recleanAll } from './furniture.js';
import { ingest } from './ingest.js';

/**
 * A small corpus written for the test: one site's articles over four days, each opening with the same
 * navigation line and closing with the same two standing lines, as one long paragraph; three of them quote
 * the same statement mid-text, which is reporting and must stay.
 */
const HEAD = 'Skip the navigation and read the main story below.';
const TAIL = [
  'The Example Ledger is an independent newsroom based in Springfield since 1920.',
  'Tips reach our desk at any hour through the secure form on this site.',
];
const QUOTE = '“We will not accept any deal that leaves the hostages behind,” the minister said on Sunday.';
const BODIES = [
  'The river flooded three villages in the north on Monday. Rescue teams evacuated two hundred families overnight.',
  'Parliament opened a debate on the water budget on Tuesday. The opposition asked for a vote within a week.',
  'Farmers blocked the main road to the capital with tractors. Police closed two junctions for several hours.',
  'The central bank kept its main interest rate unchanged at four percent. Analysts had expected a cut.',
];
const DAYS = ['2025-05-19', '2025-05-20', '2025-05-21', '2025-05-22'];

function text(i: number): string {
  const [first, second] = BODIES[i]!.split('. ');
  const middle = i === 0 ? '' : ` ${QUOTE}`;
  return `${HEAD} ${first}.${middle} ${second} ${TAIL.join(' ')}`;
}

const clean = (i: number) => {
  const [first, second] = BODIES[i]!.split('. ');
  return `${first}.${i === 0 ? '' : ` ${QUOTE}`} ${second}`;
};

function manifest(dir: string, name: string, indices: number[]): string {
  const path = join(dir, name);
  writeFileSync(
    path,
    indices
      .map((i) =>
        JSON.stringify({
          url: `https://www.ledger.example/news/${i}`,
          title: `Story ${i}`,
          published: `${DAYS[i]}T09:00:00+02:00`,
          outlet: 'Example Ledger',
          text: text(i),
        }),
      )
      .join('\n'),
  );
  return path;
}

const SOURCES = { allowPrivate: false, maxBytes: 1 << 20 };

test('furniture learned across one site’s articles is removed from all of them; a repeated quote stays', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-furniture-'));
  const store = new SqliteStore(join(dir, 'a.db'));
  try {
    const report = await ingest(store, [manifest(dir, 'all.jsonl', [0, 1, 2, 3])], {
      sources: SOURCES,
      read: false,
    });
    assert.equal(report.added, 4);
    const articles = await store.listArticles();
    for (const [i, summary] of articles.entries()) {
      const article = (await store.getArticle(summary.id))!;
      assert.equal(article.text, clean(i), `article ${i}`);
      assert.deepEqual(
        article.removed.map((line) => line.replace(/^\[furniture: [^\]]*\] /, '')),
        [HEAD, ...TAIL],
      );
      assert.match(
        article.removed[0]!,
        /^\[furniture: printed in [34] articles of this outlet over [34] days, around the article\] /,
      );
    }
  } finally {
    await store.close();
  }
});

test('furniture learned later is removed from earlier articles by reprocess', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-furniture-'));
  const store = new SqliteStore(join(dir, 'b.db'));
  try {
    await ingest(store, [manifest(dir, 'first.jsonl', [0, 1])], { sources: SOURCES, read: false });
    const early = await store.listArticles();
    // Two articles are not enough to tell furniture from a shared report.
    for (const [i, summary] of early.entries())
      assert.equal((await store.getArticle(summary.id))!.text, text(i));
    await ingest(store, [manifest(dir, 'second.jsonl', [2, 3])], { sources: SOURCES, read: false });
    const all = await store.listArticles();
    assert.equal((await store.getArticle(all[2]!.id))!.text, clean(2));
    assert.equal((await store.getArticle(all[0]!.id))!.text, text(0));
    assert.equal(await recleanAll(store), 2);
    for (const [i, summary] of all.entries())
      assert.equal((await store.getArticle(summary.id))!.text, clean(i));
    // Nothing more to learn: a second reprocess changes nothing, and the same inputs are unchanged.
    assert.equal(await recleanAll(store), 0);
    const again = await ingest(store, [join(dir, 'first.jsonl')], { sources: SOURCES, read: false });
    assert.equal(again.unchanged, 2);
  } finally {
    await store.close();
  }
});

test('reprocess takes out the inline photo captions of an article stored before that rule; once only', async () => {
  const store = new SqliteStore(':memory:');
  try {
    const caption = 'The mayor speaks at the harbour on Monday. (credit: JANE ROE/WIRE)';
    const body = 'The harbour reopened on Monday after the storm. Ferries resumed their routes at noon.';
    const stored = `${body.split('. ')[0]}. ${caption} ${body.split('. ')[1]}`;
    await store.saveArticle({
      source: 'old.txt',
      url: null,
      title: 'Harbour reopens',
      text: stored,
      removed: [],
      outlet: 'Example Wire',
      outletEvidence: null,
      author: null,
      lang: 'en',
      published: '2025-05-19',
      publishedEvidence: null,
      publishedRange: null,
      canonicalUrl: null,
      fingerprint: fingerprintText(stored),
    });
    assert.equal(await recleanAll(store), 1);
    const [summary] = await store.listArticles();
    const article = (await store.getArticle(summary!.id))!;
    assert.equal(article.text, body);
    assert.deepEqual(article.removed, [caption]);
    assert.equal(await recleanAll(store), 0);
  } finally {
    await store.close();
  }
});
