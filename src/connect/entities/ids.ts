import { createHash } from 'node:crypto';

/**
 * Ids already made, by their parts. Linking resolves an article's actors again over their earlier
 * articles, so the same groups get their ids again and again, and hashing them was a tenth of resolving,
 * all of it under the store's write lock. Bounded: emptied when full, which only costs hashing again.
 */
const made = new Map<string, string>();
const MADE = 200_000;

/** A short id that depends only on its parts, so the same record gets the same id on every run. */
export function stableId(prefix: string, ...parts: string[]): string {
  const key = `${prefix}\u0001${parts.join('\u0000')}`;
  let id = made.get(key);
  if (id === undefined) {
    if (made.size >= MADE) made.clear();
    id = `${prefix}_${createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 12)}`;
    made.set(key, id);
  }
  return id;
}
