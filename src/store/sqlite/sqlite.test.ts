import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { runStoreConformance } from '../conformance.js';
import { waitingForTheLock } from '../conformance/lock-waiting.js';
import { SqliteStore } from './index.js';

const folder = mkdtempSync(join(tmpdir(), 'dossier-sqlite-'));
let count = 0;

runStoreConformance('SQLite file', async () => new SqliteStore(join(folder, `store-${count++}.db`)));

test("a transaction waiting for another connection's write lock does the caller's steps meanwhile, then its work", async () => {
  const path = join(folder, 'waiting.db');
  const holder = new SqliteStore(path);
  const waiter = new SqliteStore(path);
  try {
    await waitingForTheLock(holder, waiter, () => true);
  } finally {
    await holder.close();
    await waiter.close();
  }
});
