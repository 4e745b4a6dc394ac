/**
 * Generated from the API's OpenAPI document by scripts/api-types.ts: do not edit by hand.
 * Regenerate with `npm run api-types` after changing the API's schemas (src/api/schemas/).
 */
import type { components } from './components';

export interface IngestPaths {
    "/api/ingest": {
        /** Queue an article (text, HTML or URL) or a feed for ingesting; poll the job for the outcome */
        post: {
            requestBody: {
                content: {
                    "application/json": components["schemas"]["IngestRequest"];
                };
            };
            responses: {
                /** @description Accepted */
                202: {
                    content: {
                        "application/json": {
                            job: components["schemas"]["Job"];
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthorized"];
                403: components["responses"]["Forbidden"];
            };
        };
    };
}
