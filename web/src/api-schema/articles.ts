/**
 * Generated from the API's OpenAPI document by scripts/api-types.ts: do not edit by hand.
 * Regenerate with `npm run api-types` after changing the API's schemas (src/api/schemas/).
 */
import type { components } from './components';

export interface ArticlesPaths {
    "/api/articles": {
        /** Stored articles in the order they arrived, by outlet, story or publication date */
        get: {
            parameters: {
                query?: {
                    /** @description Only on or after this day (YYYY-MM-DD). */
                    from?: components["parameters"]["From"];
                    /** @description Items per page. */
                    limit?: components["parameters"]["Limit"];
                    /** @description Items to skip. */
                    offset?: components["parameters"]["Offset"];
                    /** @description Exactly this outlet. */
                    outlet?: string;
                    /** @description A story id. */
                    story?: components["parameters"]["Story"];
                    /** @description Only on or before this day (YYYY-MM-DD). */
                    to?: components["parameters"]["To"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    content: {
                        "application/json": {
                            items: components["schemas"]["ArticleSummary"][];
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
    "/api/articles/{id}": {
        /** An article with everything reading found in it, as spans into its text for highlighting */
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
                            article: components["schemas"]["Article"];
                            dates: {
                                articleId: string;
                                end: number;
                                evidence: string;
                                start: number;
                                text: string;
                                /** @enum {string} */
                                type: "DATE" | "TIME" | "DURATION" | "SET";
                                value: string;
                            }[];
                            duplicates: {
                                id: string;
                                /** @enum {string} */
                                kind: "exact" | "near";
                                similarity: number;
                            }[];
                            entities: {
                                aliases: string[];
                                articleId: string;
                                country: string | null;
                                evidence: string | null;
                                /** @description `<articleId>/<localId>` */
                                id: string;
                                mentions: {
                                    end: number;
                                    kind: string;
                                    start: number;
                                    text: string;
                                }[];
                                name: string;
                                roles: {
                                    country: string | null;
                                    evidence: string;
                                    of: string | null;
                                    title: string;
                                }[];
                                stands: "government" | null;
                                /** @enum {string} */
                                type: "person" | "organisation" | "country" | "place" | "other";
                            }[];
                            events: {
                                articleId: string;
                                /** @description How far Dossier trusts this item, in [0, 1]; hidden by default with events, quotes, figures, discrepancies and series below 0.5. */
                                confidence: number;
                                date: string | null;
                                /** @enum {string} */
                                dateFrom: "clause" | "article";
                                end: number;
                                evidence: string;
                                /** @enum {string} */
                                mode: "asserted" | "proposed" | "planned" | "denied" | "hypothetical" | "called-off";
                                place: string | null;
                                reportedBy: {
                                    country: string | null;
                                    id: string;
                                    name: string | null;
                                    sector: ("government" | "military" | "police" | "judiciary" | "opposition" | "business" | "media" | "civilians" | "international") | null;
                                } | null;
                                sourceIds: string[];
                                sources: {
                                    country: string | null;
                                    id: string;
                                    name: string | null;
                                    sector: ("government" | "military" | "police" | "judiciary" | "opposition" | "business" | "media" | "civilians" | "international") | null;
                                }[];
                                start: number;
                                symmetric: boolean;
                                targetIds: string[];
                                targets: {
                                    country: string | null;
                                    id: string;
                                    name: string | null;
                                    sector: ("government" | "military" | "police" | "judiciary" | "opposition" | "business" | "media" | "civilians" | "international") | null;
                                }[];
                                trigger: components["schemas"]["SpanText"];
                                /** @enum {string} */
                                type: "AGREE" | "CONSULT" | "SUPPORT" | "CONCEDE" | "COOPERATE" | "AID" | "RETREAT" | "REQUEST" | "ACCUSE" | "REJECT" | "THREATEN" | "PROTEST" | "SANCTION" | "MOBILIZE" | "COERCE" | "ASSAULT" | "FIGHT" | "DEMAND" | "DISAPPROVE" | "INVESTIGATE" | "OTHER";
                            }[];
                            figures: components["schemas"]["ArticleFigure"][];
                            quotes: components["schemas"]["ArticleQuote"][];
                            stances: {
                                actor: string;
                                actorId: string;
                                articleId: string;
                                evidence: string;
                                issue: string;
                                /** @enum {string} */
                                position: "supports" | "opposes" | "conditional";
                                span: components["schemas"]["SpanText"];
                            }[];
                            storyId: string | null;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                404: components["responses"]["NotFound"];
            };
        };
    };
}
