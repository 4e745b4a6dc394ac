/**
 * Repairs of the name tagger's spans before they become candidates: pieces of one name joined (whole-names,
 * hyphen-spans), titles taken into names or begun before them, a title and a name read as one organisation,
 * a person and their firm read as one name, a department's qualifier left out, names split at particles,
 * legal forms and brackets, spaced dashes.
 */
import type { NameSpan } from '../../core/analysis.js';
import { lookupName } from './gazetteer.js';
import { givenNameGender } from './given-names.js';
import { acrossHyphens, withSurnameParticles } from './hyphen-spans.js';
import { CAPITALISED_HEAD, QUALIFIER_BEFORE, TITLE_AT, TITLE_HEADS, TITLE_SOURCE } from './titles.js';
import { wholeNames } from './whole-names.js';

const NAME_AFTER_TITLE = new RegExp(
  `^(?:.*?\\s)?(?:${TITLE_SOURCE})\\s+(\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*)+)$`,
  'u',
);
/** "Committee Chair Virginia Foxx": a capitalised common title before a name of two or three words. */
const NAME_AFTER_CAPITALISED_HEAD = new RegExp(
  `^(?:.*?\\s)?${CAPITALISED_HEAD}\\s+(\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){1,2})$`,
  'u',
);
const OWNER_AND_TITLE = new RegExp(`^(?:(.+?)\\s+)?(?:${TITLE_SOURCE})$`, 'u');
const PARTICLES_BETWEEN =
  /^\s+(?:von|van|de|der|den|da|di|du|do|dos|das|del|bin|al|el)(?:\s+(?:der|den|de|la))?\s+$/;
