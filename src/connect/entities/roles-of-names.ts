import type { Mention } from '../../core/analysis.js';

/**
 * What the words around a name show it to be when they show it is no actor: a thing won (a competition, a
 * trophy) or the modifier of a group of people. Grammar, not a list of names: one wins a contest, not a
 * team or a person, and "the X community" is the people, not an actor called X.
 */

/**
 * A verb of winning and its article right before a name: "won the Europa Conference League", "to lift the
 * Champions Cup", "winning the 2024 Open". One beats a rival and wins a contest or a prize; a name won is
 * no actor. A possessive after it ("won the Democrats' nomination") makes the name the holder of what is
 * won, not the thing.
 */
const WON_BEFORE =
  /\b(?:win|wins|won|winning|lift|lifts|lifted|lifting|clinch|clinches|clinched|clinching)\s+(?:the|a|an|their|his|her|its)\s+(?:\d{4}(?:[-–/]\d{2,4})?\s+)?$/i;
const POSSESSIVE_AFTER = /^(?:['’]s?\b|['’](?!\p{L}))/u;

/** Whether a mention names a thing won. */
export function thingWon(text: string, m: Mention): boolean {
  return (
    WON_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)) &&
    !POSSESSIVE_AFTER.test(text.slice(m.end, m.end + 3))
  );
}

/**
 * Nouns of a group of people that a name before them qualifies: "the Afrikaner community", "the Druze
 * minority", "the Armenian diaspora". Such a name tells whose community it is, a people, not an actor.
 */
const GROUP_AFTER = /^\s+(?:community|communities|minority|minorities|diaspora|diasporas)\b/;

/** Whether a mention qualifies a group of people. */
export function groupModifier(text: string, m: Mention): boolean {
  return GROUP_AFTER.test(text.slice(m.end, m.end + 16));
}

/**
 * An author's note at the foot of an opinion piece: "Jane Roe writes from Abuja.", "Jane Roe is a freelance
 * journalist based in Lagos." Whoever it names wrote the piece; the piece is not about them. Only a
 * sentence that opens with the name and says no more than that counts.
 */
const NAME_OPENS = String.raw`^\s*(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}`;
const PLACE_OR_BODY = String.raw`(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:,?\s+(?:and\s+)?\p{Lu}[\p{L}'’-]*)*`;
const AUTHOR_NOTE = new RegExp(
  `${NAME_OPENS}(?:writes|reports) (?:from|for) ${PLACE_OR_BODY}[.!]?\\s*$|` +
    `${NAME_OPENS}is an? (?:freelance |independent |contributing |guest |staff )?` +
    `(?:writer|journalist|columnist|contributor|correspondent)(?:\\s+(?:based\\s+)?(?:in|at|for|with|from)\\s+${PLACE_OR_BODY})?[.!]?\\s*$`,
  'u',
);

/** Whether a sentence is an author's note. */
export function authorNote(sentence: string): boolean {
  return sentence.length <= 200 && AUTHOR_NOTE.test(sentence);
}
