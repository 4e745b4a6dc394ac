/**
 * Speakers the words do not tell: a title followed by someone else's name, a body named only by the tail
 * of a longer name the tagger cut, a place or agency named only by the dateline, a place the tagger took
 * for a person. The resolver
 * (`speakers.ts`) leaves these unknown rather than guess.
 */
import type { Entity, Mention } from '../../core/analysis.js';
import { overlaps } from './spans.js';
import { honorificBefore, TITLE_BEFORE } from '../entities/titles.js';
import type { Attribution } from './attributions.js';

/**
 * "Major General Bagheri said" is not Sadegh Nouri, the article's one General: a title followed by a
 * capitalised word names the one bearing it, and the title's holder only when that word is of their name.
 */
export function namesAnother(words: string, title: string, holder: Entity): boolean {
  const at = words.toLowerCase().lastIndexOf(title.toLowerCase());
  const next = /^\s+(\p{Lu}[\p{L}'’-]*)/u.exec(words.slice(at + title.length))?.[1];
  return !!next && ![holder.name, ...holder.aliases].some((n) => n.split(/\s+/).includes(next));
}

/**
 * A capitalised word, not an article, and what joins it to the words after: a space, or "and", "of", "&".
 * Its parts are all capitalised: "Hamas-run" and a possessor ("Alphabet's") say who runs or owns a body.
 */
const JOINED_NAME_WORD =
  /(?<![\p{L}'’.-])(?!(?:The|A|An)\b)(\p{Lu}[\p{L}.]*(?:-\p{Lu}[\p{L}.]*)*)(\s+|,?\s+(?:and|of|&)\s+)$/u;

/** A clergy title right before a name, which the office titles leave out: "Father Moses", "Rabbi Levi". */
const CLERGY_BEFORE =
  /(?<![\p{L}])(?:Father|Rabbi|Imam|Pastor|Bishop|Reverend|Rev\.?|Sister|Brother|Sheikh|Cardinal|Pope)\s+$/u;

/** A dateline opening a story: a place in capitals, maybe a date and the agency in brackets, a dash. */
const DATELINE = /^\p{Lu}[\p{Lu}\s.'’-]+(?:,[^()–—]{1,30})?\s*(?:\([^()]{1,30}\)\s*)?(?:[–—]|-{1,2})\s/u;

/**
 * Whether the body (any speaker but a person) is named in the source only by the end of a longer name
 * the tagger cut ("Force" of "the Ukrainian Air Force", "Local Government" of "a Ministry of Housing,
 * Communities and Local Government spokesperson"): a capitalised word no country, place, people or person
 * is named by stands right before it, joined by a space in the source's words, or by "and", "of" or "&"
 * from before them. The body is some other one, not told.
 */
export function isNameFragment(
  text: string,
  sentence: readonly Mention[],
  entityId: string,
  a: Attribution,
): boolean {
  const source = a.source!;
  return sentence.some((m) => {
    if (m.entityId !== entityId || m.type === 'person' || !overlaps(m, source)) return false;
    const before = text.slice(a.frame.start, m.start);
    const joined = JOINED_NAME_WORD.exec(before);
    // "Father Moses", "Ambassador al-Harith Idris": a title before a name the tagger took for a body's.
    if (
      !joined ||
      TITLE_BEFORE.test(before) ||
      CLERGY_BEFORE.test(before) ||
      honorificBefore(before) ||
      (/^\s+$/.test(joined[2]!) && a.frame.start + joined.index < source.start)
    )
      return false;
    const word = {
      start: a.frame.start + joined.index,
      end: a.frame.start + joined.index + joined[1]!.length,
    };
    return !sentence.some((other) => other.type !== 'organisation' && overlaps(other, word));
  });
}

/**
 * Whether the speaker is named in the frame's sentence only by its dateline ("TEHRAN, May 21 (MNA) – …",
 * "OSLO (Kyodo) -- …"): the place and agency a story is filed from and by do not say its words.
 */
export function onlyInDateline(
  text: string,
  sentence: readonly Mention[],
  entityId: string,
  a: Attribution,
): boolean {
  const dateline = DATELINE.exec(text.slice(a.frame.start, a.frame.end))?.[0].length ?? 0;
  const named = sentence.filter((m) => m.entityId === entityId);
  return dateline > 0 && named.length > 0 && named.every((m) => m.end <= a.frame.start + dateline);
}

/**
 * Whether a person known by one word only has the name of a place or country of the same article and is
 * never the subject of a verb ("Berdychiv" a town, and elsewhere, in "Berdychiv's youth" or "through
 * Berdychiv", a person): the tagger's person is the place, which says nothing. "Niva said" is someone.
 */
export function isPlaceTakenForPerson(
  entityId: string,
  entities: readonly Entity[],
  mentionsBySentence: ReadonlyMap<number, readonly Mention[]>,
  isSubject: (m: Mention) => boolean,
): boolean {
  const entity = entities.find((e) => e.id === entityId);
  return (
    entity?.type === 'person' &&
    !/\s/.test(entity.name) &&
    entities.some(
      (e) => e.id !== entityId && (e.type === 'place' || e.type === 'country') && e.name === entity.name,
    ) &&
    ![...mentionsBySentence.values()].some((list) =>
      list.some((m) => m.entityId === entityId && m.kind !== 'pronoun' && isSubject(m)),
    )
  );
}
