import type { Entity, Mention } from '../../core/analysis.js';
import {
  afterTitleThe,
  facilityAfterTitle,
  BEFORE_NAME,
  BODY_NOUN,
  bodyNounAfterName,
  cutBeforeRest,
  headlineAfterSurname,
  pieceOfQuotedTitle,
} from './name-bounds.js';
import { abbreviatesCommonPhrase, acronymReachesBefore } from './abbreviations.js';
import { looksLikeName } from './name-shape.js';
import { groupModifier, introducedAsProduct, postedOn, thingWon } from './roles-of-names.js';
import {
  endOfChiefOffice,
  introducedAsPlatform,
  opensPersonName,
  usStateNamesake,
  workByApposition,
  workOrPrizeByName,
} from './kinds-of-names.js';

/**
 * What never becomes an actor, whatever the name tagger said, among the mentions `content.ts` counts
 * (outside page furniture, datelines and credits): names that are not names (words in lower case, figures, a
 * sentence swallowed whole), credits and site chrome ("Market data provided by …", "All Rights Reserved",
 * "Email Address Password"), and mentions of kinds that are not actors at all (a demonym, a tournament:
 * entity type `other`).
 */

/**
 * A US legislator's party and state, "(R-Ky.)", "D-N.H.", or a title's abbreviation read alone ("Sen.",
 * "Gov."): a tag beside a name, not one.
 */
const PARTY_TAG = /^(?:[RDI]-\p{Lu}[\p{L}.]*|(?:sen|rep|gov|gen|lt|col|sgt|capt|prof|dr|mr|mrs|ms|st)\.?)$/iu;

/**
 * Whether a name is a common word or phrase the article writes in lower case at least as often as it names
 * it ("Analysis", "Work", "Food Security" read as names at the head of a line or in a title): a name is written
 * capitalised wherever it stands, and "Brown" named ten times is not undone by one brown coat.
 */
