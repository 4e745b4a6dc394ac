/** Articles as the API answers them: a summary, the `dossier/1` article, its reading, a search hit (see `records.ts`). */
import { z } from 'zod';
import {
  Confidence,
  EntityType,
  EventMode,
  EventType,
  maybe,
  SpanText,
  StancePosition,
  text,
} from './common.js';

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
