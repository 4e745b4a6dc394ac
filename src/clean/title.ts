/**
 * A saved article often starts with its headline on a line of its own. We take it only when the line looks
 * like one, since a wrong title is worse than none: the caller can still fall back on page metadata.
 */

const MAX_TITLE_WORDS = 20;
const MAX_TITLE_CHARS = 200;

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
/** "KYIV, Ukraine (Reuters) —", "WASHINGTON —", "March 13, 2025 —": a dateline opens the body, not a title. */
const PLACE_DATELINE = /^[\p{Lu}][\p{Lu}. '-]+(?:,\s*[\p{L}. ]+)?\s*(?:\([^)]{1,40}\))?\s*[—–-]\s/u;
const DATE_DATELINE = new RegExp(
  `^(?:\\p{L}+day,?\\s+)?(?:${MONTH}\\s+\\d{1,2}|\\d{1,2}\\s+${MONTH})(?:,?\\s+\\d{4})?\\s*(?:[—–:-]|$)`,
  'iu',
);
const BYLINE = /^[Bb]y\s+\p{Lu}/u;

/** Short, unpunctuated at the end (a question or exclamation is fine), and not a dateline or byline. */
export function looksLikeHeadline(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed === '' || trimmed.includes('\n') || trimmed.length > MAX_TITLE_CHARS) return false;
  const words = trimmed.split(/\s+/).length;
  if (words < 2 || words > MAX_TITLE_WORDS) return false;
  if (/[.,;:…]["”’]?$/.test(trimmed)) return false;
  if (!/^[\p{Lu}\p{N}"“‘'\p{Extended_Pictographic}]/u.test(trimmed)) return false;
  return !PLACE_DATELINE.test(trimmed) && !DATE_DATELINE.test(trimmed) && !BYLINE.test(trimmed);
}

export function splitTitle(text: string): { title: string | null; body: string } {
  const breakAt = text.indexOf('\n');
  // A Markdown heading marker is markup, not part of the headline.
  const first = (breakAt < 0 ? text : text.slice(0, breakAt)).replace(/^#{1,6}\s+/, '');
  const rest = breakAt < 0 ? '' : text.slice(breakAt).trim();
  if (rest === '' || !looksLikeHeadline(first)) return { title: null, body: text };
  return { title: first.trim(), body: rest };
}
