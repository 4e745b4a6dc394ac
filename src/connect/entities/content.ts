import type { Mention, Span } from '../../core/analysis.js';
import { authorNote, creditedReporter } from './roles-of-names.js';
import { videoStripStart } from './video-strips.js';

/**
 * Where in an article a mention counts for connecting: its content, not its dateline, a photo credit, a
 * site's social-media chrome or a strip of headlines; `junk.ts` says which names are no actors wherever
 * they stand.
 */

/**
 * A dateline opens an article: "TEHRAN, May 21 (MNA) –", "Monrovia —", "WASHINGTON (Reuters) -", "TOKYO --",
 * "Keel, —" (a comma left where the date was dropped). The place
 * and agency in it say where and by whom the report was filed, not what it is about (and a metonym stage
 * may even read the place as a government acting).
 */
const DATELINE =
  /^\s*\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,3}(?:,\s*[\p{L}.]+(?:\s+[\p{L}.]+)?\s*\d{0,2}(?:,\s*\d{4})?)?\s*(?:\([^)]{1,40}\))?,?\s*(?:--|[—–-])\s/u;

/** Where the article's dateline ends (0 when it has none). */
export function datelineEnd(text: string): number {
  return DATELINE.exec(text.slice(0, 120))?.[0].length ?? 0;
}

/**
 * A photo credit or caption source open before a mention: "(credit: Elizabeth Frantz/Reuters)", "Photo: …".
 * The name in it is who took a picture, not who the report is about.
 */
const CREDIT = /\b(?:credits?|photo(?:graph)?|image|picture)\s*:/gi;

/**
 * Whether a mention stands inside a credit: after "credit:" with no sentence ended and no parenthesis
 * closed since, nested ones apart ("(credit: WANA (WEST ASIA NEWS AGENCY) VIA REUTERS)").
 */
function inCredit(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 120), start);
  const opening = [...before.matchAll(CREDIT)].pop();
  if (!opening) return false;
  const since = before.slice(opening.index);
  if (/[.!?]\s+\p{Lu}\p{Ll}|\n/u.test(since)) return false;
  let depth = 0;
  for (const char of since) {
    if (char === '(') depth++;
    else if (char === ')' && --depth < 0) return false;
  }
  return true;
}

/**
 * Whether a mention is glued by a slash to a capitalised word of two letters or more: a photo credit run
 * into the text without its "credit:" ("Efrem Lukatsky/AP", "REUTERS/Jane Roe", "Jane Roe/Flash90") or a
 * cell of a results table ("Ita/Bahrain Victorious"). Prose writes "and" or spaces around a slash between
 * names; a name of a single letter and a slash ("Google I/O") is one name, not two glued.
 */
function gluedBySlash(text: string, m: Mention): boolean {
  const before = text.slice(Math.max(0, m.start - 3), m.start);
  const after = text.slice(m.end, m.end + 3);
  return /\p{L}{2}\/$/u.test(before) || /^\/\p{Lu}[\p{L}\d]/u.test(after);
}

/**
 * A site's invitation to follow it elsewhere ("connect with us on LinkedIn, Twitter", "Follow Beds, Herts
 * and Bucks news on BBC Sounds", "Get football news sent straight to your phone"), its copyright notice, a
 * republication credit ("This article is republished from …") and a reporting credit ("CNN's Jennifer
 * Hansler contributed reporting", "With additional reporting by …"): furniture even the first time a site
 * prints it, and so is every name in the same sentence.
 */
const SOCIAL_CHROME =
  /©|\b(?:all rights reserved|republished from|contributed (?:reporting|to this report)|additional reporting by|read the original article|originally published|sent straight to your phone|connect with us|follow us|find us on|like us on|learn more at|follow [^.!?]{0,60}\bon (?:bbc sounds|facebook|instagram|x|twitter))\b/i;

/**
 * A credit line of the report's own making, opening its sentence or bracket: "(Japanese original by …, North
 * America General Bureau)", "Editing by …", "Reporting by …; Writing by …", "All photos by …". Whoever it
 * names wrote, translated, edited or photographed the report; the same words inside a sentence of news ("a
 * German translation by …", "as reported by AFP") are not a credit.
 */
