/**
 * How the domain's records are picked and shaped for the API: date filters, actor lookups, display names.
 * Shared by the route files; nothing here knows about HTTP except the errors it throws.
 */
import { parseTimex } from '../connect/events/dates.js';
import { NotFoundError } from '../core/errors.js';
import type { MergedEvent, ResolvedEntity } from '../core/connected.js';
import type { Article, ArticleSummary } from '../core/types.js';
import type { ConnectedDossier } from '../service/connect.js';
import { findActor } from '../service/connect.js';

export interface DayRange {
  from?: string | undefined;
  to?: string | undefined;
}

const unbounded = (range: DayRange) => range.from === undefined && range.to === undefined;

/** A publication date (day or date-time) inside the range; an undated article is in no bounded range. */
export function publishedWithin(published: string | null, range: DayRange): boolean {
  if (unbounded(range)) return true;
  if (published === null) return false;
  const day = published.slice(0, 10);
  return (range.from === undefined || day >= range.from) && (range.to === undefined || day <= range.to);
}

/** An event whose possible days (a month, a week) overlap the range at all. */
export function eventWithin(event: MergedEvent, range: DayRange): boolean {
  if (unbounded(range)) return true;
  const days = parseTimex(event.date);
  if (!days) return false;
  return (
    (range.from === undefined || days.to >= range.from) && (range.to === undefined || days.from <= range.to)
  );
}

export function requireActor(dossier: ConnectedDossier, idOrName: string): ResolvedEntity {
  const actor = findActor(dossier, idOrName);
  if (!actor) throw new NotFoundError('actor', idOrName);
  return actor;
}

export function summaryOf(article: Article): ArticleSummary {
  const { id, title, outlet, published, lang, source, url, revision } = article;
  return { id, title, outlet, published, lang, source, url, revision };
}

/** Oldest first, undated last; the sort is stable, so ties keep the store's order. */
export function byPublished<T extends { published: string | null }>(items: T[]): T[] {
  return items.sort((a, b) => (a.published ?? '\uffff').localeCompare(b.published ?? '\uffff'));
}

export const contains = (haystack: string | null, needle: string | undefined): boolean =>
  needle === undefined || (haystack ?? '').toLowerCase().includes(needle.toLowerCase());
