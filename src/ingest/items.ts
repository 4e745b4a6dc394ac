/** What the readers of one input hand back to `readSources`, which fetches whatever is still a link. */
import type { InputError } from '../core/errors.js';
import type { MetadataHints, RawDocument } from '../core/types.js';

export type SourceItem = { ok: true; doc: RawDocument } | { ok: false; error: InputError };

/** A document known only by its URL (a manifest line or feed item without a body): fetched later. */
export interface PageRequest {
  fetch: string;
  /** Names the request in documents and errors, e.g. `manifest.jsonl:3`. */
  source: string;
  hints: MetadataHints;
}

export type PendingItem = SourceItem | PageRequest;

export function documentItem(doc: RawDocument): SourceItem {
  return { ok: true, doc };
}

export function errorItem(error: InputError): SourceItem {
  return { ok: false, error };
}

/** Hints without the keys nobody supplied, so they compare and print cleanly. */
export function definedHints(hints: {
  [K in keyof MetadataHints]?: string | null | undefined;
}): MetadataHints {
  const defined: MetadataHints = {};
  for (const [key, value] of Object.entries(hints) as Array<
    [keyof MetadataHints, string | null | undefined]
  >) {
    if (value !== null && value !== undefined && value.trim() !== '') defined[key] = value.trim();
  }
  return defined;
}
