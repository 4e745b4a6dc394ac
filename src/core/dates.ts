/**
 * The one reader of dates as inputs write them: JSONL manifests, RSS and Atom feeds, HTML metadata,
 * `--published` and the API all go through `parseDate`. It reads RFC 2822 / RSS dates with named or numeric
 * zones (`Wed, 21 May 2025 04:00:00 EDT`), ISO 8601 / RFC 3339 with offsets and fractions, a bare date,
 * `May 21, 2025` and `21 May 2025`, and Unix seconds (or milliseconds). The instant keeps the zone it was
 * given in, and the calendar day is the one the writer saw: a late-evening story is not moved to the next
 * day by a conversion to UTC. Anything else gives null rather than a guess.
 */

export interface ParsedDate {
  /** The calendar day in the zone the date was written in: `2025-05-21`. */
  day: string;
  /**
   * The instant as ISO 8601 with the offset as given (`2025-05-21T04:00:00-04:00`); without an offset
   * when the zone is unknown; null for a date without a time.
   */
  instant: string | null;
  /** The zone as written (`EDT`, `+0300`, `Z`), null when none was given. */
  zone: string | null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * Zone names with one meaning. RFC 2822 names the North American ones; the others are what feeds write.
 * Names with several meanings (IST: India, Israel or Ireland) are not guessed: the day is kept, the
 * instant has no offset.
 */
const ZONE_OFFSETS: Record<string, string> = {
  GMT: 'Z',
  UT: 'Z',
  UTC: 'Z',
  Z: 'Z',
  EST: '-05:00',
  EDT: '-04:00',
  CST: '-06:00',
  CDT: '-05:00',
  MST: '-07:00',
  MDT: '-06:00',
  PST: '-08:00',
  PDT: '-07:00',
  AKST: '-09:00',
  AKDT: '-08:00',
  HST: '-10:00',
  BST: '+01:00',
  WET: 'Z',
  WEST: '+01:00',
  CET: '+01:00',
  CEST: '+02:00',
  MET: '+01:00',
  MEST: '+02:00',
  EET: '+02:00',
  EEST: '+03:00',
  MSK: '+03:00',
  IDT: '+03:00',
  JST: '+09:00',
  KST: '+09:00',
  HKT: '+08:00',
  SGT: '+08:00',
  AWST: '+08:00',
  ACST: '+09:30',
  AEST: '+10:00',
  AEDT: '+11:00',
  NZST: '+12:00',
  NZDT: '+13:00',
};

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const RFC_2822 =
  /^(?:[a-z]{3,9}\.?,?\s+)?(\d{1,2})\s+([a-z]{3,9})\.?,?\s+(\d{4}|\d{2})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*([+-]\d{2}:?\d{2}|\(?[a-z]{1,5}\)?)?)?$/i;
