import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { connectAll, storedDossier } from '../src/service/connect.js';
import { ingest } from '../src/service/ingest.js';
import type { Store } from '../src/store/store.js';
import { comparableRecords, freshStores } from './support/connected.js';
import { dropSchemas } from './support/postgres.js';

/**
 * Issue 13 on same-named bodies of several countries: articles linked one by one as they arrive (the
 * real ingest path, each linking resolving only its actor scope) store the actors `connectAll` derives
 * from every reading. Five reports each write "the Ministry of Foreign Affairs" without a country's
 * adjective, one with it; the untold ones are told apart by the country each article is about.
 */

const ARTICLES = [
  {
    title: 'Vantor seeks talks',
    text:
      "Iran said on Monday it would send a delegation to Geneva. Iran's Ministry of Foreign Affairs said " +
      'Iran wanted talks with its neighbours before the summer.',
  },
  {
    title: 'Cairo stays neutral',
    text:
      'Egypt will stay neutral in the dispute, the Ministry of Foreign Affairs said on Sunday. Egypt urged ' +
      'calm and asked Egypt’s partners to wait.',
  },
  {
    title: 'Taipei protests drills',
    text:
      'Taiwan protested the drills near its coast on Tuesday. The Ministry of Foreign Affairs said Taiwan ' +
      'would not be intimidated and Taiwan would keep its patrols.',
  },
  {
    title: 'Yaounde recalls envoy',
    text:
      'Cameroon recalled its envoy on Friday. The Ministry of Foreign Affairs said Cameroon had been ' +
      'insulted and Cameroon would answer.',
  },
  {
    title: 'Tehran rejects report',
    text:
      'The Ministry of Foreign Affairs rejected the report on Thursday. Iran said the report was false and ' +
      'Iran would publish its own figures.',
  },
];

const options = { sources: { allowPrivate: false, maxBytes: 1 << 20 } };
const dir = mkdtempSync(join(tmpdir(), 'dossier-actor-paths-'));
const schemas: string[] = [];
after(async () => {
  rmSync(dir, { recursive: true, force: true });
  await dropSchemas(schemas);
});

/** Each article read and linked as it arrives, a day apart. */
async function ingestOneByOne(store: Store): Promise<string[]> {
  const ids: string[] = [];
  for (const [i, article] of ARTICLES.entries()) {
    const manifest = join(dir, `${Math.random().toString(36).slice(2)}-${i}.jsonl`);
    writeFileSync(manifest, `${JSON.stringify({ ...article, published: `2025-05-0${i + 1}T10:00:00Z` })}\n`);
    await ingest(store, [manifest], options);
    const titled = (await storedDossier(store)).articles.find((r) => r.article.title === article.title);
    ids.push(titled!.article.id);
  }
  return ids;
}

for (const [name, open] of freshStores(dir, 'actorpaths', schemas)) {
  describe(`same-named bodies of several countries in the ${name} store`, () => {
    it('are stored as connectAll derives them when the articles arrive one by one', async () => {
      const store = await open();
      try {
        const ids = await ingestOneByOne(store);
        const stored = await storedDossier(store);
        assert.deepEqual(comparableRecords(stored), comparableRecords(await connectAll(store)));
        const ministries = stored.entities
          .filter((e) => /ministry of foreign affairs/i.test(e.name))
          .map((e) => e.members.map((m) => ids.indexOf(m.split('/')[0]!)).sort())
          .sort();
        // Iran's two reports one body, Egypt's and Cameroon's each their own (Taiwan's is named by no one
        // taking part in anything, so no actor).
        assert.deepEqual(ministries, [[0, 4], [1], [3]]);
      } finally {
        await store.close();
      }
    });
  });
}
