/**
 * When an article was published, from its own words. Conservative by design: a stated date wins; otherwise
 * a weekday beside a month-day ("Wednesday, Nov 12") pins the year and bounds the date, "last month" beside
 * a named day gives the month, and a past event's year bounds it from below. When no year can be pinned the
 * answer is null; today's date is never a fallback.
 */
import type { DateRange } from '../core/types.js';
import { UsageError } from '../core/errors.js';
import {
  addDays,
  type CalendarDay,
  daysInMonth,
  type DayMention,
  findDayMentions,
  findYearMentions,
  isRealDay,
  monthNumber,
  parseIsoDay,
  type Sentence,
  splitSentences,
  toIso,
  weekdayOf,
  type YearMention,
} from './date-mentions.js';

export interface PublishedInference {
  /** ISO date when the text states it (or the cues narrow it to one day), else null. */
  published: string | null;
  range: DateRange | null;
  /** The sentence(s) or line the inference rests on, quoted. */
  evidence: string;
}

export interface PublishedOptions {
  /** ISO date the text's cues are read against (years are pinned near it). */
  reference?: string;
}

/** How far from the anchor year a weekday may pin a month-day; weekday/date pairs repeat every 5–11 years. */
const YEAR_WINDOW = 6;
/** Weekday names without a date are how news refers to the past week, so the article follows within days. */
const DAYS_AFTER_LATEST_EVENT = 7;

