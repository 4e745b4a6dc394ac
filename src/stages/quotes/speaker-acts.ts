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
  let cut = comma;
  while (cut > content.start && /\s/.test(text[cut - 1]!)) cut--;
  return /\S\s+\S/.test(text.slice(content.start, cut)) ? { start: content.start, end: cut } : content;
}
