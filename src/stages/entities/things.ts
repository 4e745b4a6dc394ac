import type { NameSpan, Span } from '../../core/analysis.js';
import { type GazetteerEntry, lookupName } from './gazetteer.js';

/**
 * Names the words around them show to be no actor of the news: products (a car, a phone, an AI model, an
 * app), vessels, a pseudonym the text marks as one and the names of credit lines. Grammar and news conventions, not
 * lists of names: a product is introduced by its maker's possessive and the kind of product after it, by a
 * model designation, or as what is launched, downloaded or installed; a pseudonym by "(not her real name)";
 * a credit by "Additional reporting by".
 */

/** A product's kind written right after its name: "Orion AI assistant", "Model Q SUV", "Kestrel phones". */
const PRODUCT_NOUN_AFTER =
  /^\s+(?:AI\s+|smart\s+|electric\s+|voice\s+)?(?:assistants?|chatbots?|models?|apps?|smartphones?|phones?(?!\s+calls?)|handsets?|laptops?|tablets?|headsets?|consoles?|SUVs?|sedans?|hatchbacks?|pickups?|EVs?|cars?|software|browsers?|chips?|processors?|smartwatch(?:es)?|earbuds|glasses|bras?|sneakers|trainers)(?![\p{L}\p{N}-])/u;
/** Product nouns that only a thing is: a person named before them is a misread product ("Orion AI assistant"). */
const AI_PRODUCT_AFTER = /^\s+(?:AI\s+(?:assistants?|chatbots?|models?|tools?)|chatbots?)(?![\p{L}\p{N}-])/u;

/**
 * What makes a name before a product noun the product rather than its maker: the maker's possessive
 * ("Velder's Orion assistant", "Velder's Model Q SUV") or a word of novelty ("its new Kestrel phones", "the
 * latest Orion model"). A bare article is not enough: "a Velder car" and "the Velder app" name the maker.
 */
