import assert from 'node:assert/strict';
import type { Store } from '../store.js';
import { draft } from './fixtures.js';

/**
 * A transaction waiting for another connection's write lock does the caller's steps meanwhile, then its
 * work, seeing what the holder wrote. Not part of `runStoreConformance`: it needs two connections to one
 * store. `keepStepping` is what the caller's step answers after the third (which lets the holder commit):
 * SQLite's waiter must keep stepping (its busy handler would block the holder, in the same process), while
 * PostgreSQL's may stop and wait for the lock as any transaction does.
 */
export async function waitingForTheLock(
  holder: Store,
  waiter: Store,
  keepStepping: (steps: number) => boolean,
): Promise<void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let locked!: () => void;
  const holding = new Promise<void>((resolve) => (locked = resolve));
  const held = holder.transaction(async (tx) => {
    locked();
    await released;
    await tx.saveArticles([draft('The holder wrote first.')]);
  });
  // The waiter starts once the holder has the lock: started together, either could take it first.
  await holding;
  let steps = 0;
  const waited = waiter.transaction(
    async (tx) => ({ steps, articles: await tx.countArticles() }),
    () => {
      steps += 1;
      if (steps === 3) release();
      return keepStepping(steps);
    },
  );
  await held;
  assert.deepEqual(await waited, { steps: 3, articles: 1 });
  // With the lock free, the work runs at once and no step is taken.
  assert.equal(await waiter.transaction(async () => 'free', assert.fail), 'free');
}
