/**
 * The figures stage: numbers reported about something — shares, areas, money, counts of people and things —
 * with what they measure, how they are hedged, when they hold and who reports them. One precompiled
 * scanner finds every amount; what the dates stage already read (years, days, "five-hour") is left to it.
 */
import type { DateMention, Entity, Figure, Mention, Sentence, Span } from '../../core/analysis.js';
import { lemmaIn } from '../events/lemmas.js';
import { clauseDate } from '../syntax/attachment.js';
import { treeOf, type Tree } from '../syntax/tree.js';
import { dateFor, mayDate } from './as-of.js';
import {
  attributionFor,
  findAttributions,
  namesNoOne,
  reportsWord,
  type Attribution,
} from './attribution.js';
import { treeAttribution } from './source-tree.js';
import { measuredBy, treeAgrees, type Measured } from './measured.js';
import { isGeneric } from './nouns.js';
import {
  CURRENCY_SIGN,
  CURRENCY_SIGNS,
  MONEY_UNITS,
  NUMERAL,
  readNumber,
  SCALE,
  scaled,
  UNIT,
  unitCode,
  WORD_NUMBER,
} from './numbers.js';
import { joinRanges, perShare, rangeEnd, shareRestated } from './ranges.js';
import {
  afterRestatement,
  comparativePhrase,
  COUNT_OPENING,
  followingEvent,
  nounBeforeOf,
  nounPhraseAt,
  ofPhrase,
  precedingEvent,
  purposePhrase,
  type Phrase,
} from './subject.js';
import { inName, isCount, isLabel, labelBefore, namedNumber } from './labels.js';
import { figureConfidence, type Basis } from './trust.js';

/** Sentences, mentions and dates in text order, as the stages before this one give them. */
export interface FiguresInput {
  text: string;
  sentences: Sentence[];
  mentions: Mention[];
  entities: Entity[];
  dates: DateMention[];
}

/** Numbers that are not amounts: phone numbers, clock times, ordinals, day/month dates, version numbers. */
const NOT_AN_AMOUNT = String.raw`\+?\(?\d{1,4}\)?(?:[ .-]\d{2,4}){2,}|\d{1,2}:\d{2}|\d+(?:st|nd|rd|th)\b|\d+(?:/\d+){1,2}|\d+(?:\.\d+){2,}`;

// A skip never starts inside a run of digits: tried at every digit of a long run, its `\d+` alternatives
// rescanned the rest of the run each time (a 65k-digit token took minutes; issue 15).
// A hyphen before an amount joins it to a word ("COVID-19") except after a share's sign: "6.5%-7%" is a range.
// A colon and a digit after it make a clock time, which the skip misses when a space stands before it.
const SCANNER = new RegExp(
  `(?<skip>(?<!\\p{N})(?:${NOT_AN_AMOUNT}))|(?<![\\p{L}\\p{N}_.,'’#])(?<![^%]-)` +
    `(?<sign>${CURRENCY_SIGN})?\\s?(?<amount>${NUMERAL}|${WORD_NUMBER})` +
    `(?:(?<join>\\s?[-–]\\s?|\\sto\\s)(?<max>${NUMERAL}|${WORD_NUMBER}))?` +
    `(?<scale>${SCALE})?(?<unit>${UNIT})?(?![\\p{L}\\p{N}]|:\\d)`,
  'giu',
);

