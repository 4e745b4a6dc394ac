import type { Mention } from '../../core/analysis.js';

/**
 * What the words around a name show it to be when they show it is no actor: a thing won (a competition, a
 * trophy), a product or the modifier of a group of people. Grammar, not a list of names: one wins a contest, not a
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
 * A noun of a product right before a name, the name in apposition to it: "the weight loss drugs Wegovy and
 * …", "the AI app Velder", "a vaccine Nuvo", "the video game Keel", "the Velder Games title Keel". An article
 * that introduces a name so says what it is: a drug, an app, a vaccine or a game, not an actor. Nouns that
 * name people too ("the model …", "her assistant …") or a maker's goods ("game" alone, "brand") are not among
 * them.
 */
const PRODUCT_BEFORE =
  /\b(?:drugs?|medicines?|medications?|apps?|chatbots?|vaccines?|jabs?|pills?|sedans?|smartphones?|video ?games?|(?:Games|game) titles?)\s+$/i;

/** Whether a mention is introduced as a product. */
export function introducedAsProduct(text: string, m: Mention): boolean {
  return PRODUCT_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start));
}

/**
 * A name read as the medium a statement was posted or broadcast on: "posted on Velder", "said in a video on
 * Velder", "wrote on his Velder account", "the ministry's Velder channel". A platform or a channel where
 * something was said is where, not who: the firm behind it is an actor only where it acts ("Velder removed
 * the post"). "On" after a noun is about ("his comments on Keel"), and a name before "video" or "statement" is
 * who made it ("a Hamas video"), so only verbs of posting count before the name and the nouns of a platform's
 * parts after it.
 */
const MEDIUM_BEFORE =
  /\b(?:post(?:s|ed|ing)?|wr(?:ote|ites|iting)|shar(?:e|es|ed|ing)|tweet(?:s|ed|ing)?|said|says|announced|published|upload(?:s|ed|ing)?|stream(?:s|ed|ing)?|broadcast)\s+(?:(?:early|late|later|earlier)\s+)?(?:on|via)\s+(?:(?:his|her|their|its|the|an?)\s+)?(?:(?:official|personal|verified)\s+)?$/i;
const MEDIUM_AFTER = /^\s+(?:posts?|accounts?|pages?|channels?|feeds?|handles?|livestreams?)\b/i;

/** Whether a mention names the medium something was posted or said on. */
export function postedOn(text: string, m: Mention): boolean {
  return (
    MEDIUM_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start)) ||
    MEDIUM_AFTER.test(text.slice(m.end, m.end + 16))
  );
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

/**
 * A reporter credited in a caption or byline, in their present tense: "The BBC's Jane Roe explains what to
 * look for", "The Post's Analysis Editor Jane Roe looks at …", "BBC Africa correspondent Jane Roe has been
 * speaking to …", "…, writes the BBC's Jane Roe.", "…, the BBC's Jane Roe writes.", "Jane Roe reports from
 * Keel, where …". The name is who presents another piece (a video, a column), in a strip of them or above
 * one, not anyone the report is about; the other names of the caption tell its subject and stay. News
 * tells of a reporter in the past ("told the BBC's Jane Roe"), and a caption opens with "the" and its outlet
 * ("Keel's Mayor Jane Roe visits …" is a headline of news, not a caption).
 */
const SENTENCE_OPENS = String.raw`(?:^|[.!?]["”’]?\s+)`;
const OUTLET_OWN = String.raw`\p{Lu}[\p{L}&]*(?:\s+\p{Lu}[\p{L}&]*){0,2}['’]s?\s+`;
const JOB = String.raw`(?:\p{Lu}[\p{L}-]*\s+){0,3}`;
const CAPTION_VERB =
  'explains|looks|reports|finds|writes|analyses|analyzes|examines|assesses|considers|visits|meets|speaks|asks|' +
  'hears|joins|travels|investigates|returns|explores|discusses|reflects|unpacks|answers|takes a (?:closer )?look';
const REPORTER_BEFORE = new RegExp(
  `${SENTENCE_OPENS}(?:[Tt]he\\s+${OUTLET_OWN}${JOB}|(?:[Tt]he\\s+)?\\p{Lu}[\\p{L}&]*\\s+(?:[\\p{L}-]+\\s+){0,2}` +
    `(?:correspondent|editor|reporter|presenter)\\s+)$`,
  'u',
);
const CAPTION_AFTER = new RegExp(`^\\s+(?:has been \\p{Ll}+ing|${CAPTION_VERB})\\b`, 'u');
/** "…, writes the BBC's Jane Roe." and "…, the BBC's Jane Roe writes.": the byline closes its sentence. */
const WRITES_BEFORE = new RegExp(`\\bwrites\\s+(?:the\\s+)?${OUTLET_OWN}${JOB}$`, 'u');
const BYLINE_BEFORE = new RegExp(`,\\s+the\\s+${OUTLET_OWN}${JOB}$`, 'u');
const SENTENCE_ENDS = /^(?:[.!](?:\s|$)|$)/;
const WRITES_AFTER = /^\s+writes(?:[.!](?:\s|$)|$)/;

/** Whether a name mention of `text` is a reporter credited in a caption or byline. */
export function creditedReporter(text: string, m: Mention): boolean {
  // A span that holds the outlet's possessive too ("BBC’s Jane Roe") is read from the name after it.
  const glued = /^(.*['’]s?\s+)\p{Lu}[^'’]*$/u.exec(m.text);
  const before = text.slice(Math.max(0, m.start - 80), m.start) + (glued?.[1] ?? '');
  const after = text.slice(m.end, m.end + 24);
  if (REPORTER_BEFORE.test(before) && CAPTION_AFTER.test(after)) return true;
  if (WRITES_BEFORE.test(before) && SENTENCE_ENDS.test(after)) return true;
  if (BYLINE_BEFORE.test(before) && WRITES_AFTER.test(after)) return true;
  return (
    new RegExp(`${SENTENCE_OPENS}$`, 'u').test(before) && /^ reports from \p{Lu}[^.!?]{0,40},/u.test(after)
  );
}
