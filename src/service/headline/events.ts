import type { Event, Figure } from '../../core/analysis.js';
import type { MergedEvent, ReadArticle } from '../../core/connected.js';
import type { ConnectedDossier } from '../connect.js';
import { headlineOf } from './compose.js';
import type { HeadlineEvent, Toll } from './compose.js';

/**
 * The headline of every merged event of a dossier. A merged event keeps its type, mode, place and every
 * actor any report gave; the headline reads its best-trusted report, whose own words (the trigger, the
 * toll in the same sentence) and own actors tell one thing happening, where the union of every report's
 * actors would make a crowd.
 */

const KILLED = /\b(killed|dead|deaths?|died|killing|lives)\b/i;
const INJURED = /\b(injured|wounded|injuries|hurt)\b/i;

interface ArticleIndex {
  read: ReadArticle;
  /** Reading events by `<sentence start>|<type>`. */
  events: Map<string, Event[]>;
}

function indexArticles(articles: readonly ReadArticle[]): Map<string, ArticleIndex> {
  const byId = new Map<string, ArticleIndex>();
  for (const read of articles) {
    const events = new Map<string, Event[]>();
    for (const event of read.reading.events) {
      const key = `${event.start}|${event.type}`;
      events.set(key, [...(events.get(key) ?? []), event]);
    }
    byId.set(read.article.id, { read, events });
  }
  return byId;
}

function tollOf(figures: readonly Figure[], pattern: RegExp): Toll | null {
  const figure = figures.find((f) => f.unit === 'people' && pattern.test(f.subject ?? ''));
  return figure ? { value: figure.value, qualifier: figure.qualifier } : null;
}

/** What the headline of `event` is made from: its best report's words and actors, resolved. */
function headlineInput(
  event: MergedEvent,
  articles: ReadonlyMap<string, ArticleIndex>,
  memberOf: ReadonlyMap<string, string>,
): HeadlineEvent {
  const merged: HeadlineEvent = {
    type: event.type,
    mode: event.mode,
    place: event.place,
    sourceIds: event.sourceIds,
    targetIds: event.targetIds,
    trigger: null,
  };
  const best = [...event.evidence].sort((a, b) => b.confidence - a.confidence)[0];
  const index = best ? articles.get(best.articleId) : undefined;
  if (!best || !index) return merged;
  const candidates = index.events.get(`${best.start}|${event.type}`) ?? [];
  const resolve = (ids: readonly string[]) => [
    ...new Set(ids.flatMap((id) => memberOf.get(`${best.articleId}/${id}`) ?? [])),
  ];
  // One sentence can hold two events of a type ("invaded in 2022, annexed in 2014"): the report is the
  // one agreeing with what the merged event kept of it.
  const actors = new Set([...event.sourceIds, ...event.targetIds]);
  const agreement = (e: Event) =>
    Number(e.mode === best.mode) +
    Number(e.place === best.place) +
    Number(e.date === best.date) +
    Number(resolve([...e.sourceIds, ...e.targetIds]).every((id) => actors.has(id)));
  const report = [...candidates].sort(
    (a, b) => agreement(b) - agreement(a) || b.confidence - a.confidence,
  )[0];
  if (!report) return merged;
  const sourceIds = resolve(report.sourceIds);
  const targetIds = resolve(report.targetIds);
  const inSentence = index.read.reading.figures.filter((f) => f.start >= best.start && f.end <= best.end);
  return {
    ...merged,
    sourceIds: sourceIds.length > 0 ? sourceIds : event.sourceIds,
    targetIds: targetIds.length > 0 ? targetIds : event.targetIds,
    trigger: report.trigger.text,
    killed: tollOf(inSentence, KILLED),
    injured: tollOf(inSentence, INJURED),
  };
}

const computed = new WeakMap<ConnectedDossier, Map<string, string>>();

/** Event id → headline, for every event of the dossier; computed once per dossier. */
export function eventHeadlines(dossier: ConnectedDossier): ReadonlyMap<string, string> {
  const known = computed.get(dossier);
  if (known) return known;
  const actors = new Map(dossier.entities.map((entity) => [entity.id, entity]));
  const articles = indexArticles(dossier.articles);
  const headlines = new Map(
    dossier.events.map((event) => [
      event.id,
      headlineOf(headlineInput(event, articles, dossier.memberOf), actors),
    ]),
  );
  computed.set(dossier, headlines);
  return headlines;
}

/** One event's headline: the dossier's own when the event is one of its events. */
export function headlineFor(dossier: ConnectedDossier, event: MergedEvent): string {
  const known = eventHeadlines(dossier).get(event.id);
  if (known !== undefined) return known;
  return headlineOf({ ...event, trigger: null }, new Map(dossier.entities.map((e) => [e.id, e])));
}
