import { NotFoundError } from '../../core/errors.js';
import { checkSearchQuery } from '../../core/search.js';
import type { Article, ArticleReading } from '../../core/types.js';
import { exportedArticle } from '../../service/export.js';
import {
  exportedDates,
  exportedEntities,
  exportedEvents,
  exportedFigures,
  exportedQuotes,
  exportedStances,
} from '../../service/export-reading.js';
import { requireCurrentStory } from '../../service/records.js';
import { pageOf } from '../pagination.js';
import { route } from '../route.js';
import { ArticleDetail, ArticleSummary as ArticleSummarySchema, SearchHit } from '../schemas/articles.js';
import { ArticlesQuery, IdParam, SearchQuery } from '../schemas/requests.js';

export const articleRoutes = [
  route({
    method: 'get',
    path: '/api/articles',
    tag: 'articles',
    summary: 'Stored articles in the order they arrived, by outlet, story or publication date',
    query: ArticlesQuery,
    response: pageOf(ArticleSummarySchema),
    async handle({ query }, { store }) {
      const { limit, offset, outlet, from, to } = query;
      const story = query.story === undefined ? undefined : await requireCurrentStory(store, query.story);
      const filter = { outlet, story, from, to };
      const [items, total] = await Promise.all([
        store.listArticles({ ...filter, limit, offset }),
        store.countArticles(filter),
      ]);
      return { items, total, limit, offset };
    },
  }),

  route({
    method: 'get',
    path: '/api/articles/:id',
    tag: 'articles',
    summary: 'An article with everything reading found in it, as spans into its text for highlighting',
    params: IdParam,
    response: ArticleDetail,
    async handle({ params }, { store }) {
      const article = await store.getArticle(params.id);
      if (!article) throw new NotFoundError('article', params.id);
      const stored = await store.getReading(article.id);
      const reading = stored?.revision === article.revision ? stored.reading : null;
      const rows = <T>(exported: (article: Article, reading: ArticleReading) => T[]) =>
        reading ? exported(article, reading) : [];
      const duplicates = (await store.duplicatesOf(article.id)).map((pair) => ({
        id: pair.a === article.id ? pair.b : pair.a,
        similarity: pair.similarity,
        kind: pair.kind,
      }));
      return {
        article: exportedArticle(article),
        entities: rows(exportedEntities),
        dates: rows(exportedDates),
        quotes: rows(exportedQuotes),
        figures: rows(exportedFigures),
        events: rows(exportedEvents),
        stances: rows(exportedStances),
        storyId: await store.storyOfArticle(article.id),
        duplicates,
      };
    },
  }),

  route({
    method: 'get',
    path: '/api/search',
    tag: 'articles',
    summary: 'Full-text search over titles and texts, best match first, with snippets',
    query: SearchQuery,
    response: pageOf(SearchHit),
    async handle({ query }, { store, dossier, searchLimits }) {
      checkSearchQuery(query.q, searchLimits);
      return dossier.stored(`search:${JSON.stringify(query)}`, async () => {
        const [items, total] = await Promise.all([
          store.search(query.q, query.limit, query.offset),
          store.countMatches(query.q),
        ]);
        return { items, total, limit: query.limit, offset: query.offset };
      });
    },
  }),
];
