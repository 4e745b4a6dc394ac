/**
 * Generated from the API's OpenAPI document by scripts/api-types.ts: do not edit by hand.
 * Regenerate with `npm run api-types` after changing the API's schemas (src/api/schemas/).
 */
import type { components } from './components';

export interface QuotesPaths {
    "/api/quotes": {
        /** Every quote across articles, oldest first, with its speaker resolved and its sentence */
        get: {
            parameters: {
                query?: {
                    /** @description true: also the items left out by default for a low confidence (events, quotes, figures, discrepancies and series below 0.5); the answer counts them in `hidden`. */
                    all?: components["parameters"]["All"];
                    /** @description Only on or after this day (YYYY-MM-DD). */
                    from?: components["parameters"]["From"];
                    /** @description Items per page. */
                    limit?: components["parameters"]["Limit"];
                    /** @description Items to skip. */
                    offset?: components["parameters"]["Offset"];
                    /** @description Part of the quoted words, any case. */
                    q?: string;
                    /** @description An actor id, name or alias. */
                    speaker?: string;
                    /** @description Only on or before this day (YYYY-MM-DD). */
                    to?: components["parameters"]["To"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    content: {
                        "application/json": {
                            /** @description Items matching but left out for a confidence below 0.5; `all=true` includes them. */
                            hidden: number;
                            items: components["schemas"]["QuoteItem"][];
                            limit: number;
                            /**
                             * @description Present when a word (`q`) matches more than were counted: `total` and `hidden` count the first matches only (the page's end and a thousand past it), and the next pages are there.
                             * @constant
                             */
                            more?: true;
                            offset: number;
                            /** @description Items matching, across all pages. */
                            total: number;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
            };
        };
    };
}
