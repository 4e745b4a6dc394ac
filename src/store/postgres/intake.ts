import { randomUUID } from 'node:crypto';
import type {
  BatchOptions,
  IntakeBatch,
  IntakeConnect,
  IntakeDocument,
  IntakeInput,
  IntakeItem,
  IntakeOutcome,
  IntakeState,
} from '../../core/ports.js';
import { decodeEncodedReading, encodeReading } from '../../core/reading-codec.js';
import type { Queryable } from './connection.js';
import { write } from './write-batch.js';

const STATES: IntakeState[] = ['queued', 'fetched', 'read', 'linked', 'done'];

interface IntakeRow {
  seq: number;
  batch_id: string;
  state: IntakeState;
  input: string | null;
  documents: string | null;
}

interface BatchRow {
  id: string;
  created_at: Date;
  options: string;
  total: number | null;
}

/**
 * Inputs on their way through the workers, one row each: what was asked (`input`), then the prepared and
 * read documents, then, once stored, only what became of them (`outcomes` and counts), so a done row
 * costs a few bytes however large its page was.
 */
export class IntakeTables {
  constructor(private readonly db: Queryable) {}

  async createBatch(options: BatchOptions): Promise<string> {
    const id = randomUUID();
    await this.db.query('INSERT INTO intake_batches (id, options) VALUES ($1, $2)', [
      id,
      JSON.stringify(options),
    ]);
    return id;
  }

  async addIntake(batchId: string, inputs: IntakeInput[]): Promise<number[]> {
    if (inputs.length === 0) return [];
    // Refusals known when enqueued need no worker: they wait, read, for their turn to be reported.
    const { rows } = await this.db.query<{ seq: number }>(
      `INSERT INTO intake (batch_id, state, input, documents)
       SELECT $1, state, input, documents FROM unnest($2::text[], $3::text[], $4::text[])
         WITH ORDINALITY AS i (state, input, documents, n)
       ORDER BY n
       RETURNING seq`,
      [
        batchId,
        inputs.map((input) => (input.kind === 'failed' ? 'read' : 'queued')),
        inputs.map((input) => (input.kind === 'failed' ? null : JSON.stringify(input))),
        inputs.map((input) => (input.kind === 'failed' ? JSON.stringify([refused(input.error)]) : null)),
      ],
    );
    return rows.map((row) => row.seq).sort((a, b) => a - b);
  }

  async sealBatch(batchId: string): Promise<void> {
    await this.db.query(
      'UPDATE intake_batches SET total = (SELECT COUNT(*) FROM intake WHERE batch_id = $1) WHERE id = $1',
      [batchId],
    );
  }

  async getBatchOptions(batchId: string): Promise<BatchOptions | null> {
    const { rows } = await this.db.query<{ options: string }>(
      'SELECT options FROM intake_batches WHERE id = $1',
      [batchId],
    );
    return rows[0] ? (JSON.parse(rows[0].options) as BatchOptions) : null;
  }

  async getBatch(batchId: string): Promise<IntakeBatch | null> {
    const { rows } = await this.db.query<BatchRow>('SELECT * FROM intake_batches WHERE id = $1', [batchId]);
    return rows[0] ? this.batchOf(rows[0]) : null;
  }

  async listBatches(limit: number): Promise<IntakeBatch[]> {
    const { rows } = await this.db.query<BatchRow>(
      'SELECT * FROM intake_batches ORDER BY created_at DESC, id LIMIT $1',
      [limit],
    );
    const batches: IntakeBatch[] = [];
    for (const row of rows) batches.push(await this.batchOf(row));
    return batches;
  }

  private async batchOf(row: BatchRow): Promise<IntakeBatch> {
    const { rows: counts } = await this.db.query<{
      state: IntakeState;
      n: number;
      added: number;
      revised: number;
      updated: number;
      unchanged: number;
      failed: number;
    }>(
      `SELECT state, COUNT(*) AS n, SUM(added)::int AS added, SUM(revised)::int AS revised,
         SUM(updated)::int AS updated, SUM(unchanged)::int AS unchanged, SUM(failed)::int AS failed
       FROM intake WHERE batch_id = $1 GROUP BY state`,
      [row.id],
    );
    const states = Object.fromEntries(STATES.map((s) => [s, 0])) as Record<IntakeState, number>;
    const outcomes = { added: 0, revised: 0, updated: 0, unchanged: 0, failed: 0 };
    for (const c of counts) {
      states[c.state] = c.n;
      if (c.state !== 'done') continue;
      for (const key of Object.keys(outcomes) as Array<keyof typeof outcomes>) outcomes[key] = c[key];
    }
    const { rows: problems } = await this.db.query<{ outcomes: string }>(
      "SELECT outcomes FROM intake WHERE batch_id = $1 AND state = 'done' AND problems > 0 ORDER BY seq",
      [row.id],
    );
    const failures = problems
      .flatMap((p) => JSON.parse(p.outcomes) as IntakeOutcome[])
      .filter((o) => o.outcome === 'failed' || o.readingFailed !== undefined);
    return {
      id: row.id,
      createdAt: row.created_at.toISOString(),
      options: JSON.parse(row.options) as BatchOptions,
      total: row.total,
      states,
      outcomes,
      failures,
    };
  }

