/**
 * Generated from the API's OpenAPI document by scripts/api-types.ts: do not edit by hand.
 * Regenerate with `npm run api-types` after changing the API's schemas (src/api/schemas/).
 */
import type { components } from './components';

export interface EntitiesPaths {
    "/api/entities": {
        /** Actors resolved across articles, most mentioned first */
        get: {
            parameters: {
                query?: {
                    /** @description At most this many members and roles of each actor (its first, as its profile picks them); each actor's `omitted` counts the others. */
                    each?: number;
                    /** @description Items per page. */
                    limit?: components["parameters"]["Limit"];
                    /** @description Items to skip. */
                    offset?: components["parameters"]["Offset"];
                    /** @description Part of a name or alias, any case. */
                    q?: string;
                    type?: "person" | "organisation" | "country" | "place" | "other";
                };
            };
            responses: {
                /** @description OK */
                200: {
                    content: {
                        "application/json": {
                            items: components["schemas"]["ActorListing"][];
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
