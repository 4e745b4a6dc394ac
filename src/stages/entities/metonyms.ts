import type { Span } from '../../core/analysis.js';
import { countryName } from './gazetteer.js';

/**
 * A capital or a seat of government names a place after a locative word ("talks in Moscow", "at the
 * White House", "visit the Kremlin") and stands for the government elsewhere ("Moscow said").
 */
const LOCATIVE_BEFORE =
  /(?<![\p{L}\p{N}])(?:in|at|to|from|near|on|into|inside|outside|within|across|around|through|via|visit|visits|visited|visiting)\s+(?:the\s+)?$/iu;

/** "Approval from the Kremlin" comes from the government; "from Moscow" names the city. */
const FROM_BEFORE = /(?<![\p{L}\p{N}])from\s+(?:the\s+)?$/iu;

export function isLocationPhrase(text: string, span: Span, seat: boolean): boolean {
  const before = text.slice(Math.max(0, span.start - 16), span.start);
  return LOCATIVE_BEFORE.test(before) && !(seat && FROM_BEFORE.test(before));
}

/**
 * Whether a capital or seat, outside a locative phrase, can stand for a government: not when it begins a
 * longer name ("Moscow Consultations", "Kremlin Palace") or a compound ("Kyiv-based").
 */
export function standsForGovernment(text: string, span: Span): boolean {
  return !/^(?:-|\s+\p{Lu})/u.test(text.slice(span.end, span.end + 2));
}

const NEEDS_ARTICLE =
  /^(?:United |Netherlands|Philippines|Bahamas|Gambia|Maldives|Comoros|Seychelles)|Republic|Islands/;

/** "Government of Russia", "Government of the United States". */
export function governmentName(iso3: string): string {
  const country = countryName(iso3);
  return `Government of ${NEEDS_ARTICLE.test(country) ? 'the ' : ''}${country}`;
}
