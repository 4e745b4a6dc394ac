/**
 * `dossier ingest` killed with SIGKILL at random moments (issue 15): after every kill the file passes
 * SQLite's integrity check and holds no article twice; the run resumed after the last kill completes, and
 * the store then holds exactly what one ingest never killed stores from the same inputs.
 *
 * `DOSSIER_KILLS` sets the number of kills (20 by default; `npm run test:kill-ingest` runs 100).
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import Database from 'better-sqlite3';
import { CLI, dossierAsync, ROOT, tempDir } from './helpers.js';
import { bbcFiles } from './support/workers.js';

const KILLS = Number(process.env.DOSSIER_KILLS || 20);
const dir = tempDir('dossier-ingest-kill-');
after(() => rmSync(dir, { recursive: true, force: true }));

function query<T>(db: string, sql: string): T[] {
  const handle = new Database(db, { readonly: true, fileMustExist: true });
  try {
    return handle.prepare(sql).all() as T[];
  } finally {
    handle.close();
  }
}

const count = (db: string, table: string) =>
  query<{ n: number }>(db, `SELECT COUNT(*) AS n FROM ${table}`)[0]!.n;

/** Runs an ingest and kills it `delayMs` after it starts; resolves with its exit (null when killed). */
function ingestKilledAfter(db: string, inputs: string[], delayMs: number): Promise<number | null> {
  const child = spawn(process.execPath, [CLI, '--db', db, 'ingest', ...inputs], {
    cwd: ROOT,
    stdio: 'ignore',
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
  return new Promise((resolve) =>
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve(code);
    }),
  );
}

test(`ingest: ${KILLS} kills with SIGKILL at random moments lose nothing and duplicate nothing`, async () => {
  // Enough inputs that the kills land mid-run: each run stores a few batches before it is killed.
  const inputs = bbcFiles(KILLS * 12);
  const reference = join(dir, 'reference.db');
  const whole = await dossierAsync(reference, ['ingest', ...inputs, '--json']);
  assert.equal(whole.status, 0, whole.stderr);

  const db = join(dir, 'killed.db');
  let killed = 0;
  let finished = 0;
  while (killed < KILLS) {
    // A random moment from start-up (modules and models loading) to well into the storing.
    const code = await ingestKilledAfter(db, inputs, 300 + Math.random() * 4000);
    if (code === null) killed += 1;
    else {
      assert.equal(code, 0);
      finished += 1;
      // A run that finished before its kill leaves nothing to interrupt: start again on an empty file.
      if (finished > KILLS) assert.fail('the ingest finished before every kill; give it more inputs');
      rmSync(db, { force: true });
      rmSync(`${db}-wal`, { force: true });
      rmSync(`${db}-shm`, { force: true });
      continue;
    }
    try {
      assert.deepEqual(
        query(db, 'PRAGMA integrity_check'),
        [{ integrity_check: 'ok' }],
        `after kill ${killed}`,
      );
      assert.deepEqual(
        query(db, 'SELECT fingerprint FROM articles GROUP BY fingerprint HAVING COUNT(*) > 1'),
        [],
      );
      assert.ok(count(db, 'articles') <= inputs.length);
    } catch (error) {
      // Killed before the file was created: nothing to check yet.
      if (!/unable to open|does not exist|no such table/i.test(String(error))) throw error;
    }
  }

  const resumed = await dossierAsync(db, ['ingest', ...inputs, '--json']);
  assert.equal(resumed.status, 0, resumed.stderr);
  const report = JSON.parse(resumed.stdout) as { added: number; unchanged: number; failed: number };
  assert.equal(report.failed, 0);
  assert.equal(report.added + report.unchanged, inputs.length);
  assert.deepEqual(query(db, 'PRAGMA integrity_check'), [{ integrity_check: 'ok' }]);
  const ids = (path: string) =>
    query<{ id: string }>(path, 'SELECT id FROM articles ORDER BY id').map((r) => r.id);
  assert.deepEqual(ids(db), ids(reference), 'the articles one uninterrupted ingest stores');
  for (const table of ['readings', 'signatures', 'fingerprints']) {
    assert.equal(count(db, table), count(reference, table), table);
  }
  assert.equal(
    query<{ n: number }>(db, 'SELECT COUNT(*) AS n FROM articles WHERE linked_revision IS NULL')[0]!.n,
    0,
    'every article linked',
  );
});
