/**
 * Who reports a figure: "according to …", "data from …", "figures from …", "X estimates that …". The
 * source is given as written ("the UK government"), or by its entity's name when the words are just a
 * name with its trimmings ("the US-based Institute for the Study of War (ISW)").
 */
import type { Entity, Mention, Span } from '../../core/analysis.js';
import { lemmaIn } from '../events/lemmas.js';
import type { Tree } from '../syntax/tree.js';
import { isCapitalised, TIME, wordsAfter, wordsBefore, type Word } from './words.js';

/** Lower-case words an institution's name may hold: "the UK government", "Ukraine's defence ministry". */
const INSTITUTIONAL = new Set(
  (
    'government governments ministry ministries officials authorities agency office military army police ' +
    'administration council committee commission bank institute service department spokesperson monitors ' +
    'mission observers analysts experts researchers intelligence data statistics prosecutors'
  ).split(' '),
);
/** Lower-case words a name may hold between its capitalised words: "Institute for the Study of War". */
const LINKING = new Set(['the', 'of', 'for', 'and', 'de', 'on']);
const DETERMINER = /^(?:the|a|an)$/i;

/** Reports, studies and counts a source is named after: "an analysis conducted by …", "figures from …". */
const REPORT_NOUN =
  /^(?:analysis|analyses|report|reports|study|studies|estimate|estimates|assessment|data|figures|count|tally|survey|statistics|calculations)$/;
const REPORT_LINK = /^(?:by|from|of)$/i;
const REPORTING_VERB =
  /^(?:estimates?|estimated|estimating|says?|said|saying|indicates?|indicated|indicating|reports?|reported|reporting|shows?|showed|showing|suggests?|suggested|suggesting|claims?|claimed|claiming|calculates?|calculated|calculating|puts?|counted|counts)$/i;

export interface Attribution {
  source: string;
  /** Where the source starts covering figures: the sentence's start, or its reporting verb. */
  covers: number;
  /** Where its words start, for a source named after the figure ("…, officials said"). */
  start: number;
}

/** The words of a source, from its first word forward, while they can belong to an institution's name. */
function sourceForward(words: Word[]): Word[] {
  const taken: Word[] = [];
  for (const word of words) {
    const lower = word.text.toLowerCase();
    const belongs =
      isCapitalised(word.text) ||
      INSTITUTIONAL.has(lower) ||
      /-based$/.test(lower) ||
      (LINKING.has(lower) && taken.length > 0) ||
      (DETERMINER.test(lower) && taken.length === 0) ||
      (word.text === '(' && taken.length > 0) ||
      (word.text === ')' && taken.some((w) => w.text === '('));
    if (!belongs) break;
    taken.push(word);
  }
  return trimSource(taken);
}

/** The words of a source that ends just before a reporting verb, read backwards. */
function sourceBackward(words: Word[]): Word[] {
  const taken: Word[] = [];
  for (const word of words) {
    const lower = word.text.toLowerCase();
    if (/^\p{Ll}+ly$/u.test(lower) && taken.length === 0) continue;
    const belongs =
      isCapitalised(word.text) ||
      INSTITUTIONAL.has(lower) ||
      /-based$/.test(lower) ||
      LINKING.has(lower) ||
      DETERMINER.test(lower) ||
      word.text === ')' ||
      word.text === '(';
    if (!belongs) {
      // One adjective between a determiner and the institution: "the regional council".
      const next = words[words.indexOf(word) + 1];
      if (
        taken.length > 0 &&
        /^\p{Ll}+$/u.test(word.text) &&
        next !== undefined &&
        DETERMINER.test(next.text)
      )
        taken.unshift(next, word);
      break;
    }
    taken.unshift(word);
  }
  return trimSource(taken);
}

/** Drops what cannot end or start a source: linking words at the edges, an unclosed parenthesis. */
function trimSource(words: Word[]): Word[] {
  const out = [...words];
  while (out.length > 0 && LINKING.has(out[0]!.text.toLowerCase()) && !DETERMINER.test(out[0]!.text))
    out.shift();
  while (
    out.length > 0 &&
    (LINKING.has(out[out.length - 1]!.text.toLowerCase()) || out[out.length - 1]!.text === '(')
  )
    out.pop();
  return out.some((w) => isCapitalised(w.text) || INSTITUTIONAL.has(w.text.toLowerCase())) ? out : [];
}

/**
 * Every attribution a sentence makes, in order. An "according to" or "figures from" source covers the
 * whole sentence; a "X estimates that" source covers what follows its verb.
 */
