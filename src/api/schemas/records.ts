/**
 * What the API answers, as zod schemas: the source of the OpenAPI document's response types. Handlers are
 * typed against these (see `route.ts`), so a domain record that stops matching its schema fails the build
 * rather than the client. They are never run against responses: the domain already produced the values.
 */
import { z } from 'zod';
import { floorsInWords, SHOWN_FROM } from '../../core/confidence.js';
import { ArticleFigure, ArticleQuote, ArticleSummary } from './articles.js';
import {
  Confidence,
  DiscrepancyKind,
  EntityType,
  EventMode,
  EventType,
  maybe,
  Precision,
  SpanText,
  StancePosition,
  text,
} from './common.js';

const Evidence = z
  .object({ articleId: text, sentence: text, start: z.int(), end: z.int() })
  .meta({ id: 'Evidence', description: 'The article and sentence a claim came from.' });

const ResolvedRole = z.object({
  title: text,
  of: maybe(text),
  country: maybe(text),
  date: maybe(text),
  evidence: Evidence,
});

export const ResolvedEntity = z
  .object({
    id: text,
    name: text,
    type: EntityType,
    country: maybe(text),
    stands: maybe(z.literal('government')),
    aliases: z.array(text),
    roles: z.array(ResolvedRole),
    members: z.array(text),
    mentionCount: z.int(),
  })
  .meta({ id: 'ResolvedEntity', description: 'One real-world actor across every article.' });

export const ActorListing = ResolvedEntity.extend({
  members: z.array(text).meta({ description: 'Its first `each` members, in their stored order.' }),
  roles: z.array(ResolvedRole).meta({
    description:
      'Its first `each` roles by date (undated last), as an actor profile picks them, in the order of its roles.',
  }),
  omitted: z.object({ members: z.int(), roles: z.int() }).meta({
    description:
      'Members and roles past `each`, left out so that a page of actors named everywhere stays one page (`/api/actors/{idOrName}` pages through them).',
  }),
}).meta({ id: 'ActorListing', description: 'An actor as a list of actors shows it.' });

export const MergedEvent = z
  .object({
    id: text,
    type: EventType,
    mode: EventMode,
    date: maybe(text),
    precision: Precision,
    place: maybe(text),
    sourceIds: z.array(text),
    targetIds: z.array(text),
    storyId: maybe(text),
    evidence: z.array(
      Evidence.extend({ date: maybe(text), place: maybe(text), mode: EventMode, confidence: Confidence }),
    ),
    confidence: Confidence,
  })
  .meta({ id: 'MergedEvent', description: 'One real-world event, however many articles report it.' });

const ActorNames = {
  sourceNames: z.array(text).meta({ description: 'The names of `sourceIds`, in order.' }),
  targetNames: z.array(text).meta({ description: 'The names of `targetIds`, in order.' }),
};

const headline = text.meta({
  description: 'The event in plain words, from its record: who did what to whom, where ("X meets Y in Z").',
});

export const NamedEvent = MergedEvent.extend({ ...ActorNames, headline }).meta({ id: 'NamedEvent' });

export const EventDetail = z.object({
  event: NamedEvent,
  articles: z.array(ArticleSummary).meta({ description: 'The articles reporting the event.' }),
});

export const TimelineEntry = z
  .object({
    eventId: text,
    date: maybe(text),
    precision: Precision,
    when: text,
    undated: z.boolean(),
    type: EventType,
    mode: EventMode,
    place: maybe(text),
    sourceIds: z.array(text),
    targetIds: z.array(text),
    storyId: maybe(text),
    articleIds: z.array(text),
    ...ActorNames,
    headline,
    confidence: Confidence,
  })
  .meta({ id: 'TimelineEntry' });

export const Story = z
  .object({
    id: text,
    title: text,
    articleIds: z.array(text),
    eventIds: z.array(text),
    from: maybe(text),
    to: maybe(text),
  })
  .meta({ id: 'Story' });

export const StoryDetail = z.object({
  story: Story,
  articles: z.array(ArticleSummary),
  timeline: z.array(TimelineEntry),
});

/**
 * Articles listed per variant of a discrepancy in a page: a spelling of an actor named in thousands of
 * articles would otherwise list them all (a page of 50 weighed 1.7 MB on a store of 100k).
 */
export const VARIANT_ARTICLES = 10;

