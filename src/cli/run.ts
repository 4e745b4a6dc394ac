import type { Command } from 'commander';
import { openStore } from '../service/open-store.js';
import type { Store } from '../store/store.js';

/** Opens the store the global `--db` names for one command and always closes it. */
export async function withStore<T>(command: Command, work: (store: Store) => Promise<T>): Promise<T> {
  const { db } = command.optsWithGlobals() as { db?: string };
  const store = await openStore(db);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
