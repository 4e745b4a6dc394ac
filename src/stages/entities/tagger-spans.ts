/**
 * Repairs of the name tagger's spans before they become candidates: titles taken into names, a title and
 * a name read as one organisation, names split at particles, legal forms and brackets, spaced dashes.
 */
import type { NameSpan } from '../../core/analysis.js';
import { lookupName } from './gazetteer.js';
import { CAPITALISED_HEAD, TITLE_AT, TITLE_SOURCE } from './titles.js';

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
const PARTICLES_BETWEEN = /^\s+(?:von|van|de|der|den|da|di|du|bin|al|el)(?:\s+(?:der|den|de|la))?\s+$/;
/** An Arabic article joined to a surname ("al-Najjar", "el-Sisi"), which the tagger reads as a name of its own. */
const ARTICLE_SURNAME = /^(?:al|el|ad|ash|as|at|az|ar|an)-\p{Lu}/u;
/** Between two halves of a name: a bracketed alternative name ("(Theodor)") or an editor's closing bracket. */
const NAME_ACROSS_BRACKET = /^(?:\s+\(\p{Lu}[\p{L}'’-]+\)|\])\s+$/u;
/** Romance particles join places as well as people: "Santiago de Cuba", "Casa de Nariño". */
const PLACE_PARTICLE = /^\s+d[aeiu]\s+$/;
/** The legal form a company's name ends with; no person's name ends with one. */
const CORPORATE_SUFFIX =
  /(?:^|\s)(?:Corporation|Corp\.?|Incorporated|Inc\.?|Ltd\.?|Limited|LLC|L\.L\.C\.|plc|PLC|Co\.|AG|SpA|S\.p\.A\.|SA|S\.A\.|NV|N\.V\.|GmbH)$/;

/**
 * Mends what a statistical tagger tends to get wrong around titles: a title taken into a person's name
 * ("Senator Marco Rubio" → "Marco Rubio"), a title and name read as one organisation ("US Secretary of State
 * Marco Rubio" → the person "Marco Rubio"; "US Secretary" → no name, left to the gazetteer), and a name with particles split in two ("Ursula" + "Leyen", or the place "Santiago" + "Cuba").
 */
export function repairTaggerSpans(text: string, names: readonly NameSpan[]): NameSpan[] {
  const out: NameSpan[] = [];
  for (const name of withSurnameParticles(text, atSpacedDashes(text, names))) {
    const surface = text.slice(name.start, name.end);
    if (name.label === 'PER') {
      TITLE_AT.lastIndex = 0;
      const title = TITLE_AT.exec(surface);
      const rest = title ? surface.slice(title[0].length).match(/^\s+(?=\p{Lu})/u) : null;
      if (title && rest) {
        out.push({ ...name, start: name.start + title[0].length + rest[0].length });
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
        out.push({ ...name, start: name.end - titled[1].length, label: 'PER' });
        continue;
      }
    }
    const previous = out[out.length - 1];
    const between = previous ? text.slice(previous.end, name.start) : '';
    if (previous && PARTICLES_BETWEEN.test(between)) {
      // Two halves the tagger read alike as something other than a person, across a particle that joins
      // places too, keep that reading; any other pair across a particle is a person's name.
      const sameNonPerson =
        previous.label === name.label && name.label !== 'PER' && PLACE_PARTICLE.test(between);
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

/** Particles that open a hyphenated surname: "Ben-Gvir", "Bar-Haim", "Abu-Ghazaleh", "Ould-Abdallah". */
const SURNAME_PARTICLE = /(?<![\p{L}\p{N}'’-])(?:Ben|Bar|Bat|Bin|Bint|Ibn|Abu|Al|El|Ould|Ait|Abdel|Abdul)-$/u;

/**
 * A name never starts inside a hyphenated word: a person the tagger began after a surname particle and its
 * hyphen ("Ben-" + "Gvir") takes the particle in, and a span the tagger made of the name's first part
 * ("Itamar Ben") joins it.
 */
function withSurnameParticles(text: string, names: readonly NameSpan[]): NameSpan[] {
  const out: NameSpan[] = [];
  for (const name of names) {
    const particle =
      name.label === 'PER' && text[name.start - 1] === '-'
        ? SURNAME_PARTICLE.exec(text.slice(Math.max(0, name.start - 8), name.start))
        : null;
    if (!particle) {
      out.push(name);
      continue;
    }
    let start = name.start - particle[0].length;
    const previous = out[out.length - 1];
    if (previous !== undefined && previous.end > start) {
      start = Math.min(start, previous.start);
      out.pop();
    }
    out.push({ ...name, start });
  }
  return out;
}
