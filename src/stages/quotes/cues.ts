import type { Span } from '../../core/analysis.js';

/**
 * How a cue relates to the words around it:
 * - `verb`: a reporting verb, its speaker before it ("Rubio said") or after it in inversion ("said Rubio");
 * - `participle`: "…, saying/adding/stating …", whose speaker is the subject of the clause it hangs on;
 * - `according`: "according to X", speaker after;
 * - `passive`: "it was announced by X", "as articulated by X", speaker after "by".
 */
export type CueKind = 'verb' | 'participle' | 'according' | 'passive';

export interface Cue extends Span {
  kind: CueKind;
  /** Whether a bare clause may follow ("said it was"); the others need "that", a colon or a quote. */
  takesBareClause: boolean;
  /** Offset just past "by" of a passive cue, where its speaker starts. */
  agent?: number;
}

/**
 * Reporting verbs, each as its present, third-person, past and -ing forms. The first group takes a bare
 * clause ("said it was"); the second reports speech only with "that", a colon or a quotation, since
 * "announced sanctions" or "confirmed the meeting" report no words, and "responded to the strike with
 * arrests" or "responding to speculation" none either.
 */
const BARE_CLAUSE_VERBS = `
  say says said saying | tell tells told telling | state states stated stating | claim claims claimed claiming
  insist insists insisted insisting | argue argues argued arguing | warn warns warned warning
  add adds added adding | note notes noted noting | remark remarks remarked remarking
  assert asserts asserted asserting | explain explains explained explaining | write writes wrote writing
  tweet tweets tweeted tweeting | declare declares declared declaring | maintain maintains maintained maintaining
  contend contends contended contending | stress stresses stressed stressing
  emphasize emphasizes emphasized emphasizing | emphasise emphasises emphasised emphasising
  reiterate reiterates reiterated reiterating | predict predicts predicted predicting
  acknowledge acknowledges acknowledged acknowledging | admit admits admitted admitting
  concede concedes conceded conceding
  caution cautions cautioned cautioning | complain complains complained complaining
  suggest suggests suggested suggesting | recall recalls recalled recalling | quip quips quipped quipping
  observe observes observed observing | affirm affirms affirmed affirming | underscore underscores underscored underscoring
  inform informs informed informing | assure assures assured assuring | vow vows vowed vowing
  pledge pledges pledged pledging | promise promises promised promising | allege alleges alleged alleging
  retort retorts retorted retorting | exclaim exclaims exclaimed exclaiming | shout shouts shouted shouting
  yell yells yelled yelling | boast boasts boasted boasting | brag brags bragged bragging
  lament laments lamented lamenting | chant chants chanted chanting | scream screams screamed screaming
  testify testifies testified testifying | muse muses mused musing | joke jokes joked joking
`;
const CLAUSE_ONLY_VERBS = `
  announce announces announced announcing | confirm confirms confirmed confirming | deny denies denied denying
  mention mentions mentioned mentioning | indicate indicates indicated indicating | reveal reveals revealed revealing
  express expresses expressed expressing | report reports reported reporting | signal signals signaled signaling
  ask asks asked asking | urge urges urged urging | intimate intimates intimated intimating | hint hints hinted hinting
  characterize characterizes characterized characterizing | describe describes described describing
  hail hails hailed hailing | call calls called calling | refer refers referred referring | continue continues continued continuing
  conclude concludes concluded concluding | thank thanks thanked thanking | label labels labeled labeling
  dub dubs dubbed dubbing | read reads read reading | praise praises praised praising
  accuse accuses accused accusing | highlight highlights highlighted highlighting
  proclaim proclaims proclaimed proclaiming | elaborate elaborates elaborated elaborating
  interject interjects interjected interjecting | answer answers answered answering
  bemoan bemoans bemoaned bemoaning | bark barks barked barking | fume fumes fumed fuming
  blast blasts blasted blasting | mock mocks mocked mocking | tout touts touted touting
  recount recounts recounted recounting | counter counters countered countering
  plead pleads pleaded pleading | reply replies replied replying | respond responds responded responding
  demand demands demanded demanding | scoff scoffs scoffed scoffing | gush gushes gushed gushing
  charge charges charged charging | grouse grouses groused grousing | confess confesses confessed confessing
`;
/**
 * Reporting verbs counted in the past tense only: their other forms are nouns at least as often ("made
 * comments", "a social media post", "for security reasons"), and nothing in the words tells them apart.
 */
