import type { EntityType } from '../../core/analysis.js';
import { lookupName } from '../../stages/entities/gazetteer.js';

/**
 * Whether a name, on its own, is shaped like an actor's name: capitalised words (particles apart), no bare
 * figures, no credits or site chrome, no sentence opener, headline, festival, rite, operation, faith or office.
 */

/** Lower-case words a real name may hold: "Bank of England", "Abu Bakr al-Baghdadi", "Ursula von der Leyen". */
const NAME_PARTICLES = new Set([
  'of',
  'the',
  'and',
  'for',
  'de',
  'del',
  'della',
  'der',
  'den',
  'ten',
  'ter',
  'di',
  'da',
  'do',
  'dos',
  'du',
  'la',
  'le',
  'les',
  'van',
  'von',
  'al',
  'el',
  'bin',
  'ibn',
  'bint',
  'ben',
  'abu',
  'y',
  'e',
  'on',
  'in',
  'at',
  'to',
  'und',
  'st',
]);

/** Words of credits, notices and site chrome: a name holding one is furniture, not an actor. */
const CHROME =
  /©|\b(?:rights reserved|copyright|password|e-?mail address|newsletter|subscribe|sign up|log ?in|cookies?|market data|data provided|stock quotes|quotes delayed|privacy policy|terms of (?:use|service)|advertisement|click here|read more|javascript|remember me)\b/i;

/**
 * Words that open a sentence, not a name: "No Shavuot", "But Rubio" are a sentence's first word glued to
 * the name after it.
 */
const SENTENCE_OPENER =
  /^(?:no|but|and|if|when|while|so|yet|or|then|now|here|there|this|that|these|those|after|before|although|because|since|why|how|what|where|who)$/i;

/**
 * Words that end the name of an office rather than of someone: "FAO Representative", "Toyota North America
 * COO". After "the" or "of" such a word names a body's seat ("Office of the President"), so it is left there.
 */
const OFFICE =
  /^(?:commander|chief|governor|representative|spokes(?:person|man|woman)|official|correspondent|minister|secretary|ambassador|envoy|director|chair(?:man|woman|person)?|rapporteur|commissioner|coordinator|advis[eo]r|president|ceo|cfo|coo|cto)$/i;

/**
 * Offices whose name ends in "General" after the office's own noun: "Advocate General", "Surgeon General",
 * "Coordinator General" ("the IDF Military Advocate General", "the National Cadet Coordinator General").
 * "Massachusetts General" (a hospital) or "General" after a place is no office.
 */
const OFFICE_GENERAL =
  /^(?:advocate|attorney|surgeon|secretary|director|inspector|coordinator|auditor|solicitor|accountant|postmaster|consul|registrar|procurator|prosecutor|comptroller|controller|paymaster|adjutant|quartermaster|governor)$/i;

/**
 * Last words of names that are not actors: a body of law, a bill or an accord ("International Humanitarian
 * Law", "the US Constitution", "the Finance Bill", "the First Amendment", "Paris Agreement", "the Maputo
 * Protocol"), a doctrine, a day kept ("Africa Day"), a prize or a tournament, a period or a rule
 * over a land ("the British Mandate", "the Ottoman Era"), a war, an uprising, a vote or a gathering held
 * ("Six-Day War", "Brexit Referendum", "Riyadh Summit"). Those no surname ends with ("Alien Enemies Act",
 * "the Maputo Protocol", "the Harbour Book Prize") are checked whatever type the reading gave the name.
 */
const NOT_ACTOR_HEAD =
  /^(?:law|act|constitution|bill|amendment|protocol|directive|doctrine|treaty|agreement|accords?|convention|charter|day|prize|awards?|cup|championships?|mandate|era|war|wars|revolution|intifada|uprising|referendum|elections?|summit|festival|contest|tournament|marathon|olympics|pandemic)$/i;
const NOT_ACTOR_HEAD_ANY =
  /^(?:act|constitution|doctrine|treaty|agreement|accords|convention|charter|mandate|intifada|referendum|olympics|pandemic|protocol|prize|prizes|award|awards|tournament)$/i;

