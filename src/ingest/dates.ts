/**
 * The dates inputs carry: ISO 8601 in manifests and Atom, RFC 822 in RSS. Offsets are kept as written
 * so a late-evening story is not moved to the next day by a conversion to UTC.
 */

const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;

/** True for `2025-03-13`, `2025-03-13T10:00Z`, `2025-03-13T10:00:00.5+01:00` naming a real day and time. */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE_TIME.exec(value.trim());
  if (!match) return false;
  const [year, month, day, hour = 0, minute = 0, second = 0] = match
    .slice(1, 7)
    .map((part) => Number(part ?? 0));
  return isRealDay(year!, month!, day!) && hour <= 23 && minute <= 59 && second <= 60;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** North American zone names RFC 822 allows; anything else unnamed is read as UTC. */
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
};

const RFC_822 =
  /^(?:[a-z]{3,9},?\s+)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{2}|\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[a-z]{1,3})?)?$/i;

/**
 * A feed's date as ISO 8601: ISO input is returned trimmed, RFC 822 (`Thu, 13 Mar 2025 10:00:00 +0100`)
 * is rewritten with its offset kept; anything else gives null rather than a guess.
 */
export function feedDateToIso(value: string | null): string | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (isIsoDate(trimmed)) return trimmed;
  const match = RFC_822.exec(trimmed);
  if (!match) return null;
  const [, dayText, monthText, yearText, hour, minute, second, zone] = match;
  const month = MONTHS.indexOf(monthText!.toLowerCase()) + 1;
  const year = yearText!.length === 2 ? 2000 + Number(yearText) : Number(yearText);
  const day = Number(dayText);
  if (month === 0 || !isRealDay(year, month, day)) return null;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (hour === undefined) return date;
  const offset = zone ? zoneOffset(zone) : 'Z';
  const iso = `${date}T${pad(Number(hour))}:${minute}:${second ?? '00'}${offset ?? 'Z'}`;
  return isIsoDate(iso) ? iso : null;
}

function zoneOffset(zone: string): string | null {
  if (/^[+-]\d{4}$/.test(zone)) return `${zone.slice(0, 3)}:${zone.slice(3)}`;
  return ZONE_OFFSETS[zone.toUpperCase()] ?? null;
}

function isRealDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
