import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { createApp } from '../src/api/app.js';
import { connectAll, storedDossier } from '../src/service/connect.js';
import { ingest } from '../src/service/ingest.js';
import { relinkAll } from '../src/service/link.js';
import { SqliteStore } from '../src/store/sqlite/index.js';
import type { Store } from '../src/store/store.js';
import { comparableRecords, freshStores } from './support/connected.js';
import { dropSchemas } from './support/postgres.js';

/**
 * A bridge (`connect/stories`, `BRIDGE`): two reports of one dam burst, worded too differently to join,
 * start two stories; a third report telling both halves merges them. The merge reconnects both stories'
 * articles in the same transaction, so the stored records are what `connectAll` derives and what a
 * rebuild (`dossier relink`) gives; the merged-away story's id names the story kept, in the store and
 * through the API.
 */

const ARTICLES = [
  {
    title: 'Velmora dam bursts',
    text:
      'The Velmora dam burst on Tuesday night, flooding the lower town. Mayor Ilse Korhonen said rescuers ' +
      'had pulled forty people from the water and that the reservoir was now empty. Police arrested Dario ' +
      'Venn, the operator of the dam, in Velmora on Wednesday.',
  },
  {
    title: 'Floodwater sweeps Ostrava Street',
    text:
      'Floodwater from the broken barrier swept through Ostrava Street, Mayor Korhonen told reporters. ' +
      'Engineers blamed cracked concrete in the spillway, and the army sent boats to evacuate residents. ' +
      'Officers arrested Venn in Velmora on Wednesday.',
  },
  {
    title: 'Dam burst floods Velmora',
    text:
      'The Velmora dam burst on Tuesday night, and floodwater swept through Ostrava Street into the lower ' +
      'town. Mayor Ilse Korhonen said rescuers had pulled forty people from the water; engineers blamed ' +
      'cracked concrete in the spillway and the army sent boats to evacuate residents. Police arrested ' +
      'Dario Venn, the operator of the dam, in Velmora on Wednesday.',
  },
];

const options = { sources: { allowPrivate: false, maxBytes: 1 << 20 } };
const dir = mkdtempSync(join(tmpdir(), 'dossier-bridge-'));
const schemas: string[] = [];
after(async () => {
  rmSync(dir, { recursive: true, force: true });
  await dropSchemas(schemas);
});

/** Ingests the articles one by one (each read and linked as it arrives); the stories after each. */
async function ingestOneByOne(store: Store): Promise<string[][]> {
  const seen: string[][] = [];
  for (const [i, article] of ARTICLES.entries()) {
    const manifest = join(dir, `${Math.random().toString(36).slice(2)}-${i}.jsonl`);
    writeFileSync(manifest, `${JSON.stringify(article)}\n`);
    await ingest(store, [manifest], options);
    seen.push((await store.listStories()).map((s) => s.id).sort());
  }
  return seen;
}

const stores = freshStores(dir, 'bridge', schemas);

for (const [name, open] of stores) {
  describe(`a bridging article in the ${name} store`, () => {
    it('merges two stories, reconnects them at once, and redirects the merged id', async () => {
      const store = await open();
      try {
        const [first, second, third] = await ingestOneByOne(store);
        assert.equal(first!.length, 1);
        assert.equal(second!.length, 2, 'the two halves start stories of their own');
        assert.equal(third!.length, 1, 'the third report merges them');
        const [kept] = third!;
        const gone = second!.find((id) => id !== kept)!;
        assert.equal(await store.currentStory(gone), kept);
        assert.equal(await store.currentStory(kept!), kept);
        assert.equal(await store.currentStory('story-none'), null);
        const [story] = await store.listStories();
        assert.equal(story!.articleCount, 3);
        assert.equal(story!.articleIds.length, 3);

        // Every record of the merged story's articles is filed under the story kept, as connectAll files it.
        const stored = await storedDossier(store);
        assert.ok(stored.events.length >= 3);
        for (const event of stored.events) assert.equal(event.storyId, kept);
        // "Mayor Korhonen" of the second report is the Ilse Korhonen the first and third name.
        const korhonen = stored.entities.find((e) => e.name === 'Ilse Korhonen')!;
        assert.equal(new Set(korhonen.members.map((m) => m.split('/')[0])).size, 3);
        assert.deepEqual(comparableRecords(stored), comparableRecords(await connectAll(store)));

        // A rebuild gives the same store, the redirect included.
        await relinkAll(store);
        assert.deepEqual(comparableRecords(await storedDossier(store)), comparableRecords(stored));
        assert.equal(await store.currentStory(gone), kept);

        assert.equal((await store.views.getStory(gone))?.id, kept);
      } finally {
        await store.close();
      }
    });
  });
}

describe('api: a story merged into another', () => {
  it('answers a saved link with the story kept, its events and articles', async () => {
    const store = new SqliteStore(join(dir, 'api.db'));
    try {
      const [, second, third] = await ingestOneByOne(store);
      const [kept] = third!;
      const gone = second!.find((id) => id !== kept)!;
      const app = createApp({ store, token: null, loopbackOnly: true });
      const get = async (path: string) => {
        const response = await app.request(path, { headers: { Host: '127.0.0.1:8080' } });
        return { status: response.status, body: (await response.json()) as any };
      };
      const detail = await get(`/api/stories/${gone}`);
      assert.equal(detail.status, 200);
      assert.equal(detail.body.story.id, kept);
      assert.equal(detail.body.articles.length, 3);
      assert.deepEqual(detail.body, (await get(`/api/stories/${kept}`)).body);
      const events = await get(`/api/events?story=${gone}&all=true`);
      assert.equal(events.body.total, (await get(`/api/events?story=${kept}&all=true`)).body.total);
      assert.ok(events.body.total >= 3);
      assert.equal((await get(`/api/articles?story=${gone}`)).body.total, 3);
      assert.equal((await get('/api/stories/story-none')).status, 404);
      assert.equal((await get('/api/articles?story=story-none')).status, 404);
    } finally {
      await store.close();
    }
  });
});
