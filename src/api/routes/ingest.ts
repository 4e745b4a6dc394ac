import { NotFoundError } from '../../core/errors.js';
import { z } from 'zod';
import { route } from '../route.js';
import { Job } from '../schemas/records.js';
import { IdParam, IngestBody } from '../schemas/requests.js';

export const ingestRoutes = [
  route({
    method: 'post',
    path: '/api/ingest',
    tag: 'ingest',
    summary: 'Queue an article (text, HTML or URL) or a feed for ingesting; poll the job for the outcome',
    body: IngestBody,
    response: z.object({ job: Job }),
    status: 202,
    async handle({ body }, { jobs }) {
      return { job: await jobs.enqueue(body) };
    },
  }),

  route({
    method: 'get',
    path: '/api/jobs/:id',
    tag: 'ingest',
    summary: 'An ingest job: its progress, and its report once done',
    params: IdParam,
    response: Job,
    async handle({ params }, { jobs }) {
      const job = await jobs.get(params.id);
      if (!job) throw new NotFoundError('job', params.id);
      return job;
    },
  }),
];
