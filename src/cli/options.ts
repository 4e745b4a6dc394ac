import { z } from 'zod';
import { parseDate } from '../core/dates.js';
import { UsageError } from '../core/errors.js';
import { MAX_ALLOWED_BYTES } from '../ingest/limits.js';
import { isoDate } from '../pipeline/prepare-article.js';

/** Command-line values are checked here, once, and reach the services typed. */
export const isoDateOption = z
  .string()
  .refine((value) => isoDate(value) !== null && /^\d{4}-\d{2}-\d{2}$/.test(value), {
    message: 'must be a calendar date written YYYY-MM-DD',
  });

/**
 * A date in any form `parseDate` reads, kept as given: the article's evidence quotes it, and its day is
 * read when the article is prepared.
 */
export const dateOption = z.string().refine((value) => parseDate(value) !== null, {
  message:
    'must be a date: 2025-05-21, 2025-05-21T04:00:00-04:00, "Wed, 21 May 2025 04:00:00 EDT", "May 21, 2025" or Unix seconds',
});

export const positiveInt = z.coerce.number().int().positive();
/** A size cap in bytes: V8 cannot hold a text much past `MAX_ALLOWED_BYTES`, and aborts when asked to. */
export const byteCap = positiveInt.max(MAX_ALLOWED_BYTES, {
  message: `must be at most ${MAX_ALLOWED_BYTES} (larger texts cannot be held in memory)`,
});
export const nonNegativeInt = z.coerce.number().int().min(0);

export function parseOption<T>(schema: z.ZodType<T>, name: string, value: unknown): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const message = result.error.issues[0]?.message ?? 'invalid value';
  throw new UsageError(`${name} ${JSON.stringify(value)}: ${message}`);
}

export function optional<T>(schema: z.ZodType<T>, name: string, value: unknown): T | undefined {
  return value === undefined ? undefined : parseOption(schema, name, value);
}
