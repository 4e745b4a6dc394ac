import type { Entity, Mention } from '../../core/analysis.js';

/**
 * What a name's own words, or the words around it, show it to be when that is no actor: a work's title (a
 * film, a game, a show), a prize, a platform people post on, a piece of a person's name that a country's name
 * opens, and a US state read as the country of the same name. Grammar and general words, not lists of names.
 */

/**
 * A name opened by a capitalised article is a title: "A Minecraft Movie", "An Ordinary Life". No person's or
 * body's name begins with "A" or "An"; a place's may ("A Coruña"), so places are not asked.
 */
const OPENED_BY_ARTICLE = /^(?:A|An)\s+\p{Lu}/u;

/** The last word of a work's or a prize's name: "… Movie", "… Podcast", "… Show", "… Prize", "… Trophy". */
const WORK_OR_PRIZE_HEAD =
  /\s(?:Movie|Podcast|Musical|Docuseries|Miniseries|Show|Prizes?|Awards?|Trophy|Medal|Cup)$/u;

/** Whether a name's own words make it a work or a prize. */
export function workOrPrizeByName(entity: Entity): boolean {
  const name = entity.name.trim();
  if (entity.type !== 'place' && OPENED_BY_ARTICLE.test(name)) return true;
  return entity.type !== 'country' && WORK_OR_PRIZE_HEAD.test(name);
}

/**
 * What a work does in an apposition after its title: "Hora, which examines …", "Keel Nights, which stars …".
 * A body examines too, but only a work premieres, stars someone, is set somewhere or tells a story; the
 * verbs of examining count only after someone's possessive ("Ana Ruiz's Hora, which explores …"): a
 * person's documentary, not a person's body.
 */
const WORK_DOES =
  /^,\s+(?:which|that)\s+(?:stars|starred|starring|premiered|premieres|debuted|depicts|depicted|portrays|portrayed|chronicles|chronicled|tells the story|is set|was set|was filmed|was directed|is directed)\b/u;
const WORK_EXAMINES = /^,\s+(?:which|that)\s+(?:examines|examined|explores|explored)\b/u;
const AFTER_POSSESSIVE = /\p{L}['’]s\s+$/u;

/** Whether a mention's apposition says it is a work. */
export function workByApposition(text: string, m: Mention): boolean {
  const after = text.slice(m.end, m.end + 40);
  if (WORK_DOES.test(after)) return true;
  return WORK_EXAMINES.test(after) && AFTER_POSSESSIVE.test(text.slice(Math.max(0, m.start - 40), m.start));
}

/**
 * A platform named by its kind right before the name: "on social media site Velder, a user said", "the
 * messaging platform Keel". Where something was posted is where, not who. The firm behind a platform is
 * written otherwise ("the social media giant", "the company").
 */
const PLATFORM_BEFORE =
  /\b(?:social[- ]media|social[- ]networking|microblogging|video[- ]sharing|messaging|chat)\s+(?:site|platform|network|service|app)s?,?\s+$|\bsocial network,?\s+$/i;

/** Whether a mention is introduced as a platform. */
export function introducedAsPlatform(text: string, m: Mention): boolean {
  return PLATFORM_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start));
}

/**
 * A country's name that opens a longer name the reading cut in two: "Georgia" of "Georgia Meadows", "Israel"
 * of "Israel Katz", the other name's mention (a person's, a body's, or one the reading could not type)
 * beginning right after it. Titles between them ("US President Joe Roe") leave the country its own
 * mention; so does a country or a place after it ("Russia Ukraine war" of a headline).
 */
export function opensPersonName(m: Mention, all: readonly Mention[]): boolean {
  return all.some(
    (o) =>
      o.kind === 'name' &&
      o.type !== 'country' &&
      o.type !== 'place' &&
      o.entityId !== m.entityId &&
      o.start === m.end + 1,
  );
}

/**
 * Countries whose name a US state bears too, with the words that only the country's reports write (its
 * demonym, its capital, its regions). "Georgia" in a report that names the United States, or right after a
 * town and a comma ("Atlanta, Georgia"), and writes none of them, is the state.
 */
const STATE_NAMESAKES: ReadonlyMap<string, RegExp> = new Map([
  ['Georgia', /\b(?:Georgians?|Tbilisi|Batumi|Caucasus|Abkhazia|Ossetia|Kobakhidze|Georgian Dream)\b/u],
]);
const UNITED_STATES = /^(?:the\s+)?(?:US|U\.S\.|USA|United States(?: of America)?|America)$/u;
const TOWN_COMMA = /\p{Lu}[\p{L}.'-]+,\s$/u;

/** Whether a country's mentions in `text` are all a US state's of the same name. */
export function usStateNamesake(
  entity: Entity,
  written: readonly Mention[],
  text: string,
  all: readonly Mention[],
): boolean {
  const markers = STATE_NAMESAKES.get(entity.name.trim());
  if (entity.type !== 'country' || markers === undefined || markers.test(text)) return false;
  const namesUs = all.some((o) => o.type === 'country' && UNITED_STATES.test(o.text.trim()));
  return namesUs || written.every((m) => TOWN_COMMA.test(text.slice(Math.max(0, m.start - 30), m.start)));
}

/**
 * The last word of an office "Chief of …": "Staff" of "the Chief of Staff's idea", "Police" of "Chief of
 * Police Ana Ruiz", "Defence" of "Chief of Defence Staff". The word is the office's, not a body acting.
 */
const CHIEF_OF = /\bChiefs?\s+of\s+(?:the\s+)?(?:General\s+|Defen[cs]e\s+|Naval\s+)?$/u;
const OFFICE_TAIL = /^(?:Staff|Police|Protocol|Mission|Operations|Defen[cs]e|Security|Intelligence)$/u;

/** Whether a one-word mention ends an office "Chief of …". */
export function endOfChiefOffice(text: string, m: Mention): boolean {
  return OFFICE_TAIL.test(m.text.trim()) && CHIEF_OF.test(text.slice(Math.max(0, m.start - 32), m.start));
}

/**
 * Last words of names that are an event as often as the body that holds it: "the Astana International
 * Forum", "the Enhanced Games", "the Mexico Open", "London Fashion Week", and "the Games" alone. Such a name
 * is an actor only where its article treats it as one (see `eventByItsHead`); hosted, attended, held or
 * dated ("will host the Astana International Forum from May 29-30", "After the Games, …") it is the event.
 */
const EVENT_OR_BODY_HEAD = /(?:^|\s)(?:Forum|Games|Conference|Open|Week|Symposium|Dialogue|Meeting)$/u;

/**
 * A body's head, members or word after its name's possessive ("the Forum's chairman", "the Forum's
 * statement"): an event has none.
 */
const BODY_POSSESSIVE_AFTER =
  /^['’]s\s+(?:president|chair(?:man|woman|person)?|founder|co-founder|director|head|chief|ceo|spokes(?:man|woman|person)|organi[sz]ers?|statement|members?|board|secretary|website)\b/u;

/**
 * Whether a name whose head is an event's noun stands for the event everywhere its article writes it: no
 * mention of it is the subject that says or does something (`acts`, from the parse: "the Enhanced Games
 * announced …", "the Forum asserted …") nor has a body's head or word.
 */
export function eventByItsHead(
  entity: Entity,
  written: readonly Mention[],
  text: string,
  acts: (m: Mention) => boolean,
): boolean {
  if (!EVENT_OR_BODY_HEAD.test(entity.name.trim())) return false;
  return !written.some((m) => acts(m) || BODY_POSSESSIVE_AFTER.test(text.slice(m.end, m.end + 40)));
}
