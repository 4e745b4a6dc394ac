/**
 * Which outlet published an article, from the cues a saved page leaves behind. Cues are tried from the
 * strongest (the outlet naming itself in its own footer or sign-up prompt) to the weakest (a wire agency's
 * credit, which says who wrote the story, not who ran it).
 */
import type { Evidence } from '../core/types.js';
import { AGENCY_CREDITS, outletByHost, outletByName, registrableDomain } from './outlet-table.js';

export interface OutletInput {
  text: string;
  /** The lines clean-up removed: most outlet cues live in the boilerplate. */
  removed: string[];
  url: string | null;
}

export interface DetectedOutlet {
  outlet: string;
  evidence: Evidence;
}

/** A cue reads one line and returns the outlet's name as the line gives it, or null. */
type LineCue = (line: string) => string | null;

/** Substack-style footers: "Discover more from X", "Thanks for reading X! Subscribe…". */
const DISCOVER_MORE = /^discover more from\s+(.+?)\s*$/i;
const THANKS_FOR_READING = /^thanks for reading\s+([^!]{2,60})!/i;
// Case spelled out by hand: with the `i` flag, \p{Lu} would match lower case too.
const POSSESSIVE_NEWSLETTER =
  /\b(?:[Gg]et|[Ff]rom|[Tt]o|[Ff]or|[Ww]ith|[Ii]n)\s+(?:[Tt]he\s+)?([\p{Lu}\p{N}][\p{L}\p{N}&.' -]{0,40}?)['’]s?\s+(?:[\p{L}-]+\s+){0,3}?(?:e-?mail\s+)?[Nn]ewsletters?\b/u;
const NEWSLETTER_FROM = /\b[Nn]ewsletters?\s+from\s+([\p{Lu}\p{N}][^.,:;!?|]{0,40}?)\s*(?:[.,:;!?|]|$)/u;
const DOMAIN_LINE =
  /^(?:(?:photo|image|picture)?\s*(?:credit|source)s?\s*[:：]?\s*)?(?:https?:\/\/)?((?:[a-z0-9-]+\.)+[a-z]{2,})(?:[/:]\S*)?$/i;
const WIRE_DATELINE = /^[\p{Lu}][\p{L}\p{N} ,.'-]{0,60}\(([\p{L}]+)\)\s*[—–-]/u;

/** A wire dateline opens the story, after at most a headline, a byline and a date line. */
const DATELINE_LINES = 5;

/** Drops the tagline a site appends to its name: "Example News | Headlines, Analysis" → "Example News". */
function withoutTagline(name: string): string {
  return (name.split(/\s+[|–—:]\s+|\s+-\s+/)[0] ?? name).trim();
}

const fromFooter: LineCue = (line) => {
  const name = DISCOVER_MORE.exec(line)?.[1] ?? THANKS_FOR_READING.exec(line)?.[1];
  return name ? withoutTagline(name) : null;
};

const fromNewsletterPrompt: LineCue = (line) => {
  if (!/newsletter/i.test(line)) return null;
  const name = POSSESSIVE_NEWSLETTER.exec(line)?.[1] ?? NEWSLETTER_FROM.exec(line)?.[1];
  return name ? withoutTagline(name) : null;
};

const fromAgencyCredit: LineCue = (line) => {
  const credit = line.replace(/[()\-–—.\s]/g, '').toUpperCase();
  if (AGENCY_CREDITS.has(credit)) return credit;
  const wire = WIRE_DATELINE.exec(line)?.[1];
  return wire && AGENCY_CREDITS.has(wire.toUpperCase()) ? wire : null;
};

function named(name: string, detail: string): DetectedOutlet {
  return { outlet: outletByName(name)?.name ?? name, evidence: { origin: 'text', detail } };
}

function hostOutlet(host: string, evidence: Evidence): DetectedOutlet {
  return { outlet: outletByHost(host)?.name ?? registrableDomain(host.replace(/^www\./i, '')), evidence };
}

function firstLineCue(lines: readonly string[], cue: LineCue): DetectedOutlet | null {
  for (const line of lines) {
    const name = cue(line);
    if (name) return named(name, line);
  }
  return null;
}

function fromDomainLine(lines: readonly string[]): DetectedOutlet | null {
  for (const line of lines) {
    const host = DOMAIN_LINE.exec(line)?.[1];
    if (host) return hostOutlet(host, { origin: 'text', detail: line });
  }
  return null;
}

function fromUrl(url: string | null): DetectedOutlet | null {
  if (!url) return null;
  try {
    const host = new URL(url).hostname;
    return host.includes('.') ? hostOutlet(host, { origin: 'url', detail: host }) : null;
  } catch {
    return null;
  }
}

export function detectOutlet(input: OutletInput): DetectedOutlet | null {
  const removed = input.removed.map((line) => line.trim()).filter(Boolean);
  const textLines = input.text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const everyLine = [...removed, ...textLines];
  return (
    firstLineCue(everyLine, fromFooter) ??
    firstLineCue(everyLine, fromNewsletterPrompt) ??
    fromDomainLine(removed) ??
    fromUrl(input.url) ??
    firstLineCue(removed, fromAgencyCredit) ??
    firstLineCue(textLines.slice(0, DATELINE_LINES), fromAgencyCredit)
  );
}
