import { pageAt, trustedPageOf, wordPageOf } from '../pagination.js';
import { route } from '../route.js';
import { Discrepancy, FigureItem, Series, VARIANT_ARTICLES } from '../schemas/records.js';
import { DiscrepanciesQuery, FiguresQuery, TrustedPageQuery } from '../schemas/requests.js';

export const findingRoutes = [
  route({
    method: 'get',
    path: '/api/figures',
    tag: 'findings',
    summary: 'Every number the articles report, oldest article first, with its sentence',
    query: FiguresQuery,
    response: wordPageOf('figures', FigureItem),
    async handle({ query }, { store, dossier }) {
      return dossier.stored(`figures:${JSON.stringify(query)}`, async () =>
        pageAt(query, await store.views.figurePage(query.q, query)),
      );
    },
  }),

  route({
    method: 'get',
    path: '/api/series',
    tag: 'findings',
    summary: 'Figures on the same measure over time',
    query: TrustedPageQuery,
    response: trustedPageOf('series', Series),
    async handle({ query }, { store, dossier }) {
      return dossier.stored(`series:${JSON.stringify(query)}`, async () =>
        pageAt(query, await store.views.seriesPage(query)),
      );
    },
  }),

  route({
    method: 'get',
    path: '/api/discrepancies',
    tag: 'findings',
    summary:
      'Where sources disagree: titles, spellings, figures, event dates and places, self-contradictions',
    query: DiscrepanciesQuery,
    response: trustedPageOf('discrepancies', Discrepancy),
    async handle({ query }, { store, dossier }) {
      return dossier.stored(`discrepancies:${JSON.stringify(query)}`, async () => {
        const page = await store.views.discrepancyPage(query.kind, query);
        const items = page.items.map((d) => ({
          ...d,
          variants: d.variants.map((v) => ({
            ...v,
            articleIds: v.articleIds.slice(0, VARIANT_ARTICLES),
            evidence: v.evidence.slice(0, VARIANT_ARTICLES),
            articleCount: v.articleIds.length,
          })),
        }));
        return pageAt(query, { ...page, items });
      });
    },
  }),
];
