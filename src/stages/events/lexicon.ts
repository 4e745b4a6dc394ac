import type { EventMode, EventType } from '../../core/analysis.js';

/**
 * The words that name events, written for this project from the PLOVER manual's category definitions
 * (../shared/bench/events/plover-manual.tex), as data. Each group lists:
 * - `verbs`: lemmas, inflected by `inflect` ("meet" → meet, meets, meeting, meeted…); irregular or doubled
 *   forms after a bar ("meet|met", "ban|banned|banning"). A form that is also a common noun or adjective
 *   in an unrelated sense is marked `!` ("!host") and then needs a verb's context.
 * - `nouns`: literal forms (singular and plural spelled out). A `!` marks a noun that is also a verb in an
 *   unrelated sense ("!talks": "he talks"), which then needs a noun's context.
 * - `phrases`: several words, each slot listing its forms ("=backed|backing" is a verb spelled out); a
 *   leading `~` inflects the first word as a verb, and `+` allows up to three words in between
 *   ("~freeze|froze + assets" matches "froze the oligarchs' assets"). Phrases without `~` or `=` are nouns.
 */
export interface LexiconGroup {
  type: EventType;
  verbs?: readonly string[];
  nouns?: readonly string[];
  phrases?: readonly string[];
  /** How a trigger of the group relates to the triggers after it; see `TriggerRole`. */
  role?: TriggerRole;
  /** A mode the words carry in themselves ("peace plan" is a proposal). */
  mode?: EventMode;
  /** What the group's verbs take as direct object in the event's sense; see `Patient`. */
  patient?: Patient;
}

/**
 * - `party`: an actor or people ("met Trump", "released three hostages"); with a thing as its object the
 *   verb is in another sense ("met the requirement", "released a statement").
 * - `actor`: a named actor, as an object it must have ("allowed the opposition leader to…", "ordered La
 *   Prensa to…"); with none, or with a thing or a pronoun, the verb is in its everyday sense ("rules
 *   allow abuses", "ordered an inquiry", "were allowed to").
 * - `none`: no object at all ("demonstrated outside the embassy"; "demonstrated success" is showing).
 */
export type Patient = 'party' | 'actor' | 'none';

/**
 * - `event`: names an event of its type.
 * - `frame`: a verbal act whose complement is its content: "refused to meet" is one REJECT, not a REJECT
 *   and a CONSULT, so a frame takes in the triggers that follow it in its clause.
 * - `proposal`: an offer or promise: it lends the mode `proposed` to the event it introduces ("offered to
 *   negotiate" → CONSULT, proposed) and stands alone as its own type only when it introduces none.
 * - `negation`: "denied attacking" → ASSAULT, denied; alone ("denied the claims") it is its own type.
 * - `obligation`: "X said Y must …" is X demanding of Y, so the roles are read across the two clauses.
 */
export type TriggerRole = 'event' | 'frame' | 'proposal' | 'negation' | 'obligation';