/**
 * Plural nouns of peoples, faiths and members: "Hasidic Jews", "Arab Israelis", "British MPs" name a group of
 * people, not one actor. Demonyms' plurals in -ians ("Palestinians", "Canadians") are caught by their shape.
 */
const PEOPLE_PLURAL_WORD =
  /^(?:jews|muslims|christians|arabs|catholics|protestants|hindus|sikhs|buddhists|kurds|settlers|blacks|whites|mps|lawmakers|legislators|americans|africans|europeans|koreans|mexicans|afghans|israelis|iraqis|pakistanis|saudis|yemenis|somalis|qataris|emiratis|kuwaitis)$/i;
const PEOPLE_PLURAL = new RegExp(`${PEOPLE_PLURAL_WORD.source}|^\\p{L}{3,}ians$`, 'iu');

/**
 * Peoples, sects and communities of faith named as a whole or by one member ("every Jew"), and, for what is
 * not a person (a given name may
 * be "Christian"), a faith's adjective alone: "the Druze", "Sunnis", "the Nation of Israel", "Am Yisrael",
 * "Orthodox", "the Diaspora"; and the countries of a half of the world, "the Global South". A group, not one
 * actor.
 */
const PEOPLE_OR_SECT =
  /^(?:jew|druze|bedouins?|yazidis?|alawites?|rohingya|uyghurs?|hutus?|tutsis?|maasai|afrikaners?|sunnis?|shias?|shiites?|haredim|haredi|hasidim|amish|orthodox|evangelicals?|copts?|maronites?|am yisrael|(?:the )?nation of israel|(?:the )?jewish people|ummah|(?:the )?diaspora|(?:the )?global (?:south|north))$/i;
const FAITH_ADJECTIVE = /^(?:christian|jewish|muslim|catholic|protestant)$/i;

/**
 * Dishes and drinks: a menu's names are capitalised ("the Chili Pepper Quiche", "a Basque Cheesecake",
 * "Essence Rosé"), and a name of several words ending in one is a product, whatever type the reading gave it.
 */
const DISH =
  /^(?:quiche|lemonade|sundae|whopper|cheesecake|cake|pie|tart|rosetta|croissant|bagel|muffin|cupcake|brownie|pudding|gelato|smoothie|latte|cappuccino|sandwich|burrito|taco|kebab|noodles|ramen|sushi|soup|pastry|cocktail|rosé)s?$/i;

/**
 * Abstract nouns of a field or a cause, the head of a common phrase or of a body's name cut short ("Animal
 * Health" of the "World Organisation for Animal Health", "AI Security" read as "Al Security", "Disease
 * Control" of the "Centers for Disease Control"): no surname is one of these, so a person's name ending in one
 * is no person. ("Research" is left out: a firm's name ends in it, "… Research", typed a person.)
 */
const FIELD_NOUN =
  /^(?:health|security|safety|welfare|policy|affairs|studies|relations|development|management|education|technology|innovation|agriculture|infrastructure|environment|economy|governance|sustainability|resilience|cooperation|diplomacy|nutrition|wellbeing|well-being|sciences?|control|engineering|medicine|economics|physics|chemistry|mathematics|biology|statistics)$/i;

/**
 * Faiths, the divine, their scriptures and symbols: named like bodies, places or people, but no actors of the
 * news ("true Christianity", "Satan", "Hashem" (the Name, in Hebrew), "the Holy Quran", "Star of David necklaces").
 */