export function findAttributions(
  text: string,
  sentence: Span,
  mentions: readonly Mention[],
  entities: ReadonlyMap<string, Entity>,
): Attribution[] {
  const found: Attribution[] = [];
  const words = wordsAfter(text, sentence.start, sentence.end, 400);
  const name = (taken: Word[], covers: number): void => {
    const first = taken[0];
    const last = taken[taken.length - 1];
    if (first && last)
      found.push({
        source: sourceName(text, first.start, last.end, mentions, entities),
        covers,
        start: first.start,
      });
  };
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const lower = word.text.toLowerCase();
    if (lower === 'according' && words[i + 1]?.text.toLowerCase() === 'to') {
      const after = words.slice(i + 2);
      const link = after.findIndex((w, k) => k <= 3 && REPORT_LINK.test(w.text));
      const named = REPORT_NOUN.test(after[0]?.text ?? '') || REPORT_NOUN.test(after[1]?.text ?? '');
      name(sourceForward(named && link >= 0 ? after.slice(link + 1) : after), sentence.start);
    } else if (REPORT_NOUN.test(i === 0 ? lower : word.text) && REPORT_LINK.test(words[i + 1]?.text ?? '')) {
      name(sourceForward(words.slice(i + 2)), sentence.start);
    } else if (REPORTING_VERB.test(word.text) && i > 0 && !possessedNoun(words, i)) {
      const before = wordsBefore(text, word.start, sentence.start, 12);
      name(sourceBackward(before), word.start);
    }
  }
  return found;
}

/**
 * Whether a word that may be a verb of saying is a noun a possessive owns, with no clause after it:
 * "compared with Wall Street's estimates, according to …" reports nothing of Wall Street's.
 */
