/**
 * Generated from the API's OpenAPI document by scripts/api-types.ts: do not edit by hand.
 * Regenerate with `npm run api-types` after changing the API's schemas (src/api/schemas/).
 */
import type { components } from './components';

export interface JobsPaths {
    "/api/jobs/{id}": {
        /** An ingest job: its progress, and its report once done */
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
                        "application/json": components["schemas"]["Job"];
                    };
                };
                400: components["responses"]["BadRequest"];
                404: components["responses"]["NotFound"];
            };
        };
    };
}
