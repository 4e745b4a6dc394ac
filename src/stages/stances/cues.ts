/**
 * The words that state a position, found by one precompiled scanner. Each alternative names its group
 * after the position it states and the way its actor is found; the issue is what follows the match.
 */
import type { StancePosition } from '../../core/analysis.js';

/** How the actor of a cue is written relative to it. */
export type CueForm =
  | 'verb' // "Scholz endorsed the plan": the clause's subject
  | 'noun' // "Moscow's rejection of", "refusals from the Trump administration to": a possessor or a "from"
  | 'gerund'; // "accused Zelenskyy of refusing to cede": the nearest actor before it

export interface Cue {
  position: Exclude<StancePosition, 'conditional'>;
  form: CueForm;
  start: number;
  /** Where the cue's object starts. */
  end: number;
}

const ALTERNATIVES: ReadonlyArray<
  readonly [group: string, position: Cue['position'], form: CueForm, pattern: string]
> = [
  [
    'supportNoun',
    'supports',
    'verb',
    String.raw`(?:expressed|voiced|reiterated|reaffirmed|pledged|signall?ed|declared|offered|showed|stated|announced|gave)(?: (?:its|his|her|their|strong|full|firm|unwavering|continued|clear))* support (?:for|to)`,
  ],
  [
    'willingness',
    'supports',
    'noun',
    String.raw`(?:willingness|readiness) to (?:accept|agree to|engage in|back|support|sign)`,
  ],
  [
    'ready',
    'supports',
    'verb',
    String.raw`(?:willing|ready|prepared) to (?:accept|agree to|engage in|back|support|sign)`,
  ],
  ['favour', 'supports', 'verb', String.raw`in favou?r of`],
  [
    'supportVerb',
    'supports',
    'verb',
    String.raw`(?:endors(?:ed|es|e|ing)|back(?:ed|s|ing)?|support(?:ed|s|ing)?|welcom(?:ed|es|e|ing)|hail(?:ed|s|ing)?|accept(?:ed|s|ing)?|agree(?:d|s)? to)`,
  ],
  [
    'oppositionNoun',
    'opposes',
    'noun',
    String.raw`(?:opposition|resistance|objection|disinclination|unwillingness) to|rejection of|refusals? (?=(?:from|by) )`,
  ],
  [
    'expressedOpposition',
    'opposes',
    'verb',
    String.raw`(?:expressed|voiced|reiterated|signall?ed|declared|stated|announced)(?: (?:its|his|her|their|strong|firm|fierce|clear))* (?:opposition|resistance|objection) to`,
  ],
  [
    'refusing',
    'opposes',
    'gerund',
    String.raw`(?<=\b(?:by|of|for) )(?:refusing|rejecting|opposing|resisting)(?: to)?`,
  ],
  [
    'opposeVerb',
    'opposes',
    'verb',
    String.raw`(?:oppos(?:ed|es|e|ing)(?: to)?|reject(?:ed|s|ing)?|resist(?:ed|s|ing)?|refus(?:ed|es|e|ing) to|dismiss(?:ed|es|ing)?|rebuff(?:ed|s)?|object(?:ed|s)? to|unwilling to)`,
  ],
];

const SCANNER = new RegExp(
  String.raw`(?<![\p{L}-])(?:` +
    ALTERNATIVES.map(([group, , , pattern]) => `(?<${group}>${pattern})`).join('|') +
    String.raw`)(?![\p{L}-])\s*`,
  'giu',
);

/** Words before a verb cue that show it is a verb with a subject, not a noun ("security support", "the bridge supports"). */
const VERB_LEFT =
  /(?:\b(?:we|i|they|he|she|it|who|which|will|would|could|should|may|might|must|can|did|does|do|also|and|to|not|never|still|strongly|firmly|fully|publicly|openly|has|have|had|long)|\p{Ll}+ly|[’']s|n't)\s+$/iu;
/** "determination of the Kremlin's willingness": a question about a position, not the position. */
const ASKED_ABOUT = /\b(?:of|about|on|whether|over)\s+(?:the\s+)?[\p{L}'’-]+\s*$/iu;
/** "to raise €90 billion to financially support …": a purpose; "pledged to support" still states one. */
const PURPOSE =
  /(?<!\b(?:pledged|vowed|agreed|promised|decided|voted|continues?|continued|committed|ready|willing|prepared|refused|declined|want|wants|wanted|intends?))\s+to\s+(?:\p{Ll}+ly\s+)?$/iu;
/** "remains opposed to": the one cue whose past participle states a position after a copula. */
const COPULA_LEFT = /\b(?:is|are|was|were|be|been|remains?|remained|stays?|stayed)\s+$/i;
/** "backed by pressure", "rejected by Kyiv": a passive whose actor, if any, comes after it. */
const PASSIVE = /^(?:by|down|away|off|out|up|into)\b/i;

/**
 * Every cue in the text, in order. `isActorEnd(i)` says whether a mention ends at `i`, which lets a verb
 * cue stand right after a name ("Germany supports …") where a noun would otherwise make it a noun.
 */
export function findCues(text: string, isActorEnd: (at: number) => boolean): Cue[] {
  const cues: Cue[] = [];
  for (const match of text.matchAll(SCANNER)) {
    const groups = match.groups ?? {};
    const entry = ALTERNATIVES.find(([group]) => groups[group] !== undefined);
    if (!entry) continue;
    const [group, position, form] = entry;
    const start = match.index;
    const end = start + match[0].length;
    if (PASSIVE.test(text.slice(end, end + 6))) continue;
    const left = text.slice(Math.max(0, start - 40), start);
    if (group === 'willingness' && ASKED_ABOUT.test(left)) continue;
    if (group === 'supportVerb' && PURPOSE.test(left)) continue;
    if (group === 'supportVerb' || group === 'opposeVerb') {
      const adjective = /^opposed/i.test(match[0]) && COPULA_LEFT.test(left);
      if (!adjective && !VERB_LEFT.test(left) && !isActorEnd(start - 1) && !isActorEnd(start - 2)) continue;
      if (/^support/i.test(match[0]) && /^for\b/i.test(text.slice(end, end + 4))) continue;
    }
    cues.push({ position, form, start, end });
  }
  return cues;
}

/** "did not endorse", "never backed", "refused to endorse": a support cue denied states opposition. */
const NEGATED =
  /(?:\bnot|\bnever|n't|\bno longer|\brefus(?:ed|es|e|ing|als?) to|\bdeclined to)\s+(?:\p{Ll}+ly\s+)?$/iu;

export function isNegated(text: string, cue: Cue, clauseStart: number): boolean {
  return NEGATED.test(text.slice(Math.max(clauseStart, cue.start - 30), cue.start));
}

/** What makes a position conditional when it follows the cue in the same sentence. */
export const CONDITION =
  /\b(?:contingent (?:up)?on|conditional (?:up)?on|provided that|providing that|on condition that|as long as|only if|if|unless)\b/i;

/** A cue inside an if-clause states no position: "if Russia consents to a ceasefire". */
export const HYPOTHETICAL = /\b(?:if|whether|unless)\b/i;
