/**
 * The fuzz harness in the suite (issue 15): a short seeded run through extract, analyze and ingest with
 * no crash, and every saved failing input (test/fixtures/fuzz/) replayed. `npm run fuzz` is the long run.
 * The hang limit here is a watchdog far above any honest input, not a speed goal: speed is the bench's.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { runFuzz } from '../scripts/fuzz/fuzz.js';
import type { FuzzTarget } from '../scripts/fuzz/inputs.js';
import { EXTENSIONS, runInput } from '../scripts/fuzz/run-input.js';
import { SqliteStore } from '../src/store/sqlite/index.js';
import { ROOT, tempDir } from './helpers.js';

const saved = tempDir('dossier-fuzz-saved-');
after(() => rmSync(saved, { recursive: true, force: true }));

test('fuzz: 200 seeded inputs (mutated texts, pages, manifests and shapes) without a crash or hang', async () => {
  const report = await runFuzz({
    root: ROOT,
    seed: 1,
    count: 200,
    timeMs: Number.POSITIVE_INFINITY,
    hangMs: 60_000,
    maxChars: 16_384,
    saveDir: saved,
  });
  assert.equal(report.inputs, 200);
  assert.deepEqual(
    report.failures.map((f) => `${f.kind} ${f.id} (${f.origin}): ${f.error.split('\n')[0]}`),
    [],
  );
  assert.equal(report.crashes, 0);
  assert.equal(report.hangs, 0);
  assert.deepEqual(readdirSync(saved), [], 'nothing to save');
});

describe('fuzz: saved failing inputs are read without error', () => {
  const dir = join(ROOT, 'test', 'fixtures', 'fuzz');
  const cases = readdirSync(dir).filter((f) => f.endsWith('.json'));
  test('the fixtures folder holds cases', () => assert.ok(cases.length >= 2));
  for (const file of cases) {
    const meta = JSON.parse(readFileSync(join(dir, file), 'utf8')) as {
      id: string;
      target: FuzzTarget;
      origin: string;
    };
    test(`${meta.id}: ${meta.origin}`, async () => {
      const store = new SqliteStore(':memory:');
      try {
        await runInput(meta.target, readFileSync(join(dir, `${meta.id}.${EXTENSIONS[meta.target]}`)), store);
        assert.ok((await store.countArticles()) >= 1, 'the article is stored');
      } finally {
        await store.close();
      }
    });
  }
});
