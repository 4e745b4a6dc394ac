import { createHash } from 'node:crypto';

/** A short id that depends only on its parts, so the same record gets the same id on every run. */
export function stableId(prefix: string, ...parts: string[]): string {
  return `${prefix}_${createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 12)}`;
}
