import type { Mention } from '../../core/analysis.js';

/**
 * Names whose span the reading drew wrong: cut where the written name goes on after it (see also
 * `fragmentOfName` in `junk.ts`, for names cut at a hyphen, "of", a possessive's plural or a number), or
 * glued to the words of a headline or of another name.
 */

/**
 * A regnal number after a one-word name: "Pius" of "Pope Pius XII", "Louis" of "King Louis XVI". The
 * number is the name's: "Pius" alone is not the pope called Pius XII, and joins any other Pius.
 */
const REGNAL_AFTER = /^ (?:[IVXL]{2,}|[VX])(?![\p{L}\p{N}])/u;

/**
 * A Romance particle and a capitalised word after a name: "Playa" of "Playa de las Americas", "Rio" of "Rio
 * de Janeiro", "Santiago" of "Santiago de Compostela". A one-word name, or one not a person's, goes on
 * through it; a person's given names cut before it ("Luiz Inácio Lula" of "… da Silva") still name them.
 */
const PARTICLE_AFTER = /^ (?:de|del|de la|de las|de los|da|das|do|dos|di|du|des)\s\p{Lu}/u;

/**
 * A name followed by its possessive and no noun: "McDonald's and Wendy's", "shop at Sainsbury's." A firm
 * named after its founder writes the possessive as part of its name; a person's possessive is followed by
 * what is theirs ("Wendy's support").
 */
const NAME_POSSESSIVE_AFTER = /^['’]s(?:[,.;:!?)]|\s+(?:and|or|in|at|on|to|from|for)\b)/u;

/** A quoted nickname and a surname after a given name: "Caitlin" of `Caitlin "CK" Kalinowski`. */
const NICKNAME_AFTER = /^ ["“‘'][^"”’'\n]{1,20}["”’'] \p{Lu}/u;

/** Whether a mention is the head of a longer name the words after it go on with. */
export function cutBeforeRest(text: string, m: Mention, person: boolean): boolean {
  const oneWord = !/\s/.test(m.text.trim());
  const after = text.slice(m.end, m.end + 32);
  if (oneWord && NICKNAME_AFTER.test(after)) return true;
  if (oneWord && person && REGNAL_AFTER.test(after)) return true;
  if ((oneWord || !person) && PARTICLE_AFTER.test(after)) return true;
  return oneWord && person && NAME_POSSESSIVE_AFTER.test(after);
}

/**
 * Whether a person's name of three words or more opens with the surname of someone the article names in
 * full: a headline's words glued to the surname ("Nakato Alleges Torture" beside "Sarah Nakato"), which
 * title case makes look like a name.
 */
export function headlineAfterSurname(name: string, all: readonly Mention[]): boolean {
  const words = name.trim().split(/\s+/);
  if (words.length < 3) return false;
  return all.some((o) => {
    if (o.type !== 'person') return false;
    const other = o.text.trim().split(/\s+/);
    return other.length >= 2 && other.length < words.length && other[other.length - 1] === words[0];
  });
}
