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

/**
 * A name's possessive that opens the name of an operation: "Gideon's Chariots" in quotation marks, or named
 * after the word "operation" ("the operation, Noah's Ark, …", "an operation dubbed Noah's Ark"). The name
 * is the operation's word, not someone taking part. Unquoted, "Netanyahu's Gaza offensive" or "Trump's
 * Gaza plan" name who acts, so a noun after the possessive's word says nothing.
 */
const POSSESSIVE_OPENS = /^['’]s \p{Lu}\p{Ll}+(,?["”’'])?/u;
const OPERATION_BEFORE = /\b[Oo]perations?,?\s+(?:(?:dubbed|called|named|code-?named)\s+)?["“‘']?$/u;

function possessiveOpensName(text: string, m: Mention): boolean {
  const opens = POSSESSIVE_OPENS.exec(text.slice(m.end, m.end + 48));
  if (opens === null) return false;
  const before = text.slice(Math.max(0, m.start - 48), m.start);
  return (opens[1] !== undefined && /["“‘']$/.test(before)) || OPERATION_BEFORE.test(before);
}

/**
 * A name's possessive before the capitalised noun of a place named after someone, which ends the name
 * there: "Neria's Farm", "Coco's Farm", "Cooper's Hill", "Martha's Vineyard". The word before the possessive
 * is a piece of the place's name, not someone taking part. A body's own building ("BIU's School of Social
 * Work", "Sheba's Hospital") is no such noun, and "Trump's Gaza plan" goes on with another name.
 */
const PLACE_POSSESSIVE_AFTER =
  /^['’]s (?:Farm|Ranch|Vineyard|Hill|Wood|Woods|Garden|Gardens|Inn|Pub|Bar|Cafe|Kitchen|Landing|Point|Creek|Cove|Bay|Island|Field|Peak|Rock|Corner|Camp|Crossing|Well|Spring|Springs|Grove|Valley|Lake|Quay|Wharf|Lane|Row|Yard|Court)(?![\p{L}\p{N}]|[ -]\p{Lu}| of )/u;

/** Whether a mention is the head of a longer name the words after it go on with. */
export function cutBeforeRest(text: string, m: Mention, person: boolean): boolean {
  const oneWord = !/\s/.test(m.text.trim());
  const after = text.slice(m.end, m.end + 32);
  if (oneWord && possessiveOpensName(text, m)) return true;
  if (oneWord && PLACE_POSSESSIVE_AFTER.test(after)) return true;
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

/**
 * Words that may stand capitalised just before a name without being part of it: function words, and titles
 * before a person the reading typed otherwise ("Captain", "Minister").
 */
export const BEFORE_NAME =
  /^(?:president|minister|secretary|general|chairman|chairwoman|chair|ceo|chief|director|spokes(?:man|woman|person)|captain|coach|manager|king|queen|prince|princess|pope|rabbi|sheikh|judge|justice|mk|mp|mep|pm|fm|sen\.?|rep\.?|gov\.?|dr\.?|mr\.?|mrs\.?|ms\.?|professor|prof\.?|commander|leader|head|ambassador|envoy|senator|governor|mayor|chancellor|premier|speaker|lieutenant|sergeant|colonel|major|admiral|brigadier|corporal|private|officer|detective|inspector|constable|bishop|cardinal|archbishop|imam|ayatollah|cleric|father|sister|brother|lord|lady|sir|dame|emir|sultan|crown|doctor|deputy|vice|founder|congressman|congresswoman|councillor|councilman|councilwoman|attorney|democrat|republican|labour|tory|conservative|liberal|striker|midfielder|goalkeeper|defender|forward|boss|skipper|star|player|singer|rapper|actor|actress|author|writer|editor|reporter|correspondent|analyst|economist|the|a|an|in|at|on|of|for|from|to|by|with|and|but|or|as|if|when|while|after|before|since|said|says|told|across|near|inside|outside|into|under|over|between|against|during|about|like|than|both|all|some|many|most|meanwhile|yesterday|today|former|late|then|also)$/i;

/** Nouns of a kind of body: named alone, capitalised, they are the head of a longer name. */
export const BODY_NOUN =
  /^(?:group|committee|office|council|fund|forum|alliance|army|agency|ministry|department|commission|authority|association|foundation|institute|institution|board|bureau|unit|network)$/i;

/**
 * Whether a kind of body named by its noun alone ("Committee", "Office", "Group") stands right after a
 * capitalised word, a possessive or a bracket of its longer name: "the American Jewish Committee", "the
 * Prime Minister's Office", "the Islamic Development Bank (IsDB) Group". Before a body's noun even a
 * demonym or a title's possessive is part of the name; "the", a title or a sentence's end is not.
 */
export function bodyNounAfterName(window: string, name: string): boolean {
  if (!BODY_NOUN.test(name.trim())) return false;
  const before = /(?:^|[\s"“(])(\p{Lu}[\p{L}\p{N}.&’'-]*?)(['’]s?|\))? $/u.exec(window);
  if (before === null || /\p{Ll}{2}\.$/u.test(before[1]!)) return false;
  // A title's possessive before it is the office's name ("the Prime Minister's Office"), not a title.
  return before[2] !== undefined || !BEFORE_NAME.test(before[1]!);
}

/**
 * A capitalised "The" inside a sentence opens a title ("his debut in The Merry Wives of Windsor", "wrote
 * for The Daily Star"): a person's name after it is a piece of the title, not someone.
 */
export function afterTitleThe(text: string, m: Mention, person: boolean): boolean {
  return person && /[\p{Ll},;] The $/u.test(text.slice(Math.max(0, m.start - 8), m.start));
}

/** Nouns of a built place: the last word of a bridge's, a road's, a hospital's or a stadium's name. */
const FACILITY_NOUN =
  /^(?:bridge|road|street|avenue|boulevard|square|highway|motorway|tunnel|airport|station|stadium|arena|hospital|university|college|school|mosque|cathedral|synagogue|museum|hotel|prison|port|dam|canal|barracks|base)$/i;

/**
 * A royal or holy title before a name that ends in a built place's noun is the place's first word: "Queen
 * Elizabeth Bridge", "King Fahd Stadium", "St Mary's Hospital". The name after the title is a piece of the
 * place's name, not the person the place is named after.
 */
export function facilityAfterTitle(text: string, m: Mention): boolean {
  const last = m.text.trim().split(/\s+/).pop()!;
  return (
    FACILITY_NOUN.test(last) &&
    /(?:^|[^\p{L}])(?:King|Queen|Prince|Princess|Sheikh|Sultan|Emir|Saint|St\.?|Pope) $/u.test(
      text.slice(Math.max(0, m.start - 12), m.start),
    )
  );
}

/** Short words a title in title case may leave in lower case. */
const TITLE_SMALL_WORD = /^(?:of|and|the|a|an|in|on|for|to|at|with|by|or|from)$/;

/**
 * Whether a name is a piece of a short phrase in title case inside quotation marks: a theme, a slogan or a
 * title ("“Diversifying Economies, Enriching Lives”", "“Long Live Keel!”"). The quotation's other
 * capitalised words are the rest of one name; a quotation of speech has words in lower case. The whole
 * quotation as one name is a work's title (`titleOfWork` in `junk.ts`).
 */
export function pieceOfQuotedTitle(text: string, m: Mention): boolean {
  // An opening mark hugs the word after it and a closing one the word before it: a straight quote with a
  // space on that side closes one quotation or opens another ('… he said." Keel Premier Mara Quist: "…').
  const before = /[“"]((?!\s)[^“”"]{0,80})$/u.exec(text.slice(Math.max(0, m.start - 81), m.start));
  const after = /^([^“”"]{0,80})(?<!\s)[”"]/u.exec(text.slice(m.end, m.end + 81));
  if (before === null || after === null) return false;
  const inner = `${before[1]!}${m.text}${after[1]!}`.trim();
  const words = inner.split(/\s+/);
  if (words.length > 8) return false;
  // Only "the" or "a" beside the name ("known as “the Berditchever Rov”") is an epithet, not a longer name.
  const rest = `${before[1]!} ${after[1]!}`.split(/\s+/).filter((w) => /^[‘'(]?[\p{Lu}\p{N}]/u.test(w));
  if (rest.length === 0) return false;
  // A sentence's end inside it is speech or two titles.
  if (/[.!?]\s/u.test(inner)) return false;
  return words.every(
    (w) => /^[‘'(]?[\p{Lu}\p{N}]/u.test(w) || TITLE_SMALL_WORD.test(w.replace(/[,;:]$/, '')),
  );
}
