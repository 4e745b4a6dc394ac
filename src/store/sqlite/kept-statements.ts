import type Database from 'better-sqlite3';

/**
 * How many prepared statements a connection keeps. The store's statements are a few hundred texts, but a
 * read of records by a list of ids (`IN (?, ?, …)`, up to `IN_BATCH` values) is another text for every
 * length of the list, so kept without a bound they grew with what was asked (each holds SQLite's compiled
 * program, a few to tens of KB of native memory).
 */
export const KEPT_STATEMENTS = 400;

/**
 * Statements prepared once per text and kept, the least recently used dropped past `KEPT_STATEMENTS`
 * (better-sqlite3 finalizes a statement once nothing holds it: one still being iterated stays valid).
 */
export class KeptStatements {
  private readonly kept = new Map<string, Database.Statement>();

  constructor(
    private readonly db: Database.Database,
    private readonly bound = KEPT_STATEMENTS,
  ) {}

  get(sql: string): Database.Statement {
    let prepared = this.kept.get(sql);
    if (prepared) {
      // Map keeps insertion order: taken out and put back, it is the most recently used.
      this.kept.delete(sql);
    } else {
      prepared = this.db.prepare(sql);
      if (this.kept.size >= this.bound) this.kept.delete(this.kept.keys().next().value!);
    }
    this.kept.set(sql, prepared);
    return prepared;
  }

  get size(): number {
    return this.kept.size;
  }
}
