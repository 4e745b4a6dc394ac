/**
 * Linking through a real SQLite file: articles ingested from a manifest, stories read back from the store.
 * An outlet's footer, printed word for word under unrelated articles, must not make them one story; two
 * outlets' reports of one event must.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { SqliteStore } from '../store/sqlite/index.js';
import { ingest } from './ingest.js';
import { relinkAll } from './link.js';

const FOOTER =
  'Subscribe to the Valley Courier for daily news about farming, elections, schools, rivers, roads and the weather across the Ossel valley and the Marrow district, delivered to your inbox every morning by our award-winning newsroom team.';

const ARTICLES = [
  {
    outlet: 'Valley Courier',
    title: 'Hollin bridge closed after inspectors find corroded cables',
    text: `The river bridge at Hollin was closed on Monday after inspectors found corroded cables. Tova Brandt of the Highways Agency said traffic would be diverted through the Ossel valley until the cables are replaced. ${FOOTER}`,
  },
  {
    outlet: 'Valley Courier',
    title: 'Marrow school wins national chess title',
    text: `Pupils from Marrow Grammar School won the national chess championship in Leeds on Saturday. Their coach, Ilse Varga, said the team had trained every lunchtime since September. ${FOOTER}`,
  },
  {
    outlet: 'Northern Herald',
    title: 'Hollin crossing shut over rusting cables',
    text: 'Engineers discovered rusting cables on the Hollin river bridge and closed it on Monday. Drivers are being sent through the Ossel valley, Tova Brandt of the Highways Agency told reporters, while new cables are ordered for the bridge at Hollin.',
  },
];

test('a shared footer does not glue two articles into a story; two reports of one event are one story', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-link-'));
  const store = new SqliteStore(join(dir, 'link.db'));
  try {
    const manifest = join(dir, 'articles.jsonl');
    writeFileSync(
      manifest,
      ARTICLES.map((a) => JSON.stringify({ ...a, published: '2025-05-12' })).join('\n'),
    );
    const report = await ingest(store, [manifest], { sources: { allowPrivate: false, maxBytes: 1 << 20 } });
    assert.equal(report.added, 3);
    const titles = new Map<string, string>();
    for await (const article of store.iterateArticles()) titles.set(article.id, article.title ?? '');
    const stories = (await store.listStories())
      .map((story) => story.articleIds.map((id) => titles.get(id)).sort())
      .sort((a, b) => b.length - a.length);
    assert.deepEqual(stories, [
      [
        'Hollin bridge closed after inspectors find corroded cables',
        'Hollin crossing shut over rusting cables',
      ],
      ['Marrow school wins national chess title'],
    ]);
    // Rebuilt from the stored readings, the links come out the same.
    const before = await store.listStories();
    assert.deepEqual(await relinkAll(store), { state: 'started', linked: 3 });
    assert.deepEqual(await store.listStories(), before);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