const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)';
const FULL_DATE = new RegExp(
  `(?:(${MONTH})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})|(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH})\\.?,?\\s+((?:19|20)\\d{2})|((?:19|20)\\d{2})-(\\d{2})-(\\d{2}))(?!\\d)`,
);
const STATED_LINE = /^(?:(?:first\s+)?published|posted|last\s+updated|updated)\b/i;
const PLACE_PREFIX =
  /^(?:[\p{Lu}][\p{Lu}\p{L} .'-]{0,40},\s*)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?/u;
const LAST_MONTH = /\blast month\b/i;

interface Bound {
  iso: string;
  sentence: Sentence;
}

function fullDateIn(text: string): { day: CalendarDay; index: number; length: number } | null {
  const match = FULL_DATE.exec(text);
  if (!match) return null;
  const month = match[1] ?? match[5];
  const day: CalendarDay = match[9]
    ? { year: Number(match[7]), month: Number(match[8]), day: Number(match[9]) }
    : {
        year: Number(match[3] ?? match[6]),
        month: monthNumber(month ?? '') ?? 0,
        day: Number(match[2] ?? match[4]),
      };
  return isRealDay(day) ? { day, index: match.index, length: match[0].length } : null;
}

/** (a) "Published on March 13, 2025", or a dateline: a line that opens with a full date. */
function statedDate(text: string): { iso: string; line: string } | null {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const published = lines.filter((line) => STATED_LINE.test(line) && line.split(' ').length <= 25);
  // "Published" beats "Updated": an update only says the article existed by then.
  published.sort((a, b) => Number(/^(?:last\s+)?updated/i.test(a)) - Number(/^(?:last\s+)?updated/i.test(b)));
  for (const line of published) {
    const found = fullDateIn(line);
    if (found) return { iso: toIso(found.day), line };
  }
  for (const line of lines.slice(0, 3)) {
    const lead = PLACE_PREFIX.exec(line)?.[0].length ?? 0;
    const found = fullDateIn(line.slice(lead));
    if (!found || found.index !== 0) continue;
    const after = line.slice(lead + found.length).trim();
    if (after === '' || /^(?:[—–:|(-]|\d{1,2}[:.]\d{2})/.test(after)) return { iso: toIso(found.day), line };
  }
  return null;
}

/** The year whose calendar puts this month-day on this weekday, nearest the anchor; null on a tie or none. */
function yearForWeekday(mention: DayMention, anchor: number, floor: string | null): number | null {
  const fits: number[] = [];
  for (let year = anchor - YEAR_WINDOW; year <= anchor + YEAR_WINDOW; year++) {
    const day = { year, month: mention.month, day: mention.day };
    if (!isRealDay(day) || weekdayOf(day) !== mention.weekday) continue;
    if (floor !== null && toIso(day) < floor) continue;
    fits.push(year);
  }
  fits.sort((a, b) => Math.abs(a - anchor) - Math.abs(b - anchor));
  const [best, second] = fits;
  if (best === undefined) return null;
  return second !== undefined && Math.abs(second - anchor) === Math.abs(best - anchor) ? null : best;
}

/** (d) The latest year, month or day a past event is placed in: the article cannot predate it. */
function pastLowerBound(days: readonly DayMention[], years: readonly YearMention[]): Bound | null {
  const bounds: Bound[] = [
    ...days
      .filter((m) => m.tense === 'past' && m.year !== null)
      .map((m) => ({
        iso: toIso({ year: m.year ?? 0, month: m.month, day: m.day }),
        sentence: m.sentence,
      })),
    ...years
      .filter((m) => m.tense === 'past')
      .map((m) => ({
        iso: toIso({ year: m.year, month: m.month ?? 1, day: 1 }),
        sentence: m.sentence,
      })),
  ];
  return bounds.reduce<Bound | null>(
    (latest, bound) => (latest === null || bound.iso > latest.iso ? bound : latest),
    null,
  );
}

interface Span {
  from: string;
  to: string;
  sentences: Sentence[];
}

/** (b) Weekday-dated events: on or after the latest past one, and not after the first one still to come. */
function spanFromWeekdays(
  days: readonly DayMention[],
  anchor: number | null,
  floor: string | null,
): Span | null {
  if (anchor === null) return null;
  const past: Bound[] = [];
  const future: Bound[] = [];
  for (const mention of days) {
    if (mention.weekday === null) continue;
    const year = mention.year ?? yearForWeekday(mention, anchor, floor);
    if (year === null) continue;
    const day = { year, month: mention.month, day: mention.day };
    if (weekdayOf(day) !== mention.weekday) continue;
    (mention.tense === 'future' ? future : past).push({ iso: toIso(day), sentence: mention.sentence });
  }
  const latestPast = past.sort((a, b) => b.iso.localeCompare(a.iso))[0];
  const firstFuture = future.sort((a, b) => a.iso.localeCompare(b.iso))[0];
  if (latestPast && firstFuture && firstFuture.iso >= latestPast.iso) {
    const to =
      [addDays(latestPast.iso, DAYS_AFTER_LATEST_EVENT), firstFuture.iso].sort()[0] ?? firstFuture.iso;
    return { from: latestPast.iso, to, sentences: [latestPast.sentence, firstFuture.sentence] };
  }
  if (latestPast) {
    return {
      from: latestPast.iso,
      to: addDays(latestPast.iso, DAYS_AFTER_LATEST_EVENT),
      sentences: [latestPast.sentence],
    };
  }
  if (firstFuture) {
    return {
      from: addDays(firstFuture.iso, -DAYS_AFTER_LATEST_EVENT),
      to: firstFuture.iso,
      sentences: [firstFuture.sentence],
    };
  }
  return null;
}

/** The year nearest the reference in which a given month falls. */
function yearNearest(reference: CalendarDay, month: number): number {
  const candidates = [reference.year - 1, reference.year, reference.year + 1];
  const distance = (year: number): number =>
    Math.abs(year * 12 + month - (reference.year * 12 + reference.month));
  return candidates.sort((a, b) => distance(a) - distance(b))[0] ?? reference.year;
}

/** (c) "…signed last month… on February 28": the article appeared in the month after the one named. */
function spanFromLastMonth(
  sentences: readonly Sentence[],
  days: readonly DayMention[],
  knownYear: (mention: DayMention) => number | null,
): Span | null {
  const cue = sentences.find((sentence) => LAST_MONTH.test(sentence.text));
  if (!cue) return null;
  const sameSentence = days.filter((m) => m.sentence.start === cue.start);
  const candidates = sameSentence.length > 0 ? sameSentence : days;
  const dated = candidates
    .map((mention) => ({ mention, year: knownYear(mention) }))
    .filter((entry): entry is { mention: DayMention; year: number } => entry.year !== null)
    .map((entry) => ({
      ...entry,
      iso: toIso({ year: entry.year, month: entry.mention.month, day: entry.mention.day }),
    }))
    .sort((a, b) => a.iso.localeCompare(b.iso));
  const latest = dated[dated.length - 1];
  if (!latest) return null;
  const year = latest.mention.month === 12 ? latest.year + 1 : latest.year;
  const month = (latest.mention.month % 12) + 1;
  const from = toIso({ year, month, day: 1 });
  const to = toIso({ year, month, day: daysInMonth(year, month) });
  const sentencesUsed = latest.mention.sentence.start === cue.start ? [cue] : [cue, latest.mention.sentence];
  return { from, to, sentences: sentencesUsed };
}

function intersect(a: Span, b: Span): Span | null {
  const from = a.from > b.from ? a.from : b.from;
  const to = a.to < b.to ? a.to : b.to;
  return from <= to ? { from, to, sentences: [...a.sentences, ...b.sentences] } : null;
}

function quote(sentences: readonly Sentence[]): string {
  const byStart = new Map(sentences.map((sentence) => [sentence.start, sentence]));
  return [...byStart.values()]
    .sort((a, b) => a.start - b.start)
    .map((sentence) => sentence.text)
    .join(' … ');
}

function parseReference(reference: string | undefined): CalendarDay | null {
  if (reference === undefined) return null;
  const day = parseIsoDay(reference);
  if (!day) throw new UsageError(`reference date "${reference}" is not an ISO date (YYYY-MM-DD)`);
  return day;
}

export function inferPublished(text: string, options: PublishedOptions = {}): PublishedInference | null {
  const reference = parseReference(options.reference);
  const stated = statedDate(text);
  if (stated) return { published: stated.iso, range: null, evidence: stated.line };

  const sentences = splitSentences(text);
  const days = findDayMentions(text, sentences);
  const years = findYearMentions(text, sentences);
  const floor = pastLowerBound(days, years);
  const latestNamed = years.reduce<YearMention | null>(
    (latest, m) => (latest === null || m.year > latest.year ? m : latest),
    null,
  );
  // Without a reference, the year the text itself names is part of the evidence for the year we pin.
  const anchorSentence = reference ? null : (floor?.sentence ?? latestNamed?.sentence ?? null);
  const anchor = reference?.year ?? (floor ? Number(floor.iso.slice(0, 4)) : (latestNamed?.year ?? null));

  const pinned = spanFromWeekdays(days, anchor, floor?.iso ?? null);
  const weekdays =
    pinned && anchorSentence ? { ...pinned, sentences: [...pinned.sentences, anchorSentence] } : pinned;
  const pinnedYear = weekdays ? Number(weekdays.from.slice(0, 4)) : null;
  const knownYear = (mention: DayMention): number | null =>
    mention.year ?? pinnedYear ?? (reference ? yearNearest(reference, mention.month) : null);
  const lastMonth = spanFromLastMonth(sentences, days, knownYear);

  let span = weekdays && lastMonth ? (intersect(weekdays, lastMonth) ?? weekdays) : (weekdays ?? lastMonth);
  if (!span) return null;
  if (floor && floor.iso > span.from && floor.iso <= span.to) {
    span = { from: floor.iso, to: span.to, sentences: [...span.sentences, floor.sentence] };
  }
  const evidence = quote(span.sentences);
  return {
    published: span.from === span.to ? span.from : null,
    range: { from: span.from, to: span.to, evidence },
    evidence,
  };
}