const PAST_ONLY = ['commented', 'posted', 'reasoned', 'speculated', 'opined'];
/** Verbs that report speech only with their particle ("pointed out", "went on", "shot back"), as clause-only cues. */
const PHRASAL_VERBS = `
  point points pointed pointing out | go goes went going on | shoot shoots shot shooting back
  fire fires fired firing back | chime chimes chimed chiming in
`;

export type VerbForm = 'present' | 'past' | 'ing';

function formsOf(lexicon: string, particles = false): Map<string, VerbForm> {
  const forms = new Map<string, VerbForm>();
  for (const group of lexicon.trim().split(/\s*[|\n]\s*/)) {
    const [base, third, past, ing, ...extra] = group.split(/\s+/);
    if (!base || !third || !past || !ing || extra.length !== (particles ? 1 : 0))
      throw new Error(`quotes: a cue needs its four forms: ${group}`);
    forms.set(base, 'present').set(third, 'present').set(past, 'past').set(ing, 'ing');
  }
  return forms;
}

/** Each form of a phrasal verb, with its particle as the words after it must start. */
function particlesOf(lexicon: string): Map<string, RegExp> {
  const particles = new Map<string, RegExp>();
  for (const group of lexicon.trim().split(/\s*[|\n]\s*/)) {
    const words = group.split(/\s+/);
    const particle = new RegExp(`^\\s+${words[4]}\\b`);
    for (const form of words.slice(0, 4)) particles.set(form, particle);
  }
  return particles;
}

/** Each form of the reporting verbs, by which form it is. */
const BARE = formsOf(BARE_CLAUSE_VERBS);
const CLAUSE_ONLY = formsOf(CLAUSE_ONLY_VERBS);
for (const word of PAST_ONLY) CLAUSE_ONLY.set(word, 'past');
const PHRASAL = formsOf(PHRASAL_VERBS, true);
const PARTICLE = particlesOf(PHRASAL_VERBS);

/** "characterized … as", "called it": report words only as the quoted label they give, never a clause. */
export const NEEDS_AS: ReadonlySet<string> = new Set(
  ['characterize', 'describe', 'hail', 'call', 'refer'].flatMap((v) =>
    [...CLAUSE_ONLY.keys()].filter((f) => f.startsWith(v)),
  ),
);

const WORD = /[A-Za-z]+/g;

/** Words before a form that make it a noun or a gerund ("the report", "a claim", "without saying"). */
const NOUN_BEFORE =
  /\b(?:the|a|an|of|for|by|without|after|before|while|when|from|about|their|his|her|its|our|my|your|this|these|those|in|on|with|to|amid|over|despite)\s+$/i;
/**
 * Present forms are nouns as often as verbs ("member states", "a claim", "maintain the lines"); apart from
 * "say" and "tell" they count only when what follows is what a reporting verb takes.
 */
