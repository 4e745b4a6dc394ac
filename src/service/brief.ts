import type { DiscrepancyKind, ReadArticle } from '../core/connected.js';
import type { ConnectedDossier } from './connect.js';
import { narrowToStory, requireStory } from './formats/story.js';
import { clip, entityIndex, reportingArticles } from './formats/text.js';
import { timelineRows } from './timeline.js';
import { confidentDossier } from './trust.js';
import type { HiddenCounts } from './trust.js';

export { renderBriefHtml } from './formats/brief-html.js';
export { renderBriefMarkdown } from './formats/brief-markdown.js';

/** Numbers into `Brief.sources`, sorted: what every line of a brief ends with. */
export type Refs = number[];

export interface BriefSource {
  ref: number;
  articleId: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  url: string | null;
  /** Where the text came from when there is no URL: a path, a manifest line. */
  source: string;
  /** False for an article outside the story, cited because it reports one of the story's events too. */
  inScope: boolean;
}

export interface BriefEvent {
  eventId: string;
  when: string;
  /** The event in plain words (see `headline/`). */
  headline: string;
  evidence: string;
  refs: Refs;
}

export interface BriefQuote {
  speaker: string;
  text: string;
  channel: string | null;
  refs: Refs;
}

export interface BriefSeries {
  subject: string;
  unit: string | null;
  points: Array<{ value: number; asOf: string | null; refs: Refs }>;
}

export interface BriefFigure {
  text: string;
  subject: string | null;
  asOf: string | null;
  attribution: string | null;
  refs: Refs;
}

export interface BriefDiscrepancy {
  kind: DiscrepancyKind;
  subject: string;
  variants: Array<{ value: string; refs: Refs }>;
}

/** A one-page summary of a story (or of everything stored), every claim pointing at its sources. */
export interface Brief {
  title: string;
  storyId: string | null;
  from: string | null;
  to: string | null;
  events: BriefEvent[];
  quotes: BriefQuote[];
  series: BriefSeries[];
  figures: BriefFigure[];
  discrepancies: BriefDiscrepancy[];
  sources: BriefSource[];
  /** What was left out for a confidence below the threshold; null when everything was asked for. */
  hidden: HiddenCounts | null;
}

// Caps that keep a brief to about one page; the full record is in the exports.
const MAX_EVENTS = 15;
const MAX_QUOTES = 8;
const QUOTES_PER_SPEAKER = 2;
const MAX_FIGURES = 8;
const MAX_SENTENCE = 220;
// Shorter quoted fragments ("key question") do not tell a reader what was said.
const MIN_QUOTE_WORDS = 5;

/**
 * Numbers the articles a brief cites: the ones in scope first, in the order given; an article outside the
 * scope gets the next number when first cited.
 */
class SourceList {
  private readonly numbers = new Map<string, number>();
  private readonly order: ReadArticle[] = [];
  private readonly scopeSize: number;

  constructor(
    private readonly articles: ReadonlyMap<string, ReadArticle>,
    inScope: readonly ReadArticle[],
  ) {
    for (const read of inScope) this.number(read);
    this.scopeSize = this.order.length;
  }

  private number(read: ReadArticle): number {
    const known = this.numbers.get(read.article.id);
    if (known !== undefined) return known;
    this.order.push(read);
    this.numbers.set(read.article.id, this.order.length);
    return this.order.length;
  }

  cite(articleIds: Iterable<string>): Refs {
    const refs = new Set<number>();
    for (const id of articleIds) {
      const read = this.articles.get(id);
      if (read) refs.add(this.number(read));
    }
    return [...refs].sort((a, b) => a - b);
  }

  list(): BriefSource[] {
    return this.order.map(({ article }, i) => ({
      ref: i + 1,
      articleId: article.id,
      title: article.title,
      outlet: article.outlet,
      published: article.published,
      url: article.url,
      source: article.source,
      inScope: i < this.scopeSize,
    }));
  }
}

