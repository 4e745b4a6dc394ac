/**
 * Generated from the API's OpenAPI document by scripts/api-types.ts: do not edit by hand.
 * Regenerate with `npm run api-types` after changing the API's schemas (src/api/schemas/).
 */
export interface paths {
    "/api/actors/{idOrName}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One actor across every article: roles over time, positions, quotes, events */
        get: {
            parameters: {
                query?: {
                    /** @description true: also the items whose confidence is below 0.5, which are left out by default (the answer counts them in `hidden`). */
                    all?: "true" | "false";
                    /** @description At most this many quotes, events, roles and members (the first, oldest first), read from at most this many of its articles (its first). */
                    limit?: number;
                };
                header?: never;
                path: {
                    /** @description An actor id, name or alias. */
                    idOrName: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entity: components["schemas"]["ResolvedEntity"];
                            events: components["schemas"]["NamedEvent"][];
                            /** @description Quotes and events left out for a confidence below 0.5; `all=true` includes them. */
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
                                    /** @description How far Dossier trusts this item, in [0, 1]; at or above 0.5 it is shown by default. */
                                    confidence: number;
                                    content: {
                                        end: number;
                                        start: number;
                                        text: string;
                                    };
                                    cue: {
                                        end: number;
                                        start: number;
                                        text: string;
                                    } | null;
                                    date: string | null;
                                    direct: boolean;
                                    sentence: number;
                                    source: {
                                        end: number;
                                        start: number;
                                        text: string;
                                    } | null;
                                    speaker: string | null;
                                    speakerId: string | null;
                                };
                            }[];
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
                /** @description The query, path or body is invalid */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Nothing matches the id or name */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/articles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stored articles in the order they arrived, by outlet, story or publication date */
        get: {
            parameters: {
                query?: {
                    /** @description Only on or after this day (YYYY-MM-DD). */
                    from?: string;
                    /** @description Items per page. */
                    limit?: number;
                    /** @description Items to skip. */
                    offset?: number;
                    /** @description Exactly this outlet. */
                    outlet?: string;
                    /** @description A story id. */
                    story?: string;
                    /** @description Only on or before this day (YYYY-MM-DD). */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
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
                /** @description The query, path or body is invalid */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/articles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An article with everything reading found in it, as spans into its text for highlighting */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
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
                                /** @description How far Dossier trusts this item, in [0, 1]; at or above 0.5 it is shown by default. */
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
                                trigger: {
                                    end: number;
                                    start: number;
                                    text: string;
                                };
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
                                span: {
                                    end: number;
                                    start: number;
                                    text: string;
                                };
                            }[];
                            storyId: string | null;
                        };
                    };
                };
                /** @description The query, path or body is invalid */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Nothing matches the id or name */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/brief": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A one-page brief of a story (or of everything): timeline, key quotes, figures, discrepancies, sources */
        get: {
            parameters: {
                query?: {
                    /** @description true: also the items whose confidence is below 0.5, which are left out by default (the answer counts them in `hidden`). */
                    all?: "true" | "false";
                    format?: "md" | "html";
                    story?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/html": string;
                        "text/markdown": string;
                    };
                };
                /** @description The query, path or body is invalid */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/discrepancies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where sources disagree: titles, spellings, figures, event dates and places, self-contradictions */
        get: {
            parameters: {
                query?: {
                    /** @description true: also the items whose confidence is below 0.5, which are left out by default (the answer counts them in `hidden`). */
                    all?: "true" | "false";
                    kind?: "role" | "spelling" | "figure" | "event-date" | "event-place" | "self-contradiction";
                    /** @description Items per page. */
                    limit?: number;
                    /** @description Items to skip. */
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Items matching but left out for a confidence below 0.5; `all=true` includes them. */
                            hidden: number;
                            items: {
                                /** @description How far Dossier trusts this item, in [0, 1]; at or above 0.5 it is shown by default. */
                                confidence: number;
                                id: string;
                                /** @enum {string} */
                                kind: "role" | "spelling" | "figure" | "event-date" | "event-place" | "self-contradiction";
                                subject: string;
                                variants: {
                                    /** @description Articles giving the variant; `articleIds` and `evidence` list the first 10. */
                                    articleCount: number;
                                    articleIds: string[];
                                    evidence: components["schemas"]["Evidence"][];
                                    value: string;
                                }[];
                            }[];
                            limit: number;
                            offset: number;
                            /** @description Items matching, across all pages. */
                            total: number;
                        };
                    };
                };
                /** @description The query, path or body is invalid */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/entities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Actors resolved across articles, most mentioned first */
        get: {
            parameters: {
                query?: {
                    /** @description Items per page. */
                    limit?: number;
                    /** @description Items to skip. */
                    offset?: number;
                    /** @description Part of a name or alias, any case. */
                    q?: string;
                    type?: "person" | "organisation" | "country" | "place" | "other";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["ResolvedEntity"][];
                            limit: number;
                            offset: number;
                            /** @description Items matching, across all pages. */
                            total: number;
                        };
                    };
                };
                /** @description The query, path or body is invalid */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Events merged across articles, by story, actor or date, with their headlines */
        get: {
            parameters: {
                query?: {
                    /** @description An actor id, name or alias. */
                    actor?: string;
                    /** @description true: also the items whose confidence is below 0.5, which are left out by default (the answer counts them in `hidden`). */
                    all?: "true" | "false";
                    /** @description Only on or after this day (YYYY-MM-DD). */
                    from?: string;
                    /** @description Items per page. */
                    limit?: number;
                    /** @description Items to skip. */
                    offset?: number;
                    /** @description A story id. */
                    story?: string;
                    /** @description Only on or before this day (YYYY-MM-DD). */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Items matching but left out for a confidence below 0.5; `all=true` includes them. */
                            hidden: number;
                            items: components["schemas"]["NamedEvent"][];
                            limit: number;
                            offset: number;
                            /** @description Items matching, across all pages. */
                            total: number;
                        };
                    };
                };
                /** @description The query, path or body is invalid */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One event with its headline, confidence, every report of it and the articles they are in */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The articles reporting the event. */
                            articles: components["schemas"]["ArticleSummary"][];
                            event: components["schemas"]["NamedEvent"];
                        };
                    };
                };
                /** @description The query, path or body is invalid */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Nothing matches the id or name */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everything in a format users work with: dossier/1 JSON, CSV, PLOVER events, TimelineJS, GEXF */
        get: {
            parameters: {
                query?: {
                    /** @description true: also the items whose confidence is below 0.5, which are left out by default (the answer counts them in `hidden`). */
                    all?: "true" | "false";
                    format?: "json" | "jsonl" | "csv" | "md" | "plover" | "timelinejs" | "gexf";
                    story?: string;
                    table?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/gexf+xml": string;
                        "application/json": string;
                        "application/x-ndjson": string;
                        "text/csv": string;
                        "text/html": string;
                        "text/markdown": string;
                    };
                };
                /** @description The query, path or body is invalid */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every number the articles report, oldest article first, with its sentence */
        get: {
            parameters: {
                query?: {
                    /** @description true: also the items whose confidence is below 0.5, which are left out by default (the answer counts them in `hidden`). */
                    all?: "true" | "false";
                    /** @description Items per page. */
                    limit?: number;
                    /** @description Items to skip. */
                    offset?: number;
                    /** @description Part of the figure, its subject or unit. */
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Items matching but left out for a confidence below 0.5; `all=true` includes them. */
                            hidden: number;
                            items: components["schemas"]["FigureItem"][];
                            limit: number;
                            offset: number;
                            /** @description Items matching, across all pages. */
                            total: number;
                        };
                    };
                };
                /** @description The query, path or body is invalid */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ingest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Queue an article (text, HTML or URL) or a feed for ingesting; poll the job for the outcome */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["IngestRequest"];
                };
            };
            responses: {
                /** @description Accepted */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            job: components["schemas"]["Job"];
                        };
                    };
                };
                /** @description The query, path or body is invalid */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A token is configured and the request does not carry it */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Writes are disabled: no token is configured and the server is not local-only */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An ingest job: its progress, and its report once done */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Job"];
                    };
                };
                /** @description The query, path or body is invalid */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Nothing matches the id or name */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/network": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who met, demanded, sanctioned or attacked whom, from the merged events */
        get: {
            parameters: {
                query?: {
                    /** @description true: also the items whose confidence is below 0.5, which are left out by default (the answer counts them in `hidden`). */
                    all?: "true" | "false";
                    /** @description The edges most events draw, the most first; the answer counts the edges left out in `omitted`. */
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            edges: {
                                count: number;
                                eventIds: string[];
                                source: string;
                                target: string;
                                /** @enum {string} */
                                type: "AGREE" | "CONSULT" | "SUPPORT" | "CONCEDE" | "COOPERATE" | "AID" | "RETREAT" | "REQUEST" | "ACCUSE" | "REJECT" | "THREATEN" | "PROTEST" | "SANCTION" | "MOBILIZE" | "COERCE" | "ASSAULT" | "FIGHT" | "DEMAND" | "DISAPPROVE" | "INVESTIGATE" | "OTHER";
                            }[];
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
                /** @description The query, path or body is invalid */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/quotes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every quote across articles, oldest first, with its speaker resolved and its sentence */
        get: {
            parameters: {
                query?: {
                    /** @description true: also the items whose confidence is below 0.5, which are left out by default (the answer counts them in `hidden`). */
                    all?: "true" | "false";
                    /** @description Only on or after this day (YYYY-MM-DD). */
                    from?: string;
                    /** @description Items per page. */
                    limit?: number;
                    /** @description Items to skip. */
                    offset?: number;
                    /** @description Part of the quoted words, any case. */
                    q?: string;
                    /** @description An actor id, name or alias. */
                    speaker?: string;
                    /** @description Only on or before this day (YYYY-MM-DD). */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Items matching but left out for a confidence below 0.5; `all=true` includes them. */
                            hidden: number;
                            items: components["schemas"]["QuoteItem"][];
                            limit: number;
                            offset: number;
                            /** @description Items matching, across all pages. */
                            total: number;
                        };
                    };
                };
                /** @description The query, path or body is invalid */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Full-text search over titles and texts, best match first, with snippets */
        get: {
            parameters: {
                query: {
                    /** @description Items per page. */
                    limit?: number;
                    /** @description Items to skip. */
                    offset?: number;
                    /** @description Words to find in titles and texts: by default at most 256 characters and 16 distinct words (`dossier serve --max-query-chars`, `--max-query-terms`); longer is a 400. */
                    q: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
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
                /** @description The query, path or body is invalid */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/series": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Figures on the same measure over time */
        get: {
            parameters: {
                query?: {
                    /** @description true: also the items whose confidence is below 0.5, which are left out by default (the answer counts them in `hidden`). */
                    all?: "true" | "false";
                    /** @description Items per page. */
                    limit?: number;
                    /** @description Items to skip. */
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Items matching but left out for a confidence below 0.5; `all=true` includes them. */
                            hidden: number;
                            items: {
                                /** @description How far Dossier trusts this item, in [0, 1]; at or above 0.5 it is shown by default. */
                                confidence: number;
                                id: string;
                                points: {
                                    articleId: string;
                                    asOf: string | null;
                                    evidence: components["schemas"]["Evidence"];
                                    value: number;
                                }[];
                                subject: string;
                                unit: string | null;
                            }[];
                            limit: number;
                            offset: number;
                            /** @description Items matching, across all pages. */
                            total: number;
                        };
                    };
                };
                /** @description The query, path or body is invalid */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stories: articles about the same development, with their span of dates and events */
        get: {
            parameters: {
                query?: {
                    /** @description Items per page. */
                    limit?: number;
                    /** @description Items to skip. */
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
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
                /** @description The query, path or body is invalid */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stories/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A story with its articles and its timeline */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            articles: components["schemas"]["ArticleSummary"][];
                            story: components["schemas"]["Story"];
                            timeline: components["schemas"]["TimelineEntry"][];
                        };
                    };
                };
                /** @description The query, path or body is invalid */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Nothing matches the id or name */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Events in date order, with headline, date precision and the articles reporting them */
        get: {
            parameters: {
                query?: {
                    /** @description An actor id, name or alias. */
                    actor?: string;
                    /** @description true: also the items whose confidence is below 0.5, which are left out by default (the answer counts them in `hidden`). */
                    all?: "true" | "false";
                    /** @description Only on or after this day (YYYY-MM-DD). */
                    from?: string;
                    /** @description Items per page. */
                    limit?: number;
                    /** @description Items to skip. */
                    offset?: number;
                    /** @description A story id. */
                    story?: string;
                    /** @description Only on or before this day (YYYY-MM-DD). */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Items matching but left out for a confidence below 0.5; `all=true` includes them. */
                            hidden: number;
                            items: components["schemas"]["TimelineEntry"][];
                            limit: number;
                            offset: number;
                            /** @description Items matching, across all pages. */
                            total: number;
                        };
                    };
                };
                /** @description The query, path or body is invalid */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Article: {
            author: string | null;
            canonicalUrl: string | null;
            fingerprint: string;
            id: string;
            ingestedAt: string;
            lang: string | null;
            outlet: string | null;
            outletEvidence: {
                detail: string;
                /** @enum {string} */
                origin: "user" | "manifest" | "metadata" | "url" | "text";
            } | null;
            /** @description A paywall or error notice cut the text, or the item had a title only (see `removed`). */
            partial: boolean;
            published: string | null;
            publishedEvidence: {
                detail: string;
                /** @enum {string} */
                origin: "user" | "manifest" | "metadata" | "url" | "text";
            } | null;
            publishedRange: {
                evidence: string;
                from: string;
                to: string;
            } | null;
            removed: string[];
            revision: number;
            source: string;
            text: string;
            title: string | null;
            updatedAt: string;
            url: string | null;
        };
        ArticleFigure: {
            articleId: string;
            asOf: string | null;
            attribution: string | null;
            /** @description How far Dossier trusts this item, in [0, 1]; at or above 0.5 it is shown by default. */
            confidence: number;
            end: number;
            evidence: string;
            qualifier: string | null;
            start: number;
            subject: string | null;
            text: string;
            unit: string | null;
            value: number;
            valueMax: number | null;
        };
        ArticleQuote: {
            articleId: string;
            channel: string | null;
            /** @description How far Dossier trusts this item, in [0, 1]; at or above 0.5 it is shown by default. */
            confidence: number;
            content: {
                end: number;
                start: number;
                text: string;
            };
            cue: {
                end: number;
                start: number;
                text: string;
            } | null;
            date: string | null;
            direct: boolean;
            evidence: string;
            source: {
                end: number;
                start: number;
                text: string;
            } | null;
            speaker: string | null;
            /** @description The article-local speaker, `<articleId>/<localId>`. */
            speakerId: string | null;
        };
        ArticleSummary: {
            id: string;
            lang: string | null;
            outlet: string | null;
            published: string | null;
            revision: number;
            source: string;
            title: string | null;
            url: string | null;
        };
        /** @description Every failure, with its HTTP status repeated and a one-line reason. */
        Error: {
            error: {
                message: string;
                status: number;
            };
        };
        /** @description The article and sentence a claim came from. */
        Evidence: {
            articleId: string;
            end: number;
            sentence: string;
            start: number;
        };
        FigureItem: {
            articleId: string;
            asOf: string | null;
            attribution: string | null;
            /** @description How far Dossier trusts this item, in [0, 1]; at or above 0.5 it is shown by default. */
            confidence: number;
            end: number;
            evidence: string;
            published: string | null;
            qualifier: string | null;
            start: number;
            subject: string | null;
            text: string;
            unit: string | null;
            value: number;
            valueMax: number | null;
        };
        IngestRequest: {
            /**
             * Format: uri
             * @description An RSS or Atom feed to fetch; every item is ingested.
             */
            feed?: string;
            /** @description An article page as HTML. */
            html?: string;
            outlet?: string;
            /** @description When the article was published, in any form `dossier ingest` reads. */
            published?: string;
            /** @description An article as plain text. */
            text?: string;
            title?: string;
            /**
             * Format: uri
             * @description An article page to fetch.
             */
            url?: string;
        };
        Job: {
            error?: string;
            id: string;
            /** @description Inputs handled so far, stored or failed. */
            processed: number;
            report?: {
                added: number;
                failed: {
                    input: string;
                    problem: string;
                    reason: string;
                }[];
                readingFailed: {
                    id: string;
                    reason: string;
                }[];
                revised: number;
                unchanged: number;
                updated: number;
            };
            /** @enum {string} */
            status: "queued" | "running" | "done" | "failed";
            /** @description Inputs expected; null while a feed is still being read. */
            total: number | null;
        };
        NamedEvent: {
            /** @description How far Dossier trusts this item, in [0, 1]; at or above 0.5 it is shown by default. */
            confidence: number;
            date: string | null;
            evidence: {
                articleId: string;
                /** @description How far Dossier trusts this item, in [0, 1]; at or above 0.5 it is shown by default. */
                confidence: number;
                date: string | null;
                end: number;
                /** @enum {string} */
                mode: "asserted" | "proposed" | "planned" | "denied" | "hypothetical" | "called-off";
                place: string | null;
                sentence: string;
                start: number;
            }[];
            /** @description The event in plain words, from its record: who did what to whom, where ("X meets Y in Z"). */
            headline: string;
            id: string;
            /** @enum {string} */
            mode: "asserted" | "proposed" | "planned" | "denied" | "hypothetical" | "called-off";
            place: string | null;
            /** @enum {string} */
            precision: "day" | "month" | "year" | "around" | "undated";
            sourceIds: string[];
            /** @description The names of `sourceIds`, in order. */
            sourceNames: string[];
            storyId: string | null;
            targetIds: string[];
            /** @description The names of `targetIds`, in order. */
            targetNames: string[];
            /** @enum {string} */
            type: "AGREE" | "CONSULT" | "SUPPORT" | "CONCEDE" | "COOPERATE" | "AID" | "RETREAT" | "REQUEST" | "ACCUSE" | "REJECT" | "THREATEN" | "PROTEST" | "SANCTION" | "MOBILIZE" | "COERCE" | "ASSAULT" | "FIGHT" | "DEMAND" | "DISAPPROVE" | "INVESTIGATE" | "OTHER";
        };
        QuoteItem: {
            articleId: string;
            channel: string | null;
            /** @description How far Dossier trusts this item, in [0, 1]; at or above 0.5 it is shown by default. */
            confidence: number;
            content: {
                end: number;
                start: number;
                text: string;
            };
            cue: {
                end: number;
                start: number;
                text: string;
            } | null;
            date: string | null;
            direct: boolean;
            evidence: string;
            published: string | null;
            /** @description The resolved actor (`/api/actors/{id}`). */
            resolvedSpeakerId: string | null;
            source: {
                end: number;
                start: number;
                text: string;
            } | null;
            speaker: string | null;
            /** @description The article-local speaker, `<articleId>/<localId>`. */
            speakerId: string | null;
        };
        /** @description One real-world actor across every article. */
        ResolvedEntity: {
            aliases: string[];
            country: string | null;
            id: string;
            members: string[];
            mentionCount: number;
            name: string;
            roles: {
                country: string | null;
                date: string | null;
                evidence: components["schemas"]["Evidence"];
                of: string | null;
                title: string;
            }[];
            stands: "government" | null;
            /** @enum {string} */
            type: "person" | "organisation" | "country" | "place" | "other";
        };
        Story: {
            articleIds: string[];
            eventIds: string[];
            from: string | null;
            id: string;
            title: string;
            to: string | null;
        };
        TimelineEntry: {
            articleIds: string[];
            /** @description How far Dossier trusts this item, in [0, 1]; at or above 0.5 it is shown by default. */
            confidence: number;
            date: string | null;
            eventId: string;
            /** @description The event in plain words, from its record: who did what to whom, where ("X meets Y in Z"). */
            headline: string;
            /** @enum {string} */
            mode: "asserted" | "proposed" | "planned" | "denied" | "hypothetical" | "called-off";
            place: string | null;
            /** @enum {string} */
            precision: "day" | "month" | "year" | "around" | "undated";
            sourceIds: string[];
            /** @description The names of `sourceIds`, in order. */
            sourceNames: string[];
            storyId: string | null;
            targetIds: string[];
            /** @description The names of `targetIds`, in order. */
            targetNames: string[];
            /** @enum {string} */
            type: "AGREE" | "CONSULT" | "SUPPORT" | "CONCEDE" | "COOPERATE" | "AID" | "RETREAT" | "REQUEST" | "ACCUSE" | "REJECT" | "THREATEN" | "PROTEST" | "SANCTION" | "MOBILIZE" | "COERCE" | "ASSAULT" | "FIGHT" | "DEMAND" | "DISAPPROVE" | "INVESTIGATE" | "OTHER";
            undated: boolean;
            when: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