/** An Arabic article joined to a surname ("al-Najjar", "el-Sisi"), which the tagger reads as a name of its own. */
const ARTICLE_SURNAME = /^(?:al|el|ad|ash|as|at|az|ar|an)-\p{Lu}/u;
/** Between two halves of a name: a bracketed alternative name ("(Theodor)") or an editor's closing bracket. */
const NAME_ACROSS_BRACKET = /^(?:\s+\(\p{Lu}[\p{L}'’-]+\)|\])\s+$/u;
/** Romance particles join places as well as people: "Santiago de Cuba", "Rio Grande do Sul". */
const PLACE_PARTICLE = /^\s+d(?:[aeiou]|os|as|el)\s+$/;
/** The legal form a company's name ends with; no person's name ends with one. */
const CORPORATE_SUFFIX =
  /(?:^|\s)(?:Corporation|Corp\.?|Incorporated|Inc\.?|Ltd\.?|Limited|LLC|L\.L\.C\.|plc|PLC|Co\.|AG|SpA|S\.p\.A\.|SA|S\.A\.|NV|N\.V\.|GmbH)$/;

/**
 * Words after which, inside a person's span, the person's own name begins: the heads of role titles
 * ("Pensions Secretary Liz Kendall", "Brigadier General Anwar Rajab"), occupations written as titles ("Chief
 * Economist Holger Meyer", "Consul General …") and the last words of a portfolio that a title before the
 * span holds ("Under-Secretary-General for Humanitarian Affairs Martin Griffiths").
 */
const OFFICE_WORDS = new Set(
  [
    ...TITLE_HEADS.filter((h) => !/\s/.test(h)),
    'Officer',
    'Economist',
    'Analyst',
    'Strategist',
    'Editor',
    'Correspondent',
    'Consul',
  ].map((w) => w.toLowerCase()),
);
/** A portfolio's last words: inside an organisation's span they go on into its name ("… Relations Council"). */
const PORTFOLIO_ENDS = new Set(['justice', 'affairs', 'development', 'security', 'relations']);

/** Last words of the names of bodies and places: "King Faisal Hospital", "The Economist Intelligence Unit". */
const BODY_END =
  /^(?:Hospital|Clinic|Unit|Institute|Cent(?:er|re)|Group|Council|Committee|Service|Agency|Office|Bank|University|College|School|Academy|Foundation|Company|Party|Forces?|Command|Ministry|Department|Authority|Court|Association|Club|Fund|Trust|Hall|Airport|Stadium|Street|Road|Square|Mosque|Church|Synagogue|Museum|Library)$/;

/** Lower-case words inside a person's name: "Mohammed bin Salman", "Ursula von der Leyen". */
const NAME_PARTICLE =
  /^(?:bin|ibn|bint|al|el|de|del|da|di|du|van|von|der|den|la|le|(?:al|el)-\p{Lu}[\p{L}'’-]*)$/u;

const AT_LEAST_THREE_WORDS = /\S\s+\S+\s+\S/;

/**
 * Where a person's own name starts inside a span that took in an office before it: after the last office
 * word written capitalised with two to four words of a name after it (particles allowed; a body's name,
 * "King Faisal Hospital", is none): "Shadow Justice Secretary Robert Jenrick" → "Robert Jenrick". `null`
 * when no such word stands there (a one-word remainder, "Martin Luther King Jr.", is no name of its own).
 */
function personAfterOffice(surface: string, person: boolean): number | null {
  // An office and two words of a name after it are three words at least; most names are shorter.
  if (!AT_LEAST_THREE_WORDS.test(surface)) return null;
  const office = (w: string) => OFFICE_WORDS.has(w) || (person && PORTFOLIO_ENDS.has(w));
  const words = [...surface.matchAll(/\S+/g)].map((w) => ({ at: w.index, word: w[0] }));
  for (let i = words.length - 3; i >= 0 && i >= words.length - 5; i--) {
    const word = words[i]!.word.replace(/[.,]$/, '');
    const rest = words.slice(i + 1);
    if (
      /^\p{Lu}/u.test(word) &&
      office(word.toLowerCase()) &&
      /^\p{Lu}/u.test(rest[0]!.word) &&
      !BODY_END.test(rest[rest.length - 1]!.word) &&
      rest.every(
        ({ word: w }) =>
          (/^\p{Lu}[\p{L}'’.-]*$/u.test(w) && !office(w.toLowerCase())) || NAME_PARTICLE.test(w),
      )
    )
      return rest[0]!.at;
  }
  return null;
}

/** Whether words make a person's own name: two to four capitalised words or particles, no office's, no body's. */
function ownNameWords(words: readonly string[]): boolean {
  return (
    words.length >= 2 &&
    words.length <= 4 &&
    /^\p{Lu}/u.test(words[0]!) &&
    !BODY_END.test(words[words.length - 1]!) &&
    words.every(
      (w) => (/^\p{Lu}[\p{L}'’.-]*$/u.test(w) && !OFFICE_WORDS.has(w.toLowerCase())) || NAME_PARTICLE.test(w),
    )
  );
}

/**
 * A title and the space after it (in any case: "secretary of the Treasury"), tried where a word begins: a
 * title opens with a letter after no letter or digit, so no other place can hold one.
 */
const TITLE_THEN_NAME = new RegExp(`(?<![\\p{L}\\p{N}])(?:${TITLE_SOURCE})\\s+`, 'iuy');
const WORD_START = /(?<![\p{L}\p{N}])\p{L}/gu;

/**
 * Where a person's name starts in a span that a title begun before it runs into: the tagger read "Treasury
 * Scott Bessent" of "Secretary of the Treasury Scott Bessent" as one name; the title's last words are the
 * office's, the name is what follows them. `null` where no title crosses the span's start or what follows
 * is no name of its own ("the head of the Treasury Select Committee"). The titles are found left to right,
 * each after the one before, as a scan of the whole window would find them, but only at words before the
 * span's start: a title starting later crosses nothing.
 */
function afterTitleAcross(text: string, name: NameSpan): number | null {
  const from = Math.max(0, name.start - 48);
  const window = text.slice(from, name.end);
  const at = name.start - from;
  WORD_START.lastIndex = 0;
  for (let word = WORD_START.exec(window); word !== null && word.index < at; word = WORD_START.exec(window)) {
    TITLE_THEN_NAME.lastIndex = word.index;
    const title = TITLE_THEN_NAME.exec(window);
    if (title === null) continue;
    const end = title.index + title[0].length;
    if (end > at && ownNameWords(window.slice(end).split(/\s+/))) return from + end;
    WORD_START.lastIndex = end;
  }
  return null;
}

/** The last word of a department's name, which a title's qualifier may open ("Foreign Affairs Ministry"). */
const DEPARTMENT_END = /(?:^|\s)(?:Ministry|Department|Office|Directorate|Bureau|Committee|Agency|Service)$/u;

/**
 * Where a department's name starts when the tagger left out the qualifiers that open it, as it learned to
 * leave them out of a person's title: "Turkish Foreign" + "Affairs Ministry" is the "Foreign Affairs
 * Ministry". Up to two qualifiers, none inside the span before (`after`, where it ends).
 */
function withQualifiersBefore(text: string, name: NameSpan, after: number): number {
  if (name.label !== 'ORG' || !DEPARTMENT_END.test(text.slice(name.start, name.end))) return name.start;
  let start = name.start;
  for (let i = 0; i < 2; i++) {
    const qualifier = QUALIFIER_BEFORE.exec(text.slice(Math.max(after, start - 24), start));
    if (!qualifier) break;
    start -= qualifier[0].length;
  }
  return start;
}

/** Religious titles written before a name ("Rabbi Mordechai …", "Imam Ali …"), beside the role titles. */
const CLERICAL_TITLE = /^(?:Rabbi|Imam|Sheikh|Shaykh|Bishop|Archbishop|Pastor|Reverend|Rev\.)\s+/u;
/** The last word of a firm's or a body's name: "Tip Productions", "Acme Holdings", "Hope Foundation". */
const FIRM_END =
  /^(?:Productions|Studios|Films|Pictures|Media|Records|Publishing|Holdings|Partners|Capital|Ventures|Industries|Technologies|Labs|Solutions|Systems|Enterprises|Consulting|Associates|Communications|Entertainment|Group|Company|Foundation|Institute|University|College|Trust|Fund|Bank|Agency|Association|Corporation|Corp\.?|Inc\.?|Ltd\.?|LLC|plc|PLC)$/u;

/**
 * A person and their firm read as one name at "of": "Rabbi Mordechai Rabinowitz of Tip Productions" is the
 * person "Mordechai Rabinowitz" and the firm "Tip Productions". The span must open with a person (read
 * so by the tagger, or written after a title) whose name is a name of its own, and end with a firm's or a
 * body's last word; a body's own name ("Bank of England", "Institute of Cancer Research") opens with no
 * person. `null` where the span is not such a pair.
 */
function personOfFirm(text: string, name: NameSpan): NameSpan[] | null {
  const surface = text.slice(name.start, name.end);
  const of = /\s+of\s+(?:the\s+)?/u.exec(surface);
  if (!of) return null;
  const head = surface.slice(0, of.index);
  const tail = surface.slice(of.index + of[0].length).split(/\s+/);
  if (tail.length > 4 || !FIRM_END.test(tail[tail.length - 1]!) || !tail.every((w) => /^\p{Lu}/u.test(w)))
    return null;
  TITLE_AT.lastIndex = 0;
  const title =
    TITLE_AT.exec(head) ?? CLERICAL_TITLE.exec(head) ?? /^(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+/u.exec(head);
  const own = title ? head.slice(title[0].length).replace(/^\s+/, '') : head;
  if ((name.label !== 'PER' && !title) || !ownNameWords(own.split(/\s+/))) return null;
  const tailStart = name.start + of.index + of[0].length;
  return [
    { ...name, start: name.start + head.length - own.length, end: name.start + head.length, label: 'PER' },
    { ...name, start: tailStart, label: 'ORG' },
  ];
}

/**
 * A party's name before a department of state: "a Labour Treasury", "the Tory Home Office", "a Republican
 * administration" name the department in the party's hands, not the party nor a person.
 */
const PARTY_BEFORE_DEPARTMENT =
  /^(?:Labour|Conservative|Tory|Liberal Democrat|Lib Dem|Democratic|Democrat|Republican|SNP)\s+(?=(?:Treasury|Cabinet|Home Office|Foreign Office|Government|Administration)$)/;

/**
 * Mends what a statistical tagger tends to get wrong around titles: a title taken into a person's name
 * ("Senator Marco Rubio" → "Marco Rubio"), a title and name read as one organisation ("US Secretary of State
 * Marco Rubio" → the person "Marco Rubio"; "US Secretary" → no name, left to the gazetteer), and a name with particles split in two ("Ursula" + "Leyen", or the place "Santiago" + "Cuba").
 */
export function repairTaggerSpans(text: string, names: readonly NameSpan[]): NameSpan[] {
  const out: NameSpan[] = [];
  for (const name of withSurnameParticles(
    text,
    acrossHyphens(text, atSpacedDashes(text, wholeNames(text, names))),
  )) {
    const firm = personOfFirm(text, name);
    if (firm) {
      out.push(...firm);
      continue;
    }
    const across = afterTitleAcross(text, name);
    if (across !== null) {
      out.push({ ...name, start: across, label: 'PER' });
      continue;
    }
    const department = withQualifiersBefore(text, name, out[out.length - 1]?.end ?? 0);
    if (department !== name.start) {
      out.push({ ...name, start: department });
      continue;
    }
    const party = PARTY_BEFORE_DEPARTMENT.exec(text.slice(name.start, name.end));
    if (party) {
      out.push({ ...name, start: name.start + party[0].length, label: 'ORG' });
      continue;
    }
    const surface = text.slice(name.start, name.end);
    // "Marubeni Corporation": a legal form ends a firm's name, never a person's.
    if (name.label === 'PER' && CORPORATE_SUFFIX.test(surface) && /\s/.test(surface)) {
      out.push({ ...name, label: 'ORG' });
      continue;
    }
    if (name.label === 'PER') {
      TITLE_AT.lastIndex = 0;
      const title = TITLE_AT.exec(surface);
      const rest = title ? surface.slice(title[0].length).match(/^\s+(?=\p{Lu})/u) : null;
      if (title && rest) {
        out.push({ ...name, start: name.start + title[0].length + rest[0].length });
        continue;
      }
      const own = personAfterOffice(surface, true);
      if (own !== null) {
        out.push({ ...name, start: name.start + own });
        continue;
      }
    } else {
      const ownerAndTitle = OWNER_AND_TITLE.exec(surface);
      if (ownerAndTitle && (!ownerAndTitle[1] || lookupName(ownerAndTitle[1]))) continue;
      // "General Motors Corporation" is a company, not General "Motors Corporation".
      const titled = CORPORATE_SUFFIX.test(surface)
        ? null
        : (NAME_AFTER_TITLE.exec(surface) ?? NAME_AFTER_CAPITALISED_HEAD.exec(surface));
      if (titled?.[1]) {
        // "Chief Officer Ruth Lane": the name starts after the title's last office word.
        const start = name.end - titled[1].length + (personAfterOffice(titled[1], false) ?? 0);
        out.push({ ...name, start, label: 'PER' });
        continue;
      }
      // "Acme Chief Operating Officer Ruth Lane": a company's officer, named after the office.
      const own = CORPORATE_SUFFIX.test(surface) ? null : personAfterOffice(surface, false);
      if (own !== null) {
        out.push({ ...name, start: name.start + own, label: 'PER' });
        continue;
      }
    }
    const previous = out[out.length - 1];
    const between = previous ? text.slice(previous.end, name.start) : '';
    if (previous && PARTICLES_BETWEEN.test(between)) {
      // Two halves the tagger read alike as something other than a person, across a particle that joins
      // places too, keep that reading, unless the first is a given name alone ("Isaac" + "Toro"); any
      // other pair across a particle is a person's name.
      const sameNonPerson =
        previous.label === name.label &&
        name.label !== 'PER' &&
        PLACE_PARTICLE.test(between) &&
        givenNameGender(text.slice(previous.start, previous.end)) === null;
      out[out.length - 1] = { ...previous, end: name.end, label: sameNonPerson ? name.label : 'PER' };
      continue;
    }
    // "Fiat Group" + "SpA": a legal form read as a name of its own belongs to the company before it.
    if (previous && between === ' ' && CORPORATE_SUFFIX.test(surface) && !/\s/.test(surface)) {
      out[out.length - 1] = { ...previous, end: name.end, label: 'ORG' };
      continue;
    }
    // "Youssef al-Najjar", "Abu Mohammed al-Julani": a person's name goes on into the surname after it.
    if (previous?.label === 'PER' && between === ' ' && ARTICLE_SURNAME.test(surface)) {
      out[out.length - 1] = { ...previous, end: name.end };
      continue;
    }
    // "Benjamin Ze'ev (Theodor) Herzl", "[Finance Minister Bezalel] Smotrich": a name read across a
    // bracketed alternative or an editor's closing bracket goes on into the surname after it.
    if (
      previous?.label === 'PER' &&
      NAME_ACROSS_BRACKET.test(between) &&
      /^\p{Lu}[\p{L}'’-]+$/u.test(surface)
    ) {
      out[out.length - 1] = { ...previous, end: name.end };
      continue;
    }
    out.push(name);
  }
  return out;
}

/**
 * A dash between spaces ends a name: "Washington — Officials" is a dateline's place and the capitalised
 * first word of the sentence after it. The tagger's label was earned by the words before the dash; what
 * follows it is capitalised by position alone, so it is left to the gazetteer and to later spans.
 */
const SPACED_DASH = /\s[\u2013\u2014-]\s/;

/** The tagger's spans in text order, each cut at its first spaced dash. */
function atSpacedDashes(text: string, names: readonly NameSpan[]): NameSpan[] {
  const out: NameSpan[] = [];
  for (const name of [...names].sort((a, b) => a.start - b.start)) {
    const dash = SPACED_DASH.exec(text.slice(name.start, name.end));
    if (!dash) out.push(name);
    else if (dash.index > 0) out.push({ ...name, end: name.start + dash.index });
  }
  return out;
}
