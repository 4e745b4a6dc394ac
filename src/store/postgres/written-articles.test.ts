import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import pg from 'pg';
import { dropSchemas, freshSchema, testLocation } from '../../../test/support/postgres.js';
import { fingerprintText } from '../../core/identity.js';
import { emptyUpdate } from '../../core/record-ports.js';
import type { ArticleDraft } from '../../core/types.js';
import { analyzeText } from '../../pipeline/reading.js';
import { draft } from '../conformance/fixtures.js';
import { PostgresStore } from './index.js';

const schemas: string[] = [];
after(() => dropSchemas(schemas));

async function open(): Promise<PostgresStore> {
  const name = freshSchema('written');
  schemas.push(name);
  return PostgresStore.open(testLocation(name));
}

function article(text: string, url: string): ArticleDraft {
  return draft(text, { url, title: 'A title', published: '2025-03-04T10:00:00Z' });
}

function reading(text: string) {
  const { text: _text, ...read } = analyzeText(text, '2025-03-04T10:00:00Z');
  return read;
}

/** Round trips sent to the server while `work` runs (every pooled client's queries). */
async function roundTrips<T>(work: () => Promise<T>): Promise<{ result: T; sent: string[] }> {
  const sent: string[] = [];
  const original = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const text = typeof args[0] === 'string' ? args[0] : (args[0] as { text?: string })?.text;
    if (text) sent.push(text);
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
  try {
    return { result: await work(), sent };
  } finally {
    pg.Client.prototype.query = original;
  }
}

const TEXT_A =
  'The minister, Anna Berg, said on Monday that the port in Gdansk would reopen. Critics disagreed.';
const TEXT_B = 'Anna Berg visited Gdansk on Tuesday. The port reopened, officials said.';

test('an article a transaction stored and read is given back as a read of its row gives it, without asking', async () => {
  const store = await open();
  try {
    // One stored before, so that a scope mixes rows read from the server with the one known.
    const [earlier] = await store.saveArticles([article(TEXT_A, 'https://example.org/a')]);
    await store.saveReading({ articleId: earlier!.id, revision: 1, pipeline: 'p', reading: reading(TEXT_A) });
    const draftB = article(TEXT_B, 'https://example.org/b');
    let inside: { got: unknown; read: unknown } | null = null;
    const { sent } = await roundTrips(() =>
      store.transaction(async (tx) => {
        const saved = await tx.saveArticle(draftB);
        const got = await tx.getArticle(saved.id);
        await tx.saveReading({ articleId: saved.id, revision: 1, pipeline: 'p', reading: reading(TEXT_B) });
        const read = await tx.readArticles([saved.id, earlier!.id]);
        inside = { got, read };
      }),
    );
    const id = (await store.listArticles({}))[1]!.id;
    assert.deepEqual(inside!.got, await store.getArticle(id));
    assert.deepEqual(inside!.read, await store.readArticles([id, earlier!.id]));
    // The row is inserted with its place returned; not read back by `getArticle`, `saveReading` or
    // `readArticles` (which asks only for the earlier article).
    assert.equal(sent.filter((s) => /SELECT .* FROM articles WHERE id = \$1/s.test(s)).length, 0);
    assert.equal(sent.filter((s) => /RETURNING id, text, published, seq/.test(s) && !/;/.test(s)).length, 0);
    assert.equal(sent.filter((s) => /JOIN readings r ON r\.article_id = a\.id/.test(s)).length, 1);
  } finally {
    await store.close();
  }
});

test('a revised article, or one whose text the server would not keep as given, is read from its row', async () => {
  const store = await open();
  try {
    // A lone surrogate is stored as the replacement character: what is known would not be what is read.
    const odd = article(
      'Gdansk \ud800 port reopened on Monday, the minister said.',
      'https://example.org/odd',
    );
    const revised = article(TEXT_B, 'https://example.org/a');
    const seen = await store.transaction(async (tx) => {
      const first = await tx.saveArticle(article(TEXT_A, 'https://example.org/a'));
      const again = await tx.saveArticle(revised);
      const oddSaved = await tx.saveArticle(odd);
      return {
        revised: await tx.getArticle(again.id),
        odd: await tx.getArticle(oddSaved.id),
        same: first.id === again.id && again.revision === 2,
      };
    });
    assert.equal(seen.same, true);
    assert.equal(seen.revised!.text, TEXT_B);
    assert.equal(seen.revised!.fingerprint, fingerprintText(TEXT_B));
    assert.deepEqual(seen.revised, await store.getArticle(seen.revised!.id));
    assert.deepEqual(seen.odd, await store.getArticle(seen.odd!.id));
    assert.notEqual(seen.odd!.text, odd.text);
  } finally {
    await store.close();
  }
});

test('an article whose reading a transaction saved has no event reports until its connected records keep some', async () => {
  const store = await open();
  try {
    const kept = { version: 'v1', reports: [], figures: [] };
    const { result, sent } = await roundTrips(() =>
      store.transaction(async (tx) => {
        const saved = await tx.saveArticle(article(TEXT_A, 'https://example.org/a'));
        await tx.saveReading({ articleId: saved.id, revision: 1, pipeline: 'p', reading: reading(TEXT_A) });
        const before = await tx.eventReportsOf([saved.id]);
        await tx.saveConnected({ ...emptyUpdate(), eventReports: [{ articleId: saved.id, ...kept }] });
        const after = await tx.eventReportsOf([saved.id]);
        return { id: saved.id, before, after };
      }),
    );
    assert.deepEqual(result.before, []);
    assert.deepEqual(result.after, await store.eventReportsOf([result.id]));
    assert.equal(result.after.length, 1);
    // Asked of the server once: after the records were saved.
    assert.equal(sent.filter((s) => /JOIN event_reports e/.test(s)).length, 1);
  } finally {
    await store.close();
  }
});
