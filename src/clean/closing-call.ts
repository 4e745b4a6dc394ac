/**
 * A page's closing call to follow the outlet ("Follow BBC News India on Instagram, YouTube …", "Follow us
 * on Twitter @…", "Sign up for our … newsletter") is where the article ends: news pages print it under the
 * last paragraph, and what they print after it is a strip of teasers for other stories, video and caption
 * strips and the site's legal lines. Read as this article's text, the teasers glue it to unrelated stories.
 * The credit of those who helped report it ("Additional reporting by …") is printed there too, and ends the
 * article as well.
 *
 * The call is not read as the end wherever it stands: an article may quote or report such a call, or a
 * page may put one above its last paragraphs. So the tail after it goes only when it is shaped like
 * furniture: the call stands in the last part of the text, and what follows is a few short items that each
 * stand alone (none opens by pointing back, as running prose does: "He said…", "But…", "This…").
 */
import { splitSentences } from './date-mentions.js';

/** Networks a follow call names; one of them makes "follow X on …" a call, not reporting. */
const NETWORK =
  /\b(?:twitter|x|facebook|instagram|linkedin|threads|bluesky|tiktok|youtube|whatsapp|telegram|google news|nextdoor|bbc sounds|social media)\b/i;
/** "follow us", "follow @handle", "follow BBC Tees": the outlet or a writer, named, then where to follow. */
const FOLLOW_CALL = /(?:^|[\s,;:])(?:[Ff]ollow|FOLLOW) (?:us|US|@\S+|[\p{Lu}@][^.!?]{0,60}?)\b(?: on |:| @)/u;
/** "Sign up for our Politics Essential newsletter", "Subscribe to our newsletter". */
const NEWSLETTER_CALL = /^(?:sign up|subscribe|register)\b[^.!?]{0,60}\b(?:newsletters?|inbox)\b/i;
/** "Additional reporting by Jane Roe", "With additional reporting from …": the report's closing credit. */
const CLOSING_CREDIT = /^(?:with )?additional reporting (?:by|from)\b/i;
/** What an article does when it reports a call rather than prints one. */
const REPORTING = /["“”«»]|\b(?:said|says|told|tells|according to|urged|asked|invited)\b/i;
/** The words a pitch is made of: a sentence of the call's own pitch may follow it and point back ("It'll be …"). */
const PITCH = /\b(?:newsletters?|inbox|sign(?:ed)? up|subscribe|delivered)\b/i;
/** A sentence that opens by pointing back to the one before is running prose, not a standalone item. */
const POINTS_BACK =
  /^(?:he|she|it|they|his|her|its|their|this|these|that|those|there|but|and|or|so|yet|however|meanwhile|also|still|instead|then|later|such|both|neither)\b/i;

/** The call stands in this last share of the text's characters. */
const TAIL_SHARE = 0.35;
/** A teaser or a legal line is one short sentence; a longer one is prose. */
const MAX_ITEM_WORDS = 40;
/** A strip holds a handful of items; past this the tail is more than furniture. */
const MAX_ITEMS = 12;
/** A call this long is a paragraph that mentions following, not a call. */
const MAX_CALL_WORDS = 45;

export interface ClosingCut {
  text: string;
  /** The call and each item after it, prefixed with why. */
  removed: string[];
}

const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** Whether a sentence is the outlet's own call to follow it or sign up (not one an article reports). */
export function isClosingCall(sentence: string): boolean {
  if (wordCount(sentence) > MAX_CALL_WORDS) return false;
  if (NEWSLETTER_CALL.test(sentence)) return !REPORTING.test(sentence);
  const follow = FOLLOW_CALL.exec(sentence);
  const network = follow && NETWORK.exec(sentence.slice(follow.index));
  if (!follow || !network) return false;
  // A call printed without its full stop runs into the first teaser, which may quote: only the call is read.
  return !REPORTING.test(sentence.slice(0, follow.index + network.index + network[0].length));
}

/** The text cut at the outlet's closing call, when what follows the call is furniture; null otherwise. */
export function cutAtClosingCall(text: string): ClosingCut | null {
  const sentences = splitSentences(text);
  const from = text.length * (1 - TAIL_SHARE);
  for (let i = 0; i < sentences.length; i++) {
    const call = sentences[i]!;
    if (call.start < from || !(isClosingCall(call.text) || CLOSING_CREDIT.test(call.text))) continue;
    const tail = sentences.slice(i + 1);
    if (!tailIsFurniture(tail.map((s) => s.text))) continue;
    const before = text.slice(0, call.start).trimEnd();
    if (before === '') return null;
    const why = `[furniture: after the outlet's closing call]`;
    return { text: before, removed: [call, ...tail].map((s) => `${why} ${s.text}`) };
  }
  return null;
}

function tailIsFurniture(items: readonly string[]): boolean {
  if (items.length > MAX_ITEMS) return false;
  return items.every(
    (item) => wordCount(item) <= MAX_ITEM_WORDS && (PITCH.test(item) || !POINTS_BACK.test(item)),
  );
}
