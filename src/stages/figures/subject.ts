/**
 * What a number measures, read from the words around it: the noun phrase it counts ("76 people"), the
 * "of …" phrase a share or an area is of ("19.3% of Ukraine's sovereign landmass"), what money is for,
 * and the verb that says what happened to what was counted ("children deported", "people killed").
 */
import { isCapitalised, TIME, wordsAfter, wordsBefore, type Word } from './words.js';

/** Words that end a noun phrase: prepositions, conjunctions, auxiliaries, pronouns, determiners, adverbs of degree. */
const STOP = new Set(
  (
    'a an the this that these those which who whom whose what when where while whereas as if than then so such ' +
    'and or but nor yet of in on at to for from by with without within into onto over under about above below ' +
    'after before during since until through across against among between beyond per via amid including like ' +
    'is are was were be been being am has have had do does did will would shall should can could may might must ' +
    'it its they them their he him his she her we us our you your i me my not no also only just even still ' +
    'all each every both either neither some any many much more most less least few fewer several other another ' +
    'there here now ago far too very already again'
  ).split(' '),
);

/** Words that may open what a count counts although they end a phrase elsewhere: "90 other nations". */
export const COUNT_OPENING = new Set(['other', 'more', 'additional', 'further', 'new', 'extra']);

/** Determiners a subject may start with but is given without. */
const LEADING = new Set(['the', 'a', 'an']);

/** Words that may open the phrase after "of" even though they would end a phrase elsewhere. */
const OF_OPENING = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'all', 'other', 'some']);
const NONE: ReadonlySet<string> = new Set();

/** A verb before the number saying what happened to what it counts: "killing at least 76 people". */
const PRECEDING_EVENTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:killing|killed|kills|deaths? of|death toll of)$/i, 'killed'],
  [/^(?:injuring|injured|injures|injuries to|wounding|wounded|wounds to)$/i, 'injured'],
  [/^(?:deporting|deported|deportation of)$/i, 'deported'],
  [/^(?:displacing|displaced|displacement of)$/i, 'displaced'],
  [/^(?:evacuating|evacuated|evacuation of)$/i, 'evacuated'],
  [/^(?:detaining|detained|detention of)$/i, 'detained'],
  [/^(?:capturing|captured|capture of)$/i, 'captured'],
  [/^(?:abducting|abducted|abduction of)$/i, 'abducted'],
  [/^(?:releasing|released|release of)$/i, 'released'],
];

const AUXILIARY = /^(?:have|has|had|were|was|are|is|been|being)$/i;
const PARTICIPLE =
  /^(?:\p{Ll}+ed|taken|held|born|hurt|shot|seized|struck|driven|stolen|withdrawn|sent|kept|killed)$/u;
