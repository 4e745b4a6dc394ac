/**
 * The dates an article's text names, found with their sentence and tense: the raw material for inferring
 * when the article was published. Calendar arithmetic is done in UTC on plain numbers, so the result never
 * depends on the machine's time zone.
 */

export interface CalendarDay {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

export type Tense = 'past' | 'future' | 'neutral';

export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/** "Wednesday, Nov 12", "March 13, 2025", "28 February": a day of a month, with what else the text says. */
export interface DayMention {
  month: number;
  day: number;
  year: number | null;
  /** 0 = Sunday … 6 = Saturday, as `Date.getUTCDay`. */
  weekday: number | null;
  sentence: Sentence;
  tense: Tense;
}

/** "in 2023", "in October 2025": a year, with its month when one is given. */
export interface YearMention {
  year: number;
  month: number | null;
  sentence: Sentence;
  tense: Tense;
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const MONTH_ABBREVIATIONS: Readonly<Record<string, number>> = {
  Jan: 1,
  Feb: 2,
  Mar: 3,
  Apr: 4,
  Jun: 6,
  Jul: 7,
  Aug: 8,
  Sep: 9,
  Sept: 9,
  Oct: 10,
  Nov: 11,
  Dec: 12,
};
const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

// Capitalised names only: "march" and "may" in lower case are verbs.
const MONTH = `(${[...MONTH_NAMES, ...Object.keys(MONTH_ABBREVIATIONS)].join('|')})\\.?`;
const WEEKDAY = `(${WEEKDAY_NAMES.join('|')})`;
const YEAR = '((?:19|20)\\d{2})';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';

const DAY_MENTION = new RegExp(
  `(?:\\b${WEEKDAY}\\s*,?\\s*\\(?\\s*)?(?:\\b${MONTH}\\s+${DAY}\\b|\\b${DAY}\\s+(?:of\\s+)?${MONTH})\\)?(?:,?\\s+${YEAR}\\b)?`,
  'g',
);
const ISO_DAY = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
const YEAR_MENTION = new RegExp(`(?:\\b${MONTH}\\s+)?\\b${YEAR}\\b(?!-\\d)`, 'g');

const PAST_VERB =
  /\b(?:was|were|had|did|said|met|held|took|began|won|lost|came|went|made|gave|told|saw|fell|rose|left|led|sent|spoke|wrote|brought|sought|agreed|\w{3,}ed)\b/i;
const FUTURE_MARKER =
  /\b(?:will|shall|(?:is|are) (?:due|set|expected|scheduled|slated|poised) to|plans? to|next (?:week|month|year)|upcoming|forthcoming)\b/i;
/** Words just before a date that make it a deadline or a start, not an event that has happened. */
const LOOKING_AHEAD =
  /\b(?:by|before|until|till|prior to|ahead of|through|beginning|starting|from|commencing|within|culmination of|end of)\s+(?:(?:in|on)\s+)?(?:the\s+)?(?:(?:early|mid|late|end of)\s+)?$/i;

const ABBREVIATION_BEFORE_DOT =
  /(?:\b[\p{Lu}]|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Prof|No|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Inc|Corp|Ltd|Co))$/u;

export function monthNumber(name: string): number | null {
  const full = MONTH_NAMES.indexOf(name);
  if (full >= 0) return full + 1;
  return MONTH_ABBREVIATIONS[name] ?? null;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function weekdayOf(day: CalendarDay): number {
  return new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay();
}

export function toIso(day: CalendarDay): string {
  return `${String(day.year).padStart(4, '0')}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`;
}

export function addDays(iso: string, days: number): string {
  const [year = 0, month = 1, day = 1] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day + days));
  return toIso({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
}

export function parseIsoDay(value: string): CalendarDay | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (!match) return null;
  const day = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isRealDay(day) ? day : null;
}

export function isRealDay(day: CalendarDay): boolean {
  return day.month >= 1 && day.month <= 12 && day.day >= 1 && day.day <= daysInMonth(day.year, day.month);
}

/** Sentences with their offsets; a dot after an initial or a title ("U.S.", "Mr.") does not end one. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number): void => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    if (raw.trim())
      sentences.push({ text: raw.trim(), start: start + lead, end: start + lead + raw.trim().length });
    start = end;
  };
  for (const match of text.matchAll(/[.!?…]["”’)]*[ \t]+(?=["“‘(]?[\p{Lu}\p{N}])|\n+/gu)) {
    const at = match.index;
    if (match[0].startsWith('.') && ABBREVIATION_BEFORE_DOT.test(text.slice(Math.max(start, at - 6), at)))
      continue;
    push(at + match[0].length);
  }
  push(text.length);
  return sentences;
}

function sentenceAt(sentences: readonly Sentence[], index: number): Sentence {
  let low = 0;
  let high = sentences.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((sentences[middle]?.start ?? 0) <= index) low = middle;
    else high = middle - 1;
  }
  return sentences[low] ?? { text: '', start: 0, end: 0 };
}

/** Tense of each sentence, computed once: a long sentence may hold many dates. */
const sentenceTenses = new WeakMap<Sentence, Tense>();

function sentenceTense(sentence: Sentence): Tense {
  let tense = sentenceTenses.get(sentence);
  if (tense === undefined) {
    tense = FUTURE_MARKER.test(sentence.text) ? 'future' : PAST_VERB.test(sentence.text) ? 'past' : 'neutral';
    sentenceTenses.set(sentence, tense);
  }
  return tense;
}

/** Tense of the event a date belongs to, read from its sentence and the words just before the date. */
function tenseAt(text: string, sentence: Sentence, index: number): Tense {
  const lead = text.slice(Math.max(sentence.start, index - 40), index);
  return LOOKING_AHEAD.test(lead) ? 'future' : sentenceTense(sentence);
}

export function findDayMentions(text: string, sentences: readonly Sentence[]): DayMention[] {
  const mentions: DayMention[] = [];
  for (const match of text.matchAll(DAY_MENTION)) {
    const month = monthNumber(match[2] ?? match[5] ?? '');
    const day = Number(match[3] ?? match[4]);
    const year = match[6] ? Number(match[6]) : null;
    if (month === null || day < 1 || day > daysInMonth(year ?? 2024, month)) continue;
    const weekday = match[1] ? WEEKDAY_NAMES.indexOf(match[1]) : null;
    const sentence = sentenceAt(sentences, match.index);
    mentions.push({ month, day, year, weekday, sentence, tense: tenseAt(text, sentence, match.index) });
  }
  for (const match of text.matchAll(ISO_DAY)) {
    const day = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
    if (!isRealDay(day)) continue;
    const sentence = sentenceAt(sentences, match.index);
    mentions.push({ ...day, weekday: null, sentence, tense: tenseAt(text, sentence, match.index) });
  }
  return mentions;
}

export function findYearMentions(text: string, sentences: readonly Sentence[]): YearMention[] {
  const mentions: YearMention[] = [];
  for (const match of text.matchAll(YEAR_MENTION)) {
    const sentence = sentenceAt(sentences, match.index);
    const month = match[1] ? monthNumber(match[1]) : null;
    mentions.push({ year: Number(match[2]), month, sentence, tense: tenseAt(text, sentence, match.index) });
  }
  return mentions;
}
