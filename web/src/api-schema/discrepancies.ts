/**
 * Generated from the API's OpenAPI document by scripts/api-types.ts: do not edit by hand.
 * Regenerate with `npm run api-types` after changing the API's schemas (src/api/schemas/).
 */
import type { components } from './components';

export interface DiscrepanciesPaths {
    "/api/discrepancies": {
        /** Where sources disagree: titles, spellings, figures, event dates and places, self-contradictions */
        get: {
            parameters: {
                query?: {
                    /** @description true: also the items left out by default for a low confidence (events, quotes, figures, discrepancies and series below 0.5); the answer counts them in `hidden`. */
                    all?: components["parameters"]["All"];
                    kind?: "role" | "spelling" | "figure" | "event-date" | "event-place" | "self-contradiction";
                    /** @description Items per page. */
                    limit?: components["parameters"]["Limit"];
                    /** @description Items to skip. */
                    offset?: components["parameters"]["Offset"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    content: {
                        "application/json": {
                            /** @description Items matching but left out for a confidence below 0.5; `all=true` includes them. */
                            hidden: number;
                            items: {
                                /** @description How far Dossier trusts this item, in [0, 1]; hidden by default with events, quotes, figures, discrepancies and series below 0.5. */
                                confidence: number;
                                id: string;
                                /** @enum {string} */
                                kind: "role" | "spelling" | "figure" | "event-date" | "event-place" | "self-contradiction";
                                subject: string;
                                variants: {
                                    /** @description Articles giving the variant; `articleIds` and `evidence` list the first 10. */
                                    articleCount: number;
                                    articleIds: string[];
                                    evidence: components["schemas"]["Evidence"][];
                                    value: string;
                                }[];
                            }[];
                            limit: number;
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
