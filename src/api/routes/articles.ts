import { NotFoundError } from '../../core/errors.js';
import { checkSearchQuery } from '../../core/search.js';
import type { Article, ArticleReading, ArticleSummary } from '../../core/types.js';
import { exportedArticle } from '../../service/export.js';
import {
  exportedDates,
  exportedEntities,
  exportedEvents,
  exportedFigures,
  exportedQuotes,
  exportedStances,
} from '../../service/export-reading.js';
import type { Store } from '../../store/store.js';
import { pageOf, paginate } from '../pagination.js';
import { route } from '../route.js';
import { ArticleDetail, ArticleSummary as ArticleSummarySchema, SearchHit } from '../schemas/records.js';
import { ArticlesQuery, IdParam, SearchQuery } from '../schemas/requests.js';
import type { DayRange } from '../views.js';
import { publishedWithin } from '../views.js';

export const articleRoutes = [
  route({
    method: 'get',
    path: '/api/articles',
    tag: 'articles',
    summary: 'Stored articles in the order they arrived, by outlet, story or publication date',
    query: ArticlesQuery,
    response: pageOf(ArticleSummarySchema),
    async handle({ query }, { store }) {
      const { limit, offset, outlet, story, from, to } = query;
      if (story === undefined && from === undefined && to === undefined && outlet === undefined) {
        const items = await store.listArticles({ limit, offset });
        return { items, total: await store.countArticles(), limit, offset };
      }
      return paginate(await filteredArticles(store, { outlet, story, from, to }), query);
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
      const duplicates = (await store.listDuplicates())
        .filter((pair) => pair.a === article.id || pair.b === article.id)
        .map((pair) => ({
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

/**
 * The store filters by outlet only, so story and date filters walk the outlet's summaries; fine for the
 * thousands of articles a dossier holds, and the unfiltered list (the common case) stays one query.
 */
async function filteredArticles(
  store: Store,
  filter: DayRange & { outlet?: string | undefined; story?: string | undefined },
): Promise<ArticleSummary[]> {
  let inStory: Set<string> | null = null;
  if (filter.story !== undefined) {
    const story = (await store.listStories()).find((s) => s.id === filter.story);
    if (!story) throw new NotFoundError('story', filter.story);
    inStory = new Set(story.articleIds);
  }
  const articles = await store.listArticles(filter.outlet === undefined ? {} : { outlet: filter.outlet });
  return articles.filter(
    (a) => (inStory === null || inStory.has(a.id)) && publishedWithin(a.published, filter),
  );
}
