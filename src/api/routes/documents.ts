import { Writable } from 'node:stream';
import { z } from 'zod';
import { UsageError } from '../../core/errors.js';
import { buildBrief, renderBriefHtml, renderBriefMarkdown } from '../../service/brief.js';
import { csvTables } from '../../service/formats/csv-tables.js';
import { gexf } from '../../service/formats/gexf.js';
import { ploverEvents } from '../../service/formats/plover.js';
import { exportScope } from '../../service/formats/story.js';
import { requireCurrentStory } from '../../service/records.js';
import { storyDossier } from '../../service/story-dossier.js';
import { timelineJs } from '../../service/formats/timelinejs.js';
import { EXPORT_FORMATS, exportArticles } from '../../service/export.js';
import { route } from '../route.js';
import type { RenderedDocument } from '../route.js';
import { TrustQuery } from '../schemas/requests.js';

const BriefQuery = TrustQuery.extend({
  story: z.string().min(1).optional(),
  format: z.enum(['md', 'html']).default('md'),
});

const ExportQuery = TrustQuery.extend({
  format: z.enum([...EXPORT_FORMATS, 'plover', 'timelinejs', 'gexf']).default('json'),
  /** For `csv`: one table of the connected dossier (articles, actors, quotes, …) instead of the articles. */
  table: z.string().min(1).optional(),
  story: z.string().min(1).optional(),
});

const MEDIA = {
  md: 'text/markdown',
  html: 'text/html',
  json: 'application/json',
  jsonl: 'application/x-ndjson',
  csv: 'text/csv',
  plover: 'text/csv',
  timelinejs: 'application/json',
  gexf: 'application/gexf+xml',
} as const;

export const documentRoutes = [
  route({
    method: 'get',
    path: '/api/brief',
    tag: 'documents',
    summary:
      'A one-page brief of a story (or of everything): timeline, key quotes, figures, discrepancies, sources',
    query: BriefQuery,
    response: z.string(),
    documents: [MEDIA.md, MEDIA.html],
    async handle({ query }, { store, dossier }): Promise<RenderedDocument> {
      const { all } = query;
      // A saved id of a story merged since names the story kept.
      const story = query.story === undefined ? undefined : await requireCurrentStory(store, query.story);
      // A story's brief reads only the story's part of the store; the brief of everything still loads the
      // whole dossier (every reading), as it summarises all of it.
      const brief = story
        ? await dossier.stored(`brief:${JSON.stringify([story, all])}`, async () =>
            buildBrief(await storyDossier(store, story), { storyId: story, all }),
          )
        : buildBrief(await dossier.get(), { all });
      return query.format === 'html'
        ? {
            body: renderBriefHtml(brief, { articleHref: (id) => `/articles/${encodeURIComponent(id)}` }),
            type: MEDIA.html,
          }
        : { body: renderBriefMarkdown(brief), type: MEDIA.md };
    },
  }),

  route({
    method: 'get',
    path: '/api/export',
    tag: 'documents',
    summary: 'Everything in a format users work with: dossier/1 JSON, CSV, PLOVER events, TimelineJS, GEXF',
    query: ExportQuery,
    response: z.string(),
    documents: [...new Set(Object.values(MEDIA))],
    async handle({ query }, { store, dossier }): Promise<RenderedDocument> {
      const { format } = query;
      if (
        format === 'plover' ||
        format === 'timelinejs' ||
        format === 'gexf' ||
        (format === 'csv' && query.table)
      ) {
        // PLOVER rows and a TimelineJS document of one story read only the story's part of the store;
        // GEXF and the CSV tables (near-duplicates among them) still load the whole dossier.
        const storyId = query.story === undefined ? undefined : await requireCurrentStory(store, query.story);
        const story = format === 'plover' || format === 'timelinejs' ? storyId : undefined;
        const read = story ? await storyDossier(store, story) : await dossier.get();
        const { dossier: connected, hidden } = exportScope(read, { storyId, all: query.all });
        if (format === 'plover') return { body: ploverEvents(connected), type: MEDIA.plover };
        if (format === 'timelinejs')
          return {
            body: timelineJs(connected, { hiddenEvents: hidden?.events ?? 0 }),
            type: MEDIA.timelinejs,
          };
        if (format === 'gexf') return { body: gexf(connected), type: MEDIA.gexf };
        const tables = csvTables(connected) as Record<string, string>;
        const table = tables[query.table!];
        if (table === undefined) {
          throw new UsageError(`unknown table "${query.table}": one of ${Object.keys(tables).join(', ')}`);
        }
        return { body: table, type: MEDIA.csv };
      }
      const chunks: string[] = [];
      const sink = new Writable({
        write(chunk: Buffer | string, _encoding, done) {
          chunks.push(chunk.toString());
          done();
        },
      });
      await exportArticles(store, format, sink);
      return { body: chunks.join(''), type: MEDIA[format] };
    },
  }),
];
