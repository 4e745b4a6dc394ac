/** Where a workers' batch stands, as `dossier jobs` and the API's job status say it. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { IntakeBatch } from '../core/worker-ports.js';
import { batchJob, batchStatus } from './intake.js';

function batch(total: number | null, states: Partial<IntakeBatch['states']>): IntakeBatch {
  return {
    id: 'b1',
    createdAt: '2026-12-07T00:00:00Z',
    options: { allowPrivate: false, maxBytes: 1_000_000 },
    total,
    states: { queued: 0, fetched: 0, read: 0, linked: 0, done: 0, ...states },
    outcomes: { added: 0, revised: 0, updated: 0, unchanged: 0, failed: 0 },
    failures: [],
  };
}

test('batch status: linked once every input left waits to be connected, not running', () => {
  assert.equal(batchStatus(batch(3, { linked: 2, done: 1 })), 'linked');
  assert.deepEqual(batchJob(batch(3, { linked: 3 })), {
    id: 'b1',
    status: 'linked',
    processed: 0,
    total: null,
  });
});

test('batch status: running while some input is still prepared, read or linked, or the batch is not sealed', () => {
  assert.equal(batchStatus(batch(3, { read: 1, linked: 1, done: 1 })), 'running');
  assert.equal(batchStatus(batch(3, { fetched: 1, linked: 2 })), 'running');
  assert.equal(batchStatus(batch(null, { linked: 2 })), 'running');
  assert.equal(batchStatus(batch(2, { queued: 2 })), 'queued');
  assert.equal(batchStatus(batch(2, { done: 2 })), 'done');
});
