import { createHash } from 'node:crypto';

/**
 * How Dossier recognises an article it has seen: the same normalised text, or the same page address.
 * Pure functions, shared by the pipeline (which fingerprints drafts) and every store (which matches them).
 */

/** Case, whitespace and quote style do not make a different article; words do. */
export function fingerprintText(text: string): string {
  const normalised = text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201F\u2033]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
  return createHash('sha256').update(normalised).digest('hex');
}

const TRACKING_PARAM = /^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid|ref|smid)$/i;

/**
 * The form of a URL under which two fetches of one page meet: no fragment, no tracking parameters,
 * lower-case host, no trailing slash. Null for anything that is not an http(s) URL.
 */
export function urlKey(url: string | null | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  parsed.hash = '';
  for (const name of [...parsed.searchParams.keys()]) {
    if (TRACKING_PARAM.test(name)) parsed.searchParams.delete(name);
  }
  parsed.searchParams.sort();
  const path = parsed.pathname.length > 1 ? parsed.pathname.replace(/\/+$/, '') : '';
  const query = parsed.searchParams.toString();
  return `${parsed.protocol}//${parsed.host.toLowerCase()}${path}${query ? `?${query}` : ''}`;
}

/** A short, stable id: from the page address when there is one (so revisions keep it), else the text. */
export function articleId(key: string | null, fingerprint: string): string {
  const basis = key ?? `text:${fingerprint}`;
  return createHash('sha256').update(basis).digest('hex').slice(0, 12);
}
