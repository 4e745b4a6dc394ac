import type { EventMode, Figure, Mention } from '../../core/analysis.js';
import { lemmaIn } from '../../stages/events/lemmas.js';
import { strongerMode } from '../../stages/events/mode.js';
import type { Tree } from '../../stages/syntax/tree.js';
import { conditional, modalOf, negated } from '../../stages/syntax/modality.js';

/**
 * What the clause holding a figure says of it: whether the value is asserted or only threatened, planned,
 * imagined or denied ("threatened a 50% tariff", "would rise to 30%", "if the rate were 20%"), whether it
 * is told in the past tense (then the article's day is not its date: "Trump raised tariffs to 145%" tells
 * of April in a May article), and the nouns that say what it measures ("tariff on vehicle", "baseline
 * tariff"), read from the parsed sentence.
 */
export interface FigureClause {
  mode: EventMode;
  past: boolean;
  /** The nouns of the figure's subject outside names, singular, in text order; empty when unparsed. */
  nouns: string[];
}

/** Verbs whose object or complement is only meant, not done ("threatened 50% tariffs", "plans to raise"). */
const MEANT: ReadonlyArray<[EventMode, ReadonlySet<string>]> = [
  [
    'proposed',
    new Set(
      'threaten propose suggest offer demand urge seek want consider mull weigh float recommend push vow pledge promise call'.split(
        ' ',
      ),
    ),
  ],
  ['planned', new Set('plan intend aim schedule expect project forecast target'.split(' '))],
  ['called-off', new Set('delay postpone pause suspend scrap cancel drop halt shelve withdraw'.split(' '))],
];

/** Nouns and participles before a figure's noun that make it only meant: "a threat of 50% tariffs", "the proposed 15% tax". */
const MEANT_NOUN: ReadonlyMap<string, EventMode> = new Map([
  ['threat', 'proposed'],
  ['threatened', 'proposed'],
  ['proposal', 'proposed'],
  ['proposed', 'proposed'],
  ['offer', 'proposed'],
  ['demand', 'proposed'],
  ['plan', 'planned'],
  ['planned', 'planned'],
  ['target', 'planned'],
  ['goal', 'planned'],
  ['possible', 'hypothetical'],
  ['potential', 'hypothetical'],
  ['hypothetical', 'hypothetical'],
  ['possibility', 'hypothetical'],
  ['prospect', 'hypothetical'],
]);

const HYPOTHETICAL_MODALS = new Set(['would', 'could', 'might', 'may', 'should']);
const PAST_AUX = new Set(['had', 'was', 'were', 'did']);
const PRESENT_AUX = new Set([
  'has',
  'have',
  've',
  'is',
  'are',
  'am',
  're',
  's',
  'does',
  'do',
  'will',
  'shall',
]);
/** Irregular past forms of verbs that report amounts ("rose to", "fell by", "stood at", "hit"). */
const IRREGULAR_PAST = new Set(
  'rose fell grew stood took gave made paid brought sought began became saw left lost won held met told said sent spent struck fought came went ran sank slid shrank'.split(
    ' ',
  ),
);

/** Nouns that say how much, not of what: "Russia's share of Ukraine's territory" measures territory. */
const GENERIC = new Set(
  'share proportion percentage percent part portion rate level number total amount figure value sum tally'.split(
    ' ',
  ),
);

const singular = (word: string): string =>
  word.length > 3 && /ies$/.test(word)
    ? `${word.slice(0, -3)}y`
    : word.length > 3 && /[^su]s$/.test(word)
      ? word.slice(0, -1)
      : word;

/** How far up from the figure the clause that governs it is read: its own predicate and the verbs it completes. */
const MAX_STEPS = 12;