const FAITH_OR_DEITY =
  /^(?:christianity|islam|judaism|buddhism|hinduism|catholicism|protestantism|god|allah|hashem|satan|the devil|devil|the lord|lord|(?:the )?(?:holy )?(?:quran|qur[’']an|koran|bible|torah|talmud|gospels?|hadiths?|tanakh|vedas?)|(?:the )?(?:new|old) testament|star of david|swastika)$/i;

/**
 * Feasts, festivals, days kept and the eve of one, named like places or bodies but no actors: "in celebration
 * of Shavuot", "on Erev Rosh Chodesh", "marking the Nakba"; and events known by one name, "Brexit", "the
 * Holocaust".
 */
const FESTIVAL =
  /^(?:brexit|(?:the )?holocaust|(?:the )?shoah|erev [\p{L} ]+|rosh chodesh(?: \p{L}+)?|nakba|shabbat|sabbath|shavuot|passover|pesach|sukkot|purim|hanukk?ah|chanukah|yom kippur|rosh hashanah?|ramadan|eid(?: al-(?:fitr|adha))?|christmas|easter|lent|diwali|nowruz|thanksgiving|halloween)$/iu;

/**
 * Rites and prayers, named like people or places but no actors: "circling the Kaaba in Tawaf", "the Brit
 * Milah", "reciting Yizkor", "Tefilat Haderech" (the traveller's prayer).
 */
const RITE =
  /^(?:tawaf|hajj|umrah|iftar|suhoor|tarawih|brit milah|bris|bar mitzvah|bat mitzvah|kiddush|kaddish|yizkor|havdalah|tefilat haderech|eucharist|seder)$/i;

/**
 * A named operation ("Operation Gideon's Chariots", "Operation Solomon", "the Al-Aqsa Storm Operation", "the
 * Special Military Operation") is what was done, an event: those who carried it out are named otherwise.
 */
const OPERATION = /^Operation\s+\p{Lu}|\p{Lu}[\p{L}'’-]*\s+Operation$/u;

/**
 * Capitalised function words that a headline's title case gives its words but a name never holds:
 * "Africa During Visit" is cut from a headline ("Doctors Without Borders" holds "Without", so it is not here).
 */
const HEADLINE_WORD = /^(?:during|amid|despite|following|ahead|after|before|against|versus|vs\.?)$/i;

/**
 * Verbs a headline's title case capitalises ("Sheikho Killed in Sudan Drone Attack", "Protest Held in
 * London", "Mel Stride Says"): a name's later word is never one of these.
 */
const HEADLINE_VERB =
  /^(?:hosts|raises|deepens|mulls|backs|blasts|hails|nears|eyes|hikes|lifts|beats|tops|killed|held|felt|says|said|dies|died|wins|won|slams|warns|urges|vows|calls|hits|seeks|gets|takes|faces|arrested|injured|wounded|detained|released|named|appointed|sentenced|charged|jailed|banned|approved|rejected|launched|announced|expected|reported|confirmed|denied|accused|sued|fined|fired|elected|freed|kidnapped|abducted|attacked|targeted|bombed|struck|destroyed|damaged|opens|closes|begins|ends|returns|meets|visits|signs|unveils|condemns|welcomes|rejects|announces|launches|reveals)$/i;

/**
 * Titles and offices: a name made of these alone ("Chairperson", "Mr. President", "Associate Professor
 * Emeritus", "Prime Minister") names an office, not who holds it.
 */
const TITLE_WORD =
  /^(?:maj|adm|gen|col|lt|sgt|capt|cmdr|brig|v|mr|mrs|ms|dr|madam|sir|president|vice|deputy|acting|prime|first|chief|executive|minister|secretary|general|chair(?:man|woman|person)?|ceo|cfo|coo|director|spokes(?:man|woman|person)|commissioner|governor|mayor|senator|speaker|ambassador|envoy|representative|official|coordinator|rapporteur|advis[eo]r|professor|prof|associate|assistant|emeritus|senior|head|leader|founder|manager|managing|partner|coach|captain|commander|king|queen|prince|princess|pope|patriarch|archbishop|cardinal|ayatollah|rabbi|imam|sheikh|judge|attorney|counsel|vp)$/i;

const WEEKDAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;

/**
 * Languages, read as a person or a body when they stand alone as a subject or an object ("Persian is a rich
 * language", "lessons in Swahili"). Languages that are also common surnames ("French", "English") are left out.
 */
export const LANGUAGE =
  /^(?:persian|farsi|arabic|hebrew|yiddish|swahili|amharic|tigrinya|urdu|hindi|bengali|punjabi|tamil|pashto|dari|mandarin|cantonese|latin|spanish|portuguese|italian|russian|ukrainian|turkish|japanese|korean|chinese|kurdish|hausa|yoruba|igbo|zulu|xhosa)$/i;

/**
 * Words that are no one's name alone: pronouns ("Himself", "Myself"), numbers ("Zero by 30"), compass points
 * and political sides, which name a direction relative to the text ("the South" of Israel, of Korea; "the
 * Left").
 */
const NOT_A_NAME =
  /^(?:i|me|my|myself|you|your|yourself|he|him|himself|she|her|herself|it|itself|we|us|our|ourselves|they|them|themselves|zero|one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|billion|north|south|east|west|left|right|centre|center)$/i;

/**
 * First and second person pronouns inside a name of several words: a title or a slogan ("Ask Me Anything",
 * "Don't Look Up"), not an actor's name ("Our Lady of Lourdes" names a church).
 */
const PERSONAL_PRONOUN = /^(?:I|Me|My|You|Your|We|Our|Us)$/;

/**
 * Abbreviations of common nouns, not of anyone's name: "AI" (artificial intelligence), "GDP", "CEO", "PTSD";
 * and "OK".
 */
const COMMON_ABBREVIATION =
  /^(?:OK|AI|GDP|CEO|CFO|EVs?|IT|PR|TV|GMT|UTC|PhD|MPs?|IVF|DNA|VAR|PTSD|HIV|AIDS|ADHD|OCD|COVID(?:-19)?|DEI|ESG|CPI|VAT|LGBTQ?\+?)$/;

/**
 * The people of a place named by its name and "-ers": "Hong Kongers", "New Yorkers", "Londoners",
 * "Icelanders". A group of people, not one actor; a surname in "-ers" ("Rogers", "Summers") names no place.
 */
function inhabitantsOfPlace(words: readonly string[]): boolean {
  const last = words[words.length - 1]!;
  if (!/^\p{Lu}\p{Ll}+ers$/u.test(last)) return false;
  const entry = lookupName([...words.slice(0, -1), last.slice(0, -3)].join(' '));
  return entry !== null && entry.kind !== 'demonym' && entry.kind !== 'organisation';
}

/** Titles that, inside a name not a person's, glue an office and a name ("Jewish Agency Chairman Maj"). */
const TITLE_INSIDE =
  /^(?:chairman|chairwoman|chairperson|ceo|president|minister|secretary|director|spokes(?:man|woman|person)|commissioner|governor|mayor)$/i;

/**
 * Whether a name is shaped like the name of one actor rather than something else capitalised: an idea
 * ("Zionism"; "United Torah Judaism" is a party), a law or accord, a dish, a group of people ("Blacks", "the Druze"), a common noun's
 * abbreviation ("AI"), an office glued to a name, two names joined by "and" ("National Library and
 * Maccabi World Union"; "Food and Drug Administration" and "Department of Health and Human Services" are
 * one name: one side is a single word, or the first holds "of"), or text with a bracket cut open
 * ("Kavkazim [Jews"; "Jacob (Kobi) Richter" is a name).
 */
function namesOneActor(words: readonly string[], person: boolean): boolean {
  const last = words[words.length - 1]!;
  const whole = words.join(' ');
  if (PEOPLE_OR_SECT.test(whole) || (!person && FAITH_ADJECTIVE.test(whole))) return false;
  if (inhabitantsOfPlace(words)) return false;
  // Alone, the head is a piece of the name it ends ("Accords" of the "Abraham Accords").
  if (NOT_ACTOR_HEAD_ANY.test(last)) return false;
  if (words.length > 1 && DISH.test(last)) return false;
  // A clock time or a time code ("00:01:00") is no name.
  if (words.some((w) => /\d:\d/.test(w))) return false;
  // An abbreviation's plural ("NGOs", "IPOs", "GPUs") counts things of a kind; one actor's initials take no "s".
  if (words.length === 1 && /^\p{Lu}{2,}s$/u.test(last)) return false;
  // "Lucy Law" is someone: a person's surname may be any word, but one word alone is no plural of a people,
  // and no surname is the plural of a faith or a people ("Hasidic Jews") or a field's noun ("Animal Health").
  if (person && words.length === 1 && PEOPLE_PLURAL.test(last)) return false;
  if (person && words.length > 1 && (PEOPLE_PLURAL_WORD.test(last) || FIELD_NOUN.test(last))) return false;
  if (!person) {
    if ((words.length === 1 && /^\p{Lu}\p{Ll}{3,}ism$/u.test(last)) || PEOPLE_PLURAL.test(last)) return false;
    if (words.length === 1 && COMMON_ABBREVIATION.test(last)) return false;
    if (words.length > 1 && NOT_ACTOR_HEAD.test(last)) return false;
    if (words.some((w, i) => i > 0 && TITLE_INSIDE.test(w) && !/^(?:the|of)$/i.test(words[i - 1]!)))
      return false;
  }
  // Two names are two whole names: the second of three words or more, or opened by "the".
  const and = words.indexOf('and');
  const second = words.slice(and + 1);
  if (
    and >= 2 &&
    (second.length >= 3 || (second.length >= 2 && second[0] === 'the')) &&
    !words.slice(0, and).some((w) => /^(?:of|the|for)$/.test(w))
  )
    return false;
  const count = (pattern: RegExp) => words.join(' ').match(pattern)?.length ?? 0;
  return count(/\(/g) === count(/\)/g) && count(/\[/g) === count(/\]/g);
}

/**
 * Whether a name is shaped like a name: capitalised words (particles apart), no bare figures, one actor's
 * (a person's surname may be any word, so the heads that are no actor's are not checked for people).
 */
export function looksLikeName(name: string, type: EntityType | null = null): boolean {
  if (CHROME.test(name)) return false;
  const words = name.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 7) return false;
  if (!namesOneActor(words, type === 'person')) return false;
  if (words.length > 1 && SENTENCE_OPENER.test(words[0]!)) return false;
  if (
    FESTIVAL.test(name.trim()) ||
    RITE.test(name.trim()) ||
    OPERATION.test(name.trim()) ||
    FAITH_OR_DEITY.test(name.trim()) ||
    words.some((w, i) => i > 0 && (HEADLINE_WORD.test(w) || HEADLINE_VERB.test(w)))
  )
    return false;
  const bare = words.map((w) => w.replace(/[.,]$/, ''));
  // "V.-Adm." is two titles; "V.P." is one, its letters' dots dropped.
  const titles = bare
    .flatMap((w) => w.split(/\.?-/))
    .map((w) => (/^(?:\p{Lu}\.)+\p{Lu}$/u.test(w) ? w.replace(/\./g, '') : w));
  if (titles.every((w) => TITLE_WORD.test(w)) || (words.length === 1 && NOT_A_NAME.test(bare[0]!)))
    return false;
  if (words.length === 1 && type !== 'place' && LANGUAGE.test(bare[0]!)) return false;
  // An abbreviated title or a weekday ends no name: "IDF Maj." is cut before the officer's name, "Keel
  // Sunday" glued to the day of a dateline.
  const last = words[words.length - 1]!;
  if (words.length > 1 && /^\p{Lu}\p{Ll}{1,3}\.$/u.test(last) && TITLE_WORD.test(bare[bare.length - 1]!))
    return false;
  if (words.length > 1 && WEEKDAY.test(last)) return false;
  if (words.length > 1 && words.some((w, i) => PERSONAL_PRONOUN.test(w) && !(i === 0 && words[1] === 'Lady')))
    return false;
  // An office, not a name: "FAO Representative", "Kremlin Spokesperson".
  const beforeLast = words[words.length - 2]?.replace(/[.,]$/, '') ?? '';
  if (words.length > 1 && OFFICE.test(last) && !/^(?:the|of)$/i.test(beforeLast)) return false;
  if (words.length > 1 && /^General$/.test(last) && OFFICE_GENERAL.test(beforeLast)) return false;
  // A word in capitals run into a capitalised one is two words of page furniture glued ("OFFICETubman").
  if (words.some((w) => /\p{Lu}{3}\p{Ll}{2}/u.test(w))) return false;
  // A lone initial and one word is the tail of a longer name: "S. Truman" of the "USS Harry S. Truman".
  if (words.length === 2 && /^\p{Lu}\.$/u.test(words[0]!)) return false;
  for (const word of words) {
    const core = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (core === '') continue;
    if (/^[\p{N}.,]+$/u.test(core)) return false;
    const first = core[0]!;
    if (first === first.toLowerCase() && first !== first.toUpperCase()) {
      if (!NAME_PARTICLES.has(core.toLowerCase()) && !/^(?:al|el|bin|ibn|abu)-/i.test(core)) return false;
    }
  }
  return true;
}
