import { parseTimex } from '../../connect/events/dates.js';
import type { MergedEvent } from '../../core/connected.js';
import type { Article } from '../../core/types.js';
import type { ConnectedDossier } from '../connect.js';
import { timelineRows } from '../timeline.js';
import { requireStory } from './story.js';
import { escapeMarkup } from './text.js';

/** A TimelineJS 3 date: only the parts the articles give, so a month stays a month on the slide. */
interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
  display_date?: string;
}

interface TimelineJsSlide {
  start_date: TimelineJsDate;
  end_date?: TimelineJsDate;
  text: { headline: string; text: string };
  group?: string;
  unique_id: string;
}

interface TimelineJsDocument {
  title: { text: { headline: string; text: string } };
  events: TimelineJsSlide[];
}

function dayParts(day: string): TimelineJsDate {
  const [year, month, date] = day.split('-').map(Number);
  return { year: year!, month: month!, day: date! };
}

/** Null for an event the articles give no date for: TimelineJS needs a date to place a slide. */
function slideDates(event: MergedEvent): Pick<TimelineJsSlide, 'start_date' | 'end_date'> | null {
  if (event.precision === 'undated') return null;
  const range = parseTimex(event.date);
  if (!range) return null;
  const [year, month] = range.from.split('-').map(Number);
  if (range.precision === 'day') return { start_date: dayParts(range.from) };
  if (range.precision === 'month') return { start_date: { year: year!, month: month! } };
  if (range.precision === 'year') return { start_date: { year: year! } };
  // A week or a quarter: the span it may fall in, labelled as the articles put it.
  const display_date = `around ${range.value}`;
  return {
    start_date: { ...dayParts(range.from), display_date },
    end_date: { ...dayParts(range.to), display_date },
  };
}

function sourceLabel(article: Article): string {
  const label = escapeMarkup(
    [article.outlet ?? article.title ?? article.id, article.published].filter(Boolean).join(', '),
  );
  return article.url && /^https?:\/\//i.test(article.url)
    ? `<a href="${escapeMarkup(article.url)}">${label}</a>`
    : label;
}

export interface TimelineJsOptions {
  storyId?: string;
  /** Events left out for a low confidence, said on the title slide. */
  hiddenEvents?: number;
}

/**
 * The dated events as a TimelineJS 3 JSON document, one slide per merged event, headed by its headline.
 * TimelineJS renders headlines and texts as HTML, so every piece of article text in them is escaped.
 */
export function timelineJs(dossier: ConnectedDossier, options: TimelineJsOptions = {}): string {
  return `${JSON.stringify(timelineDocument(dossier, options), null, 2)}\n`;
}

function timelineDocument(dossier: ConnectedDossier, options: TimelineJsOptions): TimelineJsDocument {
  const story = options.storyId === undefined ? null : requireStory(dossier, options.storyId);
  const articles = new Map(dossier.articles.map((read) => [read.article.id, read.article]));
  const storyTitles = new Map(dossier.stories.map((s) => [s.id, s.title]));
  const byId = new Map(dossier.events.map((event) => [event.id, event]));
  const slides: TimelineJsSlide[] = [];
  for (const entry of timelineRows(dossier, story ? { storyId: story.id } : {})) {
    const event = byId.get(entry.eventId)!;
    const dates = slideDates(event);
    if (!dates) continue;
    const facts = [event.mode === 'asserted' ? null : event.mode, event.place].filter(Boolean).join(' · ');
    const sources = entry.articleIds.flatMap((id) => {
      const article = articles.get(id);
      return article ? [sourceLabel(article)] : [];
    });
    const group = event.storyId === null ? undefined : storyTitles.get(event.storyId);
    slides.push({
      ...dates,
      text: {
        headline: escapeMarkup(entry.headline),
        text: [
          `<p>${escapeMarkup(event.evidence[0]?.sentence ?? '')}</p>`,
          facts ? `<p>${escapeMarkup(facts)}</p>` : '',
          `<p>Sources: ${sources.join('; ')}</p>`,
        ].join(''),
      },
      ...(group === undefined ? {} : { group: escapeMarkup(group) }),
      unique_id: event.id,
    });
  }
  const articleCount = story ? story.articleIds.length : dossier.articles.length;
  return {
    title: {
      text: {
        headline: escapeMarkup(story?.title ?? 'Dossier timeline'),
        text: [
          `<p>${slides.length} dated events from ${articleCount} articles</p>`,
          options.hiddenEvents
            ? `<p>${options.hiddenEvents} less certain events are left out; export with all to include them.</p>`
            : '',
        ].join(''),
      },
    },
    events: slides,
  };
}
