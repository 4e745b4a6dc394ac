/**
 * What the API accepts: query strings, path parameters and bodies, checked once at the edge. The same
 * schemas describe the parameters in the OpenAPI document.
 */
import { floorsInWords } from '../../core/confidence.js';
import { parseDate } from '../../core/dates.js';
import { z } from 'zod';
import { DiscrepancyKind, EntityType, EventType } from './common.js';

export const MAX_LIMIT = 500;

/**
 * A parameter many endpoints take is registered once, under `components.parameters` by its `id`, and each
 * endpoint refers to it there, so the document and the UI's generated types describe it once.
 */
const shared = (id: string, description: string) => ({ description, param: { id } });

const day = (id: string, description: string) => z.iso.date().optional().meta(shared(id, description));

export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_LIMIT).default(50).meta(shared('Limit', 'Items per page.')),
  offset: z.coerce.number().int().min(0).default(0).meta(shared('Offset', 'Items to skip.')),
});

const DateRangeQuery = z.object({
  from: day('From', 'Only on or after this day (YYYY-MM-DD).'),
  to: day('To', 'Only on or before this day (YYYY-MM-DD).'),
});

/** Lists leave out what Dossier is unsure of (below its kind's floor, `SHOWN_FROM`) unless `all=true`. */
const TrustQuery = z.object({
  all: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true')
    .meta(
      shared(
        'All',
        `true: also the items left out by default for a low confidence (${floorsInWords()}); the answer counts them in \`hidden\`.`,
      ),
    ),
});

const actorId = z.string().min(1).optional();
const ACTOR = 'An actor id, name or alias.';
const actor = actorId.meta(shared('Actor', ACTOR));
const story = z.string().min(1).optional().meta(shared('Story', 'A story id.'));

export const ArticlesQuery = PageQuery.extend({
  outlet: z.string().min(1).optional().meta({ description: 'Exactly this outlet.' }),
  story,
  ...DateRangeQuery.shape,
});

export const SearchQuery = PageQuery.extend({
  q: z.string().trim().min(1).meta({
    description:
      'Words to find in titles and texts: by default at most 256 characters and 16 distinct words (`dossier serve --max-query-chars`, `--max-query-terms`); longer is a 400.',
  }),
});

/** Members and roles shown of each actor of a list by default: enough for its titles at a glance. */
export const EACH_ACTOR = 10;

export const EntitiesQuery = PageQuery.extend({
  q: z.string().min(1).optional().meta({ description: 'Part of a name or alias, any case.' }),
  type: EntityType.optional(),
  each: z.coerce.number().int().min(0).max(MAX_LIMIT).default(EACH_ACTOR).meta({
    description:
      "At most this many members and roles of each actor (its first, as its profile picks them); each actor's `omitted` counts the others.",
  }),
});

export const QuotesQuery = PageQuery.extend({
  ...TrustQuery.shape,
  // Its own parameter: a registered one names the query field it stands for (`actor`).
  speaker: actorId.meta({ description: ACTOR }),
  q: z.string().min(1).optional().meta({ description: 'Part of the quoted words, any case.' }),
  ...DateRangeQuery.shape,
});

export const ActorQuery = TrustQuery.extend({
  limit: z.coerce.number().int().min(1).max(MAX_LIMIT).default(100).meta({
    description:
      'At most this many quotes, events, roles and members (the first, oldest first), read from at most this many of its articles (its first).',
  }),
});

const EDGE =
  'With `source` and `target` (all three or none): only the events drawing that edge of the network.';

export const EventsQuery = PageQuery.extend({
  story,
  actor,
  source: actorId.meta({ description: `The actor acting (an id, name or alias). ${EDGE}` }),
  target: actorId.meta({ description: `The actor acted upon (an id, name or alias). ${EDGE}` }),
  type: EventType.optional().meta({ description: `The kind of event. ${EDGE}` }),
  ...DateRangeQuery.shape,
  ...TrustQuery.shape,
});

export const FiguresQuery = PageQuery.extend({
  ...TrustQuery.shape,
  q: z.string().min(1).optional().meta({ description: 'Part of the figure, its subject or unit.' }),
});

export const DiscrepanciesQuery = PageQuery.extend({ kind: DiscrepancyKind.optional(), ...TrustQuery.shape });

export const TrustedPageQuery = PageQuery.extend(TrustQuery.shape);

export { TrustQuery };

/** Edges the network answers with by default: a graph a reader can take in, and a bounded answer. */
export const NETWORK_EDGES = 300;

/** Events each edge of the network names by default: enough to open a few, a bounded answer at any size. */
export const EDGE_EVENTS = 10;

export const NetworkQuery = TrustQuery.extend({
  limit: z.coerce.number().int().min(1).max(5000).default(NETWORK_EDGES).meta({
    description:
      'The edges most events draw, the most first; the answer counts the edges left out in `omitted`.',
  }),
  each: z.coerce.number().int().min(0).max(100).default(EDGE_EVENTS).meta({
    description:
      "At most this many of each edge's events (its most confident) in its `eventIds`; `/api/events?source=…&target=…&type=…` pages them all.",
  }),
});

export const IdParam = z.object({
  id: z
    .string()
    .min(1)
    .meta({ param: { id: 'Id' } }),
});
export const ActorParam = z.object({
  idOrName: z.string().min(1).meta(shared('IdOrName', ACTOR)),
});

const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });
const SOURCE_FIELDS = ['text', 'html', 'url', 'feed'] as const;

export const IngestBody = z
  .strictObject({
    text: z.string().trim().min(1).optional().meta({ description: 'An article as plain text.' }),
    html: z.string().trim().min(1).optional().meta({ description: 'An article page as HTML.' }),
    url: httpUrl.optional().meta({ description: 'An article page to fetch.' }),
    feed: httpUrl.optional().meta({ description: 'An RSS or Atom feed to fetch; every item is ingested.' }),
    published: z
      .string()
      .trim()
      .refine((value) => parseDate(value) !== null, {
        message:
          'must be a date: ISO 8601 (2025-05-21, 2025-05-21T04:00:00-04:00), RFC 2822 (Wed, 21 May 2025 04:00:00 EDT), May 21, 2025, or Unix seconds',
      })
      .optional()
      .meta({ description: 'When the article was published, in any form `dossier ingest` reads.' }),
    title: z.string().trim().min(1).optional(),
    outlet: z.string().trim().min(1).optional(),
  })
  .refine((body) => SOURCE_FIELDS.filter((field) => body[field] !== undefined).length === 1, {
    message: 'give exactly one of text, html, url or feed',
  })
  .refine(
    // A feed holds many articles: one title or date given for all of them would be wrong for most.
    (body) =>
      body.feed === undefined ||
      (body.published === undefined && body.title === undefined && body.outlet === undefined),
    { message: 'published, title and outlet describe one article and cannot be given with feed' },
  )
  .meta({ id: 'IngestRequest' });

export type IngestRequest = z.infer<typeof IngestBody>;