/** Hedges written just before the amount, longest first so "more than" wins over "than". */
const QUALIFIER =
  /(?:^|[\s(])(about|approximately|around|roughly|some|nearly|almost|at least|at most|more than|less than|fewer than|over|under|up to|close to|upwards of|as many as|as much as|an estimated|just over|just under|well over)\s*$/i;
/** "Control extends over 19.3%" measures an extent; "over" there is not a hedge. */
const EXTENT_VERB =
  /\b(?:extends?|extended|extending|stretch(?:es|ed)?|spans?|spread(?:s)?|ruled?|control(?:s|led)?)\s+over\s*$/i;

/** Verbs that move what they act on to another date: "delayed the tariffs to July 9". */
const RESCHEDULING = new Set(['delay', 'postpone', 'defer', 'push', 'move', 'extend', 'reschedule', 'bring']);

/** Nouns that make a count a count of people. */
const PEOPLE =
  /^(?:people|persons|individuals|civilians|children|minors|adults|men|women|soldiers|troops|servicemen|residents|refugees|citizens|compatriots|hostages|prisoners|detainees|migrants|workers|journalists|casualties|victims|dead|injured|wounded)$/i;

/** What the last count in a sentence counted, for a bare number after it to borrow. */
interface Counted {
  sentence: number;
  head: string;
  /** The whole phrase, borrowed when the head only says how much ("the average number of such disasters"). */
  text: string;
}

interface Amount {
  match: RegExpExecArray;
  start: number;
  end: number;
  sentence: Sentence;
}

/** Numbers reported about something, in text order. Pure: the same input gives the same figures. */
export function findFigures(input: FiguresInput): Figure[] {
  const { text, sentences, dates } = input;
  const entities = new Map(input.entities.map((e) => [e.id, e]));
  const attributions = new Map<number, Attribution[]>();
  const figures: Figure[] = [];
  let counted: Counted | null = null;
  let s = 0;
  let d = 0;
  for (const match of text.matchAll(SCANNER)) {
    if (match.groups?.skip !== undefined || sentences.length === 0) continue;
    const start = match.index + (match[0].length - match[0].trimStart().length);
    const end = match.index + match[0].length;
    while (s < sentences.length - 1 && sentences[s]!.end <= start) s++;
    while (d < dates.length && dates[d]!.end <= start) d++;
    // A number that is part of a date is no figure; a date inside the unit ("120 miles per hour") leaves it one.
    const beforeUnit = end - (match.groups?.unit?.length ?? 0);
    if (dates[d] !== undefined && dates[d]!.start < beforeUnit) continue;
    const sentence = sentences[s]!;
    const tree = treeOf(text, sentence);
    const read = readFigure(
      text,
      { match, start, end, sentence },
      counted?.sentence === sentence.index ? (isGeneric(counted.head) ? counted.text : counted.head) : null,
      tree,
    );
    if (read === null) continue;
    const { figure, head, basis } = read;
    if (head !== null) counted = { sentence: sentence.index, head, text: figure.subject ?? head };
    if (!attributions.has(sentence.index))
      attributions.set(sentence.index, findAttributions(text, sentence, input.mentions, entities));
    const w = tree.length > 0 ? tree.headOf(figure.start, figure.end) : -1;
    // The tree's verb of saying or "according to" first; the words around the figure where it names none.
    const source =
      (w >= 0 ? treeAttribution(tree, w, input.mentions, entities) : null) ??
      attributionFor(figure, attributions.get(sentence.index)!, (a) => w < 0 || reportsWord(tree, w, a));
    figure.attribution = source !== null && namesNoOne(source) ? null : source;
    // The figure's date is its own clause's ("said on Monday that 19.3% …" is not dated Monday).
    figure.asOf =
      w >= 0
        ? clauseDate(
            tree,
            w,
            sentenceDates(sentence.index, tree).filter((x) => mayDate(tree, x, w)),
          )
        : dateFor(figure, dates, d);
    figure.confidence = figureConfidence(figure, basis);
    figures.push(figure);
  }
  return perShare(text, shareRestated(text, joinRanges(text, figures)));

  // "delay the 50% tariffs to July 9": the date a verb of rescheduling moves the amount to is a deadline,
  // not when it holds ("rose 3.5% in the 12 months to April" is dated by its period's end).
  function sentenceDates(index: number, tree: Tree): DateMention[] {
    return dates.filter((x) => {
      if (x.sentence !== index) return false;
      const head = tree.headOf(x.start, x.end);
      const marker = head < 0 ? -1 : tree.child(head, 'case');
      const moved =
        marker >= 0 &&
        tree.lower(marker) === 'to' &&
        marker === tree.tokenAt(x.start) - 1 &&
        tree.dep(head) === 'obl';
      return !moved || lemmaIn(tree.lower(tree.head(head)), RESCHEDULING) === null;
    });
  }
}

function readFigure(
  text: string,
  amount: Amount,
  counted: string | null,
  tree: Tree,
): { figure: Figure; head: string | null; basis: Basis } | null {
  const { match, start, sentence } = amount;
  const groups = match.groups ?? {};
  const written = groups.amount!;
  if (/^(?:one|an?)$/i.test(written)) return null;
  const value = readNumber(written);
  if (value === null) return null;
  const sign = groups.sign;
  const unit =
    groups.unit !== undefined
      ? unitCode(groups.unit)
      : sign !== undefined
        ? (CURRENCY_SIGNS.get(sign.toUpperCase()) ?? null)
        : null;
  // "€90bn" and "90 billion euros" are money; a scale alone ("5 million") makes a count.
  // "50m freestyle", "a 10k run": a lone m, b or k after a number with no currency is no scale of money.
  if (sign === undefined && groups.scale !== undefined && /^[mbk]$/i.test(groups.scale)) return null;
  const max = groups.max !== undefined ? (rangeEnd(written, groups.max) ?? readNumber(groups.max)) : null;
  const measured = unit !== null;
  if (groups.join !== undefined && /[-–]/.test(groups.join) && !measured && groups.scale === undefined)
    return null;
  // "a five-hour dialogue", "two 747-8s": a number joined by a hyphen is part of a word or a name.
  if (!measured && text[amount.end] === '-' && /[\p{L}\p{N}]/u.test(text[amount.end + 1] ?? '')) return null;
  // "hit three times", "three times the size": how often or how many fold, not an amount of anything.
  if (!measured && /^\s+times\b/i.test(text.slice(amount.end, amount.end + 7))) return null;

  const qualifierMatch = EXTENT_VERB.test(text.slice(Math.max(sentence.start, start - 30), start))
    ? null
    : QUALIFIER.exec(text.slice(Math.max(sentence.start, start - 24), start));
  const qualifier = qualifierMatch ? qualifierMatch[1]!.toLowerCase() : null;
  const spanStart = qualifierMatch
    ? start - qualifierMatch[0].length + qualifierMatch[0].indexOf(qualifierMatch[1]!)
    : start;

  if (!measured && !isCount(text, written, groups.scale !== undefined, spanStart, sentence.start))
    return null;
  if (namedNumber(text, { start, end: amount.end }, sentence.start, sentence.end)) return null;
  if (measured && tree.length > 0 && inName(tree, { start, end: amount.end })) return null;

  const fromTree = tree.length > 0 ? measuredBy(tree, { start, end: amount.end }, unit) : null;
  // The words around a number are read only where the tree said nothing, and a noun phrase found in them is
  // kept only where the tree's tags agree it names a thing.
  const nounPhrase = (found: Phrase | null): Phrase | null =>
    found === null || tree.length === 0 || treeAgrees(tree, found) || PEOPLE.test(lastWord(found))
      ? found
      : agreeingPart(text, tree, found);
  const read =
    fromTree !== null
      ? treeSubject(text, amount, fromTree)
      : measured
        ? measureSubject(text, amount, unit, nounPhrase)
        : countSubject(text, amount, spanStart, qualifier, counted, nounPhrase);
  const found = read === null || !OTHERS.test(read.head) ? read : othersOf(read, counted);
  // In a block of fields the label after an amount is the next field's; its own stands before its colon.
  const subject =
    found === null || isLabel(text, found)
      ? labelOf(text, labelBefore(text, spanStart, sentence.start))
      : found;
  if (!measured && subject === null && qualifier === null) return null;
  const end = Math.max(amount.end, subject?.adjacent ? subject.end : 0);
  const figure: Figure = {
    text: text.slice(spanStart, end),
    start: spanStart,
    end,
    value: scaled(value, groups.scale),
    valueMax: max === null ? null : scaled(max, groups.scale),
    unit:
      unit ??
      (subject === found ? fromTree?.unit : undefined) ??
      (subject !== null && PEOPLE.test(subject.head) ? 'people' : null),
    subject: subject?.text ?? null,
    qualifier,
    asOf: null,
    attribution: null,
    sentence: sentence.index,
    confidence: 0,
  };
  const basis: Basis =
    subject === null ? null : subject === found && fromTree !== null ? fromTree.from : 'words';
  return { figure, head: measured ? null : (subject?.head ?? null), basis };
}

/**
 * The words read around a number cut after the last one the tree tags a noun, when the tree agrees with
 * that much: "the $10m bounty offered for …" read as "bounty offered" is "bounty".
 */
function agreeingPart(text: string, tree: Tree, found: Phrase): Phrase | null {
  const first = tree.tokenAt(found.start);
  for (let w = tree.tokenAt(found.end - 1) - 1; first >= 0 && w >= first; w--) {
    // Cut only before a verb the words ran into, not inside a name or before a possessive.
    if (tree.tokens[w]!.upos !== 'NOUN' || tree.tokens[w + 1]!.upos !== 'VERB') continue;
    const cut = {
      text: text.slice(found.start, tree.tokens[w]!.end),
      start: found.start,
      end: tree.tokens[w]!.end,
    };
    return treeAgrees(tree, cut) ? cut : null;
  }
  return null;
}

/** The tree's answer as a subject; the figure's span runs on to it when only "of" or a restatement lies between. */
function treeSubject(text: string, amount: Amount, measured: Measured): Subject {
  const between = measured.start >= amount.end ? text.slice(amount.end, measured.start) : null;
  // Only the amount's own phrase: a verb's object or "on" phrase after it is no part of the figure.
  const adjacent =
    between !== null && measured.from === 'phrase' && /^\s*(?:\([^()]*\)\s*)?(?:of\s+)?$/.test(between);
  return { text: measured.text, start: measured.start, end: measured.end, head: measured.head, adjacent };
}

/** A pronoun-like noun that counts only by reference to another count: "12 others", "some others". */
const OTHERS = /^others$/i;

/**
 * "Three soldiers were killed and 12 others wounded": "others" measures what the sentence's count before it
 * counted ("other soldiers wounded"); with no count before it, nothing ("the mayor and three others").
 */
function othersOf(found: Subject, counted: string | null): Subject | null {
  if (counted === null || OTHERS.test(counted)) return null;
  return { ...found, text: found.text.replace(/\bothers\b/i, `other ${counted}`), head: counted };
}

/** A field's label as what its amount measures. */
function labelOf(text: string, label: Span | null): Subject | null {
  if (label === null) return null;
  const written = text.slice(label.start, label.end);
  return { ...label, text: written, head: written.split(' ').pop() ?? '', adjacent: false };
}

interface Subject extends Phrase {
  /** The head noun, which says whether the count is of people. */
  head: string;
  /** Whether the phrase follows the number directly, so that the figure's span runs on to it. */
  adjacent: boolean;
}

const lastWord = (found: Phrase): string => found.text.split(' ').pop() ?? '';

const subjectOf = (found: Phrase | null, adjacent: boolean): Subject | null =>
  found === null ? null : { ...found, head: lastWord(found), adjacent };

/** A noun phrase read from the words, or null when the tree says the words are no such phrase. */
type NounPhrase = (found: Phrase | null) => Phrase | null;

/** What a share, an area or a sum is of or for. */
function measureSubject(
  text: string,
  amount: Amount,
  unit: string | null,
  nounPhrase: NounPhrase,
): Subject | null {
  const limit = amount.sentence.end;
  const from = afterRestatement(text, amount.end, limit);
  const adjacent = from === amount.end;
  const of = nounPhrase(ofPhrase(text, from, limit));
  // "44% of its earnings", cut at the possessive: a pronoun measures nothing.
  if (of !== null)
    return /^(?:its|their|his|her|our|them|it)$/i.test(of.text) ? null : subjectOf(of, adjacent);
  if (unit === '%' || unit === 'pp') return subjectOf(comparativePhrase(text, amount.end, limit), true);
  if (unit === null || !MONEY_UNITS.has(unit)) return null;
  // "the $10m (£7.5m) bounty": the noun after a restatement in brackets is the amount's too.
  const noun = nounPhrase(nounPhraseAt(text, from, limit));
  // "in the 4,000 yen range": a noun that only says how much measures nothing.
  if (noun !== null && !isGeneric(lastWord(noun))) return subjectOf(noun, adjacent);
  const purpose = purposePhrase(text, amount.end, limit);
  if (purpose !== null) return subjectOf(purpose, false);
  const before = nounBeforeOf(text, amount.start, amount.sentence.start);
  return before === null
    ? null
    : { text: before, start: amount.start, end: amount.start, head: before, adjacent: false };
}

/**
 * What a count counts, with what happened to it: "19,000 Ukrainian minors have been deported" →
 * "Ukrainian minors deported". A bare number after another count borrows its noun: "the deaths of eight
 * individuals and injuries to more than seventy" → "individuals injured".
 */
function countSubject(
  text: string,
  amount: Amount,
  spanStart: number,
  qualifier: string | null,
  counted: string | null,
  nounPhrase: NounPhrase,
): Subject | null {
  const limit = amount.sentence.end;
  const event = precedingEvent(text, spanStart, amount.sentence.start);
  const noun = nounPhrase(
    ofPhrase(text, amount.end, limit) ?? nounPhraseAt(text, amount.end, limit, COUNT_OPENING),
  );
  if (noun !== null) {
    const happened = followingEvent(text, noun.end, limit) ?? event;
    return { ...subjectOf(noun, true)!, text: happened ? `${noun.text} ${happened}` : noun.text };
  }
  if (event === null && (qualifier === null || counted === null)) return null;
  const said = [counted, event].filter((w) => w !== null).join(' ');
  return { text: said, start: amount.end, end: amount.end, head: counted ?? event ?? '', adjacent: false };
}