/**
 * The brief of one story, or of everything when no story is given: its dated events, the key quotes of
 * its most-mentioned actors, its figures, where its sources disagree, and the numbered sources. It says
 * only what Dossier is confident of, and how much it left out, unless `all` asks for everything.
 */
export function buildBrief(whole: ConnectedDossier, options: { storyId?: string; all?: boolean }): Brief {
  const all = options.all ?? false;
  const dossier = all ? whole : confidentDossier(whole).dossier;
  const story = options.storyId === undefined ? null : requireStory(dossier, options.storyId);
  const hidden = all ? null : confidentDossier(story ? narrowToStory(whole, story.id) : whole).hidden;
  const inStory = story ? new Set(story.articleIds) : null;
  // Oldest first, so the numbered sources read as the story unfolded.
  const scope = dossier.articles
    .filter((read) => !inStory || inStory.has(read.article.id))
    .sort(
      (a, b) =>
        (a.article.published ?? '9999').localeCompare(b.article.published ?? '9999') ||
        a.article.id.localeCompare(b.article.id),
    );
  const sources = new SourceList(new Map(dossier.articles.map((r) => [r.article.id, r])), scope);
  const days = scope.flatMap((read) => read.article.published ?? []).sort();
  // Each section numbers the sources it cites, so the list is taken only once they all have.
  const events = briefEvents(dossier, story?.id, sources);
  const quotes = briefQuotes(dossier, scope, sources);
  const { series, figures } = briefFigures(dossier, scope, sources);
  const discrepancies = dossier.discrepancies
    .filter((d) => !inStory || d.variants.some((v) => v.articleIds.some((id) => inStory.has(id))))
    .map((d) => ({
      kind: d.kind,
      subject: d.subject,
      variants: d.variants.map((v) => ({ value: v.value, refs: sources.cite(v.articleIds) })),
    }));
  return {
    title: story?.title ?? 'Everything stored',
    storyId: story?.id ?? null,
    from: story ? story.from : (days[0] ?? null),
    to: story ? story.to : (days[days.length - 1] ?? null),
    events,
    quotes,
    series,
    figures,
    discrepancies,
    sources: sources.list(),
    hidden,
  };
}

/**
 * The best-reported dated events, in date order and, on the same date, the most-reported first. Events
 * placed only by their article's day are left out: a brief says when things happened, not when reported.
 * Events read from one sentence are one line (the best-reported), and a brief of everything takes its
 * events from every story in turn, so one busy story does not crowd out the others.
 */
function briefEvents(
  dossier: ConnectedDossier,
  storyId: string | undefined,
  sources: SourceList,
): BriefEvent[] {
  const byId = new Map(dossier.events.map((event) => [event.id, event]));
  const ranked = timelineRows(dossier, storyId === undefined ? {} : { storyId })
    .filter((entry) => !entry.undated && entry.date !== null)
    .map((entry, position) => {
      const first = byId.get(entry.eventId)!.evidence[0];
      return {
        entry,
        position,
        reports: entry.articleIds.length,
        named: entry.sourceIds.length + entry.targetIds.length > 0 ? 1 : 0,
        sentence: `${first?.articleId}:${first?.start}`,
      };
    })
    .sort((a, b) => b.reports - a.reports || b.named - a.named || a.position - b.position);
  const seen = new Set<string>();
  const byStory = new Map<string | null, typeof ranked>();
  for (const candidate of ranked) {
    if (seen.has(candidate.sentence)) continue;
    seen.add(candidate.sentence);
    const queue = byStory.get(candidate.entry.storyId) ?? [];
    queue.push(candidate);
    byStory.set(candidate.entry.storyId, queue);
  }
  const chosen: typeof ranked = [];
  const queues = [...byStory.values()];
  while (chosen.length < MAX_EVENTS && queues.some((queue) => queue.length > 0)) {
    for (const queue of queues)
      if (queue.length > 0 && chosen.length < MAX_EVENTS) chosen.push(queue.shift()!);
  }
  chosen.sort(
    (a, b) => (a.entry.date === b.entry.date ? b.reports - a.reports : 0) || a.position - b.position,
  );
  return chosen.map(({ entry }) => {
    const event = byId.get(entry.eventId)!;
    return {
      eventId: event.id,
      when: entry.when,
      headline: entry.headline,
      evidence: clip(event.evidence[0]?.sentence ?? '', MAX_SENTENCE),
      refs: sources.cite(reportingArticles(event)),
    };
  });
}