export function readFigureClause(
  tree: Tree,
  figure: Figure,
  sentenceStart: number,
  sentenceText: string,
  mentions: readonly Mention[],
): FigureClause {
  const w = tree.headOf(figure.start, figure.end);
  if (w < 0) return { mode: 'asserted', past: false, nouns: [] };
  let mode: EventMode = 'asserted';
  // The nouns between the figure and its clause: "a threat of 50% tariffs", "the proposed 15% tax".
  let p = w;
  for (let steps = 0; steps < MAX_STEPS && p >= 0 && !tree.isPredicate(p); steps++) {
    mode = strongerMode(mode, MEANT_NOUN.get(tree.lower(p)) ?? null);
    for (const c of tree.children(p, 'amod', 'compound'))
      mode = strongerMode(mode, MEANT_NOUN.get(tree.lower(c)) ?? null);
    p = tree.head(p);
  }
  const clause = p >= 0 ? p : tree.root();
  const past = clause >= 0 && isPast(tree, clause);
  // The clause and the verbs it completes: "threatened to impose 50% tariffs", "plans to raise it to 20%".
  for (let v = clause, steps = 0; v >= 0 && steps < MAX_STEPS; steps++) {
    if (conditional(tree, v) !== null) mode = strongerMode(mode, 'hypothetical');
    if (negated(tree, v)) mode = strongerMode(mode, 'denied');
    const modal = modalOf(tree, v);
    if (modal !== null && HYPOTHETICAL_MODALS.has(modal)) mode = strongerMode(mode, 'hypothetical');
    if (modal === 'will' || modal === 'shall') mode = strongerMode(mode, 'planned');
    for (const [meant, verbs] of MEANT)
      if (lemmaIn(tree.lower(v), verbs) !== null) mode = strongerMode(mode, meant);
    mode = strongerMode(mode, MEANT_NOUN.get(tree.lower(v)) ?? null);
    if (tree.dep(v) !== 'xcomp' && tree.dep(v) !== 'conj') break;
    v = tree.head(v);
  }
  return { mode, past, nouns: subjectNouns(tree, figure, sentenceStart, sentenceText, mentions) };
}

/** Whether the clause is told in the past tense: "raised", "was imposed", "had reached"; not "has killed". */
function isPast(tree: Tree, predicate: number): boolean {
  const auxiliaries = tree
    .children(predicate, 'aux', 'aux:pass', 'cop')
    .map((a) => tree.lower(a).replace(/^['’]/, ''));
  if (auxiliaries.some((a) => PRESENT_AUX.has(a))) return false;
  if (auxiliaries.some((a) => PAST_AUX.has(a))) return true;
  if (tree.tokens[predicate]!.upos !== 'VERB') return false;
  // "raised", "imposed"; "exceed", "need" are not past.
  const word = tree.lower(predicate);
  return (/ed$/.test(word) && !/eed$/.test(word)) || IRREGULAR_PAST.has(word);
}

/** The common nouns of the figure's subject, outside any name, singular, generic ones ("share", "rate") left out. */
function subjectNouns(
  tree: Tree,
  figure: Figure,
  sentenceStart: number,
  sentenceText: string,
  mentions: readonly Mention[],
): string[] {
  if (!figure.subject) return [];
  // The subject's words as written nearest the figure.
  const relative = figure.start - sentenceStart;
  let at = -1;
  for (let i = sentenceText.indexOf(figure.subject); i >= 0; i = sentenceText.indexOf(figure.subject, i + 1))
    if (at < 0 || Math.abs(i - relative) < Math.abs(at - relative)) at = i;
  if (at < 0) return [];
  const start = sentenceStart + at;
  const end = start + figure.subject.length;
  const nouns: string[] = [];
  for (let t = 0; t < tree.length; t++) {
    const token = tree.tokens[t]!;
    if (token.start < start || token.end > end || token.upos !== 'NOUN') continue;
    if (mentions.some((m) => m.start < token.end && m.end > token.start)) continue;
    const noun = singular(tree.lower(t));
    if (!GENERIC.has(noun) && /\p{L}/u.test(noun)) nouns.push(noun);
  }
  return nouns;
}
