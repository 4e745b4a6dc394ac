import type { Span } from '../../core/analysis.js';
import type { Tree } from '../syntax/tree.js';
import { SPEAKER_ACT } from './attribution-patterns.js';

/**
 * What the speaker did in saying it, apart from what was said: "The president said unity is at the heart
 * of the day, pointing to the founder's belief in it", "…, citing a complaint", "…, without providing
 * evidence". The participle tells how the words were given, and is no part of them.
 */

/**
 * The reported content without a participle of the speaker's act closing it. Only where the tree makes
 * that participle's phrase run from the comma to the content's end: "the report, citing officials,
 * showed …" keeps its participle, which ends inside the clause said. Without a tree, or where nothing
 * would be left, the content as given.
 */
export function withoutSpeakerAct(text: string, tree: Tree | null, content: Span): Span {
  if (!tree) return content;
  const found = SPEAKER_ACT.exec(text.slice(content.start, content.end));
  if (!found || found.index === 0) return content;
  const comma = content.start + found.index;
  const ing = /\p{L}+ing\b/u.exec(found[0]);
  const participle = ing ? tree.tokenAt(comma + ing.index) : -1;
  if (participle < 0) return content;
  const phrase = tree.span(participle);
  let end = content.end;
  while (end > comma && /[\s.,;!?"”’]/.test(text[end - 1]!)) end--;
  if (phrase.start < comma || phrase.end < end) return content;
  // A quotation closed right after the comma ("result of "human error," without providing …") keeps its mark.
  let cut = /^,[”"]/.test(found[0]) ? comma + 2 : comma;
  while (cut > content.start && /\s/.test(text[cut - 1]!)) cut--;
  return /\S\s+\S/.test(text.slice(content.start, cut)) ? { start: content.start, end: cut } : content;
}

/** A verb's auxiliary of tense or negation only ("did not provide"): a modal or "is" makes a new clause. */
const DO_FORMS: ReadonlySet<string> = new Set(['do', 'does', 'did', 'not', "n't", 'never']);

/**
 * The reported content without a second act of the speaker joined to the verb of saying: "Gürpınar
 * emphasized the rich culture of Iranian women, and lashed out at the Western media …", "said the plant
 * would stay open, but declined to give details" report the culture and the plant, not the lashing out or
 * the declining. The parser hangs many a verb of what was said on the verb of saying as well ("said
 * Tesla's Dojo supercomputer in Buffalo, New York, is used …"), so only a verb the tree makes a conjunct
 * of the cue after a comma or dash and "and", or after "but", with no subject, marker or -ing form of its
 * own, outside any quotation, whose phrase runs to the content's end; and after a clause said with a
 * subject of its own, which the verb may go on with, only one with "did not" ("…, but did not provide").
 * "said prices rose and wages fell" joins two clauses of what was said, each with its subject, and stays.
 */
export function withoutJoinedAct(text: string, tree: Tree | null, cue: Span, content: Span): Span {
  const verb = tree ? tree.tokenAt(cue.start) : -1;
  if (!tree || verb < 0) return content;
  const act = tree.children(verb, 'conj').find((c) => {
    const token = tree.tokens[c]!;
    if (token.upos !== 'VERB' || token.start <= content.start || token.start >= content.end) return false;
    if (/ing$/i.test(tree.word(c)) || tree.child(c, 'nsubj', 'nsubj:pass', 'csubj', 'expl') >= 0)
      return false;
    const auxiliaries = tree.children(c, 'aux', 'aux:pass', 'cop');
    if (auxiliaries.some((a) => !DO_FORMS.has(tree.lower(a))) || tree.child(c, 'mark') >= 0) return false;
    // After a reported clause with a subject of its own, a bare verb may go on with that subject ("said
    // Unite had expected a deal but then learned …"): only "did not" marks the speaker's own act.
    const cc = tree.child(c, 'cc');
    if (cc < 0) return false;
    if (auxiliaries.length === 0 && hasSubject(tree, content.start, tree.tokens[cc]!.start)) return false;
    const before = text.slice(content.start, tree.tokens[cc]!.start);
    return tree.lower(cc) === 'but' || /[,—–-]\s*$/.test(before) ? !insideQuotation(before) : false;
  });
  if (act === undefined) return content;
  const phrase = tree.span(act);
  let end = content.end;
  while (end > phrase.start && /[\s.,;!?"”’]/.test(text[end - 1]!)) end--;
  if (phrase.start <= content.start || phrase.end < end) return content;
  let cut = phrase.start;
  while (cut > content.start && /[\s,;—–-]/.test(text[cut - 1]!)) cut--;
  return /\S\s+\S/.test(text.slice(content.start, cut)) ? { start: content.start, end: cut } : content;
}

/**
 * The reported content without the main clause after it, where the verb of saying is in a clause opened
 * by a subordinator: "While he noted that Trump is fond of saying …, he believes there will be …" reports
 * what he noted, not what he believes. The parser, meeting such a clause first, often makes its verb the
 * root and the main clause a parataxis of it or of what was said: a clause after a comma with a subject
 * of its own, hung below the cue so, ends what was said.
 */
export function withoutMainClause(text: string, tree: Tree | null, cue: Span, content: Span): Span {
  const verb = tree ? tree.tokenAt(cue.start) : -1;
  if (!tree || verb < 0 || !tree.children(verb, 'mark').some((m) => SUBORDINATORS.has(tree.lower(m))))
    return content;
  const main = tree.tokens.findIndex(
    (t, c) =>
      t.dep === 'parataxis' &&
      t.start > content.start &&
      t.start < content.end &&
      tree.dominates(verb, c) &&
      tree.child(c, 'nsubj') >= 0 &&
      tree.span(c).start > content.start &&
      /,["”]?\s*$/.test(text.slice(content.start, tree.span(c).start)),
  );
  if (main < 0) return content;
  let cut = tree.span(main).start;
  while (cut > content.start && /\s/.test(text[cut - 1]!)) cut--;
  if (/[,;]/.test(text[cut - 1] ?? '')) cut--;
  return /\S\s+\S/.test(text.slice(content.start, cut)) ? { start: content.start, end: cut } : content;
}

/** Words opening a subordinate clause set before the main one. */
const SUBORDINATORS: ReadonlySet<string> = new Set(['while', 'although', 'though', 'whereas']);

/** Relative pronouns: the subject of a relative clause ("prices that have doubled") is no clause said. */
const RELATIVE = /^(?:that|which|who|whom)$/i;

/**
 * Whether the words from `start` to `end` hold a subject of a verb among them, other than a relative
 * pronoun: a clause said ("said Unite had expected …"; the parser may hang it anywhere).
 */
function hasSubject(tree: Tree, start: number, end: number): boolean {
  return tree.tokens.some(
    (t, w) =>
      t.start >= start &&
      t.end <= end &&
      (t.dep === 'nsubj' || t.dep === 'nsubj:pass' || t.dep === 'expl') &&
      !RELATIVE.test(tree.word(w)),
  );
}

/** Whether words end inside a quotation they opened: curly marks unbalanced, or an odd number of straight ones. */
function insideQuotation(words: string): boolean {
  const opened = (words.match(/“/g) ?? []).length - (words.match(/”/g) ?? []).length;
  return opened > 0 || (words.match(/"/g) ?? []).length % 2 === 1;
}
