import type pg from 'pg';
import type { Queryable } from './connection.js';

/**
 * Writes whose results nobody reads (a record's index rows deleted and inserted again, say), sent to the
 * server as one round trip: one simple-protocol query holding every statement, run in order, its values
 * written as literals (quoted as the driver quotes them). Under the write lock each round trip is time no
 * other worker can link in; linking an article sent about 70 statements, most of them such writes.
 */
export class WriteBatch {
  private readonly statements: Deferred[] = [];

  /** Adds a statement with `$n` placeholders, as `Queryable.query` takes it. */
  add(text: string, values: unknown[] = []): void {
    const literals = values.map(literal);
    for (const [, n] of text.matchAll(/\$(\d+)/g)) {
      if (Number(n) > literals.length) throw new Error(`no value for $${n} in: ${text}`);
    }
    this.statements.push({ text, literals });
  }

  /**
   * Runs the statements in order, in the transaction `db` is bound to (or in one of their own). A
   * transaction's client holds them back until its next statement (see `TransactionClient`).
   */
  async send(db: Queryable): Promise<void> {
    if (this.statements.length === 0) return;
    const statements = this.statements.splice(0);
    if (db instanceof TransactionClient) db.defer(statements);
    else await db.query(statements.map(withLiterals).join(';\n'));
  }
}

/** One write whose result nobody reads, sent as `WriteBatch` sends it. */
export function write(db: Queryable, text: string, values: unknown[] = []): Promise<void> {
  const writes = new WriteBatch();
  writes.add(text, values);
  return writes.send(db);
}

/** A write held back: its text with `$n` placeholders and its values already written as literals. */
interface Deferred {
  text: string;
  literals: string[];
}

/** The deferred write as one statement with its literals in place of the placeholders. */
function withLiterals({ text, literals }: Deferred): string {
  return text.replace(/\$(\d+)/g, (_, n: string) => literals[Number(n) - 1]!);
}

/**
 * Server-side prepared statements for the held-back writes, per connection. A write sent with its literals
 * in place is parsed, analysed and planned by the server every time: counted with PostgreSQL's
 * `log_parser_stats`, `log_planner_stats` and `log_executor_stats` (one worker, 100 BBC files), parsing and
 * planning were half the server's CPU per statement, and the held-back writes most of it, all under the
 * write lock. A write whose text was sent before is prepared once on each connection (`PREPARE`, outside
 * any transaction, before the lock is asked for) and sent afterwards as `EXECUTE name(literals)`, whose
 * plan the server keeps (a generic one once it costs no more than the custom ones). The values are the
 * same literals, typed by the statement as a bound parameter is, so the rows written are the same.
 */
class PreparedWrites {
  /** Each write's text seen in this process, with its statement's name; null when it cannot be prepared. */
  private readonly names = new Map<string, string | null>();
  /** The names prepared on each connection. */
  private readonly prepared = new WeakMap<pg.ClientBase, Set<string>>();

  /** `EXECUTE` of the write's prepared statement on this connection, or null when it is not prepared there. */
  statement(client: pg.ClientBase, deferred: Deferred): string | null {
    const name = this.names.get(deferred.text);
    if (name === undefined) {
      // Seen for the first time: prepared on each connection from the next transaction on. A write whose
      // placeholders are not exactly its values (the statement would take another number of parameters),
      // or that holds more than one statement, is always sent with its literals in place; so are the texts
      // past the first thousand, so that a statement written with its values in it cannot grow the map.
      const preparable =
        this.names.size < MAX_PREPARED && placeholders(deferred.text) === deferred.literals.length;
      this.names.set(deferred.text, preparable ? `dossier_write_${this.names.size}` : null);
      return null;
    }
    if (name === null || !this.prepared.get(client)?.has(name)) return null;
    return deferred.literals.length > 0
      ? `EXECUTE ${name}(${deferred.literals.join(', ')})`
      : `EXECUTE ${name}`;
  }

