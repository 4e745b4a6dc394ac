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

  /** Runs the statements in order, in the transaction `db` is bound to (or in one of their own). */
  async send(db: Queryable): Promise<void> {
    if (this.statements.length === 0) return;
    await db.query(this.statements.join(';\n'));
    this.statements.length = 0;
  }
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
