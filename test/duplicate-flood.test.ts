/**
 * A flood of near-identical items (issue 15): every item is stored, and the duplicate links stay linear
 * in the items (each new one links to at most `MAX_DUPLICATE_LINKS` of the others) instead of one row per
 * pair (1,000 items made 499,500 rows, a 10,000-item feed 14.3 million).
 */
import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import Database from 'better-sqlite3';
import { MAX_DUPLICATE_LINKS } from '../src/connect/duplicates/index.js';
import { ingest } from '../src/service/ingest.js';
import { SqliteStore } from '../src/store/sqlite/index.js';
import { tempDir } from './helpers.js';

const dir = tempDir('dossier-flood-');
after(() => rmSync(dir, { recursive: true, force: true }));

const BODY = [
  'The harbour authority said on Tuesday that the northern pier would close for repairs until the spring.',
  'Fishing boats that use the pier will be moved to the southern basin, where six new berths were built last year.',
  'The repairs follow a survey that found cracks in the concrete supports after the winter storms.',
  'A spokesperson for the fishermen’s association said its members had been consulted and accepted the plan.',
].join(' ');

test('1,000 near-identical items are all stored, with at most 16 duplicate links each', async () => {
  const count = 1000;
  const manifest = join(dir, 'flood.jsonl');
  const lines = Array.from({ length: count }, (_, i) =>
    JSON.stringify({ title: `Pier closes (${i})`, text: `${BODY} This is copy ${i} of the notice.` }),
  );
  writeFileSync(manifest, `${lines.join('\n')}\n`);
  const db = join(dir, 'flood.db');
  const store = new SqliteStore(db);
  try {
    const report = await ingest(store, [manifest], { sources: { allowPrivate: false, maxBytes: 1 << 20 } });
    assert.equal(report.added, count);
    assert.deepEqual(report.failed, []);
  } finally {
    await store.close();
  }
  const check = new Database(db, { readonly: true });
  try {
    const one = (sql: string) => (check.prepare(sql).get() as { n: number }).n;
    assert.equal(one('SELECT COUNT(*) AS n FROM articles'), count);
    // Each item links to every earlier one up to the cap: sum of min(i, 16) for i < 1,000.
    const expected = Array.from({ length: count }, (_, i) => Math.min(i, MAX_DUPLICATE_LINKS)).reduce(
      (a, b) => a + b,
    );
    assert.equal(expected, 15_864);
    assert.equal(one('SELECT COUNT(*) AS n FROM duplicates'), expected);
    assert.equal(one('SELECT COUNT(*) AS n FROM signatures'), count);
  } finally {
    check.close();
  }
});
