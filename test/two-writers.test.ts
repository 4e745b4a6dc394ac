/**
 * Several processes on one SQLite file (issue 15): two `dossier ingest` at once both finish and store
 * every article once, and a running server notices what another process wrote.
 */
import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { after, test } from 'node:test';
import Database from 'better-sqlite3';
import { startServer } from '../src/api/server.js';
import { DossierCache } from '../src/api/dossier-cache.js';
import { ingest } from '../src/service/ingest.js';
import { SqliteStore } from '../src/store/sqlite/index.js';
import { dossierAsync, ROOT, SEEDS_MANIFEST, tempDir } from './helpers.js';

const dir = tempDir('dossier-two-writers-');
after(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Manifest lines from the development RSS corpus: real articles, each with its own address (the feed's
 * RFC 822 dates left out: a manifest takes ISO dates).
 */
function corpusLines(count: number): string[] {
  const path = join(ROOT, '..', 'shared', 'bench', 'corpora', 'rss-2025-05', 'articles.jsonl.gz');
  const lines = gunzipSync(readFileSync(path)).toString('utf8').split('\n').filter(Boolean);
  return lines.slice(0, count).map((line) => {
    const { published: _published, ...item } = JSON.parse(line) as Record<string, unknown>;
    return JSON.stringify(item);
  });
}

function rows(db: string, sql: string): unknown[] {
  const handle = new Database(db, { readonly: true });
  try {
    return handle.prepare(sql).all();
  } finally {
    handle.close();
  }
}

test('two `dossier ingest` on one file at once both succeed, and every article is stored once', async () => {
  const lines = corpusLines(36);
  // Twelve articles in both manifests: the two processes race to store the same ones.
  const first = join(dir, 'first.jsonl');
  const second = join(dir, 'second.jsonl');
  writeFileSync(first, `${lines.slice(0, 24).join('\n')}\n`);
  writeFileSync(second, `${lines.slice(12).join('\n')}\n`);

  const alone = join(dir, 'alone.db');
  const sequential = await dossierAsync(alone, ['ingest', first, second, '--json']);
  assert.equal(sequential.status, 0, sequential.stderr);

  const shared = join(dir, 'shared.db');
  const [a, b] = await Promise.all([
    dossierAsync(shared, ['ingest', first, '--json']),
    dossierAsync(shared, ['ingest', second, '--json']),
  ]);
  assert.equal(a.status, 0, a.stderr);
  assert.equal(b.status, 0, b.stderr);
  assert.doesNotMatch(a.stderr + b.stderr, /database is locked/);
  const reports = [a, b].map((r) => JSON.parse(r.stdout) as { added: number; unchanged: number });
  assert.equal(reports[0]!.added + reports[0]!.unchanged, 24);
  assert.equal(reports[1]!.added + reports[1]!.unchanged, 24);

  const ids = (db: string) =>
    (rows(db, 'SELECT id FROM articles ORDER BY id') as Array<{ id: string }>).map((r) => r.id);
  assert.deepEqual(ids(shared), ids(alone), 'the same articles as one process stores');
  assert.equal(reports[0]!.added + reports[1]!.added, ids(alone).length, 'each stored by one of them');
  assert.deepEqual(rows(shared, 'SELECT id FROM articles GROUP BY id HAVING COUNT(*) > 1'), []);
  assert.deepEqual(
    rows(shared, 'SELECT COUNT(*) AS n FROM readings'),
    rows(alone, 'SELECT COUNT(*) AS n FROM readings'),
    'every article read once',
  );
  assert.deepEqual(rows(shared, 'PRAGMA integrity_check'), [{ integrity_check: 'ok' }]);
});

test('the connected dossier is kept while nothing changes and recomputed after another connection writes', async () => {
  const db = join(dir, 'cache.db');
  const server = new SqliteStore(db);
  const other = new SqliteStore(db);
  try {
    const cache = new DossierCache(server);
    const before = await cache.get();
    assert.equal(before.articles.length, 0);
    assert.equal(await cache.get(), before, 'nothing written: the same dossier');
    const report = await ingest(other, [SEEDS_MANIFEST], {
      sources: { allowPrivate: false, maxBytes: 1 << 24 },
    });
    assert.equal(report.added, 5);
    const after = await cache.get();
    assert.notEqual(after, before);
    assert.equal(after.articles.length, 5);
    assert.equal(await cache.get(), after);
  } finally {
    await other.close();
    await server.close();
  }
});

test('serve shows what a CLI ingest into its file stored, without a restart', async () => {
  const db = join(dir, 'serve.db');
  const store = new SqliteStore(db);
  const server = await startServer({ store, port: 0 });
  try {
    const stories = async () => {
      const response = await fetch(`${server.url}/api/stories`);
      assert.equal(response.status, 200);
      return ((await response.json()) as { total: number }).total;
    };
    const timeline = async () =>
      ((await (await fetch(`${server.url}/api/timeline?all=true`)).json()) as { total: number }).total;
    assert.equal(await stories(), 0);
    assert.equal(await timeline(), 0);
    const cli = await dossierAsync(db, ['ingest', SEEDS_MANIFEST]);
    assert.equal(cli.status, 0, cli.stderr);
    assert.ok((await stories()) > 0, 'the stories the CLI made');
    assert.ok((await timeline()) > 0, 'the events the CLI stored');
  } finally {
    await server.close();
    await store.close();
  }
});
