import type { Entity, Mention } from '../../core/analysis.js';
import type { ReadArticle } from '../../core/connected.js';
import { BEFORE_NAME } from './name-bounds.js';
import { LANGUAGE } from './name-shape.js';

/**
 * A one-word body's name the reading cut from the place or the number before it: "Africa CDC" read as the
 * place "Africa" and the body "CDC", "Jerusalem Post" as "Jerusalem" and "Post", "the 401st Brigade" as
 * "Brigade". Keyed by the cut word alone, it joins
 * every other body of that word across the corpus (the Africa Centres for Disease Control with the US
 * Centers); the name it was cut from is the one it goes by. A country, a government or a demonym before a
 * name qualifies it ("US CDC", "Israel Police", see `qualifiers.ts`) and is no part of it.
 */

/** Only a space between the place's mention and the body's. */
const GLUED = /^ $/;

/** An ordinal right before a mention: a unit's number ("the 401st Brigade", "the 7th Fleet"). */
const ORDINAL_BEFORE = /(?<![\p{L}\p{N}])(\d+(?:st|nd|rd|th)) $/u;

/**
 * The longer name every written mention of a one-word organisation stands at the end of, the same for all
 * of them (a place's name or an ordinal right before it, nothing but a space between), or null. A mention that stands
 * alone even once ("CDC said") leaves the word as written.
 */
export function nameCutBefore(
  read: ReadArticle,
  entity: Entity,
  mentions: readonly Mention[],
): string | null {
  if (entity.type !== 'organisation' || entity.country || entity.stands || /\s/.test(entity.name.trim()))
    return null;
  const written = mentions.filter((m) => m.kind === 'name' || m.kind === 'short-name');
  if (written.length === 0) return null;
  const { text } = read.article;
  const places = new Set(
    read.reading.entities.filter((e) => e.type === 'place' && !e.stands).map((e) => e.id),
  );
  let longer: string | null = null;
  for (const m of written) {
    const before = read.reading.mentions.find(
      (o) =>
        o.sentence === m.sentence &&
        o.end <= m.start &&
        o.kind === 'name' &&
        places.has(o.entityId) &&
        GLUED.test(text.slice(o.end, m.start)),
    );
    const ordinal = ORDINAL_BEFORE.exec(text.slice(Math.max(0, m.start - 12), m.start));
    if (!before && !ordinal) return null;
    const name = `${before ? before.text : ordinal![1]} ${m.text}`;
    if (longer !== null && longer !== name) return null;
    longer = name;
  }
  return longer;
}

/**
 * An Arabic particle opening a name in lower case ("al-Din Haddad", "bin Salman"): a name's first word is
 * never a particle, so the capitalised word right before it is the name's own, cut off by the reading ("Izz"
 * of "Izz al-Din Haddad", "Mohammed" of "Mohammed bin Salman").
 */
const PARTICLE_OPENS = /^(?:(?:al|el|ad|ud|ul|ash|as|at|az|an|ar)-\p{Lu}|(?:bin|ibn|bint|abu|abd)\s+\p{Lu})/u;
/** The capitalised word before, standing after a space, a bracket or a quote (not after a hyphen). */
const WORD_BEFORE = /(?:^|[\s(“"‘])(\p{Lu}\p{Ll}+) $/u;

/**
 * A language named before a name: "IDF Spokesperson in Arabic Avichay Adraee", the spokesman for the
 * language's audience. The language is no word of the name the reading glued it to.
 */
const LANGUAGE_BEFORE_NAME = /(?<![\p{L}\p{N}])in $/u;

/**
 * The name an entity goes by when the reading drew every written mention of it one word off, the same for
 * all of them, or null: with the word before a particle it opens with (`PARTICLE_OPENS`, unless that word
 * is a title or a function word), or without the language opening it after "in" (`LANGUAGE_BEFORE_NAME`).
 */
export function nameOneWordOff(
  read: ReadArticle,
  entity: Entity,
  mentions: readonly Mention[],
): string | null {
  if (entity.type === 'country' || entity.stands) return null;
  const written = mentions.filter((m) => m.kind === 'name');
  const { text } = read.article;
  let drawn: string | null = null;
  for (const m of written) {
    const before = text.slice(Math.max(0, m.start - 24), m.start);
    const head = PARTICLE_OPENS.test(m.text) ? WORD_BEFORE.exec(before) : null;
    const words = m.text.trim().split(/\s+/);
    let name: string | null = null;
    if (head !== null && !BEFORE_NAME.test(head[1]!)) name = `${head[1]!} ${m.text}`;
    else if (words.length >= 3 && LANGUAGE.test(words[0]!) && LANGUAGE_BEFORE_NAME.test(before))
      name = words.slice(1).join(' ');
    if (name === null || (drawn !== null && drawn !== name)) return null;
    drawn = name;
  }
  return drawn;
}