const ADVERB = /^\p{Ll}+ly$/u;
const PLURAL = /^(?:\p{L}+[^s'’]s|people|children|men|women)$/u;
const COMPARATIVE = /^(?:\p{Ll}+er|more|less)$/u;

export interface Phrase {
  text: string;
  start: number;
  end: number;
}

const phrase = (text: string, words: Word[]): Phrase | null => {
  const first = words[0];
  const last = words[words.length - 1];
  return first && last
    ? { text: text.slice(first.start, last.end), start: first.start, end: last.end }
    : null;
};

const startsPhrase = (word: Word | undefined): boolean =>
  word !== undefined && /^[\p{L}\p{N}]/u.test(word.text) && !STOP.has(word.text.toLowerCase());

/** A noun phrase from `from`: up to five words none of which ends a phrase, without a leading article. */
export function nounPhraseAt(
  text: string,
  from: number,
  limit: number,
  openers: ReadonlySet<string> = NONE,
): Phrase | null {
  const words = wordsAfter(text, from, limit, 8);
  const taken: Word[] = [];
  for (const [i, word] of words.entries()) {
    const lower = word.text.toLowerCase();
    const opening = taken.length === 0 && openers.has(lower);
    if (!/^\p{L}/u.test(word.text) || ADVERB.test(lower) || (STOP.has(lower) && !opening)) break;
    // "financing requirements" goes on; "the plan involving the assets" ends before the participle.
    if (taken.length > 0 && /^\p{Ll}+ing$/u.test(word.text) && !startsPhrase(words[i + 1])) break;
    taken.push(word);
    // Without a tagger the plural head is the best sign the phrase is over: "compatriots reside".
    if (taken.length === 5 || PLURAL.test(word.text)) break;
  }
  while (taken.length > 0 && LEADING.has(taken[0]!.text.toLowerCase())) taken.shift();
  return phrase(text, taken);
}

/** The words after a unit or a number, past a parenthesis that restates it: "701 km² (270 square miles) of …". */
export function afterRestatement(text: string, from: number, limit: number): number {
  const rest = text.slice(from, Math.min(limit, from + 60));
  const restated = /^\s*\([^()]*\)|^\)/.exec(rest);
  return restated ? from + restated[0].length : from;
}

/** "of Ukraine's sovereign landmass" → "Ukraine's sovereign landmass". */
export function ofPhrase(text: string, from: number, limit: number): Phrase | null {
  const next = wordsAfter(text, from, limit, 1)[0];
  if (next?.text.toLowerCase() !== 'of') return null;
  return nounPhraseAt(text, next.end, limit, OF_OPENING);
}

/** "80 percent closer to ending this tragic bloodshed": a comparative and what it is measured towards. */
export function comparativePhrase(text: string, from: number, limit: number): Phrase | null {
  const words = wordsAfter(text, from, limit, 7);
  if (!words[0] || !COMPARATIVE.test(words[0].text)) return null;
  const end = words.findIndex((w) => !/^[\p{L}\p{N}]/u.test(w.text));
  const kept = end < 0 ? words : words.slice(0, end);
  // "closed 1.7% higher on Monday": a comparative towards a time says when, not what was measured.
  // "trading 7.29% lower": a comparative alone says which way, not what moved.
  if (kept.length < 2 || kept.some((w) => TIME.test(w.text))) return null;
  return phrase(text, kept);
}

/** "to financially support Ukraine's military operations": the purpose money is raised for. */
export function purposePhrase(text: string, from: number, limit: number): Phrase | null {
  const words = wordsAfter(text, from, limit, 3);
  if (words[0]?.text.toLowerCase() !== 'to') return null;
  const verb = words.find((w, i) => i > 0 && !ADVERB.test(w.text));
  if (!verb || STOP.has(verb.text.toLowerCase()) || !/^\p{Ll}/u.test(verb.text)) return null;
  const object = nounPhraseAt(text, verb.end, limit, OF_OPENING);
  if (object === null) return null;
  return { text: text.slice(words[0].start, object.end), start: words[0].start, end: object.end };
}

/** The participle after "have been" that says what happened to what was counted: "minors have been deported". */
export function followingEvent(text: string, from: number, limit: number): string | null {
  const words = wordsAfter(text, from, limit, 5);
  let i = 0;
  if (!words[i] || !AUXILIARY.test(words[i]!.text)) return null;
  while (words[i] && (AUXILIARY.test(words[i]!.text) || ADVERB.test(words[i]!.text))) i++;
  const participle = words[i]?.text;
  return participle && PARTICIPLE.test(participle) ? participle : null;
}

/** The event named just before the figure, in the figure's own words: "killing at least 76" → "killed". */
export function precedingEvent(text: string, before: number, limit: number): string | null {
  const [last, second] = wordsBefore(text, before, limit, 2);
  if (!last) return null;
  const candidates = [last.text, second ? `${second.text} ${last.text}` : ''];
  for (const written of candidates) {
    const found = PRECEDING_EVENTS.find(([pattern]) => pattern.test(written));
    if (found) return found[1];
  }
  return null;
}

/** A noun a money amount is "of" when nothing follows it: "a loan of €5 billion" → "loan"; not "a sum of". */
export function nounBeforeOf(text: string, before: number, limit: number): string | null {
  const [of, noun] = wordsBefore(text, before, limit, 2);
  if (of?.text.toLowerCase() !== 'of' || !noun) return null;
  const lower = noun.text.toLowerCase();
  if (STOP.has(lower) || isCapitalised(noun.text) || /^(?:sum|total|amount|value|figure|tune)$/.test(lower))
    return null;
  return noun.text;
}
