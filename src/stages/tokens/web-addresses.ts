import { ALNUM, DIGIT, LOWER, SPACE, charClass } from './chars.js';

/**
 * Web addresses inside running text (e-mail addresses, host names, URLs, file names), which the tokenizer
 * keeps whole: the periods and slashes inside them end no sentence and split no word.
 */

/** Endings of domains and of file names ("Amazon.com", "report.pdf"): the period inside is no sentence end. */
const WEB_SUFFIXES = [
  'com',
  'org',
  'net',
  'gov',
  'edu',
  'info',
  'pdf',
  'doc',
  'docx',
  'xls',
  'xlsx',
  'ppt',
  'htm',
  'html',
  'jpg',
  'jpeg',
  'png',
  'gif',
  'txt',
  'csv',
  'zip',
];

/** Whether the letters, digits, periods and underscores from `at` reach an "@" and go on: an e-mail address. */
export function emailAhead(text: string, at: number): boolean {
  for (let k = at; k < text.length && k < at + 64; k++) {
    const c = text.charCodeAt(k);
    if (c === 64) return k + 1 < text.length && (charClass(text.charCodeAt(k + 1)) & ALNUM) !== 0;
    if (!(charClass(c) & ALNUM) && c !== 46 && c !== 95 && c !== 45) return false;
  }
  return false;
}

/** Country domains: read only in lower case and after two labels ("bbc.co.uk"). */
const COUNTRY_DOMAINS: ReadonlySet<string> = new Set([
  'uk',
  'us',
  'ca',
  'au',
  'nz',
  'ie',
  'de',
  'fr',
  'eu',
  'in',
  'io',
]);

/**
 * Whether the labels from `at` ("yankeedot.net", "co.uk", "Com") end a host or file name: up to four
 * labels of letters, digits and hyphens joined by periods, the last a web ending ("com" in any case, a
 * country's in lower case) with no letter or digit after it. `within`: labels of the host were read already.
 */
export function hostAhead(text: string, at: number, within: boolean): boolean {
  let k = at;
  for (let label = 0; label < 4; label++) {
    const from = k;
    while (k < text.length && (charClass(text.charCodeAt(k)) & ALNUM || text.charCodeAt(k) === 45)) k++;
    if (k === from || k - from > 24) return false;
    if (text.charCodeAt(k) !== 46 || !(charClass(text.charCodeAt(k + 1)) & ALNUM)) {
      const last = text.slice(from, k);
      const lower = last.toLowerCase();
      // "A.de Silva" is a name: a country's ending closes a host only after two labels ("co.uk").
      if (COUNTRY_DOMAINS.has(last)) return within || label > 0;
      return WEB_SUFFIXES.includes(lower) && (last === lower || last.slice(1) === lower.slice(1));
    }
    k++;
  }
  return false;
}

export function isUrlStart(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c !== 104 && c !== 119) return false;
  return text.startsWith('http://', at) || text.startsWith('https://', at) || text.startsWith('www.', at);
}

/** A URL runs to the next space; punctuation that closes the sentence around it is left out. */
export function urlEnd(text: string, start: number): number {
  let e = start;
  while (e < text.length && !(charClass(text.charCodeAt(e)) & SPACE)) e++;
  while (e > start && '.,;:!?)]"\'”’'.includes(text.charAt(e - 1))) e--;
  return e;
}

/** The top levels of Usenet's newsgroup names ("alt.animals.cat", "comp.sources.unix"). */
const NEWSGROUP_HIERARCHIES: ReadonlySet<string> = new Set([
  'alt',
  'comp',
  'misc',
  'news',
  'rec',
  'sci',
  'soc',
  'talk',
  'humanities',
]);

/**
 * The end of a newsgroup's name whose top level is the word [start, dot) and whose first period is at `dot`:
 * lower-case labels of letters, digits, "+" and "-" joined by periods, one word in UD; else 0.
 */
export function newsgroupEnd(text: string, start: number, dot: number): number {
  if (!NEWSGROUP_HIERARCHIES.has(text.slice(start, dot))) return 0;
  let k = dot;
  while (text.charCodeAt(k) === 46 && charClass(text.charCodeAt(k + 1)) & LOWER) {
    k++;
    for (;;) {
      const c = text.charCodeAt(k);
      if (!(charClass(c) & (LOWER | DIGIT)) && c !== 43 && c !== 45) break;
      k++;
    }
  }
  return k > dot ? k : 0;
}
