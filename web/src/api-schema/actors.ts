/**
 * Generated from the API's OpenAPI document by scripts/api-types.ts: do not edit by hand.
 * Regenerate with `npm run api-types` after changing the API's schemas (src/api/schemas/).
 */
import type { components } from './components';

export interface ActorsPaths {
    "/api/actors/{idOrName}": {
        /** One actor across every article: roles over time, positions, quotes, events */
        get: {
            parameters: {
                query?: {
                    /** @description true: also the items left out by default for a low confidence (events, quotes, figures, discrepancies and series below 0.5); the answer counts them in `hidden`. */
                    all?: components["parameters"]["All"];
                    /** @description At most this many quotes, events, roles and members (the first, oldest first), read from at most this many of its articles (its first). */
                    limit?: number;
                };
                path: {
                    /** @description An actor id, name or alias. */
                    idOrName: components["parameters"]["IdOrName"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    content: {
                        "application/json": {
                            /** @description The actor with its first `limit` members (in their stored order) and the roles `roles` lists (in the order of its roles); `omitted` counts the members and roles past them. */
                            entity: components["schemas"]["ResolvedEntity"];
                            events: components["schemas"]["NamedEvent"][];
                            /** @description Quotes and events left out for a low confidence (quotes and events below 0.5); `all=true` includes them. */
                            hidden: {
                                events: number;
                                quotes: number;
                            };
                            /** @description Left out so that an actor named everywhere answers in one page: quotes and events past `limit` (`/api/quotes?speaker=` and `/api/events?actor=` page through all of them); the entity's members and roles past `limit`; and the actor's articles past its first `limit`, whose quotes, positions and members the profile does not read. */
                            omitted: {
                                articles: number;
                                events: number;
                                members: number;
                                quotes: number;
                                roles: number;
                            };
                            positions: {
                                issue: string;
                                stances: {
                                    articleId: string;
                                    evidence: string;
                                    /** @enum {string} */
                                    position: "supports" | "opposes" | "conditional";
                                    published: string | null;
                                }[];
                            }[];
                            quotes: {
                                articleId: string;
                                published: string | null;
                                quote: {
                                    channel: string | null;
                                    /** @description How far Dossier trusts this item, in [0, 1]; hidden by default with events, quotes, figures, discrepancies and series below 0.5. */
                                    confidence: number;
                                    content: components["schemas"]["SpanText"];
                                    cue: components["schemas"]["SpanText"] | null;
                                    date: string | null;
                                    direct: boolean;
                                    sentence: number;
                                    source: components["schemas"]["SpanText"] | null;
                                    speaker: string | null;
                                    speakerId: string | null;
                                };
                            }[];
                            /** @description Its first `limit` roles, by date (undated last); `omitted.roles` counts the others. */
                            roles: {
                                country: string | null;
                                date: string | null;
                                evidence: components["schemas"]["Evidence"];
                                of: string | null;
                                title: string;
                            }[];
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                404: components["responses"]["NotFound"];
            };
        };
    };
}
