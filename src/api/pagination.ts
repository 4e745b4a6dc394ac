import { z } from 'zod';

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

export function paginate<T>(items: readonly T[], { limit, offset }: PageRequest): Page<T> {
  return { items: items.slice(offset, offset + limit), total: items.length, limit, offset };
}