const PRODUCT_OWNER_BEFORE =
  /(?:(?<![\p{L}\p{N}])(\p{Lu}[\p{L}\p{N}&.-]*)['’]s?|\b(?:its|their|the|a|an)\s+(?:new|newest|latest|upcoming|flagship|updated|upgraded|next-generation))\s+$/u;

/**
 * A product's kind with a word of novelty before the name, in apposition: "its latest AI model, Orion",
 * "the new electric SUV, the Model Q".
 */
const PRODUCT_NOUN_BEFORE =
  /\b(?:new|newest|latest|upcoming|flagship|updated|next-generation)\s+(?:AI\s+|smart\s+|electric\s+|language\s+|reasoning\s+)?(?:assistant|chatbot|model|app|smartphone|phone|handset|laptop|tablet|headset|console|SUV|sedan|car|EV|software|chip|processor|smartwatch)s?,?\s+(?:the\s+)?$/u;

/** What is launched, downloaded or installed with a word of novelty, or downloaded or installed at all. */
const PRODUCT_VERB_BEFORE =
  /\b(?:(?:launch|releas|unveil|introduc|debut)(?:e[sd]?|es|ed|ing|s)?\s+(?:its|their|the|a)\s+(?:new|newest|latest|updated|upgraded|flagship|first)|(?:download|install)(?:s|ed|ing)?(?:\s+the)?)\s+$/u;

/**
 * A model designation: a name of two words or more whose last word runs capitals and digits together after
 * a capitalised word ("Orion Q24", "Velder YU7"), or a model's word with a letter or number ("Model Q",
 * "Series 7"). A number alone after a name is a score or a count ("Arsenal 2"); a code alone is a group's or
 * a meeting's ("G7", "M23", "COP29"), and one after a place's name or an age band a team's ("SA U20"):
 * none is read as a designation.
 */
const DESIGNATION_LAST =
  /(?:^|\s)(\p{Lu}\p{L}*)\s(?!U\d\d)(?:\p{Lu}{1,3}\d{1,4}\p{Lu}?|\p{Lu}\d+\p{Ll}{0,2})$/u;
const MODEL_WORD = /^(?:Model|Series|Mark|Type)\s+(?:\p{Lu}|\d{1,3})$/u;
/**
 * A version right after the name, a number with one decimal ("Orion 2.5"), read for this mention only: a
 * currency's code before an amount ("USD 1.5 billion") is no actor either, and a statistic after a player's
 * name ("Pope 34.02") has two decimals.
 */
const VERSION_AFTER = /^\s+\d{1,2}\.\d(?![\p{N}])/u;

/** Whether a model designation ends the name, after a word that is no place's. */
function designated(surface: string): boolean {
  const before = DESIGNATION_LAST.exec(surface)?.[1];
  const place = before ? lookupName(before) : null;
  return before !== undefined && (place === null || place.kind === 'organisation');
}

/**
 * Whether a name is, by the words around it, a product: `'name'` where what shows it holds for every
 * mention of the name in the article (a designation, a maker's possessive and a product's kind), `'mention'`
 * where it holds for this mention only (a firm shares its app's name: "download Velder", "Velder said"), else
 * `null`. `label` is the tagger's; a place's possessive before the name makes it a firm of that place ("China's
 * Velder cars"), not a product.
 */
export function productReading(
  text: string,
  span: Span,
  label: NameSpan['label'] | null,
): 'name' | 'mention' | null {
  const surface = text.slice(span.start, span.end);
  const before = text.slice(Math.max(0, span.start - 60), span.start);
  const after = text.slice(span.end, span.end + 30);
  if (MODEL_WORD.test(surface) || designated(surface)) return 'name';
  if (VERSION_AFTER.test(after) || (label !== 'PER' && PRODUCT_VERB_BEFORE.test(before))) return 'mention';
  if (label !== 'PER' && PRODUCT_NOUN_BEFORE.test(before)) return 'name';
  if (label === 'PER') return AI_PRODUCT_AFTER.test(after) ? 'name' : null;
  if (!PRODUCT_NOUN_AFTER.test(after)) return null;
  const owner = PRODUCT_OWNER_BEFORE.exec(before);
  if (!owner) return null;
  const place = owner[1] ? lookupName(owner[1]) : null;
  return place && place.kind !== 'organisation' ? null : 'name';
}

/**
 * "John (not his real name)", "Sara, not her real name,", "Ali (name changed)", "Dana, a pseudonym": a
 * name the report gives in place of the person's own, to protect them. It names no one another article
 * could name, and joining it with a namesake merges two people.
 */
const PSEUDONYM_AFTER =
  /^(?:\s*\(|,\s*)(?:not\s+(?:his|her|their)\s+real\s+names?|(?:whose\s+)?names?\s+(?:has\s+been\s+|have\s+been\s+|was\s+|were\s+)?changed|a\s+pseudonym|an\s+alias|not\s+(?:his|her|their)\s+(?:full|actual)\s+names?)/iu;

/** The surfaces the text marks as pseudonyms; every mention of one is dropped. */
export function pseudonyms(text: string, spans: readonly Span[]): Set<string> {
  const found = new Set<string>();
  for (const span of spans)
    if (PSEUDONYM_AFTER.test(text.slice(span.end, span.end + 48)))
      found.add(text.slice(span.start, span.end));
  return found;
}

/**
 * A credit line: "Additional reporting by Jane Roe and Sam Lee", "Graphics by Jane Roe", "Data also provided
 * by Velder". Whoever it names made or supplied the piece, and is no actor of what it reports: the names
 * listed right after "by" are dropped. Only the credit's own words, capitalised as a credit line
 * opens: "according to reporting by Velder" and "data provided by the WHO" cite a source, who may act in
 * the report.
 */
const CREDIT_BY =
  /(?<![\p{L}\p{N}])(?:[Aa]dditional\s+reporting|Reporting|Editing|Graphics|Illustrations?|Photographs|Photography|Produced|Edited|Written|Compiled|(?:Market|Data)(?:\s+data)?(?:\s+also)?\s+(?:provided|supplied))\s+by\s+(?:the\s+)?$/u;
/** A sponsor's credit of the whole piece: "This reporting was supported by …"; every name in it is dropped. */
const SPONSOR_CREDIT =
  /^\s*(?:This|The|Our)\s+(?:reporting|report|article|story|coverage|series|project|investigation|journalism)\s+(?:was|is)\s+(?:supported|funded|sponsored|made\s+possible|paid\s+for)\s+(?:in\s+part\s+)?by\b/u;
/** Between two names of one credit: a comma, "and" or "&". */
const CREDIT_LIST = /^(?:\s*,\s*|\s+(?:and|&)\s+|\s*,\s+and\s+)$/u;

/** The spans a credit line names (see above); `sentenceStart` gives the start of a span's sentence. */
export function credited<T extends Span>(
  text: string,
  spans: readonly T[],
  sentenceStart: (offset: number) => number,
): Set<T> {
  const found = new Set<T>();
  let previous: T | undefined;
  for (const span of spans) {
    const from = sentenceStart(span.start);
    const listed =
      previous !== undefined && found.has(previous) && CREDIT_LIST.test(text.slice(previous.end, span.start));
    if (
      listed ||
      CREDIT_BY.test(text.slice(Math.max(from, span.start - 48), span.start)) ||
      SPONSOR_CREDIT.test(text.slice(from, span.start))
    )
      found.add(span);
    previous = span;
  }
  return found;
}

/**
 * A vessel's name: written after the kind of vessel ("the navy patrol vessel Pluvier", "the tanker Eagle S",
 * "a cargo ship Ruby") or after a navy's or a merchant ship's prefix ("USS Carl Vinson", "HMS Belfast"). A
 * ship is a thing its crew, owner or navy act with, not an actor. "ship" and "boat" count only after a word
 * that makes them nouns ("to ship Velder chips" names the firm).
 */
const VESSEL_BEFORE =
  /(?<![\p{L}\p{N}])(?:vessels?|warships?|frigates?|destroyers?|cruisers?|corvettes?|submarines?|aircraft\s+carriers?|tankers?|freighters?|trawlers?|yachts?|superyachts?|icebreakers?|(?:the|a|cargo|container|navy|naval|research|cruise|hospital|aid|supply|spy|patrol|fishing|rescue|flotilla)\s+(?:ship|boat))\s+(?:the\s+)?$/u;
const VESSEL_PREFIX = /^(?:USS|HMS|HMCS|HMAS|HMNZS|INS|RFS|MV|SS|RV|FV)\s+\p{Lu}/u;
const VESSEL_PREFIX_BEFORE = /(?<![\p{L}\p{N}])(?:USS|HMS|HMCS|HMAS|HMNZS|INS|RFS|MV|SS|RV|FV)\s+$/u;

/** Whether a name is, by the words right before it or its prefix, a vessel's. */
function vesselName(text: string, span: Span): boolean {
  const before = text.slice(Math.max(0, span.start - 40), span.start);
  return (
    VESSEL_PREFIX.test(text.slice(span.start, span.end)) ||
    VESSEL_PREFIX_BEFORE.test(before) ||
    VESSEL_BEFORE.test(before)
  );
}

/** A span as the entities stage reads it: the tagger's label (none for a gazetteer hit) and the gazetteer's entry. */
export interface ReadSpan extends Span {
  label: NameSpan['label'] | null;
  entry: GazetteerEntry | null;
}

/**
 * Products and vessels read as what they are, miscellaneous names (typed `other`: things, not actors), every mention
 * of the name where what shows it holds for all; pseudonyms and the names of credit lines dropped
 * (see above). Names the gazetteer knows keep their entry as products.
 */
export function withThings<T extends ReadSpan>(
  text: string,
  spans: readonly T[],
  sentenceStart: (offset: number) => number,
): T[] {
  const hidden = pseudonyms(text, spans);
  const credits = credited(text, spans, sentenceStart);
  const readings = spans.map((s) =>
    s.entry !== null || s.label === null
      ? null
      : vesselName(text, s)
        ? 'name'
        : productReading(text, s, s.label),
  );
  const products = new Set(
    spans.filter((_, i) => readings[i] === 'name').map((s) => text.slice(s.start, s.end)),
  );
  const out: T[] = [];
  for (const [i, s] of spans.entries()) {
    const surface = text.slice(s.start, s.end);
    if (hidden.has(surface) || credits.has(s)) continue;
    const product = s.entry === null && s.label !== null && (readings[i] !== null || products.has(surface));
    out.push(product && s.label !== 'MISC' ? { ...s, label: 'MISC' } : s);
  }
  return out;
}