export const Discrepancy = z.object({
  id: text,
  kind: DiscrepancyKind,
  subject: text,
  variants: z.array(
    z.object({
      value: text,
      articleIds: z.array(text),
      evidence: z.array(Evidence),
      articleCount: z.int().meta({
        description: `Articles giving the variant; \`articleIds\` and \`evidence\` list the first ${VARIANT_ARTICLES}.`,
      }),
    }),
  ),
  confidence: Confidence,
});

export const Series = z.object({
  id: text,
  subject: text,
  unit: maybe(text),
  points: z.array(z.object({ value: z.number(), asOf: maybe(text), articleId: text, evidence: Evidence })),
  confidence: Confidence,
});

export const QuoteItem = ArticleQuote.extend({
  published: maybe(text),
  resolvedSpeakerId: maybe(text).meta({ description: 'The resolved actor (`/api/actors/{id}`).' }),
}).meta({ id: 'QuoteItem' });

export const FigureItem = ArticleFigure.extend({ published: maybe(text) }).meta({ id: 'FigureItem' });

export const ActorProfile = z.object({
  entity: ResolvedEntity.meta({
    description:
      'The actor with its first `limit` members (in their stored order) and the roles `roles` lists (in the order of its roles); `omitted` counts the members and roles past them.',
  }),
  roles: z.array(ResolvedRole).meta({
    description: 'Its first `limit` roles, by date (undated last); `omitted.roles` counts the others.',
  }),
  positions: z.array(
    z.object({
      issue: text,
      stances: z.array(
        z.object({ articleId: text, published: maybe(text), position: StancePosition, evidence: text }),
      ),
    }),
  ),
  quotes: z.array(
    z.object({
      articleId: text,
      published: maybe(text),
      quote: z.object({
        content: SpanText,
        source: maybe(SpanText),
        cue: maybe(SpanText),
        speaker: maybe(text),
        speakerId: maybe(text),
        direct: z.boolean(),
        channel: maybe(text),
        date: maybe(text),
        sentence: z.int(),
        confidence: Confidence,
      }),
    }),
  ),
  events: z.array(NamedEvent),
  hidden: z.object({ quotes: z.int(), events: z.int() }).meta({
    description: `Quotes and events left out for a low confidence (${floorsInWords(['quotes', 'events'])}); \`all=true\` includes them.`,
  }),
  omitted: z
    .object({ quotes: z.int(), events: z.int(), members: z.int(), roles: z.int(), articles: z.int() })
    .meta({
      description:
        "Left out so that an actor named everywhere answers in one page: quotes and events past `limit` (`/api/quotes?speaker=` and `/api/events?actor=` page through all of them); the entity's members and roles past `limit`; and the actor's articles past its first `limit`, whose quotes, positions and members the profile does not read.",
    }),
});

export const Network = z.object({
  nodes: z.array(
    z.object({ id: text, name: text, type: EntityType, country: maybe(text), mentions: z.int() }),
  ),
  edges: z.array(
    z.object({
      source: text,
      target: text,
      type: EventType,
      count: z.int().meta({ description: 'The events drawing the edge.' }),
      eventIds: z.array(text).meta({
        description:
          'Its first `each` events, the most confident first; `/api/events?source=…&target=…&type=…` pages them all.',
      }),
    }),
  ),
  events: z.int().meta({ description: 'The events drawing an edge, in the whole network shown.' }),
  hidden: z.int().meta({
    description: `Events left out for a confidence below ${SHOWN_FROM.events}; \`all=true\` includes them.`,
  }),
  omitted: z.int().meta({ description: 'Edges left out past `limit` (those fewest events draw).' }),
});

export const Job = z
  .object({
    id: text,
    status: z.enum(['queued', 'running', 'linked', 'done', 'failed']).meta({
      description:
        'linked: every input left is stored and linked, waiting for a worker to connect its actors and events (PostgreSQL workers).',
    }),
    processed: z.int().meta({ description: 'Inputs handled so far, stored or failed.' }),
    total: maybe(z.int()).meta({ description: 'Inputs expected; null while a feed is still being read.' }),
    report: z
      .object({
        added: z.int(),
        revised: z.int(),
        updated: z.int(),
        unchanged: z.int(),
        failed: z.array(z.object({ input: text, problem: text, reason: text })),
        readingFailed: z.array(z.object({ id: text, reason: text })),
      })
      .optional(),
    error: text.optional(),
  })
  .meta({ id: 'Job' });
