/**
 * The arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez & Satta 2011) as the parser walks it: a
 * stack, a buffer that is always the words from `front` to the end followed by an artificial root, and
 * the arcs made so far. The root sits at the end of the buffer (Ballesteros & Nivre 2013) and takes one
 * dependent only, when the stack holds nothing else, so every tree has exactly one root.
 *
 * Everything lives in typed arrays sized once and reused from sentence to sentence.
 */

export const SHIFT = 0;
/** Pops the stack's top and makes the buffer's front its head. */
export const LEFT = 1;
/** Pops the stack's top and makes the word under it its head. */
export const RIGHT = 2;
export const ACTIONS = 3;

export const NONE = -1;

export class ParserState {
  /** Words in the sentence; the root is word `n`. */
  n = 0;
  front = 0;
  depth = 0;
  stack = new Int32Array(64);
  heads = new Int32Array(64);
  labels = new Uint8Array(64);
  /** Nearest and second-nearest children on each side as they were attached (LEFT adds leftward). */
  left1 = new Int32Array(64);
  left2 = new Int32Array(64);
  right1 = new Int32Array(64);
  right2 = new Int32Array(64);
  leftCount = new Uint8Array(64);
  rightCount = new Uint8Array(64);
  /** The relations of each word's children on each side as a set: bit l for relation l, the rare ones above 31 sharing bit 31. */
  leftLabels = new Int32Array(64);
  rightLabels = new Int32Array(64);

  reset(n: number): void {
    if (this.heads.length < n + 1) {
      const size = Math.max(n + 1, this.heads.length * 2);
      this.stack = new Int32Array(size);
      this.heads = new Int32Array(size);
      this.labels = new Uint8Array(size);
      this.left1 = new Int32Array(size);
      this.left2 = new Int32Array(size);
      this.right1 = new Int32Array(size);
      this.right2 = new Int32Array(size);
      this.leftCount = new Uint8Array(size);
      this.rightCount = new Uint8Array(size);
      this.leftLabels = new Int32Array(size);
      this.rightLabels = new Int32Array(size);
    }
    this.n = n;
    this.front = 0;
    this.depth = 0;
    this.heads.fill(NONE, 0, n + 1);
    this.left1.fill(NONE, 0, n + 1);
    this.left2.fill(NONE, 0, n + 1);
    this.right1.fill(NONE, 0, n + 1);
    this.right2.fill(NONE, 0, n + 1);
    this.leftCount.fill(0, 0, n + 1);
    this.rightCount.fill(0, 0, n + 1);
    this.leftLabels.fill(0, 0, n + 1);
    this.rightLabels.fill(0, 0, n + 1);
  }

  get done(): boolean {
    return this.depth === 0 && this.front === this.n;
  }

  /** The stack's k-th word from the top, or NONE. */
  s(k: number): number {
    return k < this.depth ? this.stack[this.depth - 1 - k]! : NONE;
  }

  /** The buffer's k-th word (`n` is the root), or NONE past it. */
  b(k: number): number {
    return this.front + k <= this.n ? this.front + k : NONE;
  }

  isValid(action: number): boolean {
    if (action === SHIFT) return this.front < this.n;
    if (action === LEFT) return this.depth > 0 && (this.front < this.n || this.depth === 1);
    return this.depth > 1;
  }

  /** The head an arc-making action would give the stack's top. */
  headFor(action: number): number {
    return action === LEFT ? this.front : this.stack[this.depth - 2]!;
  }

  apply(action: number, label: number): void {
    if (action === SHIFT) {
      this.stack[this.depth++] = this.front++;
      return;
    }
    const dependent = this.stack[--this.depth]!;
    const head = action === LEFT ? this.front : this.stack[this.depth - 1]!;
    this.heads[dependent] = head;
    this.labels[dependent] = label;
    if (action === LEFT) {
      this.left2[head] = this.left1[head]!;
      this.left1[head] = dependent;
      if (this.leftCount[head]! < 255) this.leftCount[head]!++;
      this.leftLabels[head]! |= 1 << Math.min(label, 31);
    } else {
      this.right2[head] = this.right1[head]!;
      this.right1[head] = dependent;
      if (this.rightCount[head]! < 255) this.rightCount[head]!++;
      this.rightLabels[head]! |= 1 << Math.min(label, 31);
    }
  }
}