  /**
   * Prepares on `client`, outside any transaction, every write seen in this process and not prepared there
   * yet: one round trip, or one a write when that fails (a text the server cannot prepare on its own, say
   * a parameter whose type only its literal decides, is then never prepared again).
   */
  async prepare(client: pg.ClientBase): Promise<void> {
    let done = this.prepared.get(client);
    if (!done) this.prepared.set(client, (done = new Set()));
    const wanted = [...this.names].filter(
      (entry): entry is [string, string] => entry[1] !== null && !done.has(entry[1]),
    );
    if (wanted.length === 0) return;
    const prepare = ([text, name]: [string, string]) => `PREPARE ${name} AS ${text}`;
    try {
      await client.query(wanted.map(prepare).join(';\n'));
      for (const [, name] of wanted) done.add(name);
      return;
    } catch {
      // Those before the one that failed are prepared: asked again one by one, "already exists" is success.
    }
    for (const entry of wanted) {
      try {
        await client.query(prepare(entry));
        done.add(entry[1]);
      } catch (error) {
        const code = (error as { code?: string }).code;
        // Not the server's answer (the connection is gone, say): not the statement's fault.
        if (code === undefined) throw error;
        if (code === DUPLICATE_PREPARED_STATEMENT) done.add(entry[1]);
        else this.names.set(entry[0], null);
      }
    }
  }
}

const MAX_PREPARED = 1000;
const DUPLICATE_PREPARED_STATEMENT = '42P05';

/** The highest `$n` in `text` outside quotes (a prepared statement takes that many parameters), or -1. */
function placeholders(text: string): number {
  if (oneStatement(text) === null || /\$\$|--|\/\*|\b[eEuUbBxX]&?'/.test(text)) return -1;
  let highest = 0;
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quote !== null) {
      if (char === quote) quote = null;
    } else if (char === "'" || char === '"') quote = char;
    else if (char === '$' && /\d/.test(text[i + 1] ?? '')) {
      let end = i + 1;
      while (/\d/.test(text[end] ?? '')) end += 1;
      highest = Math.max(highest, Number(text.slice(i + 1, end)));
      i = end - 1;
    }
  }
  return quote === null ? highest : -1;
}

/** The writes prepared by this process, on each of its connections. */
export const preparedWrites = new PreparedWrites();

/**
 * The client holding a write transaction, which sends the writes of a `WriteBatch` with its next
 * statement rather than on their own: in the same simple-protocol query, before it, so they still run
 * first and in order. A linked article's writes (its links, connected records, quotes, intake row) then
 * cost no round trip of their own while every other writer waits for the lock. A write that fails fails
 * the statement it went with, and so the transaction, as it would have on its own.
 *
 * Statements asked for at once (`Promise.all` over independent lookups) go the same way: those asked
 * before every promise continuation then queued has run (`afterContinuations`) are sent as one query, each
 * with the writes held back before it was asked, so a linking's independent lookups cost one round trip
 * under the lock, not one each.
 */
export class TransactionClient implements Queryable {
  private readonly pending: Array<string | Deferred> = [];
  private readonly asked: Asked[] = [];
  /** Set once the transaction is over: a lookup still running then must not reach the pooled client. */
  private ended = false;

  constructor(private readonly client: pg.PoolClient) {}

  /** Statements to send before the next one asked: plain SQL, or a `WriteBatch`'s writes. */
  defer(statements: Array<string | Deferred>): void {
    this.pending.push(...statements);
  }

  /** The writes held back before a statement, as SQL: each prepared one as its `EXECUTE`. */
  private sql(before: Array<string | Deferred>): string[] {
    return before.map((statement) =>
      typeof statement === 'string'
        ? statement
        : (preparedWrites.statement(this.client, statement) ?? withLiterals(statement)),
    );
  }

  query<R extends pg.QueryResultRow = pg.QueryResultRow>(
    text: string,
    values: unknown[] = [],
  ): Promise<pg.QueryResult<R>> {
    if (this.ended) return Promise.reject(new Error('the transaction is over'));
    return new Promise((resolve, reject) => {
      // The writes held back now run before it, and none deferred after it is asked.
      const before = this.pending.splice(0);
      this.asked.push({ text, values, before, resolve: resolve as Asked['resolve'], reject });
      if (this.asked.length === 1) afterContinuations(() => void this.send());
    });
  }