const PRESENT_ALWAYS = new Set(['say', 'says', 'tell', 'tells']);
const REPORTS_NEXT = /^\s*(?:that\b|[:,“"]|\.?\s*$)/;
/** A quote just closed, with only the speaker between: `“…,” Bozell concludes on …`. */
const AFTER_QUOTE = /[”"][^.;:!?“”"]{0,60}$/;

/**
 * Verbs that report words only right after the quotation they close, with only the speaker between and
 * nothing after but the sentence's end or the rest of a split quote: `“…,” Hayes began.`; "began talks",
 * "“…,” the army began shelling" report nothing.
 */
const AFTER_QUOTE_ONLY: ReadonlySet<string> = new Set(['began', 'begins']);
const ENDS_OR_SPLITS = /^\s*(?:[.!?]|,\s*[“"]|$)/;

/** Auxiliaries before an -ing form that make it a finite verb ("is saying"). */
const PROGRESSIVE_BEFORE = /(?:\b(?:is|are|was|were|been|am|be)|['’](?:s|re|m))\s+$/i;

/**
 * Every word that can be a cue or open one: most words of a sentence are none of them, and this one lookup
 * turns them away before the checks below.
 */
const CUE_WORDS: ReadonlySet<string> = new Set([
  'according',
  ...AFTER_QUOTE_ONLY,
  ...BARE.keys(),
  ...CLAUSE_ONLY.keys(),
  ...PARTICLE.keys(),
]);

/** A passive auxiliary right before a verb form: "was asked", "as articulated by". */
const PASSIVE_BEFORE = /\b(?:was|were|been|is|are|being|as)\s+$/i;

/**
 * A passive auxiliary and one adverb before "asked": "was also asked if he knew …" puts a question to
 * its subject, who says nothing by it. ("was also told health officials are …" reports what someone
 * told, and stays a cue with no speaker.)
 */
const ASKED_PASSIVE =
  /\b(?:was|were|been|is|are|being)\s+(?:also|then|again|later|first|further|\p{L}+ly)\s+$/iu;

/** The reporting cues of one sentence, in text order, skipping any inside `skip` (the quotations). */
export function findCues(text: string, sentence: Span, skip: readonly Span[]): Cue[] {
  const cues: Cue[] = [];
  const inside = (i: number): boolean => skip.some((s) => s.start <= i && i < s.end);
  const chunk = text.slice(sentence.start, sentence.end);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(chunk); m; m = WORD.exec(chunk)) {
    const start = sentence.start + m.index;
    let end = start + m[0].length;
    const word = m[0].toLowerCase();
    if (!CUE_WORDS.has(word)) continue;
    // Part of a compound ("so-called", "well-read") rather than a verb.
    if (inside(start) || chunk[m.index - 1] === '-') continue;
    if (word === 'according' && /^\s+to\b/.test(text.slice(end, end + 4))) {
      cues.push({
        start,
        end: end + text.slice(end).indexOf('to') + 2,
        kind: 'according',
        takesBareClause: true,
      });
      continue;
    }
    if (AFTER_QUOTE_ONLY.has(word)) {
      const before = text.slice(Math.max(sentence.start, start - 70), start);
      if (
        AFTER_QUOTE.test(before) &&
        ENDS_OR_SPLITS.test(text.slice(end, Math.min(sentence.end + 1, end + 4)))
      )
        cues.push({ start, end, kind: 'verb', takesBareClause: false });
      continue;
    }
    const bare = BARE.get(word);
    let form = bare ?? CLAUSE_ONLY.get(word);
    const particle = form === undefined ? PARTICLE.get(word)?.exec(text.slice(end, end + 8)) : null;
    if (particle) {
      form = PHRASAL.get(word);
      end += particle[0].length;
    }
    if (form === undefined) continue;
    if (m[0] !== word && m.index > 0 && !/[.!?:"“”]\s*$/.test(chunk.slice(0, m.index))) continue;
    const before = text.slice(Math.max(sentence.start, start - 70), start);
    const after = text.slice(end, Math.min(sentence.end, end + 8));
    if (NOUN_BEFORE.test(before)) continue;
    if (
      form === 'present' &&
      !PRESENT_ALWAYS.has(word) &&
      !REPORTS_NEXT.test(after) &&
      !AFTER_QUOTE.test(before)
    )
      continue;
    const by = /^\s+by\s+/.exec(after);
    const passive =
      form === 'ing'
        ? null
        : (PASSIVE_BEFORE.exec(before) ?? (word === 'asked' ? ASKED_PASSIVE.exec(before) : null));
    if (passive && by) {
      cues.push({
        start: start - passive[0].length,
        end,
        kind: 'passive',
        takesBareClause: false,
        agent: end + by[0].length,
      });
    } else if (!passive && !by) {
      // A form followed by "by" without an auxiliary is a modifier ("territory claimed by Russia", "responded by sharing").
      const kind: CueKind = form === 'ing' && !PROGRESSIVE_BEFORE.test(before) ? 'participle' : 'verb';
      cues.push({ start, end, kind, takesBareClause: bare !== undefined });
    }
  }
  return cues;
}
