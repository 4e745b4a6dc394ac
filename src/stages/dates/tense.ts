/**
 * Which way a sentence looks from the moment of publication, read from its verbs. The clue nearest to a
 * date wins, because a sentence like "He said on Monday he will resign" holds both directions and the date
 * usually belongs to the verb beside it.
 */

export type Tense = 'past' | 'present' | 'future';

const FUTURE_CLUES =
  "will|won't|'ll|shall|would|is to|are to|was to|were to|is going to|are going to|" +
  '(?:is|are|was|were) (?:expected|scheduled|due|set|slated|likely|poised|planning|going) to|' +
  'plans? to|planned to|intends? to|aims? to|hopes? to|expects? to|next|coming|upcoming|forthcoming|' +
  'later this|from now|ahead|as soon as';

const PAST_CLUES =
  "was|were|had|did|didn't|wasn't|weren't|said|told|met|made|took|came|went|gave|got|saw|left|held|began|" +
  'fell|rose|won|lost|sold|bought|brought|thought|sought|caught|fought|taught|built|sent|spent|kept|felt|' +
  'found|meant|stood|wrote|drove|chose|grew|knew|threw|drew|flew|broke|spoke|shot|fled|hung|sank|forgot|' +
  'sat|laid|paid|led|ran|became|struck|dealt|undertook|ago|last|earlier|yesterday|previously|[a-z]{2,}ed';

/** Words ending in -ed that are rarely past tense verbs in news text. */
const NOT_PAST = new Set([
  'need',
  'needed',
  'speed',
  'seed',
  'feed',
  'indeed',
  'bed',
  'red',
  'shed',
  'united',
  'hundred',
  'breed',
  'proceed',
  'exceed',
  'succeed',
  'weed',
  'greed',
  'deed',
  'expected',
  'scheduled',
  'planned',
  'intended',
  'supposed',
  'based',
  'related',
  'limited',
  'detailed',
  'concerned',
  'advanced',
  'interested',
  'closed',
  'experienced',
  'qualified',
  'skilled',
  'armed',
  'sized',
  'minded',
]);

const AFTER_BE = /\b(?:be|being)\s+$/i;

const CLUE = new RegExp(`\\b(?:(${FUTURE_CLUES})|(${PAST_CLUES}))\\b`, 'gi');

/**
 * The tense governing a position of `text`, judged within `[from, to)` (its sentence): the closest clue,
 * by distance in characters, on either side of the position.
 */
export function tenseAt(text: string, from: number, to: number, position: number, end = position): Tense {
  CLUE.lastIndex = from;
  let best: Tense = 'present';
  let bestDistance = Infinity;
  for (let match = CLUE.exec(text); match && match.index < to; match = CLUE.exec(text)) {
    if (match.index >= position && match.index < end) continue;
    if (match[2] && NOT_PAST.has(match[2].toLowerCase())) continue;
    // A participle after "be" is a passive, whose tense is its auxiliary's ("will be signed", "was signed"),
    // not a past-tense verb of its own.
    if (match[2] && AFTER_BE.test(text.slice(Math.max(from, match.index - 7), match.index))) continue;
    const distance = match.index < position ? position - match.index - match[0].length : match.index - end;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = match[1] ? 'future' : 'past';
    }
  }
  return best;
}
