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
 * Issue 13: a group of members below the actor bar (named, but seen taking part in nothing) becomes an
 * actor when a later article shows it acting, with every member named before; the store finds those
 * members by their blocking keys (hidden groups, migration 25), so the stored actors equal `connectAll`'s.
 * And one `ingest` of every article stores what one `ingest` per article does.
 */

const ARTICLES = [
  {
    title: 'Crowds in the square',
    text:
      'Crowds gathered outside the offices of the Meridian Trust in Halvorsby on Monday. Police closed ' +
      'two streets near the Meridian Trust for the afternoon.',
  },
  {
    title: 'A quiet harbour',
    text: 'Boats waited in the harbour of Halvorsby on Tuesday. A cafe beside the Meridian Trust stayed open late.',
  },
  {
    title: 'Trust sells its shares',
    text:
      'The Meridian Trust said on Wednesday it would sell its shares in the port. The Meridian Trust ' +
      'announced the sale after a long review.',
  },
  {
    title: 'Port owners change',
    text: 'The port of Halvorsby will have new owners next year, the harbour master said on Thursday.',
  },
];

const options = { sources: { allowPrivate: false, maxBytes: 1 << 20 } };
const dir = mkdtempSync(join(tmpdir(), 'dossier-hidden-groups-'));
const schemas: string[] = [];
after(async () => {
  rmSync(dir, { recursive: true, force: true });
  await dropSchemas(schemas);
});

const line = (article: (typeof ARTICLES)[number], i: number) =>
  `${JSON.stringify({ ...article, published: `2025-05-0${i + 1}T10:00:00Z` })}\n`;

/** Each article read and linked as it arrives, a day apart. */
async function ingestOneByOne(store: Store): Promise<void> {
  for (const [i, article] of ARTICLES.entries()) {
    const manifest = join(dir, `${Math.random().toString(36).slice(2)}-${i}.jsonl`);
    writeFileSync(manifest, line(article, i));
    await ingest(store, [manifest], options);
  }
}

/** Every article in one `ingest` call. */
async function ingestAtOnce(store: Store): Promise<void> {
  const manifest = join(dir, `${Math.random().toString(36).slice(2)}-all.jsonl`);
  writeFileSync(manifest, ARTICLES.map(line).join(''));
  await ingest(store, [manifest], options);
}

/** Each actor named "Meridian Trust" as the titles of the articles of its members. */
async function trusts(store: Store): Promise<string[][]> {
  const dossier = await storedDossier(store);
  const titleOf = new Map(dossier.articles.map((r) => [r.article.id, r.article.title]));
  return dossier.entities
    .filter((e) => /meridian trust/i.test(e.name))
    .map((e) => [...new Set(e.members.map((m) => titleOf.get(m.split('/')[0]!)!))].sort());
}

for (const [name, open] of freshStores(dir, 'hiddengroups', schemas)) {
  describe(`a group below the actor bar in the ${name} store`, () => {
    it('becomes an actor with its earlier members when a later article shows it acting', async () => {
      const store = await open();
      try {
        await ingestOneByOne(store);
        assert.deepEqual(await trusts(store), [
          ['A quiet harbour', 'Crowds in the square', 'Trust sells its shares'],
        ]);
        const stored = await storedDossier(store);
        assert.deepEqual(comparableRecords(stored), comparableRecords(await connectAll(store)));
      } finally {
        await store.close();
      }
    });

    it('is stored alike whether the articles come in one ingest or one by one', async () => {
      const [oneByOne, atOnce] = [await open(), await open()];
      try {
        await ingestOneByOne(oneByOne);
        await ingestAtOnce(atOnce);
        const [a, b] = [await storedDossier(oneByOne), await storedDossier(atOnce)];
        assert.deepEqual(comparableRecords(b), comparableRecords(a));
        assert.deepEqual(comparableRecords(b), comparableRecords(await connectAll(atOnce)));
      } finally {
        await Promise.all([oneByOne.close(), atOnce.close()]);
      }
    });
  });
}