const CREDIT_LINE =
  /^\s*[([]?\s*(?:(?:\p{Lu}\p{Ll}+\s+)?original|(?:[Ee]dit|[Rr]eport|[Ww]rit|[Cc]ompil|[Tt]ranslat)(?:ed|ing)|[Ww]ritten|[Tt]ranslation|(?:[Aa]ll\s+)?(?:[Pp]hotos?|[Pp]ictures|[Ii]mages|[Vv]ideo))\s+by\s/u;

/**
 * An advertising line run into a report: "Contact Dana now for investment details", "Contact us today to
 * book". The first name in it is a seller's, not anyone the report is about; news writes "contacted" or
 * "could not be contacted", not a call to contact someone now.
 */
const ADVERT = /\b[Cc]ontact (?:us|\p{Lu}\p{Ll}+) (?:now|today) (?:for|to)\b/u;

/**
 * A site's own notices: a contact line giving an email address ("you may contact the Media Hub at
 * hub@example.gov", "Email tips to news@example.com") and a call to use the site's own app or pages
 * ("check BBC Weather online or our BBC Weather app", "download our app"). The office or service named
 * in them is where to write or look, not anyone the report is about; a news sentence naming an app ("users
 * deleted the TikTok app") calls no reader to it.
 */
const CONTACT_LINE =
  /\b(?:contact|e-?mail|write to|reach|send)\b[^.!?]{0,120}\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b(?:check|download|visit|listen|watch|sign up|subscribe)\b[^.!?]{0,80}\bour\b[^.!?]{0,40}\b(?:app|website|site|newsletter|podcast|channel)\b/i;

/**
 * Whether the sentence around `start` (a plain scan for its ends) is a site's social-media chrome, a
 * credit line, an advert, a contact line or a call to its own app, or an author's note (see
 * `roles-of-names.ts`).
 */
function inSocialChrome(text: string, start: number): boolean {
  const from = Math.max(0, start - 200);
  const before = text.slice(from, start);
  const end = /[.!?](?:\s|$)/.exec(text.slice(start, start + 200));
  // The last sentence end before it, after a closing quotation mark too, or a line break.
  const ends = [...before.matchAll(/[.!?]["”’]?\s|[\r\n]/g)];
  const last = ends[ends.length - 1];
  const opening = last ? last.index + last[0].length : 0;
  const sentence = text.slice(from + opening, end ? start + end.index : start + 200);
  return (
    SOCIAL_CHROME.test(sentence) ||
    CREDIT_LINE.test(sentence) ||
    ADVERT.test(sentence) ||
    CONTACT_LINE.test(sentence) ||
    authorNote(sentence)
  );
}

/**
 * A site's invitation to follow it ("Follow BBC Tees on X, Facebook …") and the copyright notice that closes its
 * page ("Copyright 2025 …", "All rights reserved"), or the page's end where extraction dropped the notice: what
 * a page prints between them is a strip of its other stories' summaries, not this report. A short strip
 * only, and a notice near the page's end: an invitation in the middle of a report never takes the rest of it.
 */
const FOLLOW_INVITATION =
  /\b[Ff]ollow [^.!?]{0,80}\bon (?:X|Twitter|Facebook|Instagram|BBC Sounds)\b[^.!?]*[.!?]/g;
const COPYRIGHT_NOTICE = /©|\bCopyright \d{4}\b|\bAll rights reserved\b/i;
/** Every notice of a page, for the last one (`matchAll` copies it, so sharing it is safe). */
const COPYRIGHT_NOTICES = new RegExp(COPYRIGHT_NOTICE.source, 'gi');
const LONGEST_STRIP = 800;
const NOTICE_NEAR_END = 400;

/** Where a strip of other stories sits after a follow invitation, if any. */
function otherStoriesStrip(text: string): { start: number; end: number } | null {
  const invitation = [...text.matchAll(FOLLOW_INVITATION)].pop();
  if (!invitation) return null;
  const start = invitation.index + invitation[0].length;
  const notice = COPYRIGHT_NOTICE.exec(text.slice(start, start + LONGEST_STRIP));
  const end = notice ? start + notice.index : text.length;
  if (end - start > LONGEST_STRIP || text.length - end > NOTICE_NEAR_END) return null;
  return { start, end };
}

/**
 * A strip of other stories no invitation opens: a page's related-links strip is made of summaries the
 * outlet prints on its other pages too, so some of them are its furniture (printed in another of its
 * articles). From the first such sentence in the stretch before a copyright notice near the page's end, to
 * the notice, the page prints other stories, not this report. Not from a sentence that quotes or
 * attributes (a statement several reports of one story repeat is reporting), nor from one with no
 * sentence of the report's own before it (a page whose head furniture falls in the stretch).
 */
const REPORTING = /["“”«»]|\b(?:said|says|told|tells|according to|stated|announced|added|wrote)\b/i;

/**
 * Where a strip of other stories anchored on the outlet's furniture sits, if any. `closed`: clean-up removed
 * the page's copyright notice from its end as learned furniture, so the page's end is where it stood.
 */
function sharedStrip(
  text: string,
  furniture: ReadonlySet<number>,
  sentences: readonly Span[],
  closed: boolean,
): { start: number; end: number } | null {
  if (furniture.size === 0) return null;
  const notice = [...text.matchAll(COPYRIGHT_NOTICES)].pop();
  const near = notice !== undefined && text.length - notice.index <= NOTICE_NEAR_END;
  if (!near && !closed) return null;
  const end = near ? notice.index : text.length;
  const from = end - LONGEST_STRIP;
  let own = false;
  for (const [index, s] of sentences.entries()) {
    if (s.start >= end) break;
    const shared = furniture.has(index);
    if (shared && own && s.start >= from && !REPORTING.test(text.slice(s.start, s.end)))
      return { start: s.start, end };
    if (!shared) own = true;
  }
  return null;
}

/**
 * Whether clean-up removed the copyright notice that closes the page as furniture learned from the outlet's
 * other pages (`Article.removed`, each line after its reason): the page's text then ends where it stood.
 */
export function closedByNotice(removed: readonly string[]): boolean {
  return removed.some((line) => {
    const reason = /^\[furniture:[^\]]*\baround the article\] (.*)$/s.exec(line);
    return reason !== null && COPYRIGHT_NOTICE.test(reason[1]!);
  });
}

/**
 * A news sentence is rarely longer than about 60 words; a "sentence" of this many characters is a run of
 * headlines a page strings together (a site's related-links strip), a results table or a list of credits.
 */
const LONGEST_SENTENCE = 600;

/**
 * The mentions that count for connecting: those outside furniture sentences, datelines, credits (a slash's
 * too, and a reporter's in a caption or byline), a site's social-media chrome and the strips of its other
 * stories (`closed`: clean-up removed the copyright notice that closed the page, see `closedByNotice`; `title`
 * and the page's address `url` tell a video page, whose foot is a strip of other videos' captions, see
 * `video-strips.ts`).
 */
export function contentMentions(
  text: string,
  mentions: readonly Mention[],
  furniture: ReadonlySet<number>,
  sentences: readonly Span[] = [],
  closed = false,
  title = '',
  url = '',
): Mention[] {
  return mentions.filter(countsInContent(text, furniture, sentences, closed, title, url));
}

/**
 * Whether a mention of the article counts (see `contentMentions`), each mention decided alone: for a caller
 * that asks about a few of an article's entities and not the rest (linking reads scores of articles for
 * the few names a new one shares with them).
 */
export function countsInContent(
  text: string,
  furniture: ReadonlySet<number>,
  sentences: readonly Span[] = [],
  closed = false,
  title = '',
  url = '',
): (m: Mention) => boolean {
  const dateline = datelineEnd(text);
  const video = videoStripStart(title, text, sentences, url);
  const strips = [
    otherStoriesStrip(text),
    sharedStrip(text, furniture, sentences, closed),
    video === null ? null : { start: video, end: text.length },
  ];
  const inStrip = (m: Mention) => strips.some((s) => s !== null && m.start >= s.start && m.start < s.end);
  const prose = (m: Mention) => {
    const s = sentences[m.sentence];
    return s === undefined || s.end - s.start <= LONGEST_SENTENCE;
  };
  return (m) =>
    !furniture.has(m.sentence) &&
    prose(m) &&
    m.end > dateline &&
    !inCredit(text, m.start) &&
    (m.type === 'country' || !gluedBySlash(text, m)) &&
    !inSocialChrome(text, m.start) &&
    !creditedReporter(text, m) &&
    !inStrip(m);
}
