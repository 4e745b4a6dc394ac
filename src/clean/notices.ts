/**
 * Notices a page shows instead of, or around, the article: a paywall, a consent or sign-up form, a script
 * or retrieval error. Read sentence by sentence, since scraped text often arrives as one long paragraph.
 * A sentence is a notice only when it is short and its whole point is the notice, so a report about
 * paywalls or cookies stays; a sentence that quotes or attributes (`said`, quotation marks) is reporting.
 */

/** `consent` covers the forms a page puts around an article: cookie banners, sign-up and its legal lines. */
export type NoticeKind = 'paywall' | 'error' | 'consent' | 'script';

const RULES: ReadonlyArray<{ kind: NoticeKind; pattern: RegExp }> = [
  {
    kind: 'paywall',
    pattern:
      /\b(?:subscribe|subscription|sign in|log ?in|register)\b.{0,60}\b(?:to (?:continue|keep) reading|to read (?:the|this) (?:full |whole |rest of the )?(?:article|story)|for (?:full|unlimited|complete) access|enjoy unlimited access)\b/i,
  },
  {
    kind: 'paywall',
    pattern:
      /\b(?:this|the) (?:article|story|content|page) is (?:only )?(?:available|reserved|exclusive) (?:only )?(?:to|for) (?:paying )?(?:subscribers|members|premium)\b/i,
  },
  {
    kind: 'paywall',
    pattern:
      /\byou(?:'ve|’ve| have) (?:reached|used(?: up)?) (?:your|all (?:of )?your|the) (?:limit|maximum|quota)\b/i,
  },
  { kind: 'paywall', pattern: /\benjoy unlimited access\b/i },
  {
    kind: 'paywall',
    pattern:
      /\byou(?:'ve|’ve| have) (?:read|used) (?:all (?:of )?your|your \d+|\d+) free (?:articles|stories)\b/i,
  },
  { kind: 'paywall', pattern: /^(?:already (?:a subscriber|have an account)|don['’]t have an account)\?/i },
  { kind: 'paywall', pattern: /\b(?:forgot (?:your )?password|remember me)\b/i },
  {
    kind: 'error',
    pattern:
      /\b(?:we|we're|we’re)(?: are| were)? having (?:trouble|problems|difficulty) (?:retrieving|loading|displaying|showing)\b/i,
  },
  {
    kind: 'error',
    pattern:
      /^(?:(?:error )?(?:404|403|500|503)\b.{0,30}|(?:the )?(?:page|article|content|story)(?: you (?:requested|are looking for))? (?:(?:was |is )?not found|(?:could|can)(?:not| ?not| not) be (?:found|loaded|displayed|retrieved))\b.*|access (?:denied|to this page has been denied)\b.*|(?:sorry, |oops[!,.]? )?something went wrong\b.*)$/i,
  },
  // A sign-up form's own error: the form, not the article, failed.
  {
    kind: 'consent',
    pattern:
      /\bthere was (?:a|an) (?:problem|error) (?:processing|submitting) your (?:submission|request|sign-?up)\b/i,
  },
  {
    kind: 'error',
    pattern:
      /\bthere was (?:a|an) (?:problem|error) (?:loading|retrieving|displaying) (?:the|this) (?:article|story|page|content)\b/i,
  },
  {
    kind: 'consent',
    pattern:
      /\bby (?:subscribing|submitting|signing up|registering|entering your e-?mail|clicking)\b.{0,120}\b(?:agree|accept|consent)\b.{0,60}\b(?:terms|privacy|policy|policies)\b/i,
  },
  {
    kind: 'consent',
    pattern: /\bwe use cookies\b|\b(?:accept|reject|manage) (?:all )?cookies\b|\bwe value your privacy\b/i,
  },
  {
    kind: 'consent',
    pattern: /\b(?:confirm your e-?mail(?: address)?|follow the instructions in the e-?mail)\b/i,
  },
  {
    kind: 'script',
    pattern:
      /\b(?:(?:please )?enable javascript|javascript is (?:disabled|deactivated|turned off|required)|(?:if|when) (?:the )?javascript is (?:deactivated|disabled)|your browser does not support)\b/i,
  },
  {
    kind: 'script',
    pattern: /\bto (?:view|watch|play) this (?:video|content|media)\b.{0,40}\b(?:enable|browser|upgrade)\b/i,
  },
];

/** A notice is a few words long; past this a sentence is text however it reads. */
const MAX_NOTICE_WORDS = 45;
const REPORTING = /["“”]|\b(?:said|says|told|according to)\b/i;

/**
 * Words every rule above needs one of: most texts hold none, and are then read once instead of once per
 * rule per sentence.
 */
const TRIGGER =
  /subscri|members|premium|sign(?:ing)? (?:in|up)|log ?in|register|have an account|password|remember me|your (?:limit|maximum|quota)|free (?:articles|stories)|unlimited access|having (?:trouble|problems|difficulty)|\b(?:404|403|500|503)\b|not found|be (?:found|loaded|displayed|retrieved)|access (?:denied|to this)|went wrong|there was an? (?:problem|error)|by (?:submitting|signing|entering|clicking)|cookies|value your privacy|confirm your e-?mail|instructions in the e-?mail|javascript|browser does not|to (?:view|watch|play) this/;

/** Whether a text may hold a notice at all (`noticeKind` is then asked sentence by sentence). */
export function mayHoldNotice(text: string): boolean {
  return TRIGGER.test(text.toLowerCase());
}

/** The kind of notice a sentence is, or null when it is text. */
export function noticeKind(sentence: string): NoticeKind | null {
  const text = sentence.trim();
  if (!TRIGGER.test(text.toLowerCase())) return null;
  if (text.split(/\s+/).length > MAX_NOTICE_WORDS || REPORTING.test(text)) return null;
  return RULES.find((rule) => rule.pattern.test(text))?.kind ?? null;
}

/** Notices that say the article's text was cut short: the page held more than the scraper got. */
export function cutsText(kind: NoticeKind): boolean {
  return kind === 'paywall' || kind === 'error';
}

/**
 * A script notice glued into a run of page text with no full stop around it ("Comments can not be loaded
 * To load Comments you need to enable JavaScript in your browser"): its own words have one meaning, so
 * they are found and cut wherever they stand, and the words around them stay.
 */
const SCRIPT_CLAUSE =
  /(?:\b\p{Lu}\p{Ll}+ (?:can ?not|could not) be (?:loaded|displayed|shown) )?(?:\b[Tt]o (?:load|view|watch|play|see) \p{L}+ )?\b(?:you (?:need|have|will need) to|[Pp]lease) (?:enable|turn on) [Jj]ava[Ss]cript(?: in your browser)?[.!]?/gu;

/** Script notices inside a longer sentence, with where they stand. */
export function scriptClauses(sentence: string): Array<{ start: number; end: number; text: string }> {
  if (!/javascript/i.test(sentence)) return [];
  return [...sentence.matchAll(SCRIPT_CLAUSE)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
  }));
}
