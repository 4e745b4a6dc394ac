import assert from 'node:assert/strict';
import { test } from 'node:test';
import { actionCosts, projectivize } from './oracle.js';
import { ACTIONS, LEFT, ParserState, SHIFT } from './state.js';

/** Follows zero-cost actions from the start (preferring `order`) and returns the heads built. */
function followOracle(gold: Int32Array, order: number[]): Int32Array {
  const n = gold.length;
  const state = new ParserState();
  state.reset(n);
  const onStack = new Uint8Array(n + 1);
  const costs = new Float64Array(ACTIONS);
  while (!state.done) {
    actionCosts(state, gold, onStack, costs);
    const action = order.find((a) => costs[a] === 0);
    assert.notEqual(action, undefined, 'some action always costs nothing on a projective gold tree');
    if (action === SHIFT) onStack[state.front] = 1;
    else onStack[state.s(0)] = 0;
    state.apply(action!, 0);
  }
  return state.heads.slice(0, n);
}

/** A random projective tree over n words, root `n`: each span's head picked, its sides built recursively. */
function randomProjective(n: number, random: () => number): Int32Array {
  const heads = new Int32Array(n);
  const build = (from: number, to: number, head: number): void => {
    if (from >= to) return;
    const h = from + Math.floor(random() * (to - from));
    heads[h] = head;
    build(from, h, h);
    build(h + 1, to, h);
  };
  build(0, n, n);
  return heads;
}

test('the dynamic oracle rebuilds every projective gold tree, whatever zero-cost action it prefers', () => {
  let seed = 7;
  const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  for (let trial = 0; trial < 300; trial++) {
    const n = 1 + Math.floor(random() * 25);
    const gold = randomProjective(n, random);
    for (const order of [
      [SHIFT, LEFT, 2],
      [LEFT, 2, SHIFT],
      [2, LEFT, SHIFT],
    ])
      assert.deepEqual(followOracle(gold, order), gold);
  }
});

test('projectivize lifts the crossing arc to its head’s head', () => {
  // "A hearing is scheduled on the issue today": "on the issue" (1-2... ) hangs off "hearing" across "scheduled".
  // words: 0 A, 1 hearing, 2 is, 3 scheduled, 4 on, 5 the, 6 issue, 7 today; root 8.
  const heads = Int32Array.from([1, 3, 3, 8, 6, 6, 1, 3]);
  assert.deepEqual([...projectivize(heads)], [1, 3, 3, 8, 6, 6, 3, 3]);
});