function possessedNoun(words: readonly Word[], i: number): boolean {
  const owner = words[i - 1]!.text;
  const next = words[i + 1]?.text ?? '.';
  return /['’]s$|^(?:its|their|his|her|our)$/i.test(owner) && /^(?:[,.;:)]|of|for|from|by)$/i.test(next);
}

/**
 * "the US-based Institute for the Study of War (ISW)" → the entity's name when the words are one name
 * mention with a determiner, a "-based" adjective or an abbreviation in brackets around it.
 */
function sourceName(
  text: string,
  start: number,
  end: number,
  mentions: readonly Mention[],
  entities: ReadonlyMap<string, Entity>,
): string {
  const written = text.slice(start, end);
  const inside: Mention[] = [];
  for (let i = firstFrom(mentions, start); i < mentions.length && mentions[i]!.start < end; i++) {
    const m = mentions[i]!;
    if (m.end <= end && m.kind === 'name') inside.push(m);
  }
  const core = written
    .replace(/^(?:the|a|an)\s+/i, '')
    .replace(/^[\p{L}.-]+-based\s+/u, '')
    .replace(/\s*\([^()]*\)$/, '');
  const whole = inside.find((m) => m.text === core);
  return whole ? (entities.get(whole.entityId)?.name ?? whole.text) : written;
}

/** The index of the first mention starting at or after `at`; mentions come in text order. */
function firstFrom(mentions: readonly Mention[], at: number): number {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (mentions[mid]!.start < at) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Verbs whose subject is the source of what their complement reports: "officials said 19.3% …". */
const SOURCE_VERBS = new Set(
  (
    'say estimate report show indicate suggest claim calculate tell announce state add note warn find ' +
    'reveal confirm put count project forecast assess'
  ).split(' '),
);

/**
 * The source of the figure headed by word `w`, from the tree: the subject of the verb of saying whose
 * complement holds the figure's clause ("the ministry said on Monday that 19.3% …", "19.3% …, officials
 * said"), or the "according to" phrase of that clause or of a clause above it. The name is the entity's when
 * the words are one name mention; null when the tree names none.
 */
export function treeAttribution(
  tree: Tree,
  w: number,
  mentions: readonly Mention[],
  entities: ReadonlyMap<string, Entity>,
): string | null {
  for (let clause = tree.clauseOf(w), steps = 0; clause >= 0 && steps < 6; steps++) {
    const according =
      tree.prepositional(clause, 'according to')[0]?.index ?? accordingMisplaced(tree, clause);
    if (according >= 0) {
      // "according to data from advocacy group E2", "a survey of 1,000 pupils by the foundation": whose it is.
      const owner = REPORT_NOUN.test(tree.lower(according))
        ? tree.prepositional(according).find((p) => /^(?:by|from)$/.test(p.preposition))
        : undefined;
      return named(tree, owner?.index ?? according, mentions, entities, -1, w);
    }
    // "Officials reported 40 deaths": a verb of reporting whose object holds the figure, in its own clause; a
    // report with no owner ("new figures showed") names no one.
    const reports =
      steps === 0 &&
      lemmaIn(tree.lower(clause), REPORTING_OBJECT) !== null &&
      tree.objects(clause).some((o) => tree.dominates(o, w));
    const reporter = reports ? subjectSource(tree, clause, mentions, entities, false) : null;
    if (reporter !== null) return reporter;
    const head = tree.head(clause);
    if (head < 0) return cited(tree, clause, mentions, entities);
    const dep = tree.dep(clause);
    // A clause the writer sets against another ("…, while 30% oppose it") is not what the other's speaker said.
    if (contrasted(tree, clause)) return cited(tree, clause, mentions, entities);
    // "according to a survey that found 40% …", or the parser's "Prices, according to the exchange, reached
    // $2.40": the figure's clause hangs on the noun "according to" names.
    const onSource = dep.startsWith('acl') || dep === 'advcl';
    if (onSource && tree.children(head, 'case').some((c) => tree.lower(c) === 'according'))
      return named(tree, head, mentions, entities, -1, w);
    // "Prices reached $2.40 …, according to …" read as a noun the verb modifies: the noun heads the sentence.
    if (dep === 'acl' && tree.dep(head) === 'root' && head < clause) {
      clause = head;
      continue;
    }
    if (['ccomp', 'parataxis'].includes(dep) && isSaying(tree, head)) {
      // Only a subject of its own: one the tree lends ("with ISW estimating …" hung on another verb) is a
      // guess. "Figures from the Ukrainian government show …": the source is whose the figures are.
      return subjectSource(tree, head, mentions, entities);
    }
    // A reporting verb the parser put elsewhere in the figure's own clause is left to the words; only
    // clauses nested by complement or conjunction go up.
    if (!['ccomp', 'parataxis', 'conj', 'xcomp', 'advcl'].includes(dep))
      return cited(tree, clause, mentions, entities);
    clause = tree.clauseOf(head);
  }
  return null;
}

const isSaying = (tree: Tree, w: number): boolean => lemmaIn(tree.lower(w), SOURCE_VERBS) !== null;

/**
 * Verbs whose subject reports the amount their object holds ("officials put the toll at 40", "Pakistan has
 * claimed 40 deaths"); not "add", "find" or "show", whose object is no report ("the index added 1.2%"),
 * nor "say", whose object the parser makes of a clause's subject ("saying 500 trucks a day are needed").
 */
const REPORTING_OBJECT = new Set(
  'estimate report announce claim count project forecast record put tally'.split(' '),
);

/** Marks and conjunctions by which the writer sets one clause against another. */
const CONTRAST = /^(?:while|whereas|although|though|but|yet)$/;

/** Whether `clause` is set against the clause it hangs on: "…, while 30% oppose it", "…, but 40% …". */
function contrasted(tree: Tree, clause: number): boolean {
  const linked = [...tree.children(clause, 'mark', 'cc')].some((m) => CONTRAST.test(tree.lower(m)));
  return linked && ['advcl', 'conj', 'parataxis'].includes(tree.dep(clause));
}

/** The subject of a verb of saying as a source; none for a pronoun or a determiner alone ("This shows …"). */
function subjectSource(
  tree: Tree,
  verb: number,
  mentions: readonly Mention[],
  entities: ReadonlyMap<string, Entity>,
  ownerless = true,
): string | null {
  let subject = tree.child(verb, 'nsubj');
  // "The ministry estimated …, and said that 40 …": a second verb right after "and" shares the first's subject
  // ("…, said two people familiar …" and "as Trump says" have subjects the parser lost, not shared ones).
  if (subject < 0 && tree.dep(verb) === 'conj' && tree.tokens[tree.head(verb)]?.upos === 'VERB') {
    let before = verb - 1;
    while (before > 0 && ['ADV', 'AUX'].includes(tree.tokens[before]!.upos)) before--;
    if (tree.lower(before) === 'and' && tree.head(before) === verb)
      subject = tree.child(tree.head(verb), 'nsubj');
  }
  if (subject < 0 || ['PRON', 'DET'].includes(tree.tokens[subject]!.upos)) return null;
  const owner = REPORT_NOUN.test(tree.lower(subject))
    ? tree.prepositional(subject).find((p) => REPORT_LINK.test(p.preposition))
    : undefined;
  if (!ownerless && owner === undefined && REPORT_NOUN.test(tree.lower(subject))) return null;
  return named(tree, owner?.index ?? subject, mentions, entities, owner === undefined ? verb : -1);
}

/**
 * "…, citing the health ministry": the body a clause cites, when it names one (a name, an institution, or
 * "data from …"); "citing weak demand" gives a reason, no source.
 */
function cited(
  tree: Tree,
  clause: number,
  mentions: readonly Mention[],
  entities: ReadonlyMap<string, Entity>,
): string | null {
  const citing = tree.children(clause, 'advcl', 'xcomp').find((c) => tree.lower(c) === 'citing');
  const object = citing === undefined ? -1 : tree.child(citing, 'obj');
  if (object < 0) return null;
  const owner = REPORT_NOUN.test(tree.lower(object))
    ? tree.prepositional(object).find((p) => REPORT_LINK.test(p.preposition))
    : undefined;
  const noun = owner?.index ?? object;
  const words = wordsAfter(tree.text, tree.span(noun).start, tree.span(noun).end, 20);
  return trimSource(words).length > 0 ? named(tree, noun, mentions, entities) : null;
}

/** Text by which the writer sets one clause against another ("…, and" may still report the same speaker). */
const CLAUSE_BREAK = /;|,\s+(?:but|while|whereas|although|though)\s/;

/** Words that never name a source alone: "This shows …", "It said …". */
const PRONOUN_ALONE =
  /^(?:this|that|these|those|it|he|she|they|we|i|you|one|some|many|others?|the|an?|this (?:story|article|report|video|page|content|post))$/i;

/** Whether a source is only a pronoun or a determiner, or the writer's own piece ("This story contains …"). */
export const namesNoOne = (source: string): boolean => PRONOUN_ALONE.test(source.trim());

/**
 * "according to the territory's health ministry" with "according" hung on a modifier ("health") of the
 * clause's noun: the noun the modifier belongs to, or -1.
 */
function accordingMisplaced(tree: Tree, clause: number): number {
  const marker = tree.tokens.findIndex((t, m) => t.dep === 'case' && tree.lower(m) === 'according');
  if (marker < 0) return -1;
  const modifier = tree.head(marker);
  const noun = tree.head(modifier);
  const misplaced =
    tree.dep(modifier) === 'compound' &&
    noun > marker &&
    tree.head(noun) === clause &&
    ['obl', 'nmod'].includes(tree.dep(noun));
  return misplaced ? noun : -1;
}

/**
 * The source's words: the phrase of word `w`, without its clauses. A subject standing before its verb of
 * saying (`verb`) runs on to the last noun before the verb and drops a leading time word, however the parser
 * split it ("Yesterday the Houthi-run health ministry said": the parser's subject may be "health").
 */
function named(
  tree: Tree,
  w: number,
  mentions: readonly Mention[],
  entities: ReadonlyMap<string, Entity>,
  verb = -1,
  figure = -1,
): string {
  const span = { ...tree.span(w, ['acl:relcl', 'acl', 'appos', 'punct', 'conj', 'cc', 'advmod']) };
  // "Prices reached, according to the exchange, $2.40": the figure or a clause the parser hangs on the source
  // is not its; an "according to" source ends at its first comma.
  if (figure >= 0) {
    const start = tree.span(figure).start;
    const cut = start > tree.tokens[w]!.end ? Math.min(span.end, start) : span.end;
    const comma = tree.text.slice(tree.tokens[w]!.end, span.end).search(/,\s/);
    const stop = comma >= 0 ? tree.tokens[w]!.end + comma : cut;
    let last = w;
    while (last + 1 < tree.length && tree.tokens[last + 1]!.end <= stop) last++;
    while (last > w && tree.tokens[last]!.upos === 'PUNCT' && tree.word(last) !== ')') last--;
    if (comma >= 0 || cut < span.end) span.end = Math.max(tree.tokens[last]!.end, tree.tokens[w]!.end);
  }
  if (verb > w) {
    let last = tree.tokenAt(span.end - 1);
    while (last + 1 < verb && NAMING.has(tree.tokens[last + 1]!.upos)) last++;
    span.end = Math.max(span.end, tree.tokens[last]!.end);
    let first = tree.tokenAt(span.start);
    // Left over the name's own words, up to its determiner: "the vote the opposition" is two phrases.
    while (first > 0 && tree.tokens[first]!.upos !== 'DET' && joinsName(tree, first - 1)) first--;
    while (first >= 0 && first < last && (TIME.test(tree.word(first)) || tree.tokens[first]!.upos === 'ADP'))
      first++;
    if (first >= 0) span.start = tree.tokens[first]!.start;
    // "the ministry on Sunday announced", "Trump last week suggested": the time before the verb is no name's.
    let end = Math.max(last, tree.tokenAt(span.end - 1));
    while (end > first && end > w && TIME_ENDING.test(tree.word(end))) {
      end--;
      while (end > first && end > w && TIME_LEAD.test(tree.word(end))) end--;
    }
    span.end = tree.tokens[end]!.end;
  }
  // The phrase's own preposition ("according to", "from") is not part of the name.
  const written = tree.text.slice(span.start, span.end);
  const lead = /^(?:according to|from|by|of)\s+/i.exec(written)?.[0].length ?? 0;
  // A name never starts inside a hyphened word the parser split: "the Hamas-run health ministry".
  const glued = /[\p{L}\p{N}]+-$/u.exec(tree.text.slice(Math.max(0, span.start - 40), span.start + lead));
  const start = lead === 0 && glued !== null ? span.start - glued[0].length : span.start + lead;
  return sourceName(tree.text, start, span.end, mentions, entities);
}

/** Words that open a time phrase: "on Sunday", "last week", "earlier this month". */
const TIME_LEAD = /^(?:on|in|last|this|next|earlier|late|early|at|that|an?|the)$/;
/** A time phrase's last word: a weekday or month, or a lower-case time word ("The New York Times" keeps its name). */
const TIME_ENDING =
  /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|June|July|August|September|October|November|December|years?|months?|weeks?|days?|today|yesterday|earlier|later|ago)$/;

/** Tags a source's name may run on with up to its verb: "health ministry", "Ministry of Health". */
const NAMING = new Set(['NOUN', 'PROPN', 'ADJ']);

/**
 * Whether word `w` belongs to the name that follows it: a determiner, a modifier, a possessive "'s", or a
 * piece of a hyphened word ("Kremlin-run").
 */
function joinsName(tree: Tree, w: number): boolean {
  const token = tree.tokens[w]!;
  const next = tree.tokens[w + 1];
  const glued = next !== undefined && (token.end === next.start || tree.text[token.end] === '-');
  if (tree.word(w) === '-') return glued && tree.tokens[w - 1]?.end === token.start;
  if (glued && tree.text[token.end] !== undefined && next !== undefined && tree.word(w + 1) === '-')
    return true;
  if (tree.tokens[w - 1] !== undefined && tree.text.slice(tree.tokens[w - 1]!.end, token.start) === '-')
    return true;
  return NAMING.has(token.upos) || token.upos === 'DET' || /^['’]s$/.test(tree.word(w));
}

/**
 * The source covering the figure, the reporting verb nearest before it winning over the sentence's
 * "according to"; failing both, a source named after it ("…, officials said").
 */
export function attributionFor(
  figure: Span,
  found: readonly Attribution[],
  reportsIt: (a: Attribution) => boolean = () => true,
): string | null {
  let best: Attribution | null = null;
  for (const a of found)
    if (a.covers <= figure.start && reportsIt(a) && (best === null || a.covers > best.covers)) best = a;
  return best?.source ?? found.find((a) => a.start >= figure.end && reportsIt(a))?.source ?? null;
}

/**
 * Whether a source named after a figure reports it, by the tree: not when its verb of saying has a "that"
 * complement of its own without the figure ("…, with authorities saying that each machine …").
 */
export function reportsWord(tree: Tree, w: number, a: Attribution): boolean {
  // However the parser hangs it, a speaker before ", while", ", but" or ";" is the clause before's; one named
  // at the end ("…, while On makes up 3%, the firm said") covers the sentence.
  const at = tree.tokens[w]!;
  const between = tree.text.slice(a.start, at.start).replace(/\([^()]*\)/g, '');
  if (a.start < at.start && CLAUSE_BREAK.test(between)) return false;
  const verb = tree.tokenAt(a.covers);
  const complement = verb < 0 ? -1 : tree.child(verb, 'ccomp');
  const reportsOther =
    complement > verb &&
    !tree.dominates(complement, w) &&
    tree.children(complement, 'mark').some((m) => tree.lower(m) === 'that');
  return !reportsOther;
}
