/**
 * Generated from the API's OpenAPI document by scripts/api-types.ts: do not edit by hand.
 * Regenerate with `npm run api-types` after changing the API's schemas (src/api/schemas/).
 */
export interface components {
    schemas: {
        /** @description An actor as a list of actors shows it. */
        ActorListing: {
            aliases: string[];
            country: string | null;
            id: string;
            /** @description Its first `each` members, in their stored order. */
            members: string[];
            mentionCount: number;
            name: string;
            /** @description Members and roles past `each`, left out so that a page of actors named everywhere stays one page (`/api/actors/{idOrName}` pages through them). */
            omitted: {
                members: number;
                roles: number;
            };
            /** @description Its first `each` roles by date (undated last), as an actor profile picks them, in the order of its roles. */
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
            /** @description How far Dossier trusts this item, in [0, 1]; hidden by default with events, quotes, figures, discrepancies and series below 0.5. */
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
            /** @description How far Dossier trusts this item, in [0, 1]; hidden by default with events, quotes, figures, discrepancies and series below 0.5. */
            confidence: number;
            content: components["schemas"]["SpanText"];
            cue: components["schemas"]["SpanText"] | null;
            date: string | null;
            direct: boolean;
            evidence: string;
            source: components["schemas"]["SpanText"] | null;
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
            /** @description How far Dossier trusts this item, in [0, 1]; hidden by default with events, quotes, figures, discrepancies and series below 0.5. */
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
            /**
             * @description linked: every input left is stored and linked, waiting for a worker to connect its actors and events (PostgreSQL workers).
             * @enum {string}
             */
            status: "queued" | "running" | "linked" | "done" | "failed";
            /** @description Inputs expected; null while a feed is still being read. */
            total: number | null;
        };
        NamedEvent: {
            /** @description How far Dossier trusts this item, in [0, 1]; hidden by default with events, quotes, figures, discrepancies and series below 0.5. */
            confidence: number;
            date: string | null;
            evidence: {
                articleId: string;
                /** @description How far Dossier trusts this item, in [0, 1]; hidden by default with events, quotes, figures, discrepancies and series below 0.5. */
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
            /** @description How far Dossier trusts this item, in [0, 1]; hidden by default with events, quotes, figures, discrepancies and series below 0.5. */
            confidence: number;
            content: components["schemas"]["SpanText"];
            cue: components["schemas"]["SpanText"] | null;
            date: string | null;
            direct: boolean;
            evidence: string;
            published: string | null;
            /** @description The resolved actor (`/api/actors/{id}`). */
            resolvedSpeakerId: string | null;
            source: components["schemas"]["SpanText"] | null;
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
        SpanText: {
            end: number;
            start: number;
            text: string;
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
            /** @description How far Dossier trusts this item, in [0, 1]; hidden by default with events, quotes, figures, discrepancies and series below 0.5. */
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
    responses: {
        /** @description The query, path or body is invalid */
        BadRequest: {
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Writes are disabled: no token is configured and the server is not local-only */
        Forbidden: {
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Nothing matches the id or name */
        NotFound: {
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description A token is configured and the request does not carry it */
        Unauthorized: {
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /** @description An actor id, name or alias. */
        Actor: string;
        /** @description true: also the items left out by default for a low confidence (events, quotes, figures, discrepancies and series below 0.5); the answer counts them in `hidden`. */
        All: "true" | "false";
        /** @description Only on or after this day (YYYY-MM-DD). */
        From: string;
        Id: string;
        /** @description An actor id, name or alias. */
        IdOrName: string;
        /** @description Items per page. */
        Limit: number;
        /** @description Items to skip. */
        Offset: number;
        /** @description A story id. */
        Story: string;
        /** @description Only on or before this day (YYYY-MM-DD). */
        To: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
