/**
 * Generated from the API's OpenAPI document by scripts/api-types.ts: do not edit by hand.
 * Regenerate with `npm run api-types` after changing the API's schemas (src/api/schemas/).
 */
import type { components } from './components';

export interface BriefPaths {
    "/api/brief": {
        /** A one-page brief of a story (or of everything): timeline, key quotes, figures, discrepancies, sources */
        get: {
            parameters: {
                query?: {
                    /** @description true: also the items left out by default for a low confidence (events, quotes, figures, discrepancies and series below 0.5); the answer counts them in `hidden`. */
                    all?: components["parameters"]["All"];
                    format?: "md" | "html";
                    story?: string;
                };
            };
            responses: {
                /** @description OK */
                200: {
                    content: {
                        "text/html": string;
                        "text/markdown": string;
                    };
                };
                400: components["responses"]["BadRequest"];
            };
        };
    };
}
