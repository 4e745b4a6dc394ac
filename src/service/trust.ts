import { isConfident, type TrustedKind } from '../core/confidence.js';
import type { ConnectedDossier } from './connect.js';

/** What a list shows by default, and how many items it left out for being below the confidence threshold. */
export interface Trusted<T> {
  items: T[];
  /** Items left out; 0 when everything was asked for. */
  hidden: number;
}

/**
 * The confident items of a kind (its floor in `core/confidence.ts`), or all of them when a user asks:
 * views and exports show what Dossier trusts by default and say how much they left out.
 */
export function trusted<T extends { confidence: number }>(
  kind: TrustedKind,
  items: readonly T[],
  all: boolean,
): Trusted<T> {
  if (all) return { items: [...items], hidden: 0 };
  const shown = items.filter((item) => isConfident(kind, item));
  return { items: shown, hidden: items.length - shown.length };
}

/** How many items of each kind a dossier holds below its kind's floor. */
export type HiddenCounts = Record<TrustedKind, number>;

export const hiddenTotal = (hidden: HiddenCounts): number =>
  hidden.events + hidden.quotes + hidden.figures + hidden.discrepancies + hidden.series;

const confidentOnly = new WeakMap<ConnectedDossier, { dossier: ConnectedDossier; hidden: HiddenCounts }>();

/**
 * The dossier as briefs and exports show it by default: only the events, discrepancies and series it is
 * confident of, and in each reading only the confident quotes and figures. Reading events stay whole:
 * they are the reports a confident event is made of, and one it trusts is often told by weaker reports.
 */
export function confidentDossier(dossier: ConnectedDossier): {
  dossier: ConnectedDossier;
  hidden: HiddenCounts;
} {
  const known = confidentOnly.get(dossier);
  if (known) return known;
  const events = trusted('events', dossier.events, false);
  const discrepancies = trusted('discrepancies', dossier.discrepancies, false);
  const series = trusted('series', dossier.series, false);
  let quotes = 0;
  let figures = 0;
  const articles = dossier.articles.map((read) => {
    const keptQuotes = trusted('quotes', read.reading.quotes, false);
    const keptFigures = trusted('figures', read.reading.figures, false);
    quotes += keptQuotes.hidden;
    figures += keptFigures.hidden;
    return { ...read, reading: { ...read.reading, quotes: keptQuotes.items, figures: keptFigures.items } };
  });
  const kept = new Set(events.items.map((event) => event.id));
  const result = {
    dossier: {
      ...dossier,
      articles,
      events: events.items,
      stories: dossier.stories.map((story) => ({
        ...story,
        eventIds: story.eventIds.filter((id) => kept.has(id)),
      })),
      discrepancies: discrepancies.items,
      series: series.items,
    },
    hidden: {
      events: events.hidden,
      quotes,
      figures,
      discrepancies: discrepancies.hidden,
      series: series.hidden,
    },
  };
  confidentOnly.set(dossier, result);
  return result;
}
