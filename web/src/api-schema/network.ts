/**
 * Generated from the API's OpenAPI document by scripts/api-types.ts: do not edit by hand.
 * Regenerate with `npm run api-types` after changing the API's schemas (src/api/schemas/).
 */
import type { components } from './components';

export interface NetworkPaths {
    "/api/network": {
        /** Who met, demanded, sanctioned or attacked whom, from the merged events */
        get: {
            parameters: {
                query?: {
                    /** @description true: also the items left out by default for a low confidence (events, quotes, figures, discrepancies and series below 0.5); the answer counts them in `hidden`. */
                    all?: components["parameters"]["All"];
                    /** @description At most this many of each edge's events (its most confident) in its `eventIds`; `/api/events?source=…&target=…&type=…` pages them all. */
                    each?: number;
                    /** @description The edges most events draw, the most first; the answer counts the edges left out in `omitted`. */
                    limit?: number;
                };
            };
            responses: {
                /** @description OK */
                200: {
                    content: {
                        "application/json": {
                            edges: {
                                /** @description The events drawing the edge. */
                                count: number;
                                /** @description Its first `each` events, the most confident first; `/api/events?source=…&target=…&type=…` pages them all. */
                                eventIds: string[];
                                source: string;
                                target: string;
                                /** @enum {string} */
                                type: "AGREE" | "CONSULT" | "SUPPORT" | "CONCEDE" | "COOPERATE" | "AID" | "RETREAT" | "REQUEST" | "ACCUSE" | "REJECT" | "THREATEN" | "PROTEST" | "SANCTION" | "MOBILIZE" | "COERCE" | "ASSAULT" | "FIGHT" | "DEMAND" | "DISAPPROVE" | "INVESTIGATE" | "OTHER";
                            }[];
                            /** @description The events drawing an edge, in the whole network shown. */
                            events: number;
                            /** @description Events left out for a confidence below 0.5; `all=true` includes them. */
                            hidden: number;
                            nodes: {
                                country: string | null;
                                id: string;
                                mentions: number;
                                name: string;
                                /** @enum {string} */
                                type: "person" | "organisation" | "country" | "place" | "other";
                            }[];
                            /** @description Edges left out past `limit` (those fewest events draw). */
                            omitted: number;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
            };
        };
    };
}