/**
 * Direct quotes by the most-mentioned actors, at most two each so that one voice does not fill the page;
 * the same words reported by several articles are one quote citing them all.
 */
function briefQuotes(
  dossier: ConnectedDossier,
  scope: readonly ReadArticle[],
  sources: SourceList,
): BriefQuote[] {
  const entities = entityIndex(dossier);
  const found = new Map<
    string,
    { speakerId: string; text: string; channel: string | null; articleIds: string[] }
  >();
  for (const { article, reading } of scope) {
    for (const quote of reading.quotes) {
      if (!quote.direct || quote.speakerId === null) continue;
      if (quote.content.text.trim().split(/\s+/).length < MIN_QUOTE_WORDS) continue;
      const speakerId = dossier.memberOf.get(`${article.id}/${quote.speakerId}`);
      if (speakerId === undefined) continue;
      const key = `${speakerId}\u0000${quote.content.text.toLowerCase().replace(/\W+/g, ' ').trim()}`;
      const known = found.get(key);
      if (known) known.articleIds.push(article.id);
      else
        found.set(key, {
          speakerId,
          text: quote.content.text,
          channel: quote.channel,
          articleIds: [article.id],
        });
    }
  }
  const mentions = (id: string) => entities.get(id)?.mentionCount ?? 0;
  const perSpeaker = new Map<string, number>();
  return [...found.values()]
    .sort(
      (a, b) =>
        mentions(b.speakerId) - mentions(a.speakerId) ||
        a.speakerId.localeCompare(b.speakerId) ||
        b.articleIds.length - a.articleIds.length ||
        b.text.length - a.text.length,
    )
    .filter((quote) => {
      const count = perSpeaker.get(quote.speakerId) ?? 0;
      perSpeaker.set(quote.speakerId, count + 1);
      return count < QUOTES_PER_SPEAKER;
    })
    .slice(0, MAX_QUOTES)
    .map((quote) => ({
      speaker: entities.get(quote.speakerId)?.name ?? quote.speakerId,
      text: clip(quote.text, MAX_SENTENCE),
      channel: quote.channel,
      refs: sources.cite(quote.articleIds),
    }));
}

/**
 * Series with at least two points in scope (a trend), then single figures that carry a unit (people,
 * money, shares, areas), which are the ones a reader can compare; a figure shown in a series is not repeated.
 */
function briefFigures(
  dossier: ConnectedDossier,
  scope: readonly ReadArticle[],
  sources: SourceList,
): Pick<Brief, 'series' | 'figures'> {
  const inScope = new Set(scope.map((read) => read.article.id));
  const shown = new Set<string>();
  const series: BriefSeries[] = [];
  for (const s of dossier.series) {
    const points = s.points.filter((p) => inScope.has(p.articleId));
    if (points.length < 2) continue;
    for (const p of points) shown.add(`${p.articleId}\u0000${p.value}`);
    series.push({
      subject: s.subject,
      unit: s.unit,
      points: points.map((p) => ({ value: p.value, asOf: p.asOf, refs: sources.cite([p.articleId]) })),
    });
  }
  const figures = scope
    .flatMap(({ article, reading }) =>
      reading.figures
        .filter((f) => f.unit !== null && !shown.has(`${article.id}\u0000${f.value}`))
        .map((f) => ({ article, figure: f })),
    )
    .slice(0, MAX_FIGURES)
    .map(({ article, figure }) => ({
      text: clip(figure.text, MAX_SENTENCE),
      subject: figure.subject,
      asOf: figure.asOf,
      attribution: figure.attribution,
      refs: sources.cite([article.id]),
    }));
  return { series, figures };
}
