/**
 * The Dossier HTTP API as the UI sees it. The server is written and deployed separately, so every field
 * is typed as possibly missing: views read through these types and fall back instead of crashing.
 */

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export interface Evidence {
  origin?: string | null;
  detail?: string | null;
}

export interface SpanText {
  start?: number | null;
  end?: number | null;
  text?: string | null;
}

/** A claim's source: the article and the sentence (offsets when the server gives them). */
export interface SentenceEvidence {
  articleId?: string | null;
  sentence?: string | null;
  start?: number | null;
  end?: number | null;
}

export interface ArticleSummary {
  id: string;
  title?: string | null;
  outlet?: string | null;
  published?: string | null;
  url?: string | null;
  source?: string | null;
}

export interface Article extends ArticleSummary {
  outletEvidence?: Evidence | null;
  publishedEvidence?: Evidence | null;
  publishedRange?: { from?: string | null; to?: string | null; evidence?: Evidence | null } | null;
  author?: string | null;
  text?: string | null;
  removed?: string[] | null;
}

export interface ArticleEntity {
  id?: string | null;
  name?: string | null;
  type?: string | null;
  country?: string | null;
  roles?: Array<{ title?: string | null; of?: string | null }> | null;
  mentions?: Array<{ text?: string | null; kind?: string | null; start?: number; end?: number }> | null;
}

export interface ArticleDate {
  text?: string | null;
  type?: string | null;
  value?: string | null;
  start?: number;
  end?: number;
}

export interface ArticleQuote {
  content?: SpanText | null;
  source?: SpanText | null;
  cue?: SpanText | null;
  speaker?: string | null;
  direct?: boolean | null;
  channel?: string | null;
}

export interface ArticleFigure {
  articleId?: string | null;
  published?: string | null;
  evidence?: string | null;
  text?: string | null;
  value?: number | null;
  unit?: string | null;
  subject?: string | null;
  asOf?: string | null;
  start?: number;
  end?: number;
}

export interface ArticleEvent {
  type?: string | null;
  mode?: string | null;
  trigger?: SpanText | null;
  sources?: Array<{ id?: string | null; name?: string | null }> | null;
  targets?: Array<{ id?: string | null; name?: string | null }> | null;
  date?: string | null;
  place?: string | null;
  evidence?: string | null;
}

export interface ArticleStance {
  actor?: string | null;
  issue?: string | null;
  position?: string | null;
  evidence?: string | null;
}

export interface ArticleDetail {
  article: Article;
  entities?: ArticleEntity[] | null;
  dates?: ArticleDate[] | null;
  quotes?: ArticleQuote[] | null;
  figures?: ArticleFigure[] | null;
  events?: ArticleEvent[] | null;
  stances?: ArticleStance[] | null;
  storyId?: string | null;
  duplicates?: unknown[] | null;
}

export interface SearchHit {
  id: string;
  title?: string | null;
  outlet?: string | null;
  published?: string | null;
  snippet?: string | null;
}

export interface Role {
  title?: string | null;
  of?: string | null;
  country?: string | null;
  date?: string | null;
  evidence?: SentenceEvidence | null;
}

export interface EntitySummary {
  id: string;
  name?: string | null;
  type?: string | null;
  country?: string | null;
  aliases?: string[] | null;
  roles?: Role[] | null;
  mentionCount?: number | null;
}

export type Precision = 'day' | 'month' | 'year' | 'around' | 'undated';

export interface MergedEvent {
  id: string;
  type?: string | null;
  mode?: string | null;
  date?: string | null;
  precision?: Precision | null;
  place?: string | null;
  sourceIds?: string[] | null;
  targetIds?: string[] | null;
  storyId?: string | null;
  evidence?: Array<
    SentenceEvidence & { date?: string | null; place?: string | null; mode?: string | null }
  > | null;
}

export interface ActorProfile {
  entity: EntitySummary;
  roles?: Role[] | null;
  positions?: Array<{
    issue?: string | null;
    stances?: Array<{
      articleId?: string | null;
      published?: string | null;
      position?: string | null;
      evidence?: string | null;
    }> | null;
  }> | null;
  quotes?: Array<{
    articleId?: string | null;
    published?: string | null;
    quote?: {
      content?: SpanText | null;
      direct?: boolean | null;
      speaker?: string | null;
      channel?: string | null;
      date?: string | null;
    } | null;
  }> | null;
  events?: MergedEvent[] | null;
}

export interface QuoteItem {
  articleId?: string | null;
  published?: string | null;
  speaker?: string | null;
  speakerId?: string | null;
  /** The speaker resolved across articles, for `/api/actors/:id`. */
  resolvedSpeakerId?: string | null;
  content?: SpanText | null;
  /** False for reported speech, which the UI must not put between quotation marks. */
  direct?: boolean | null;
  channel?: string | null;
  date?: string | null;
  evidence?: string | null;
}