// prettier-ignore
export const LEXICON: readonly LexiconGroup[] = [
  {
    type: 'CONSULT',
    verbs: ['convene', 'consult', 'negotiate', 'visit', '!host', 'discuss', 'confer|conferred|conferring',
      'mediate', 'telephone'],
    nouns: ['!talks', 'meeting', 'meetings', 'summit', 'summits', 'visit', 'visits', 'consultation',
      'consultations', 'negotiation', 'negotiations', 'discussion', 'discussions', 'dialogue', 'dialog',
      'mediation', 'conference', 'engagement', 'engagements'],
    phrases: ['phone call', 'telephone call', '~hold|held + talks', '~speak|spoke with', '~talk with',
      '~gather in'],
  },
  { type: 'CONSULT', patient: 'party', verbs: ['meet|met'] },
  {
    type: 'AGREE',
    role: 'frame',
    verbs: ['agree', 'accept', '!sign|signed|signing', 'consent'],
    nouns: ['agreement', 'agreements', '!deal', 'deals', 'accord', 'accords', 'pact', 'pacts', 'treaty',
      'treaties', 'consensus', 'compromise', 'ceasefire', 'ceasefires', 'cease-fire', 'truce', 'armistice'],
    phrases: ['peace settlement', 'negotiated settlement', 'political settlement',
      '~strike|struck + deal|agreement|accord', 'cessation of hostilities'],
  },
  { type: 'AGREE', mode: 'proposed', phrases: ['peace plan', 'peace proposal', 'peace initiative'] },
  {
    type: 'AGREE',
    role: 'proposal',
    verbs: ['propose', 'offer', 'promise', 'pledge', 'vow', 'commit|committed|committing'],
    nouns: ['proposal', 'proposals', 'offer', 'offers', 'promise', 'promises', 'pledge', 'pledges',
      'commitment', 'proposition'],
  },
  { type: 'CONSULT', role: 'proposal', verbs: ['invite'], nouns: ['invitation', 'invitations'] },
  {
    type: 'SUPPORT',
    role: 'frame',
    verbs: ['support', 'endorse', 'praise', 'welcome', 'commend', 'hail', 'approve', 'defend'],
    nouns: ['support', 'endorsement', 'praise', 'approval', 'solidarity'],
    phrases: ['=backed|backing', '~stand|stood + with', '~establish + ties|relations',
      '~restore + ties|relations', '~upgrade + ties|relations', '~normalize + ties|relations',
      '~normalise + ties|relations'],
  },
  {
    type: 'CONCEDE',
    role: 'frame',
    verbs: ['concede', 'cede', 'apologize', 'apologise', 'pardon'],
    nouns: ['concession', 'concessions', 'amnesty', 'apology', 'pardon'],
    // Accepting demands is yielding to them, not agreeing with a peer.
    phrases: ['=yield|yields|yielding', '~accept + demands|demand|conditions|terms|ultimatum'],
  },
  // Letting someone do what was barred ("allowed the opposition leader to hold a rally") eases a
  // restriction on them; allowing a thing ("allows imports") is no concession to anyone.
  { type: 'CONCEDE', patient: 'actor', verbs: ['allow', 'permit|permitted|permitting'] },
  {
    type: 'COOPERATE',
    verbs: ['cooperate', 'co-operate', 'collaborate', 'extradite'],
    nouns: ['cooperation', 'co-operation', 'collaboration', 'extradition', 'partnership'],
    phrases: ['war games', '~share + intelligence|information|evidence|expertise|data', 'intelligence sharing',
      '~exchange + information|intelligence', 'joint + exercises|drills|patrols|operation|operations'],
  },
  {
    type: 'AID',
    verbs: ['aid', 'donate', 'rescue'],
    nouns: ['aid', 'assistance', 'loan', 'loans', 'grant', 'grants', 'donation', 'donations', 'asylum',
      'funding'],
    phrases: ['=granted', 'military support', 'security support', 'financial support', 'food supplies',
      'medical supplies', 'arms supplies', 'weapons supplies',
      '=supplied|supplying + arms|weapons|ammunition|aid',
      '~send|sent + arms|weapons|equipment|ammunition|systems|missiles|tanks|aid',
      '~provide|provided + arms|weapons|equipment|ammunition|systems|missiles|tanks',
      '~deliver + arms|weapons|equipment|ammunition|systems|missiles|tanks|aid'],
  },
  {
    type: 'RETREAT',
    verbs: ['withdraw|withdrew|withdrawn', 'retreat', 'resign', 'surrender', 'demobilize', 'demobilise',
      'disarm'],
    nouns: ['withdrawal', 'withdrawals', 'retreat', 'resignation', 'surrender', 'pullback', 'pullout',
      'disarmament', 'release'],
    phrases: ['~pull out', '~pull back', '~step|stepped|stepping down', '~lay|laid down + arms|weapons',
      '~hand over', '~free + hostages|prisoners|captives', 'prisoner exchange', 'prisoner swap',
      'exchange of prisoners'],
  },
  { type: 'RETREAT', patient: 'party', verbs: ['release'] },
  {
    type: 'REJECT',
    role: 'frame',
    verbs: ['reject', 'refuse', 'rebuff', 'dismiss', 'veto|vetoed|vetoes|vetoing', 'oppose', 'renege'],
    nouns: ['rejection', 'rejections', 'refusal', 'refusals', 'veto'],
    phrases: ['~decline to', 'opposition to', 'resistance to', '~turn down', '~walk out',
      'out of the question'],
  },
  { type: 'REJECT', role: 'negation', verbs: ['deny|denied|denies|denying'], nouns: ['denial', 'denials'] },
  {
    type: 'DEMAND',
    role: 'frame',
    verbs: ['demand', 'urge', 'insist'],
    nouns: ['demand', 'demands', 'appeal', 'appeals', 'request', 'requests'],
    phrases: ['~call for', 'calls for', '~call on', 'calls on', '~call upon', '~appeal to', '~appeal for',
      '~request', '=pressed|pressing|presses', '~push + for'],
  },
  // An order to someone ("ordered the newspaper to suspend publication") is a demand on them; PLOVER's
  // DEMAND takes "all requests, demands, and orders". Ordering a thing ("ordered an attack") is not, and
  // is the ordered event's own (so no frame: triggers are framed before the tree tells the two apart).
  { type: 'DEMAND', patient: 'actor', verbs: ['order', 'pressure|pressured|pressuring'] },
  { type: 'DEMAND', role: 'obligation', nouns: ['must'] },
  {
    type: 'THREATEN',
    role: 'frame',
    verbs: ['threaten', 'warn'],
    nouns: ['threat', 'threats', 'warning', 'warnings', 'ultimatum', 'ultimatums'],
  },
  {
    type: 'ACCUSE',
    role: 'frame',
    verbs: ['accuse', 'blame', '!allege', 'indict', 'sue|sued|sues|suing'],
    nouns: ['accusation', 'accusations', 'allegation', 'allegations', 'indictment', 'lawsuit', 'charges'],
    phrases: ['~charge with'],
  },
  {
    type: 'DISAPPROVE',
    role: 'frame',
    verbs: ['criticize', 'criticise', 'condemn', 'denounce', 'decry|decried|decries', 'deplore', 'complain',
      'censure', 'rebuke', 'slam|slammed|slamming'],
    nouns: ['criticism', 'criticisms', 'critique', 'condemnation', 'complaint', 'complaints', 'censure',
      'rebuke', 'dissatisfaction'],
    phrases: ['critical of', '~lodge + protest', '~summon + ambassador|envoy',
      '~express + concern|concerns|alarm', '~voice + concern|concerns'],
  },
  {
    type: 'INVESTIGATE',
    role: 'frame',
    verbs: ['investigate', 'probe|probed|probing', 'inspect'],
    nouns: ['investigation', 'investigations', 'probe', 'inquiry', 'enquiry', 'inspection', 'inspections'],
    phrases: ['fact-finding', '~look into'],
  },
  {
    type: 'PROTEST',
    role: 'frame',
    verbs: ['protest', 'riot', 'boycott'],
    nouns: ['protest', 'protests', 'demonstration', 'demonstrations', 'rally', 'rallies', 'riot', 'riots',
      'boycott', 'sit-in'],
    phrases: ['hunger strike', 'general strike', 'on strike', '~block + road|roads|streets|highway|bridge'],
  },
  { type: 'PROTEST', role: 'frame', patient: 'none', verbs: ['demonstrate'] },
  // Those who protest name the protest, but what they do is said by their own verb ("demonstrators
  // blocked a road"), so the noun frames nothing after it.
  { type: 'PROTEST', nouns: ['protester', 'protesters', 'protestor', 'protestors', 'demonstrators'] },
  {
    type: 'SANCTION',
    verbs: ['sanction', 'ban|banned|banning', 'prohibit', 'embargo|embargoed'],
    nouns: ['sanctions', 'embargo', 'embargoes', 'ban', 'bans', 'tariffs', 'prohibition'],
    phrases: ['~freeze|froze + assets', 'frozen + assets',
      // Sending away another state's or an organisation's envoys, inspectors or peacekeepers cuts
      // relations with it (PLOVER's SANCTION); expelling people who live there is coercion.
      '~expel|expelled|expelling + diplomats|diplomat|ambassador|ambassadors|envoy|envoys|inspectors|observers|monitors|peacekeepers',
      '~sever + ties|relations',
      '~cut|cutting + ties', '~break|broke off + ties|relations', '~recall + ambassador|envoy',
      '~deny + entry', '~impose + tariffs'],
  },
  {
    type: 'MOBILIZE',
    verbs: ['mobilize', 'mobilise'],
    nouns: ['mobilization', 'mobilisation', 'deployment', 'deployments', 'buildup', 'build-up'],
    phrases: ['~deploy + troops|forces|soldiers|warships|missiles', 'on alert', 'high alert',
      '~mass + troops|forces', '~reinforce + troops|forces', '~strengthen + troops|forces',
      'military exercises', 'military drills'],
  },
  // Annexing territory is PLOVER's COERCE 'seize' (CAMEO 192 "occupy territory" in cameo2plover), not
  // fighting: "trying to annex Canada" fires no shot.
  {
    type: 'COERCE',
    verbs: ['arrest', 'detain', 'jail', 'imprison', 'deport', 'confiscate', 'seize', 'raid', 'censor',
      'outlaw', 'demolish', 'hack', 'blockade', 'annex'],
    nouns: ['arrest', 'arrests', 'detention', 'detentions', 'deportation', 'deportations', 'crackdown',
      'curfew', 'curfews', 'censorship', 'blockade', 'blockades', 'raid', 'raids', 'annexation'],
    phrases: ['martial law', 'state of emergency', 'state of siege', '~crack down', '~set|setting fire',
      '~cordon off', '~expel|expelled|expelling'],
  },
  {
    type: 'ASSAULT',
    verbs: ['attack', 'assault', 'strike|struck|striking', 'bomb', 'kill', 'assassinate',
      'massacre', 'torture', 'abduct', 'kidnap|kidnapped|kidnapping', 'hijack', 'shoot|shot'],
    nouns: ['attack', 'attacks', 'assault', 'assaults', 'strike', 'strikes', 'airstrike', 'airstrikes',
      'bombing', 'bombings', 'assassination', 'massacre', 'executions', 'killings'],
    phrases: ['missile strike', 'missile strikes', 'air strike', 'air strikes',
      'air raid', 'air raids', 'drone strike', 'drone strikes', 'drone attack', 'drone attacks',
      'missile attack', 'missile attacks', 'rocket attack', 'rocket attacks', 'car bomb',
      '~blow|blew|blown up', '~beat|beaten up', '~shoot|shot down', 'sexually abused', 'lethal force',
      '~fire + missiles|rockets|shells'],
  },
  // "wounded two British soldiers"; "bullet wounds", "an open wound" are no attack.
  { type: 'ASSAULT', patient: 'actor', verbs: ['wound'] },
  {
    type: 'FIGHT',
    verbs: ['fight|fought', 'clash', 'invade', 'capture', 'retake|retook|retaken', 'recapture', 'conquer'],
    nouns: ['fighting', 'clashes', 'clash', 'battle', 'battles', 'offensive', 'offensives',
      'counteroffensive', 'invasion', 'incursion', 'incursions', 'gunbattle', 'firefight', 'conquest',
      'artillery', 'mortar', 'shelling', 'bombardment'],
    // Artillery fire is conventional military force, PLOVER's FIGHT, whoever fires it.
    phrases: ['=shelled|shelling', '=bombard|bombards|bombarded|bombarding', '=occupy|occupies|occupying', '~open fire', 'gun battle', '~exchange + fire',
      'exchange of fire', '~seize + control', 'ethnic cleansing'],
  },
];

/**
 * Phrases that hold a trigger word in an unrelated sense; matched like triggers, they win by length and
 * name nothing ("press release", "peace process").
 */
// prettier-ignore
export const NON_EVENT_PHRASES: readonly string[] = [
  'press release', 'press conference', 'peace process', 'press secretary', 'in support of', 'support staff',
  'attack helicopter', 'attack helicopters', 'strike force', 'meeting place', 'talks about', 'deal with',
  'dealt with', 'dealing with', 'host country', 'host nation', 'occupied territory', 'occupied territories',
  'the occupied', 'offer price', 'release date', 'sign up', 'signed up', 'sign-up', 'when pressed',
  'pressed by', 'pressing need', 'seize on', 'seized on', 'seizes on', 'seizing on', 'seize upon', 'seized upon',
  // "struck a different tone", "strikes a balance": a manner, no blow.
  '~strike|struck + tone|chord|balance|note|pose|posture',
];
