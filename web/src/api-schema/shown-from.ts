/**
 * Generated from the API's OpenAPI document by scripts/api-types.ts: do not edit by hand.
 * Regenerate with `npm run api-types` after changing the API's schemas (src/api/schemas/).
 */
/** From this confidence up, the API's lists show an item of each kind by default. */
export const SHOWN_FROM = {
  events: 0.5,
  quotes: 0.5,
  figures: 0.5,
  discrepancies: 0.5,
  series: 0.5,
} as const;