  async intakeInState(seqs: number[], state: IntakeState): Promise<IntakeItem[]> {
    const { rows } = await this.db.query<IntakeRow>(
      `SELECT seq, batch_id, state, input, documents FROM intake
       WHERE seq = ANY($1::bigint[]) AND state = $2 ORDER BY seq`,
      [seqs, state],
    );
    return rows.map(itemOf);
  }

  async advanceIntake(
    seq: number,
    from: IntakeState,
    to: IntakeState,
    documents: IntakeDocument[],
  ): Promise<boolean> {
    // Compare-and-set on the state: a retried job whose row another worker already advanced changes nothing.
    const result = await this.db.query(
      `UPDATE intake SET state = $3, input = NULL, documents = $4, updated_at = now()
       WHERE seq = $1 AND state = $2`,
      [seq, from, to, documentsJson(documents)],
    );
    return (result.rowCount ?? 0) > 0;
  }

  // The rows not yet linked follow every linked one (linking goes in intake order), so the pending index
  // serves both heads.
  async nextIntake(limit: number): Promise<IntakeItem[]> {
    const { rows } = await this.db.query<IntakeRow>(
      `SELECT seq, batch_id, state, input, documents FROM intake WHERE state NOT IN ('done', 'linked')
       ORDER BY seq LIMIT $1`,
      [limit],
    );
    return rows.map(itemOf);
  }

  async intakeHead(limit: number): Promise<Array<Pick<IntakeItem, 'seq' | 'state'>>> {
    const { rows } = await this.db.query<{ seq: number; state: IntakeState }>(
      `SELECT seq, state FROM intake WHERE state NOT IN ('done', 'linked') ORDER BY seq LIMIT $1`,
      [limit],
    );
    return rows;
  }

  async connectHead(limit: number): Promise<IntakeConnect[]> {
    const { rows } = await this.db.query<{ seq: number; state: IntakeState; reconnect: string | null }>(
      `SELECT seq, state, reconnect FROM intake WHERE state <> 'done' ORDER BY seq LIMIT $1`,
      [limit],
    );
    return rows.map((row) => ({
      seq: row.seq,
      state: row.state,
      articleIds: row.reconnect ? (JSON.parse(row.reconnect) as string[][]) : [],
    }));
  }

  async connectIntake(seq: number): Promise<boolean> {
    const result = await this.db.query(
      `UPDATE intake SET state = 'done', reconnect = NULL, updated_at = now() WHERE seq = $1 AND state = 'linked'`,
      [seq],
    );
    return (result.rowCount ?? 0) > 0;
  }

  async linkIntake(seq: number, outcomes: IntakeOutcome[], articleIds: string[][]): Promise<void> {
    const count = (outcome: IntakeOutcome['outcome']) => outcomes.filter((o) => o.outcome === outcome).length;
    const problems = outcomes.filter((o) => o.outcome === 'failed' || o.readingFailed !== undefined).length;
    await write(
      this.db,
      `UPDATE intake SET state = 'linked', input = NULL, documents = NULL, outcomes = $2, added = $3,
         revised = $4, updated = $5, unchanged = $6, failed = $7, problems = $8, reconnect = $9,
         updated_at = now()
       WHERE seq = $1`,
      [
        seq,
        JSON.stringify(outcomes),
        count('added'),
        count('revised'),
        count('updated'),
        count('unchanged'),
        count('failed'),
        problems,
        JSON.stringify(articleIds),
      ],
    );
  }

  async reclaimIntake(seconds: number, limit: number): Promise<Array<{ seq: number; state: IntakeState }>> {
    const { rows } = await this.db.query<{ seq: number; state: IntakeState }>(
      // The age is tested on the row itself, not in the subquery, so that of two callers at once the
      // second, having waited for the first's row locks, sees the rows changed and takes none of them.
      `UPDATE intake SET updated_at = now()
       WHERE seq IN (SELECT seq FROM intake WHERE state <> 'done' ORDER BY seq LIMIT $2)
         AND updated_at < now() - make_interval(secs => $1)
       RETURNING seq, state`,
      [seconds, limit],
    );
    return rows.sort((a, b) => a.seq - b.seq);
  }
}

function itemOf(row: IntakeRow): IntakeItem {
  return {
    seq: row.seq,
    batchId: row.batch_id,
    state: row.state,
    input: row.input === null ? null : (JSON.parse(row.input) as IntakeInput),
    documents: row.documents === null ? null : (JSON.parse(row.documents) as KeptDocument[]).map(documentOf),
  };
}

/**
 * A read document as the intake keeps it: its reading in the stored form (`encodeReading`, base64), made
 * by the read job, which workers run at once, rather than as JSON the linker, one at a time, would parse
 * and encode again under the write lock; a tenth of the bytes, too. A row kept by an older build holds
 * the reading itself, and reads as before.
 */
type KeptDocument = IntakeDocument & { stored?: string };

function documentsJson(documents: IntakeDocument[]): string {
  return JSON.stringify(
    documents.map((doc): KeptDocument =>
      doc.reading ? { ...doc, reading: null, stored: encodeReading(doc.reading).toString('base64') } : doc,
    ),
  );
}

function documentOf({ stored, ...doc }: KeptDocument): IntakeDocument {
  if (stored === undefined) return doc;
  return { ...doc, reading: decodeEncodedReading(Buffer.from(stored, 'base64')) };
}

function refused(error: IntakeDocument['error'] & object): IntakeDocument {
  return { source: error.input, draft: null, error, reading: null, pipeline: null, readingError: null };
}
