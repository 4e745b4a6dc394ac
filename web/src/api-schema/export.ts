/**
 * Generated from the API's OpenAPI document by scripts/api-types.ts: do not edit by hand.
 * Regenerate with `npm run api-types` after changing the API's schemas (src/api/schemas/).
 */
import type { components } from './components';

export interface ExportPaths {
    "/api/export": {
        /** Everything in a format users work with: dossier/1 JSON, CSV, PLOVER events, TimelineJS, GEXF */
        get: {
            parameters: {
                query?: {
                    /** @description true: also the items left out by default for a low confidence (events, quotes, figures, discrepancies and series below 0.5); the answer counts them in `hidden`. */
                    all?: components["parameters"]["All"];
                    format?: "json" | "jsonl" | "csv" | "md" | "plover" | "timelinejs" | "gexf";
                    story?: string;
                    table?: string;
                };
            };
            responses: {
                /** @description OK */
                200: {
                    content: {
                        "application/gexf+xml": string;
                        "application/json": string;
                        "application/x-ndjson": string;
                        "text/csv": string;
                        "text/html": string;
                        "text/markdown": string;
                    };
                };
                400: components["responses"]["BadRequest"];
            };
        };
    };
}
