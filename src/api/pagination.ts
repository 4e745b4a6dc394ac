import { z } from 'zod';
import { SHOWN_FROM, type TrustedKind } from '../core/confidence.js';

export interface PageRequest {
  limit: number;
  offset: number;
}

export interface Page<T> extends PageRequest {
  items: T[];
  /** Items matching the request, across all pages. */
  total: number;
}

/** The envelope every list answers with. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.int().meta({ description: 'Items matching, across all pages.' }),
    limit: z.int(),
    offset: z.int(),
  });
}

/** A list that leaves out what Dossier is unsure of unless asked: the page says how many it left out. */
export function trustedPageOf<T extends z.ZodType>(kind: TrustedKind, item: T) {
  return pageOf(item).extend({
    hidden: z.int().meta({
      description: `Items matching but left out for a confidence below ${SHOWN_FROM[kind]}; \`all=true\` includes them.`,
    }),
  });
}

/**
 * A list filtered by words, whose matches a common word has too many of to count on every request: the
 * page says when it counted only the first of them.
 */
export function wordPageOf<T extends z.ZodType>(kind: TrustedKind, item: T) {
  return trustedPageOf(kind, item).extend({
    more: z.literal(true).optional().meta({
      description:
        "Present when a word (`q`) matches more than were counted: `total` and `hidden` count the first matches only (the page's end and a thousand past it), and the next pages are there.",
    }),
  });
}

export function paginate<T>(items: readonly T[], { limit, offset }: PageRequest): Page<T> {
  return { items: items.slice(offset, offset + limit), total: items.length, limit, offset };
}

/** A page the store made (its items and counts), answered with the request's limit and offset. */
export function pageAt<P extends { items: unknown[]; total: number }>(
  { limit, offset }: PageRequest,
  page: P,
): P & PageRequest {
  return { ...page, limit, offset };
}
