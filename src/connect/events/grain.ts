import type { Event } from '../../core/analysis.js';
import type { ReadArticle } from '../../core/connected.js';
import { treeOf } from '../../stages/syntax/tree.js';

/**
 * Whether a report tells of one attack or of many: "an Israeli strike on a school killed 36" is one, "Israeli
 * strikes killed 46 across Gaza, including 31 in a school" is the day's many. The two share actors, trigger
 * and day, yet one is a part of the other, and merging them makes one event of a part and its whole.
 * `null` when the report does not say (no attack noun, no aggregate wording).
 */
export type Grain = 'one' | 'many';

/** Nouns naming an attack, whose number says how many attacks a report is about. */
const ATTACK_NOUNS = new Set(
  'strike airstrike attack raid bombing bombardment shelling shell missile rocket drone blast explosion shooting clash'.split(
    ' ',
  ),
);

/** Wording that gathers a span of attacks: "across Gaza", "throughout the day", "in the past 24 hours", "since dawn". */
const AGGREGATE =
  /\b(?:across|throughout)\b|\b(?:in|over|during)\s+the\s+(?:past|last|previous)\s+(?:\d+|twenty-four|24)[\s-]*hours?\b|\bsince\s+(?:dawn|daybreak|the\s+morning)\b/i;

/** "strikes", "raids", "bombings" are plural; "strike", "shelling" are not ("clashes" → "clash"). */
function attackNumber(word: string): Grain | null {
  const w = word.toLowerCase();
  if (ATTACK_NOUNS.has(w)) return 'one';
  if (ATTACK_NOUNS.has(w.replace(/e?s$/, '')) || ATTACK_NOUNS.has(w.replace(/s$/, ''))) return 'many';
  return null;
}

/**
 * The report's grain, for the kinds of event that come many a day (attacks, fights): the number of the
 * attack noun that is the trigger, else the trigger's subject, agent or the noun it is done "in" or "by"
 * ("was killed in an airstrike"); aggregate wording in the sentence makes it many whatever the noun.
 */
export function grainOf(read: ReadArticle, event: Event): Grain | null {
  const sentence = read.reading.sentences[event.sentence];
  const text = read.article.text.slice(event.start, event.end);
  if (AGGREGATE.test(text)) return 'many';
  if (!sentence?.tokens?.length) return null;
  const tree = treeOf(read.article.text, sentence);
  const trigger = tree.headOf(event.trigger.start, event.trigger.end);
  if (trigger < 0) return null;
  const own = tree.tokens[trigger]!.upos === 'NOUN' ? attackNumber(tree.word(trigger)) : null;
  if (own) return own;
  const nouns = [
    ...tree.subjects(trigger),
    ...tree.agent(trigger),
    ...tree
      .prepositional(trigger)
      .filter((p) => p.preposition === 'in' || p.preposition === 'by')
      .map((p) => p.index),
  ];
  for (const n of nouns) {
    const grain = tree.tokens[n]!.upos === 'NOUN' ? attackNumber(tree.word(n)) : null;
    if (grain) return grain;
  }
  return null;
}