export interface TimelineEntry {
  eventId: string;
  date?: string | null;
  precision?: Precision | null;
  when?: string | null;
  undated?: boolean | null;
  type?: string | null;
  mode?: string | null;
  place?: string | null;
  sourceIds?: string[] | null;
  targetIds?: string[] | null;
  sourceNames?: string[] | null;
  targetNames?: string[] | null;
  storyId?: string | null;
  articleIds?: string[] | null;
}

export interface Story {
  id: string;
  title?: string | null;
  articleIds?: string[] | null;
  eventIds?: string[] | null;
  from?: string | null;
  to?: string | null;
}

export interface Series {
  id: string;
  subject?: string | null;
  unit?: string | null;
  points?: Array<{
    value?: number | null;
    asOf?: string | null;
    articleId?: string | null;
    evidence?: SentenceEvidence | null;
  }> | null;
}

export interface Discrepancy {
  id: string;
  kind?: string | null;
  subject?: string | null;
  variants?: Array<{
    value?: string | null;
    articleIds?: string[] | null;
    evidence?: SentenceEvidence[] | null;
  }> | null;
}

export interface Network {
  nodes?: Array<{
    id: string;
    name?: string | null;
    type?: string | null;
    country?: string | null;
    mentions?: number | null;
  }> | null;
  edges?: Array<{
    source: string;
    target: string;
    type?: string | null;
    count?: number | null;
    eventIds?: string[] | null;
  }> | null;
}

export interface IngestRequest {
  text?: string;
  html?: string;
  url?: string;
  feed?: string;
  published?: string;
  title?: string;
  outlet?: string;
}

export interface IngestReport {
  added?: number | null;
  revised?: number | null;
  updated?: number | null;
  unchanged?: number | null;
  failed?: Array<{ input?: string | null; problem?: string | null; reason?: string | null }> | null;
  readingFailed?: Array<{ id?: string | null; reason?: string | null }> | null;
}

export interface Job {
  id: string;
  status?: string | null;
  processed?: number | null;
  total?: number | null;
  report?: IngestReport | null;
  error?: string | { message?: string } | null;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export type Params = Record<string, string | number | null | undefined>;

/** A path with its query string; empty parameters are left out so URLs stay short and cache-friendly. */
export function withQuery(path: string, params: Params = {}): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

const TOKEN_KEY = 'dossier.token';

export const token = {
  get: (): string => sessionStorage.getItem(TOKEN_KEY) ?? '',
  set: (value: string): void => {
    if (value) sessionStorage.setItem(TOKEN_KEY, value);
    else sessionStorage.removeItem(TOKEN_KEY);
  },
};

async function request<T>(path: string, init: RequestInit = {}): Promise<T> {
  const headers = new Headers(init.headers);
  headers.set('Accept', 'application/json');
  const bearer = token.get();
  if (bearer) headers.set('Authorization', `Bearer ${bearer}`);
  const response = await fetch(path, { ...init, headers });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const message = (body as { error?: { message?: string } } | null)?.error?.message;
    throw new ApiError(response.status, message ?? `${response.status} ${response.statusText}`);
  }
  return body as T;
}

export function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  return request<T>(path, signal ? { signal } : {});
}

/** Servers cap `limit`; this follows `offset` until `total` so charts and layouts see every item. */
export async function getAll<T>(path: string, params: Params = {}, signal?: AbortSignal): Promise<Page<T>> {
  const items: T[] = [];
  let total = Infinity;
  while (items.length < total) {
    const page = await getJson<Page<T>>(
      withQuery(path, { ...params, limit: 500, offset: items.length }),
      signal,
    );
    const batch = Array.isArray(page?.items) ? page.items : [];
    items.push(...batch);
    total = typeof page?.total === 'number' ? page.total : items.length;
    if (batch.length === 0) break;
  }
  return { items, total: items.length, limit: items.length, offset: 0 };
}

export const api = {
  articles: (params: Params) => withQuery('/api/articles', params),
  article: (id: string) => `/api/articles/${encodeURIComponent(id)}`,
  search: (q: string) => withQuery('/api/search', { q }),
  entities: (params: Params) => withQuery('/api/entities', params),
  actor: (idOrName: string) => `/api/actors/${encodeURIComponent(idOrName)}`,
  quotes: (params: Params) => withQuery('/api/quotes', params),
  stories: () => '/api/stories',
  figures: () => '/api/figures',
  series: () => '/api/series',
  discrepancies: (kind?: string) => withQuery('/api/discrepancies', { kind }),
  network: () => '/api/network',
  brief: (story: string, format: 'md' | 'html' = 'html') => withQuery('/api/brief', { story, format }),
  job: (id: string) => `/api/jobs/${encodeURIComponent(id)}`,
  ingest: (body: IngestRequest) =>
    request<{ job?: Job | null }>('/api/ingest', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    }),
};
