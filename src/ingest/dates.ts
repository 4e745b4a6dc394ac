/**
 * The dates inputs carry, read by the one date reader (`core/dates`). Kept for the readers of feeds and
 * manifests: a value is passed on as given and read once, when the article is prepared, so that an
 * unreadable date is reported with its input and never costs the article.
 */
import { describeDate, parseDate } from '../core/dates.js';

/** True for a date `parseDate` reads (ISO 8601, RFC 2822, `May 21, 2025`, Unix seconds). */
export function isIsoDate(value: string): boolean {
  return parseDate(value) !== null;
}

/** A feed's date as ISO 8601 with its zone kept; null when it cannot be read. */
export function feedDateToIso(value: string | null): string | null {
  const parsed = parseDate(value);
  return parsed ? describeDate(parsed) : null;
}