  /**
   * Sends what was asked since the last turn, in order: together where every statement can be written with
   * literals. Results are matched to statements from the end, so writes held back go only at the head of a
   * round trip: a statement with writes before it starts the next one.
   */
  private async send(): Promise<void> {
    const asked = this.asked.splice(0);
    for (let start = 0; start < asked.length;) {
      // Over while an earlier round trip ran (it failed): the rest must not reach the pooled client.
      if (this.ended) {
        for (const a of asked.slice(start)) a.reject(new Error('the transaction is over'));
        return;
      }
      let end = start + 1;
      while (end < asked.length && asked[end]!.before.length === 0) end += 1;
      await this.sendRun(asked.slice(start, end));
      start = end;
    }
  }

  private async sendRun(asked: Asked[]): Promise<void> {
    const inlined = asked.length > 1 ? asked.map((a) => oneStatement(inline(a.text, a.values))) : [];
    if (asked.length > 1 && inlined.every((statement) => statement !== null)) {
      try {
        const sent = (await this.client.query(
          [...this.sql(asked[0]!.before), ...inlined].join(';\n'),
        )) as unknown as pg.QueryResult | pg.QueryResult[];
        // One result per statement, the asked ones last, in the order asked.
        const results = Array.isArray(sent) ? sent : [sent];
        const own = results.slice(results.length - asked.length);
        asked.forEach((a, i) => a.resolve(own[i]!));
      } catch (error) {
        for (const a of asked) a.reject(error);
      }
      return;
    }
    for (const a of asked) {
      try {
        a.resolve(await this.sendOne(a));
      } catch (error) {
        a.reject(error);
      }
    }
  }

  private async sendOne({ text, values, before }: Asked): Promise<pg.QueryResult> {
    if (before.length === 0) return this.client.query(text, values);
    const statement = inline(text, values);
    if (statement === null) {
      // Not one this can write with literals: the writes go first on their own.
      await this.client.query(this.sql(before).join(';\n'));
      return this.client.query(text, values);
    }
    const results = (await this.client.query([...this.sql(before), statement].join(';\n'))) as unknown as
      pg.QueryResult | pg.QueryResult[];
    return Array.isArray(results) ? results[results.length - 1]! : results;
  }

  /** The writes held back are forgotten (the transaction is being rolled back). */
  discard(): void {
    this.pending.length = 0;
    this.end();
  }

  /** No statement is sent after this: one asked and not yet sent fails. */
  end(): void {
    this.ended = true;
    for (const a of this.asked.splice(0)) a.reject(new Error('the transaction is over'));
  }
}

/**
 * Runs `send` once every promise continuation queued when it is called, and every one those queue in
 * turn, has run: by then every statement that could join the round trip without waiting for the server
 * (or a timer) has been asked. Waiting for the event loop's next turn instead (`setImmediate`) gathered the
 * same statements but made a statement asked alone, the usual case for one worker, wait for whatever else
 * that turn had queued. A tick queued from a continuation runs only once the continuations are all done;
 * the second hop covers a call made outside one (in a tick or a callback), whose first tick runs before them.
 */
function afterContinuations(send: () => void): void {
  process.nextTick(() => queueMicrotask(() => process.nextTick(send)));
}

/** A statement asked of a transaction's client, waiting to be sent. */
interface Asked {
  text: string;
  values: unknown[];
  /** The writes held back when it was asked, which run before it. */
  before: Array<string | Deferred>;
  resolve: (result: pg.QueryResult) => void;
  reject: (error: unknown) => void;
}

/**
 * `sql` if it is one statement (no `;` outside quotes), else null: each statement of a simple-protocol
 * query has its own result, so results are matched to statements only when each asked is one.
 */
export function oneStatement(sql: string | null): string | null {
  if (sql === null) return null;
  let quote: string | null = null;
  for (const char of sql) {
    if (quote !== null) {
      if (char === quote) quote = null;
    } else if (char === "'" || char === '"') quote = char;
    else if (char === ';') return null;
  }
  return sql;
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
