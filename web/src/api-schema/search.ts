/**
 * Generated from the API's OpenAPI document by scripts/api-types.ts: do not edit by hand.
 * Regenerate with `npm run api-types` after changing the API's schemas (src/api/schemas/).
 */
import type { components } from './components';

export interface SearchPaths {
    "/api/search": {
        /** Full-text search over titles and texts, best match first, with snippets */
        get: {
            parameters: {
                query: {
                    /** @description Items per page. */
                    limit?: components["parameters"]["Limit"];
                    /** @description Items to skip. */
                    offset?: components["parameters"]["Offset"];
                    /** @description Words to find in titles and texts: by default at most 256 characters and 16 distinct words (`dossier serve --max-query-chars`, `--max-query-terms`); longer is a 400. */
                    q: string;
                };
            };
            responses: {
                /** @description OK */
                200: {
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                outlet: string | null;
                                published: string | null;
                                /** @description An excerpt around the match, matched terms between «…». */
                                snippet: string;
                                title: string | null;
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
