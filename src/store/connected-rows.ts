import { DISCREPANCY_KINDS } from '../core/connected.js';
import type { Discrepancy, ResolvedEntity, Series } from '../core/connected.js';

/**
 * The columns each store keeps beside a connected record, so that pages of records are indexed queries
 * (`RecordViews`): read from the record's own fields, the same in SQLite and PostgreSQL.
 */

/** An actor's name and aliases as looked up: any case, each once. */
export const actorNames = (entity: ResolvedEntity): string[] => [
  ...new Set([entity.name, ...entity.aliases].map((name) => name.toLowerCase())),
];

export const actorColumns = (entity: ResolvedEntity) => ({
  name: entity.name,
  type: entity.type as string,
  mentions: entity.mentionCount,
  /** Name and aliases, lower-cased, one a line: what a substring filter looks in. */
  names: actorNames(entity).join('\n'),
});

export const discrepancyRank = (d: Discrepancy): number => DISCREPANCY_KINDS.indexOf(d.kind);

/** Series by their first point's date: an undated first point sorts first, as `''` does. */
export const seriesFirstAsOf = (s: Series): string => s.points[0]?.asOf ?? '';

/** `LIKE` pattern for a substring, with its wildcards escaped (`ESCAPE '\'`). */
export const containsPattern = (text: string): string =>
  `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
