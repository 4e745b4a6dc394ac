/**
 * Datelines: the place, agency and date a wire story opens with (`MOSCOW, May 20. /TASS/.`,
 * `WASHINGTON (AP) —`, `KYIV, Ukraine —`, `WASHINGTON, May 21 (Reuters) -`). They are evidence of where and
 * from whom the story came, not a sentence: left in, the reading stages take the place and the agency for
 * the subject of the first sentence ("WASHINGTON, May 21 (Reuters)" read as a person).
 */

export interface Dateline {
  /** As written: `WASHINGTON`, `KYIV, Ukraine`. */
  place: string;
  /** `AP`, `Reuters`, `TASS`; null when none is named. */
  agency: string | null;
  /** As written: `May 21`, `May 20, 2025`; null when none is given. */
  date: string | null;
  /** The dateline exactly as it stood, separator included. */
  text: string;
}

const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const WEEKDAY = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day';
const DATE = `(?:${WEEKDAY},?\\s+)?(?:${MONTH}\\s+\\d{1,2}(?:,?\\s+\\d{4})?|\\d{1,2}\\s+${MONTH}(?:,?\\s+\\d{4})?)`;
/** `NEW YORK`, `ST. LOUIS`, `TEL AVIV`: capitals, with an optional region (`, Ukraine`, `, Calif.`). */
const CAPS_PLACE = "\\p{Lu}[\\p{Lu}\\p{M}.'’-]+(?: \\p{Lu}[\\p{Lu}\\p{M}.'’-]+){0,3}";
const REGION = "(?:,\\s+\\p{Lu}[\\p{L}.'’-]+(?: \\p{Lu}[\\p{L}.'’-]+){0,2})?";
/** `(AP)`, `(Reuters)`, `(MNA)`, `(Kyodo)`, `/TASS/`. */
const AGENCY = "\\((\\p{Lu}[\\p{L}.&' -]{0,24}?)\\)|/(\\p{Lu}[\\p{L}-]{1,20})/\\.?";
const DASH = '(?:—|–|--?)';

const WIRE = new RegExp(
  `^(${CAPS_PLACE}${REGION})(?:,\\s+(${DATE}))?\\.?\\s*(?:(?:${AGENCY})\\s*)?(?:${DASH}\\s+|(?<=/\\.?)\\s+)`,
  'u',
);
/** A town in ordinary case before a dash (`Monrovia —`): only with a long dash, and one or two words. */
const TOWN = new RegExp(
  `^(\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)?)(?:,\\s+(${DATE}))?\\s+(?:—|–)\\s+(?=\\p{Lu})`,
  'u',
);

/** The dateline a paragraph opens with, or null. */
export function findDateline(paragraph: string): Dateline | null {
  const wire = WIRE.exec(paragraph);
  if (wire) {
    const place = wire[1]!.trim();
    // One capital letter or a lone acronym before a dash is a heading or an initial, not a place.
    if (!/\p{Lu}{2}/u.test(place)) return null;
    const agency = wire[3] ?? wire[4] ?? null;
    const date = wire[2] ?? null;
    const rest = paragraph.slice(wire[0].length);
    // A dateline is followed by the story's first sentence.
    if (!/^["“‘(]?[\p{Lu}\p{N}]/u.test(rest)) return null;
    if (agency === null && date === null && !/[—–-]\s+$/.test(wire[0])) return null;
    return { place, agency: agency?.trim() ?? null, date, text: wire[0].trim() };
  }
  const town = TOWN.exec(paragraph);
  if (town) return { place: town[1]!, agency: null, date: town[2] ?? null, text: town[0].trim() };
  return null;
}

/** How a dateline is kept in `removed`: its parts, then the words as they stood. */
export function describeDateline(dateline: Dateline): string {
  const parts = [`place ${dateline.place}`];
  if (dateline.agency) parts.push(`agency ${dateline.agency}`);
  if (dateline.date) parts.push(`date ${dateline.date}`);
  return `[dateline: ${parts.join('; ')}] ${dateline.text}`;
}
