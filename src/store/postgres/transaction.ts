import type pg from 'pg';
import type { WhileWaiting } from '../../core/ports.js';
import type { Queryable } from './connection.js';
import { preparedWrites, TransactionClient } from './write-batch.js';

/**
 * Writers take both locks for the length of their transaction (see `PostgresStore.transaction`); the
 * workers' two stages take one each (`stageTransaction`): linking the write lock, connecting the connect
 * lock.
 */
export const WRITE_LOCK = 'write';
export const CONNECT_LOCK = 'connect';
export const STAGE_LOCKS = { link: [WRITE_LOCK], connect: [CONNECT_LOCK] } as const;

/**
 * A transaction on a client of the pool holding the locks given (advisory locks per schema), taken in this
 * order (every caller's order is the same); `work` runs its statements on the transaction's client, and
 * `rolledBack` is called when it fails, before the rollback.
 */
export async function lockedTransaction<T>(
  pool: pg.Pool,
  locks: readonly string[],
  work: (tx: Queryable) => Promise<T>,
  waiting: WhileWaiting | undefined,
  rolledBack: () => void,
): Promise<T> {
  const client = await pool.connect();
  try {
    await preparedWrites.prepare(client);
  } catch (error) {
    client.release(true);
    throw error;
  }
  // Its writes go with its next statement (see `TransactionClient`); BEGIN goes with taking the lock.
  // The commit does not wait for the disk, as SQLite's (WAL, synchronous NORMAL) does not: the lock is
  // held until the commit returns, and flushing took longer than linking an article's writes. A killed
  // process loses nothing; a crash of the server's machine may lose its last fraction of a second, as
  // a whole: the intake rows it finished are found not done and stored again (the workers' sweep).
  const tx = new TransactionClient(client);
  tx.defer(['BEGIN', 'SET LOCAL synchronous_commit = off']);
  let broken = false;
  try {
    const lock = (how: string, name: string) =>
      tx.query<{ taken: boolean | null }>(`SELECT ${how}(hashtext(current_schema() || $1)) AS taken`, [
        `:${name}`,
      ]);
    // With work to do while another holds the lock, the lock is tried and that work done between tries.
    let taken = false;
    while (waiting && !taken) {
      taken = (await lock('pg_try_advisory_xact_lock', locks[0]!)).rows[0]!.taken === true;
      if (!taken && !waiting()) break;
    }
    if (!taken) await lock('pg_advisory_xact_lock', locks[0]!);
    for (const name of locks.slice(1)) await lock('pg_advisory_xact_lock', name);
    const result = await work(tx);
    await tx.query('COMMIT');
    return result;
  } catch (error) {
    rolledBack();
    tx.discard();
    try {
      await client.query('ROLLBACK');
    } catch {
      broken = true;
    }
    throw error;
  } finally {
    tx.end();
    client.release(broken);
  }
}
