import type { Entity, Mention } from '../../core/analysis.js';
import type { ReadArticle } from '../../core/connected.js';

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
