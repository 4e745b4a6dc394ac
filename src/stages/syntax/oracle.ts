import { LEFT, NONE, ParserState, RIGHT, SHIFT } from './state.js';

/**
 * What training needs of the transition system: gold trees made projective, and the dynamic oracle of
 * Goldberg & Nivre (2013) for arc-hybrid, which says for any state, even a wrong one, how many gold arcs
 * each action would make unreachable. Heads here use `n` for the root.
 */

/** Whether the arc into `d` crosses another arc of `heads`. */
function crosses(heads: Int32Array, d: number): boolean {
  const h = heads[d]!;
  const low = Math.min(h, d);
  const high = Math.max(h, d);
  for (let k = low + 1; k < high; k++) {
    // Every word strictly between a head and its dependent must descend from the head.
    let a = k;
    while (a !== h && a < heads.length) a = heads[a]!;
    if (a !== h) return true;
  }
  return false;
}

/**
 * Lifts non-projective arcs (the shortest first) to the head's head until no arc crosses another: the
 * arc-hybrid system builds projective trees only, and learning from lifted arcs loses less than learning
 * from none (Nivre & Nilsson 2005, without their label encoding). Returns a new array.
 */
export function projectivize(heads: Int32Array): Int32Array {
  const out = Int32Array.from(heads);
  const n = out.length;
  for (;;) {
    let shortest = -1;
    for (let d = 0; d < n; d++) {
      if (out[d] === n) continue;
      if (shortest >= 0 && Math.abs(out[d]! - d) >= Math.abs(out[shortest]! - shortest)) continue;
      if (crosses(out, d)) shortest = d;
    }
    if (shortest < 0) return out;
    out[shortest] = out[out[shortest]!]!;
  }
}

/**
 * Writes into `costs` each action's cost: the gold arcs it loses. `gold` holds the gold head of each word
 * (`n` for the root); `onStack` marks the words on the stack. Invalid actions get Infinity.
 */
export function actionCosts(
  state: ParserState,
  gold: Int32Array,
  onStack: Uint8Array,
  costs: Float64Array,
): void {
  const n = state.n;
  const s0 = state.s(0);
  const s1 = state.s(1);
  const b0 = state.front;
  costs[SHIFT] = Infinity;
  costs[LEFT] = Infinity;
  costs[RIGHT] = Infinity;
  if (state.isValid(SHIFT)) {
    // b0 pushed: it can no longer take a head deeper than s0, nor any dependent on the stack.
    let cost = 0;
    const h = gold[b0]!;
    if (h < b0 && h !== s0 && onStack[h]) cost++;
    for (let k = 0; k < state.depth; k++) if (gold[state.stack[k]!] === b0) cost++;
    costs[SHIFT] = cost;
  }
  if (s0 !== NONE) {
    // s0 popped: its dependents still in the buffer are lost either way.
    let lostChildren = 0;
    for (let k = b0; k < n; k++) if (gold[k] === s0) lostChildren++;
    const h = gold[s0]!;
    if (state.isValid(LEFT)) costs[LEFT] = lostChildren + (h !== b0 && (h === s1 || h > b0) ? 1 : 0);
    if (state.isValid(RIGHT)) costs[RIGHT] = lostChildren + (h >= b0 ? 1 : 0);
  }
}

export { NONE };
