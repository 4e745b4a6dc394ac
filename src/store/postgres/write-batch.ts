import type pg from 'pg';
import type { Queryable } from './connection.js';

/**
 * Writes whose results nobody reads (a record's index rows deleted and inserted again, say), sent to the
 * server as one round trip: one simple-protocol query holding every statement, run in order, its values
 * written as literals (quoted as the driver quotes them). Under the write lock each round trip is time no
 * other worker can link in; linking an article sent about 70 statements, most of them such writes.
 */
export class WriteBatch {
  private readonly statements: string[] = [];

  /** Adds a statement with `$n` placeholders, as `Queryable.query` takes it. */
  add(text: string, values: unknown[] = []): void {
    this.statements.push(
      text.replace(/\$(\d+)/g, (_, n: string) => {
        const index = Number(n) - 1;
        if (index >= values.length) throw new Error(`no value for $${n} in: ${text}`);
        return literal(values[index]);
      }),
    );
  }

  /**
   * Runs the statements in order, in the transaction `db` is bound to (or in one of their own). A
   * transaction's client holds them back until its next statement (see `TransactionClient`).
   */
  async send(db: Queryable): Promise<void> {
    if (this.statements.length === 0) return;
    const statements = this.statements.splice(0);
    if (db instanceof TransactionClient) db.defer(statements);
    else await db.query(statements.join(';\n'));
  }
}

/** One write whose result nobody reads, sent as `WriteBatch` sends it. */
export function write(db: Queryable, text: string, values: unknown[] = []): Promise<void> {
  const writes = new WriteBatch();
  writes.add(text, values);
  return writes.send(db);
}

/**
 * The client holding a write transaction, which sends the writes of a `WriteBatch` with its next
 * statement rather than on their own: in the same simple-protocol query, before it, so they still run
 * first and in order. A linked article's writes (its links, connected records, quotes, intake row) then
 * cost no round trip of their own while every other writer waits for the lock. A write that fails fails
 * the statement it went with, and so the transaction, as it would have on its own.
 */
export class TransactionClient implements Queryable {
  private readonly pending: string[] = [];

  constructor(private readonly client: pg.PoolClient) {}

  defer(statements: string[]): void {
    this.pending.push(...statements);
  }

  async query<R extends pg.QueryResultRow = pg.QueryResultRow>(
    text: string,
    values: unknown[] = [],
  ): Promise<pg.QueryResult<R>> {
    if (this.pending.length === 0) return this.client.query<R>(text, values);
    const statement = inline(text, values);
    const statements = this.pending.splice(0);
    if (statement === null) {
      // Not one this can write with literals: the writes go first on their own.
      await this.client.query(statements.join(';\n'));
      return this.client.query<R>(text, values);
    }
    const results = (await this.client.query([...statements, statement].join(';\n'))) as unknown as
      pg.QueryResult<R> | Array<pg.QueryResult<R>>;
    return Array.isArray(results) ? results[results.length - 1]! : results;
  }

  /** The writes held back are forgotten (the transaction is being rolled back). */
  discard(): void {
    this.pending.length = 0;
  }
}

/**
 * `text` with its `$n` placeholders replaced by `values` as literals, or null when that is not certain to
 * mean the same: a placeholder-like `$` inside quotes is left alone, and text with comments or other
 * quoting forms, or a value that has no literal here, is not rewritten at all.
 */
export function inline(text: string, values: unknown[]): string | null {
  if (/\$\$|--|\/\*|\b[eEuUbBxX]&?'/.test(text)) return null;
  let out = '';
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quote !== null) {
      if (char === quote) quote = null;
      out += char;
    } else if (char === "'" || char === '"') {
      quote = char;
      out += char;
    } else if (char === '$' && /\d/.test(text[i + 1] ?? '')) {
      let end = i + 1;
      while (/\d/.test(text[end] ?? '')) end += 1;
      const index = Number(text.slice(i + 1, end)) - 1;
      if (index >= values.length) return null;
      try {
        out += literal(values[index]);
      } catch {
        return null;
      }
      i = end - 1;
    } else out += char;
  }
  return quote === null ? out : null;
}

/** A value as an SQL literal of unknown type, as a bound parameter is (the cast or the column types it). */
function literal(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (Buffer.isBuffer(value)) return quote(`\\x${value.toString('hex')}`);
  if (Array.isArray(value)) return quote(arrayText(value));
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return quote(String(value));
  }
  throw new TypeError(`cannot write ${typeof value} as an SQL literal`);
}

/** PostgreSQL's array input syntax, every element quoted (as node-postgres writes array parameters). */
function arrayText(values: unknown[]): string {
  const elements = values.map((value) => {
    if (value === null || value === undefined) return 'NULL';
    if (Array.isArray(value)) return arrayText(value);
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
      throw new TypeError(`cannot write ${typeof value} in an SQL array`);
    }
    return `"${String(value).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  });
  return `{${elements.join(',')}}`;
}

/** A string literal; with backslashes, the escape form, so the server reads it whatever its settings. */
function quote(text: string): string {
  const quoted = `'${text.replace(/'/g, "''")}'`;
  return text.includes('\\') ? `E${quoted.replace(/\\/g, '\\\\')}` : quoted;
}
