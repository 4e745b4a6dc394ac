/**
 * Generated from the API's OpenAPI document by scripts/api-types.ts: do not edit by hand.
 * Regenerate with `npm run api-types` after changing the API's schemas (src/api/schemas/).
 */
import type { components } from './components';

export interface StoriesPaths {
    "/api/stories": {
        /** Stories: articles about the same development, with their span of dates and events */
        get: {
            parameters: {
                query?: {
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
                            items: components["schemas"]["Story"][];
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
    "/api/stories/{id}": {
        /** A story with its articles and its timeline */
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
                            articles: components["schemas"]["ArticleSummary"][];
                            story: components["schemas"]["Story"];
                            timeline: components["schemas"]["TimelineEntry"][];
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                404: components["responses"]["NotFound"];
            };
        };
    };
}