const MONTH_FIRST =
  /^(?:[a-z]{3,9}\.?,?\s+)?([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:,?\s+(?:at\s+)?(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?\s*([+-]\d{2}:?\d{2}|[a-z]{1,5})?)?$/i;
const UNIX = /^\d{9,10}(?:\.\d+)?$|^\d{12,13}$/;

/** A date as inputs write it, or null when it cannot be read. */
export function parseDate(value: string | null | undefined): ParsedDate | null {
  if (value === null || value === undefined) return null;
  const text = value.trim().replace(/\s+/g, ' ');
  if (text === '' || text.length > 80) return null;
  return fromIso(text) ?? fromRfc2822(text) ?? fromMonthFirst(text) ?? fromUnix(text);
}

/** True when `parseDate` reads the value. */
export function isReadableDate(value: string): boolean {
  return parseDate(value) !== null;
}

/** How a parsed date is shown in evidence: the instant with its zone, or the day. */
export function describeDate(date: ParsedDate): string {
  return date.instant ?? date.day;
}

function fromIso(text: string): ParsedDate | null {
  const match = ISO.exec(text);
  if (!match) return null;
  const [, y, m, d, hour, minute, second, fraction, zone] = match;
  const day = realDay(Number(y), Number(m), Number(d));
  if (!day) return null;
  if (hour === undefined) return { day, instant: null, zone: null };
  const offset = zone === undefined ? null : numericOffset(zone);
  if (zone !== undefined && offset === null) return null;
  return withTime(
    day,
    Number(hour),
    Number(minute),
    Number(second ?? 0),
    fraction ?? '',
    zone ?? null,
    offset,
  );
}

function fromRfc2822(text: string): ParsedDate | null {
  const match = RFC_2822.exec(text);
  if (!match) return null;
  const [, dayText, monthText, yearText, hour, minute, second, zoneText] = match;
  const month = monthNumber(monthText!);
  if (month === null) return null;
  const year = yearText!.length === 2 ? twoDigitYear(Number(yearText)) : Number(yearText);
  const day = realDay(year, month, Number(dayText));
  if (!day) return null;
  if (hour === undefined) return { day, instant: null, zone: null };
  const zone = zoneText?.replace(/[()]/g, '') ?? null;
  if (zone !== null && /^[+-]/.test(zone) && zoneOffset(zone) === null) return null;
  // RFC 2822: a date-time without a zone, or with one nobody can read, is in an unknown zone.
  return withTime(day, Number(hour), Number(minute), Number(second ?? 0), '', zone, zoneOffset(zone));
}

function fromMonthFirst(text: string): ParsedDate | null {
  const match = MONTH_FIRST.exec(text);
  if (!match) return null;
  const [, monthText, dayText, yearText, hourText, minute, second, meridiem, zoneText] = match;
  const month = monthNumber(monthText!);
  if (month === null) return null;
  const day = realDay(Number(yearText), month, Number(dayText));
  if (!day) return null;
  if (hourText === undefined) return { day, instant: null, zone: null };
  let hour = Number(hourText);
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (/^p/i.test(meridiem) ? 12 : 0);
  }
  const zone = zoneText ?? null;
  return withTime(day, hour, Number(minute), Number(second ?? 0), '', zone, zoneOffset(zone));
}

/** Seconds since 1970 (milliseconds when 12–13 digits), read as UTC: the only zone such a number has. */
function fromUnix(text: string): ParsedDate | null {
  if (!UNIX.test(text)) return null;
  const ms = text.length >= 12 && !text.includes('.') ? Number(text) : Number(text) * 1000;
  const date = new Date(ms);
  if (Number.isNaN(date.getTime())) return null;
  const iso = date.toISOString().replace(/\.000Z$/, 'Z');
  return { day: iso.slice(0, 10), instant: iso, zone: 'Z' };
}

function withTime(
  day: string,
  hour: number,
  minute: number,
  second: number,
  fraction: string,
  zone: string | null,
  offset: string | null,
): ParsedDate | null {
  if (hour > 23 || minute > 59 || second > 60) return null;
  const time = `${pad(hour)}:${pad(minute)}:${pad(second)}${fraction}`;
  return { day, instant: `${day}T${time}${offset ?? ''}`, zone };
}

function numericOffset(zone: string): string | null {
  if (/^z$/i.test(zone)) return 'Z';
  const match = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!match) return null;
  const [, sign, hours, minutes = '00'] = match;
  if (Number(hours) > 14 || Number(minutes) > 59) return null;
  return `${sign}${hours}:${minutes}`;
}

function zoneOffset(zone: string | null): string | null {
  if (zone === null) return null;
  if (/^[+-]\d/.test(zone)) return numericOffset(zone);
  return ZONE_OFFSETS[zone.toUpperCase()] ?? null;
}

function monthNumber(name: string): number | null {
  const lower = name.toLowerCase();
  const index = MONTHS.indexOf(lower.slice(0, 3));
  if (index < 0) return null;
  // "May", "Sept", "September": a prefix of the month's name, not any word starting with its letters.
  const full = [
    'january',
    'february',
    'march',
    'april',
    'may',
    'june',
    'july',
    'august',
    'september',
    'october',
    'november',
    'december',
  ][index]!;
  return full.startsWith(lower) ? index + 1 : null;
}

/** RFC 2822 §4.3: 00–49 are 2000–2049, 50–99 are 1950–1999. */
function twoDigitYear(year: number): number {
  return year < 50 ? 2000 + year : 1900 + year;
}

function realDay(year: number, month: number, day: number): string | null {
  if (year < 1000 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
