/**
 * Generated from the API's OpenAPI document by scripts/api-types.ts: do not edit by hand.
 * Regenerate with `npm run api-types` after changing the API's schemas (src/api/schemas/).
 */
import type { components } from './components';

export interface EventsPaths {
    "/api/events": {
        /** Events merged across articles, by story, actor or date, with their headlines */
        get: {
            parameters: {
                query?: {
                    /** @description An actor id, name or alias. */
                    actor?: components["parameters"]["Actor"];
                    /** @description true: also the items left out by default for a low confidence (events, quotes, figures, discrepancies and series below 0.5); the answer counts them in `hidden`. */
                    all?: components["parameters"]["All"];
                    /** @description Only on or after this day (YYYY-MM-DD). */
                    from?: components["parameters"]["From"];
                    /** @description Items per page. */
                    limit?: components["parameters"]["Limit"];
                    /** @description Items to skip. */
                    offset?: components["parameters"]["Offset"];
                    /** @description The actor acting (an id, name or alias). With `source` and `target` (all three or none): only the events drawing that edge of the network. */
                    source?: string;
                    /** @description A story id. */
                    story?: components["parameters"]["Story"];
                    /** @description The actor acted upon (an id, name or alias). With `source` and `target` (all three or none): only the events drawing that edge of the network. */
                    target?: string;
                    /** @description Only on or before this day (YYYY-MM-DD). */
                    to?: components["parameters"]["To"];
                    /** @description The kind of event. With `source` and `target` (all three or none): only the events drawing that edge of the network. */
                    type?: "AGREE" | "CONSULT" | "SUPPORT" | "CONCEDE" | "COOPERATE" | "AID" | "RETREAT" | "REQUEST" | "ACCUSE" | "REJECT" | "THREATEN" | "PROTEST" | "SANCTION" | "MOBILIZE" | "COERCE" | "ASSAULT" | "FIGHT" | "DEMAND" | "DISAPPROVE" | "INVESTIGATE" | "OTHER";
                };
            };
            responses: {
                /** @description OK */
                200: {
                    content: {
                        "application/json": {
                            /** @description Items matching but left out for a confidence below 0.5; `all=true` includes them. */
                            hidden: number;
                            items: components["schemas"]["NamedEvent"][];
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
    "/api/events/{id}": {
        /** One event with its headline, confidence, every report of it and the articles they are in */
        get: {
            parameters: {
                path: {
                    id: components["parameters"]["Id"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    content: {
                        "application/json": {
                            /** @description The articles reporting the event. */
                            articles: components["schemas"]["ArticleSummary"][];
                            event: components["schemas"]["NamedEvent"];
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                404: components["responses"]["NotFound"];
            };
        };
    };
}
