import type { Deprel, Span } from '../../core/analysis.js';
import type { Tree } from '../syntax/tree.js';

/**
 * What a verb of saying reports is its clausal complement, as a whole: the one told or warned (the object
 * of a verb of addressing), and when, where or through what it was said (the verb's obliques), are the
 * verb's other dependents, and no part of what was said. "warned critics against assuming …" reports
 * "against assuming …"; "asked the minister if he knew …" reports "if he knew …"; "said Sunday he was
 * grateful" reports "he was grateful".
 *
 * The parser often takes the subject of a bare clause said for the verb's object ("said the company plans
 * to …", "insists the information they gave did not …"), so an object is passed over only after a verb
 * that addresses someone, and only a noun phrase with no verb inside it; and "stressed the need to …",
 * "reiterated the request for X to …" keep what they name.
 */

/** Verbs whose object is the one addressed, before what they tell, ask or warn: "urged residents to …". */
const ADDRESSING =
  /^(?:tell|tells|told|telling|warn|warns|warned|warning|urge|urges|urged|urging|ask|asks|asked|asking|remind|reminds|reminded|reminding|assure|assures|assured|assuring|inform|informs|informed|informing|advise|advises|advised|advising|caution|cautions|cautioned|cautioning|implore|implores|implored|imploring|beg|begs|begged|begging|instruct|instructs|instructed|instructing|call|calls|called|calling)$/;

/** Prepositions of an oblique telling where, when or through what it was said: "in a post", "on Monday". */
const CHANNEL_CASES = /^(?:in|on|at|during|via|through|over)$/;

/** Obliques with no preposition: "said Sunday", "said last week". */
const BARE_OBLIQUES: ReadonlySet<string> = new Set(['obl:tmod', 'obl:npmod', 'obl:unmarked']);

/** The words opening a clause a verb of addressing asks, urges or warns with: "to", "against", "if". */
const REQUEST_MARKS = /^(?:to|against|from|whether|if)$/;

/** A clause said whole: "that" or "whether" before it, or nothing. */
const SAID_MARKS = /^(?:that|whether|if)$/;

const SUBJECTS: Deprel[] = ['nsubj', 'nsubj:pass', 'csubj', 'expl'];

/**
 * The content from the clause the verb reports, where it opens with the verb's addressee or a channel or
 * time oblique before that clause: every word from the content's start to the clause hangs, through one
 * of those, on the cue's verb. The clause is a complement with a subject of its own ("said Sunday he was
 * …", "told reporters the talks had failed"), or after a verb of addressing a complement opened by "to",
 * "against", "if" or "whether" ("urged the public “to desist …”", "asked Fletcher if he …"); a clause
 * opened by "after", "when" or "before" tells when, and is no complement. A content before its cue, or
 * one already after "that", stays as given, and so does one the tree gives no such clause.
 */
export function fromComplement(text: string, tree: Tree | null, cue: Span, content: Span): Span {
  const verb = tree ? tree.tokenAt(cue.start) : -1;
  if (!tree || verb < 0 || tree.tokens[verb]!.upos !== 'VERB' || content.start < cue.end) return content;
  if (/\bthat\b/i.test(text.slice(cue.end, content.start))) return content;
  let first = tree.tokenAt(content.start);
  while (first >= 0 && first < tree.length && tree.tokens[first]!.upos === 'PUNCT') first++;
  if (first <= verb || first >= tree.length || tree.tokens[first]!.start >= content.end) return content;
  const addressing = ADDRESSING.test(tree.lower(verb));
  /** The verb's own dependent whose phrase holds `w`, or -1 when `w` does not hang on the verb. */
  const dependentOf = (w: number): number => {
    let below = w;
    while (below >= 0 && tree.head(below) !== verb) below = tree.head(below);
    return below;
  };
  /** Whether the verb's dependent `d` tells whom, or where, when or through what, not what was said. */
  const beside = (d: number): boolean => {
    const dep = tree.dep(d);
    if (BARE_OBLIQUES.has(dep)) return true;
    if (dep === 'obl') {
      const preposition = tree.child(d, 'case');
      return preposition >= 0 && CHANNEL_CASES.test(tree.lower(preposition));
    }
    if (!addressing || (dep !== 'obj' && dep !== 'iobj')) return false;
    // The one addressed is a noun phrase: a verb inside it makes it the subject of a clause misread.
    const { start, end } = tree.span(d);
    return !tree.tokens.some(
      (t) => t.start >= start && t.end <= end && (t.upos === 'VERB' || t.upos === 'AUX'),
    );
  };
  const opening = dependentOf(first);
  if (opening < 0 || !beside(opening)) return content;
  const clause = tree.children(verb, 'ccomp', 'xcomp', 'advcl', 'obl').find((c) => c > opening && !beside(c));
  if (clause === undefined || !isComplement(tree, clause, addressing)) return content;
  const said = tree.span(clause);
  if (said.start >= content.end || said.end > content.end) return content;
  const firstOfClause = tree.tokenAt(said.start);
  for (let t = first; t < firstOfClause; t++) {
    if (tree.tokens[t]!.upos === 'PUNCT') continue;
    const under = dependentOf(t);
    if (under < 0 || !beside(under)) return content;
  }
  let start = said.start;
  // "told reporters that the talks had failed": "that" opens what was said and is no part of it.
  if (tree.lower(firstOfClause) === 'that' && tree.dep(firstOfClause) === 'mark')
    start = tree.tokens[firstOfClause + 1]?.start ?? start;
  // An opening quotation mark right before the clause stays with it.
  if (/[“"‘']/.test(text[start - 1] ?? '') && start - 1 >= content.start) start--;
  return start > content.start && start < content.end ? { start, end: content.end } : content;
}

/**
 * Whether the verb's clause `clause` is what it reports: a complement with a subject of its own and at
 * most "that", "whether" or "if" before it; after a verb of addressing also one opened by "to",
 * "against", "from", "if" or "whether" (what was asked, urged or warned against), or a phrase after
 * "against" (the parser may read "against making …" as one).
 */
function isComplement(tree: Tree, clause: number, addressing: boolean): boolean {
  // "warned the United States against making …" with "making" misread as a noun: what was warned against.
  if (tree.dep(clause) === 'obl') {
    const preposition = tree.child(clause, 'case');
    return addressing && preposition >= 0 && tree.lower(preposition) === 'against';
  }
  const marks = tree.children(clause, 'mark').map((m) => tree.lower(m));
  if (tree.dep(clause) === 'ccomp' && tree.child(clause, ...SUBJECTS) >= 0)
    return marks.every((m) => SAID_MARKS.test(m));
  return addressing && marks.length === 1 && REQUEST_MARKS.test(marks[0]!);
}
