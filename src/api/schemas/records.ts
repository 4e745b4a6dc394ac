/**
 * What the API answers, as zod schemas: the source of the OpenAPI document's response types. Handlers are
 * typed against these (see `route.ts`), so a domain record that stops matching its schema fails the build
 * rather than the client. They are never run against responses: the domain already produced the values.
 */
import { z } from 'zod';

const text = z.string();
const maybe = <T extends z.ZodType>(schema: T) => schema.nullable();

export const EntityType = z.enum(['person', 'organisation', 'country', 'place', 'other']);
export const EventType = z.enum([
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
  'FIGHT',
  'DEMAND',
  'DISAPPROVE',
  'INVESTIGATE',
  'OTHER',
]);
export const EventMode = z.enum(['asserted', 'proposed', 'planned', 'denied', 'hypothetical', 'called-off']);
export const DiscrepancyKind = z.enum([
  'role',
  'spelling',
  'figure',
  'event-date',
  'event-place',
  'self-contradiction',
]);
const Precision = z.enum(['day', 'month', 'year', 'around', 'undated']);
const StancePosition = z.enum(['supports', 'opposes', 'conditional']);

const Confidence = z.number().min(0).max(1).meta({
  description: 'How far Dossier trusts this item, in [0, 1]; at or above 0.5 it is shown by default.',
});

const SpanText = z.object({ start: z.int(), end: z.int(), text });

export const ErrorBody = z
  .object({ error: z.object({ status: z.int(), message: text }) })
  .meta({ id: 'Error', description: 'Every failure, with its HTTP status repeated and a one-line reason.' });

export const ArticleSummary = z
  .object({
    id: text,
    title: maybe(text),
    outlet: maybe(text),
    published: maybe(text),
    lang: maybe(text),
    source: text,
    url: maybe(text),
    revision: z.int(),
  })
  .meta({ id: 'ArticleSummary' });

const MetadataEvidence = z.object({
  origin: z.enum(['user', 'manifest', 'metadata', 'url', 'text']),
  detail: text,
});

/** `dossier/1` article (docs/export-format.md). */
export const Article = z
  .object({
    id: text,
    source: text,
    url: maybe(text),
    canonicalUrl: maybe(text),
    title: maybe(text),
    outlet: maybe(text),
    outletEvidence: maybe(MetadataEvidence),
    author: maybe(text),
    lang: maybe(text),
    published: maybe(text),
    publishedEvidence: maybe(MetadataEvidence),
    publishedRange: maybe(z.object({ from: text, to: text, evidence: text })),
    text,
    removed: z.array(text),
    partial: z.boolean().meta({
      description: 'A paywall or error notice cut the text, or the item had a title only (see `removed`).',
    }),
    fingerprint: text,
    revision: z.int(),
    ingestedAt: text,
    updatedAt: text,
  })
  .meta({ id: 'Article' });

const ArticleEntity = z.object({
  id: text.meta({ description: '`<articleId>/<localId>`' }),
  articleId: text,
  name: text,
  type: EntityType,
  aliases: z.array(text),
  country: maybe(text),
  stands: maybe(z.literal('government')),
  roles: z.array(z.object({ title: text, of: maybe(text), country: maybe(text), evidence: text })),
  mentions: z.array(z.object({ text, kind: text, start: z.int(), end: z.int() })),
  evidence: maybe(text),
});

const ArticleDate = z.object({
  articleId: text,
  text,
  type: z.enum(['DATE', 'TIME', 'DURATION', 'SET']),
  value: text,
  start: z.int(),
  end: z.int(),
  evidence: text,
});

export const ArticleQuote = z
  .object({
    articleId: text,
    content: SpanText,
    source: maybe(SpanText),
    cue: maybe(SpanText),
    speaker: maybe(text),
    speakerId: maybe(text).meta({ description: 'The article-local speaker, `<articleId>/<localId>`.' }),
    direct: z.boolean(),
    channel: maybe(text),
    date: maybe(text),
    evidence: text,
    confidence: Confidence,
  })
  .meta({ id: 'ArticleQuote' });

export const ArticleFigure = z
  .object({
    articleId: text,
    text,
    value: z.number(),
    valueMax: maybe(z.number()),
    unit: maybe(text),
    subject: maybe(text),
    qualifier: maybe(text),
    asOf: maybe(text),
    attribution: maybe(text),
    start: z.int(),
    end: z.int(),
    evidence: text,
    confidence: Confidence,
  })
  .meta({ id: 'ArticleFigure' });

const ActorSector = z.enum([
  'government',
  'military',
  'police',
  'judiciary',
  'opposition',
  'business',
  'media',
  'civilians',
  'international',
]);

/** An event's actor in one article: the entity, its country (ISO alpha-3) and sector where the text says. */
const LocalActor = z.object({
  id: text,
  name: maybe(text),
  country: maybe(text),
  sector: maybe(ActorSector),
});

const ArticleEvent = z.object({
  articleId: text,
  type: EventType,
  mode: EventMode,
  trigger: SpanText,
  sourceIds: z.array(text),
  targetIds: z.array(text),
  sources: z.array(LocalActor),
  targets: z.array(LocalActor),
  symmetric: z.boolean(),
  reportedBy: maybe(LocalActor),
  date: maybe(text),
  dateFrom: z.enum(['clause', 'article']),
  place: maybe(text),
  start: z.int(),
  end: z.int(),
  evidence: text,
  confidence: Confidence,
});

const ArticleStance = z.object({
  articleId: text,
  actorId: text,
  actor: text,
  issue: text,
  position: StancePosition,
  evidence: text,
  span: SpanText,
});

export const ArticleDetail = z.object({
  article: Article,
  entities: z.array(ArticleEntity),
  dates: z.array(ArticleDate),
  quotes: z.array(ArticleQuote),
  figures: z.array(ArticleFigure),
  events: z.array(ArticleEvent),
  stances: z.array(ArticleStance),
  storyId: maybe(text),
  duplicates: z.array(z.object({ id: text, similarity: z.number(), kind: z.enum(['exact', 'near']) })),
});

export const SearchHit = z.object({
  id: text,
  title: maybe(text),
  outlet: maybe(text),
  published: maybe(text),
  snippet: text.meta({ description: 'An excerpt around the match, matched terms between «…».' }),
});

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
  entity: ResolvedEntity,
  roles: z.array(ResolvedRole),
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
    description: 'Quotes and events left out for a confidence below 0.5; `all=true` includes them.',
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
      count: z.int(),
      eventIds: z.array(text),
    }),
  ),
  hidden: z
    .int()
    .meta({ description: 'Events left out for a confidence below 0.5; `all=true` includes them.' }),
  omitted: z.int().meta({ description: 'Edges left out past `limit` (those fewest events draw).' }),
});

export const Job = z
  .object({
    id: text,
    status: z.enum(['queued', 'running', 'done', 'failed']),
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
