/**
 * Settled when this process's link and connect jobs end. A read job of the same process waits for it
 * before each document: reading is synchronous, so a document read between two of a link transaction's
 * queries would hold the store's lock for the length of the read, and one read between two transactions,
 * or while a transaction waits for the lock, delays the linking just as much: link jobs run one at a time
 * (see the queue's `link` policy), and so do connect jobs, so whatever they wait for is the serial part
 * of ingesting.
 */
export class ReadingHold {
  private linking: Promise<void> | null = null;
  private endLinking: (() => void) | null = null;
  /** The jobs holding reading back now (`hold`). */
  private holders = 0;

  /** What a read waits for before each document: null when no job holds reading back. */
  get pending(): Promise<void> | null {
    return this.linking;
  }

  /**
   * Holds this process's reading back until the function returned is called, and while any other job
   * holds it.
   */
  hold(): () => void {
    if (this.holders++ === 0) this.linking = new Promise<void>((resolve) => (this.endLinking = resolve));
    let released = false;
    return () => {
      if (released) return;
      released = true;
      if (--this.holders > 0) return;
      this.linking = null;
      this.endLinking?.();
    };
  }
}