function commonWordIn(name: string, mentions: number, text: string, person: boolean): boolean {
  const words = name.trim().split(/\s+/);
  // "Will Still" is someone, however his name reads in lower case.
  if ((person && words.length > 1) || !words.every((word) => /^\p{Lu}\p{Ll}+$/u.test(word))) return false;
  return wholeWordCount(text, words.join(' ').toLowerCase(), mentions) >= mentions;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * How often `word` stands in `text` as a whole word, counted up to `enough`. A scan, not a regular expression
 * built from the word: a word of untrusted text can be long enough to make such an expression too large.
 */
function wholeWordCount(text: string, word: string, enough: number): number {
  let count = 0;
  for (let at = text.indexOf(word); at >= 0 && count < enough; at = text.indexOf(word, at + 1)) {
    const before = at > 0 ? text[at - 1]! : '';
    const after = text[at + word.length] ?? '';
    if (!WORD_CHAR.test(before) && !WORD_CHAR.test(after)) count++;
  }
  return count;
}

/** A possessive right before the head of a day kept, a prize or a tournament: "’s Day", "'s Cups". */
const HELD_IN_NAME_OF =
  /^['’]s (?:Day|Cups?|Prizes?|Awards?|Trophy|Medal|Championships?|Games|Shield|Stakes)\b/u;

/** Days and months, written capitalised before "the" in prose ("said on Tuesday the ministry …"). */
const DAY_OR_MONTH =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/i;

/** Titles whose "of" names a portfolio, not a body: "Minister of Justice", "Secretary of State". */
const PORTFOLIO_TITLE = /^(?:minister|ministry|secretary|department|office|commissioner|director)$/i;

/**
 * Whether a mention is a piece of a longer name the reading cut: a one-word name joined by a hyphen to a
 * capitalised word ("Lennon" of "Yaxley-Lennon"); a name after "of", "for" or "and" that follow a
 * capitalised word ("Council of Ministers", "Minister of Industry and Transport Kamel el Wazir"); and, for
 * what is not a person, a one-word name followed by a capitalised word or "of" and one ("Sussex
 * University", "Horn of Africa"), or a name right after a capitalised word ("News Agency" of "Sudan News
 * Agency"). A person's name follows titles ("President", "Minister") and is "of" a country, so those last
 * tests are not for people. A word of another name ("US" of "US State Department"), a possessive
 * ("Israel's"), a demonym ("Iraqi") or a title before it qualifies it and is not part of it.
 */
function fragmentOfName(text: string, m: Mention, person: boolean, others: readonly Mention[]): boolean {
  const oneWord = !/\s/.test(m.text.trim());
  const after = text.slice(m.end, m.end + 40);
  const window = text.slice(Math.max(0, m.start - 60), m.start);
  const heldByOther = (at: number) => others.some((o) => o.start <= at && o.end > at);
  // A possessive that opens a day kept or a prize is part of its name: "Valentine's Day", "Emperor's Cup".
  if (HELD_IN_NAME_OF.test(after)) return true;
  // A longer name may hold a hyphen ("Rabin Medical Center-Beilinson"); a one-word name cut at one is a piece,
  // and so is a name cut after one ("Meinhof Group" of the Baader-Meinhof Group), unless a name of its own
  // stands before the hyphen ("ECOWAS-United Nations mission", "the Birmingham City-Shrewsbury Town match").
  if (/\p{L}[-‐]$/u.test(window) && (oneWord || !heldByOther(m.start - 2))) return true;
  if (oneWord && /^[-‐]\p{Lu}/u.test(after)) return true;
  // A surname's particle after a given name leaves the surname a piece: "Doesburg" of "Leo van Doesburg",
  // "Berg" of "Jan ten Berg", "Santos" of "Ana dos Santos".
  if (
    /\p{Lu}[\p{L}.'-]* (?:van|von|de|der|den|ten|ter|te|du|da|do|dos|das|di|del|della|la|le|bin|ibn)\s$/u.test(
      window,
    )
  )
    return true;
  // A name goes on through an Arabic or French particle glued to its next word: "Bir" of "Bir al-Maksur",
  // "Musée" of "Musée d'Orsay". A person's given names cut before it ("Abdel Fattah" of "Abdel Fattah
  // al-Sisi") still name the person, so they stay.
  if ((oneWord || !person) && /^ (?:al|el|ad|as|ash|an|ar|at)[-‐]\p{Lu}|^ d['’]\p{Lu}/u.test(after))
    return true;
  const chain = /(?:^|\s)(\p{Lu}[\p{L}\p{N}.&-]*) (?:of|for|and) $/u.exec(window);
  if (chain && !BEFORE_NAME.test(chain[1]!) && !heldByOther(m.start - window.length + chain.index + 1))
    return true;
  // After "of" or "for" that follow a capitalised word, the name goes on whatever the tagger made of its
  // first part ("Justice" of the "High Court of Justice"), through a list of capitalised words ("Minister
  // of Information, Science, Technology, and Innovation"); after "of the" a body of its own often stands
  // ("the Governing Council of the European Central Bank"); a person's name after an office's ("Secretary
  // of State Marco Rubio") is not cut by this.
  const ofChain =
    /(\p{Lu}[\p{L}\p{N}.&’'-]*) (?:of|for) (?:(?:\p{Lu}[\p{L}’'-]*,? )*\p{Lu}[\p{L}’'-]*,? (?:and|&) )?$/u.exec(
      window,
    );
  // A holder's title is "of" a body ("CEO of Qualcomm", "President of the Constitutional Court"), but a
  // minister's or a secretary's is of a portfolio ("Minister of Justice", "Secretary of State").
  const holderOf = ofChain && BEFORE_NAME.test(ofChain[1]!) && !PORTFOLIO_TITLE.test(ofChain[1]!);
  if (!person && ofChain && !holderOf) return true;
  // "for the" goes on in a name ("Semi-Arid Tropics" of the "International Crops Research Institute for the
  // Semi-Arid Tropics") when a word, not a sentence's end, stands before its capitalised word ("Calls for
  // the European Union to act" opens a sentence).
  const forThe = /(?<=\p{L},?\s)(\p{Lu}[\p{L}\p{N}.&’'-]*) for the $/u.exec(window);
  if (!person && forThe && !BEFORE_NAME.test(forThe[1]!)) return true;
  if (acronymReachesBefore(text, m)) return true;
  if (!person && bodyNounAfterName(window, m.text)) return true;
  if (cutAtPossessiveOrNumber(text, m, person, window, heldByOther)) return true;
  // A given name cut before a middle initial: "Gerald" of "Gerald E. Connolly".
  if (person && oneWord && /^ \p{Lu}\. \p{Lu}/u.test(after)) return true;
  if (person) {
    // A name after a capitalised word that is no title, modifier or name of its own is the end of a longer
    // name: "Pass" of "Prepaid Pass", "Held" of a headline's "Protest Held". A name of several words is one
    // only when it ends in a common noun the article also writes in lower case ("Wage Peace" of the movement
    // "Women Wage Peace", where "peace" is written too) or in a body's noun ("Friendship Group" of a "…
    // Parliamentary Friendship Group"), and not after an abbreviation or an acronym, which
    // are titles more often than the list knows ("Sens.", "Hon.", "RHP", "CFO").
    const before = /(?:^|[\s"“(])(\p{Lu}[\p{L}\p{N}.&’'-]*) $/u.exec(window);
    if (before === null) return false;
    const word = before[1]!;
    const last = m.text.trim().split(/\s+/).pop()!;
    const commonEnd =
      !/\.$|^[\p{Lu}.]+$/u.test(word) &&
      /^\p{Lu}\p{Ll}+$/u.test(last) &&
      wholeWordCount(text, last.toLowerCase(), 1) > 0;
    return (
      (oneWord || commonEnd || BODY_NOUN.test(last)) &&
      !BEFORE_NAME.test(word.replace(/\.$/, '').split(/[-‐]/).pop()!) &&
      !/[’']s$|(?:[^aeiou]i|ian|ean|can|ese|ish)$|\p{Ll}{2}\.$/u.test(word) &&
      !/[.!?:;]\s*["“]?\s*$/.test(window.slice(0, window.length - before[0].length + 1)) &&
      !heldByOther(m.start - word.length - 1)
    );
  }
  const next = /^ (?:of (?:the )?)?(\p{Lu}[\p{L}.]*)/u.exec(after);
  // A title and a given name read as a body ("CEO Doug" of "CEO Doug McMillon") are cut like one word.
  const titled = /^(\S+) \S+$/u.exec(m.text.trim());
  const short = oneWord || (titled !== null && BEFORE_NAME.test(titled[1]!.replace(/\.$/, '')));
  if (short && next && !BEFORE_NAME.test(next[1]!) && !heldByOther(m.end + next[0].length - 1)) return true;
  // A longer name goes on with "for", "of" or "to" ("New Fund" of the New Fund for Cinema and Television,
  // "People's Congress" of the People's Congress of Resistance, a title's "Ideological Path to Submission").
  // Only a place or a country named there ends the name ("Ministry of Defence of Ukraine"); another name
  // the tagger cut there is the rest of this one ("Resistance" of the "People's Congress of Resistance").
  const goesOn = /^ (?:for|of|to) (?:the )?\p{Lu}\p{Ll}/u.exec(after);
  const at = m.end + (goesOn?.[0].length ?? 0) - 2;
  if (
    goesOn &&
    !others.some((o) => o.start <= at && o.end > at && (o.type === 'place' || o.type === 'country'))
  )
    return true;
  // A title goes on before its "the": "Press" of a programme's "Meet the Press", "Nation" of "Face the
  // Nation". A sentence's first word, a title, a day or a month, or a name of its own ("Fox News the
  // Pentagon …") before "the" is no part of the name after it.
  const theChain = /(?:^|[\s"“(])(\p{Lu}\p{Ll}+) the $/u.exec(window);
  if (
    theChain &&
    !BEFORE_NAME.test(theChain[1]!) &&
    !DAY_OR_MONTH.test(theChain[1]!) &&
    !/[.!?:;]\s*["“]?\s*$/.test(window.slice(0, window.length - theChain[0].length + 1)) &&
    !heldByOther(m.start - theChain[1]!.length - 5)
  )
    return true;
  const before = /(?:^|[\s"“(])(\p{Lu}[\p{L}\p{N}.&-]*) $/u.exec(window);
  // A word that ends a sentence ("on Monday. Oshoma and …") is no part of the name after it.
  if (!before || BEFORE_NAME.test(before[1]!) || /[’']s$|\p{Ll}{2}\.$/u.test(before[1]!)) return false;
  if (/(?:[^aeiou]i|ian|ean|can|ese|ish)$/.test(before[1]!)) return false;
  return !heldByOther(m.start - before[1]!.length - 1);
}

/**
 * Whether a name is cut where a longer one goes on through a plural's possessive or a number: a name ending
 * in a plural whose apostrophe leads on to a capitalised word ("Westminster Magistrates" of "Westminster
 * Magistrates' Court", "Workers' Party"); a name after a plural common noun's possessive that no name of its
 * own holds, after a capitalised word of the longer name ("Media Foundation" of the "International Women's
 * Media Foundation"; a name's own possessive, "Israel's", "Axios' Jane Roe", precedes a name of its own);
 * and a name followed by
 * a number, a designator or a rank ("GRU Unit" of "GRU Unit 26165", "Tottenham Hotspur 17th" of a league
 * table, "Paris 2024" of an event). A name of its own after the apostrophe ("the Eagles' Jalen Hurts")
 * leaves the team a name.
 */
function cutAtPossessiveOrNumber(
  text: string,
  m: Mention,
  person: boolean,
  window: string,
  heldByOther: (at: number) => boolean,
): boolean {
  if (person) return false;
  const after = text.slice(m.end, m.end + 24);
  if (/\p{Ll}s$/u.test(m.text) && /^['’] \p{Lu}\p{Ll}/u.test(after) && !heldByOther(m.end + 2)) return true;
  const possessor = /\p{Lu}[\p{L}&-]* \p{Lu}\p{Ll}*(?:\p{Ll}s['’]|(?:men|children|people)['’]s) $/u.test(
    window,
  );
  if (possessor && !heldByOther(m.start - 2)) return true;
  // A score after a team ("beat the Harbour Rovers 14-1") leaves the team whole.
  return /^ \d[\d,.]*(?:st|nd|rd|th)?(?![\p{L}\d])(?! ?(?:%|per ?cent|percent))(?![-–]\d)/u.test(after);
}

/**
 * A noun naming a work just before a name: "the film Jellyfish", "the series Wallace and Gromit", "the novel
 * called …". What follows is a title (or, after "character", someone in one), not an actor.
 */
const WORK_NOUN =
  'film|movie|documentary|docuseries|miniseries|series|sitcom|drama|thriller|biopic|sequel|book|novel|memoir|poem|' +
  'painting|album|song|musical|opera|podcast|episode|exhibition|video ?game|(?:TV|television|talk|radio|reality|game) show';
const WORK_BEFORE = new RegExp(
  `\\b(?:${WORK_NOUN}|character),?\\s+(?:(?:titled|called|entitled|named)\\s+)?(?:the\\s+)?["“‘']?$`,
  'i',
);
/**
 * A name performed and credited to its author: "played Morning Light by Ana Ruiz", "sang Home - a lullaby -
 * by …". What is played, sung or recited by someone is a work.
 */
const PERFORMED_BEFORE =
  /\b(?:play(?:s|ed|ing)?|sang|sings?|singing|perform(?:s|ed|ing)?|recit(?:es?|ed|ing))\s+(?:the\s+)?["“‘']?$/i;
const CREDITED_AFTER = /^["”’']?(?:\s*[-–—]\s*[^.!?]{0,40}?)?,?\s+by\s+\p{Lu}/u;
/** A work's noun in an apposition after the name: "Cracked Actor, his fly-on-the-wall documentary about …". */
const WORK_AFTER = new RegExp(
  `^,\\s+(?:his|her|their|its|the|a|an)\\s+(?:[\\p{L}-]+\\s+){0,3}(?:${WORK_NOUN})(?=\\s+(?:about|by|of|on|set|starring|directed|that|which)\\b|[,.;:)])`,
  'iu',
);
/**
 * A name after "a" or "an" (and at most one word) and before a comma or a preposition is a thing of a kind or
 * a member of a group, not an actor: "drove a stolen Jaguar around", "took an AP off someone", "Sen. James Risch, an Idaho Republican,".
 * ("a Hamas official" is not caught: there the name qualifies the noun after it.)
 */
const INDEFINITE_BEFORE =
  /\b(?:a|an)\s+(?:(?!(?:in|on|at|of|to|from|for|with|by|near|into|and|or|the|who|that)\s)\p{Ll}[\p{Ll}-]*\s+)?$/u;
const AFTER_THING =
  /^(?:[,.;:!?)]|\s+(?:who|which|that|in|on|at|around|from|with|to|for|of|off|out|into|onto|up|down|away|back|and|or)\b)/;
const OPENING_QUOTE = /["“‘']$/;
/** A closing quotation mark, not a possessive's apostrophe ("Biden's war"). */
const CLOSING_QUOTE = /^[.,!?]?["”’'](?!\p{L})/u;

/**
 * Whether a mention is a work's title: the whole of a quotation ("“Jellyfish”", "'Wallace and Gromit'") or
 * named by a noun of works ("the film Jellyfish", "the character Overby"). News quotes titles; it does not quote the names of the
 * people and bodies it reports on.
 */
function titleOfWork(text: string, m: Mention): boolean {
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  const after = text.slice(m.end, m.end + 3);
  return (
    (OPENING_QUOTE.test(before) && CLOSING_QUOTE.test(after)) ||
    WORK_BEFORE.test(before) ||
    (PERFORMED_BEFORE.test(before) && CREDITED_AFTER.test(text.slice(m.end, m.end + 60))) ||
    // "“Next Stop” by Benjamin Resnick, a debut novel …": after "by" it is the author's name.
    (!/\bby\s+$/.test(before) && WORK_AFTER.test(text.slice(m.end, m.end + 80)))
  );
}

/**
 * A thing named after a person: "the Tommy John procedure", "Tourette syndrome", "the Monroe doctrine". The
 * name before such a noun qualifies it; the person is not named as taking part in anything.
 */
const EPONYM_AFTER =
  /^(?:['’]s)?[ -](?:procedure|surgery|operation|syndrome|disease|disorder|effect|doctrine|principle|theorem|equation|scale|method|technique|manoeuvre|maneuver|rule|curve|test)s?\b/u;

/**
 * A gathering named after its name: "Microsoft's annual Build conference", "the AVC Women's U16 championship".
 * Written before such a noun alone, a name read as a person or a place is the event's, not an actor taking
 * part; a body's name there is who holds it ("the Arab League summit").
 */
const EVENT_AFTER =
  /^(?:['’]s?)?\s+(?:conference|summit|festival|championships?|tournament|expo|fair|gala|ceremony|marathon|parade|convention)s?\b/u;

/**
 * An event, not an actor: a name whose last words are a kind of gathering or contest ("the Pride Parade",
 * "Glastonbury Festival", "the London Marathon", "the Monaco Grand Prix", "the FA Cup"). Those who hold it
 * are named otherwise.
 */
const EVENT_HEAD =
  /(?:^|\s)(?:Parade|Festival|Carnival|Marathon|Ceremony|Concert|Summit|Expo|Gala|Pageant|Procession|Vigil|Grand Prix|Cup|Olympics|Paralympics|Championships|Tournament|Grand Slam|Regatta)s?$/u;

/**
 * Two names glued at a possessive: "BBC’s Laura Bicker", "Reuters' Jane Roe", read as one person. The
 * reporter is a person and the broadcaster a body; the span is neither. An apostrophe that ends a word of a
 * name ("Mohammed Shia’ al-Sudani") is no possessive.
 */
const GLUED_AT_POSSESSIVE = /\p{L}(?:['’]s|s['’])\s+\p{Lu}/u;

/**
 * A break between two blocks of a page inside a name's span: a line break, or the run of spaces a page's
 * blocks leave when their markup is stripped ("Scorecard  England's new era", a table's last cell run into
 * the next paragraph). Prose puts one space between a name's words; what spans a break is two blocks glued.
 */
const BLOCK_BREAK = /\S(?: {2,}|\s*[\r\n]\s*)\S/u;

/**
 * A word an article explains ("AP referred to a watch brand", "ICE stands for …", "quid is slang for …"): a
 * term defined, not an actor doing something.
 */
const DEFINED_AFTER =
  /^["”’']?\s+(?:refers|referred|stands|stood)\s+(?:to|for)\b|^["”’']?\s+(?:is|was)\s+(?:short|slang|code)\s+for\b/u;

/**
 * Whether a mention names a thing of a kind or one of a group ("a stolen Jaguar", "an Idaho Republican"), or
 * is a term the article defines.
 */
function indefinite(text: string, m: Mention): boolean {
  return (
    (INDEFINITE_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start)) &&
      AFTER_THING.test(text.slice(m.end, m.end + 12))) ||
    DEFINED_AFTER.test(text.slice(m.end, m.end + 24))
  );
}

/**
 * Whether an article's entity, with its content mentions, may be an actor. `all` are the article's
 * mentions of every entity, which tell a word of another name from a piece of this one.
 */
export function mayBeActor(
  entity: Entity,
  mentions: readonly Mention[],
  text = '',
  all: readonly Mention[] = [],
): boolean {
  if (entity.type === 'other') return false;
  // Named only where it does not count (a photo credit, furniture) and then referred to by a pronoun
  // ("(credit: REUTERS/KEN CEDENO) … he said" read as one person): no name left, no actor.
  // What the name's own mentions show; a pronoun the reading joined to a piece of a name ("at Seventh
  // Heaven … he") says nothing of where the name stands or how it is written.
  const written = mentions.filter((m) => m.kind !== 'pronoun');
  if (written.length === 0) return false;
  // A country's name that opens a person's, or a US state's of the same name, is not the country.
  if (
    entity.type === 'country' &&
    text !== '' &&
    (written.every((m) => opensPersonName(m, all)) || usStateNamesake(entity, written, text, all))
  )
    return false;
  // A country or government is known by code, not by how its name is written.
  if (entity.type === 'country' || entity.stands === 'government') return true;
  if (
    PARTY_TAG.test(entity.name.trim()) ||
    commonWordIn(entity.name, written.length, text, entity.type === 'person')
  )
    return false;
  const others = all.filter((o) => o.entityId !== entity.id);
  const person = entity.type === 'person';
  const piece = (m: Mention) =>
    fragmentOfName(text, m, person, others) ||
    cutBeforeRest(text, m, person) ||
    afterTitleThe(text, m, person) ||
    facilityAfterTitle(text, m) ||
    pieceOfQuotedTitle(text, m) ||
    endOfChiefOffice(text, m);
  if (written.every(piece)) return false;
  const medium = entity.type !== 'place';
  const thing = (m: Mention) =>
    titleOfWork(text, m) ||
    indefinite(text, m) ||
    thingWon(text, m) ||
    groupModifier(text, m) ||
    workByApposition(text, m) ||
    (medium && (postedOn(text, m) || introducedAsPlatform(text, m)));
  if (text !== '' && written.every(thing)) return false;
  // Introduced once as a drug or an app, a name is one wherever else the article writes it.
  if (text !== '' && written.some((m) => introducedAsProduct(text, m))) return false;
  if (text !== '' && written.every((m) => EPONYM_AFTER.test(text.slice(m.end, m.end + 16)))) return false;
  const eventName = (m: Mention) => EVENT_AFTER.test(text.slice(m.end, m.end + 16));
  if (text !== '' && entity.type !== 'organisation' && written.every(eventName)) return false;
  if (EVENT_HEAD.test(entity.name.trim()) || workOrPrizeByName(entity)) return false;
  if (entity.type === 'person' && GLUED_AT_POSSESSIVE.test(entity.name)) return false;
  const named = mentions.filter((m) => m.kind !== 'pronoun' && m.kind !== 'title');
  if (text !== '' && named.length > 0 && named.every((m) => BLOCK_BREAK.test(text.slice(m.start, m.end))))
    return false;
  if (entity.type === 'person' && headlineAfterSurname(entity.name, others)) return false;
  if (text !== '' && mentions.some((m) => abbreviatesCommonPhrase(text, m, all))) return false;
  return looksLikeName(entity.name, entity.type);
}
