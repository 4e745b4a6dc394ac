/**
 * The words of headlines: for every PLOVER type, the verb a headline uses with and without a target, the
 * noun when nobody is named as acting, and the verbs some triggers call for; and how to tell a trigger
 * that names a thing ("missile strike") from one that names an act ("met").
 */
import type { EventMode, EventType } from '../../core/analysis.js';

/** A verb in the third person singular and in its base form: "meets", "meet". */
export type Verb = readonly [singular: string, base: string];

export interface Phrasing {
  /** With targets: the verb, then the preposition before them ('' for a direct object). */
  verb: Verb;
  prep: string;
  /** Without targets. */
  alone: Verb;
  /** When nobody is named as acting: the noun for what happened, and the preposition before targets. */
  noun: string;
  nounPrep: string;
  /**
   * Trigger stems that call for their own verb ("visit" for a visit, "urge" for urging), checked in order
   * against the trigger's words.
   */
  triggers?: ReadonlyArray<readonly [stem: RegExp, verb: Verb, prep: string, alone?: Verb]>;
  /**
   * For a noun trigger ("sanctions", "security support") and someone acting: a verb taking the noun,
   * then the preposition before targets: "imposes sanctions on".
   */
  takes?: readonly [verb: Verb, prep: string];
  /** Material acts by a country read best as "Russian missile strike on Kyiv". */
  adjectival?: boolean;
}

const v = (singular: string, base: string): Verb => [singular, base];

export const PHRASES: Record<EventType, Phrasing> = {
  AGREE: {
    verb: v('agrees with', 'agree with'),
    prep: '',
    alone: v('reaches agreement', 'reach agreement'),
    noun: 'agreement',
    nounPrep: 'with',
    triggers: [
      [
        /^(agreement|deal|accord)$/,
        v('reaches deal with', 'reach deal with'),
        '',
        v('reaches deal', 'reach deal'),
      ],
      [/^(propos|offer)/, v('makes offer to', 'make offer to'), '', v('makes proposal', 'make proposal')],
      [/^accept/, v('accepts offer from', 'accept offer from'), '', v('accepts offer', 'accept offer')],
      [/^sign/, v('signs deal with', 'sign deal with'), '', v('signs deal', 'sign deal')],
    ],
    takes: [v('agrees to', 'agree to'), 'with'],
  },
  CONSULT: {
    verb: v('meets', 'meet'),
    prep: '',
    alone: v('holds talks', 'hold talks'),
    noun: 'talks',
    nounPrep: 'with',
    triggers: [
      [/^visit/, v('visits', 'visit'), '', v('makes visit', 'make visit')],
      [/^(call|phon|spok|speak)/, v('speaks with', 'speak with'), '', v('holds call', 'hold call')],
      [/^summit/, v('holds summit with', 'hold summit with'), '', v('holds summit', 'hold summit')],
      [/^negotiat/, v('negotiates with', 'negotiate with'), '', v('negotiates', 'negotiate')],
      [/^host/, v('hosts', 'host'), '', v('hosts talks', 'host talks')],
      [/^(convene|gather|assembl)/, v('meets', 'meet'), '', v('meets', 'meet')],
    ],
  },
  SUPPORT: {
    verb: v('backs', 'back'),
    prep: '',
    alone: v('voices support', 'voice support'),
    noun: 'support',
    nounPrep: 'for',
    triggers: [
      [/^prais/, v('praises', 'praise'), ''],
      [/^endors/, v('endorses', 'endorse'), ''],
      [/^hail/, v('hails', 'hail'), ''],
      [/^welcom/, v('welcomes', 'welcome'), ''],
      [/^stand/, v('stands with', 'stand with'), ''],
    ],
  },
  CONCEDE: {
    verb: v('yields to', 'yield to'),
    prep: '',
    alone: v('makes concession', 'make concession'),
    noun: 'concession',
    nounPrep: 'to',
    triggers: [[/^(yield|cede)/, v('yields to', 'yield to'), '', v('yields ground', 'yield ground')]],
  },
  COOPERATE: {
    verb: v('cooperates with', 'cooperate with'),
    prep: '',
    alone: v('cooperates', 'cooperate'),
    noun: 'cooperation',
    nounPrep: 'with',
    takes: [v('engages in', 'engage in'), 'with'],
  },
  AID: {
    verb: v('aids', 'aid'),
    prep: '',
    alone: v('provides aid', 'provide aid'),
    noun: 'aid',
    nounPrep: 'to',
    triggers: [[/^suppl/, v('supplies', 'supply'), '', v('supplies aid', 'supply aid')]],
    takes: [v('provides', 'provide'), 'to'],
    adjectival: true,
  },
  RETREAT: {
    verb: v('withdraws from', 'withdraw from'),
    prep: '',
    alone: v('withdraws', 'withdraw'),
    noun: 'withdrawal',
    nounPrep: 'from',
  },
  REQUEST: {
    verb: v('appeals to', 'appeal to'),
    prep: '',
    alone: v('makes request', 'make request'),
    noun: 'request',
    nounPrep: 'to',
    triggers: [[/^ask/, v('asks', 'ask'), '']],
  },
  ACCUSE: {
    verb: v('accuses', 'accuse'),
    prep: '',
    alone: v('makes accusation', 'make accusation'),
    noun: 'accusations',
    nounPrep: 'against',
    triggers: [[/^(charg|indict)/, v('charges', 'charge'), '', v('brings charges', 'bring charges')]],
  },
  REJECT: {
    verb: v('rejects', 'reject'),
    prep: '',
    alone: v('says no', 'say no'),
    noun: 'rejection',
    nounPrep: 'by',
    triggers: [
      [/^(oppos|opposition|resist)/, v('opposes', 'oppose'), '', v('voices opposition', 'voice opposition')],
      [/^(deny|deni)/, v('denies', 'deny'), '', v('denies allegations', 'deny allegations')],
      [/^dismiss/, v('dismisses', 'dismiss'), '', v('dismisses claims', 'dismiss claims')],
      [/^(refus|rebuff)/, v('rebuffs', 'rebuff'), '', v('refuses', 'refuse')],
    ],
  },
  THREATEN: {
    verb: v('threatens', 'threaten'),
    prep: '',
    alone: v('issues threat', 'issue threat'),
    noun: 'threat',
    nounPrep: 'against',
    triggers: [[/^warn/, v('warns', 'warn'), '', v('issues warning', 'issue warning')]],
  },
  PROTEST: {
    verb: v('protests against', 'protest against'),
    prep: '',
    alone: v('protests', 'protest'),
    noun: 'protest',
    nounPrep: 'against',
  },
  SANCTION: {
    verb: v('sanctions', 'sanction'),
    prep: '',
    alone: v('imposes sanctions', 'impose sanctions'),
    noun: 'sanctions',
    nounPrep: 'on',
    takes: [v('imposes', 'impose'), 'on'],
    adjectival: true,
  },
  MOBILIZE: {
    verb: v('mobilises against', 'mobilise against'),
    prep: '',
    alone: v('mobilises forces', 'mobilise forces'),
    noun: 'mobilisation',
    nounPrep: 'against',
    adjectival: true,
  },
  COERCE: {
    verb: v('cracks down on', 'crack down on'),
    prep: '',
    alone: v('cracks down', 'crack down'),
    noun: 'crackdown',
    nounPrep: 'on',
    triggers: [
      [/^arrest/, v('arrests', 'arrest'), '', v('makes arrests', 'make arrests')],
      [/^deport/, v('deports', 'deport'), '', v('deports people', 'deport people')],
      [/^detain|^detention/, v('detains', 'detain'), '', v('detains people', 'detain people')],
      [/^(seiz|confiscat)/, v('seizes', 'seize'), '', v('seizes property', 'seize property')],
      // Annexation is COERCE (CAMEO 192, occupy territory), not fighting.
      [/^annex/, v('annexes', 'annex'), '', v('annexes territory', 'annex territory')],
    ],
    adjectival: true,
  },
  ASSAULT: {
    verb: v('attacks', 'attack'),
    prep: '',
    alone: v('carries out attack', 'carry out attack'),
    noun: 'attack',
    nounPrep: 'on',
    triggers: [
      [/^strik|^struck/, v('strikes', 'strike'), '', v('carries out strikes', 'carry out strikes')],
      [/^(shell)/, v('shells', 'shell'), ''],
      [/^bomb/, v('bombs', 'bomb'), ''],
      [/^kill/, v('kills', 'kill'), '', v('kills people', 'kill people')],
    ],
    adjectival: true,
  },
  FIGHT: {
    verb: v('fights', 'fight'),
    prep: '',
    alone: v('fights on', 'fight on'),
    noun: 'fighting',
    nounPrep: 'with',
    triggers: [
      [/^invad|^invasion/, v('invades', 'invade'), '', v('launches invasion', 'launch invasion')],
      [
        /^offensive/,
        v('launches offensive against', 'launch offensive against'),
        '',
        v('presses offensive', 'press offensive'),
      ],
      [
        /^(conquest|conquer|captur|seiz)/,
        v('captures', 'capture'),
        '',
        v('captures ground', 'capture ground'),
      ],
    ],
    adjectival: true,
  },
  DEMAND: {
    verb: v('presses', 'press'),
    prep: '',
    alone: v('makes demands', 'make demands'),
    noun: 'demands',
    nounPrep: 'on',
    triggers: [
      [/^urg/, v('urges', 'urge'), '', v('makes appeal', 'make appeal')],
      [/^call/, v('calls on', 'call on'), '', v('makes call', 'make call')],
      [/^insist/, v('presses', 'press'), '', v('insists', 'insist')],
    ],
  },
  DISAPPROVE: {
    verb: v('criticises', 'criticise'),
    prep: '',
    alone: v('voices criticism', 'voice criticism'),
    noun: 'criticism',
    nounPrep: 'of',
    triggers: [
      [/^censur/, v('censures', 'censure'), ''],
      [/^condemn/, v('condemns', 'condemn'), ''],
      [
        /^(concern|worr)/,
        v('voices concern over', 'voice concern over'),
        '',
        v('voices concern', 'voice concern'),
      ],
    ],
  },
  INVESTIGATE: {
    verb: v('investigates', 'investigate'),
    prep: '',
    alone: v('opens inquiry', 'open inquiry'),
    noun: 'inquiry',
    nounPrep: 'into',
  },
  OTHER: {
    verb: v('deals with', 'deal with'),
    prep: '',
    alone: v('acts', 'act'),
    noun: 'development',
    nounPrep: 'involving',
  },
};

/** How a mode is said before an event that did not (yet) simply happen. */
export const MODE_LABEL: Record<Exclude<EventMode, 'asserted'>, string> = {
  planned: 'Planned',
  proposed: 'Proposed',
  hypothetical: 'Possible',
  'called-off': 'Called off',
  denied: 'Denied',
};

/** -ing words that are nouns in a trigger ("the fighting", "intelligence sharing"), not verbs. */
const ING_NOUNS =
  /^(fighting|killing|shelling|bombing|meeting|sharing|funding|briefing|shooting|uprising|spending|hearing|ceasefire|warning|ruling|buildup|offering|gathering|summit)$/;

/** Noun endings: the trigger names a thing ("invasion", "agreement", "ceasefire", "proposal"). */
const NOUN_ENDING =
  /(tion|sion|ment|ance|ence|ure|ity|ism|ship|fire|ade|age|ogue|ogy|cy|al|ery|ist|ics|ks|ns|ts|es)$/;

/** Short words that are nouns in news about events, though they could be verbs too. */
const NOUNS =
  /^(strike|strikes|attack|attacks|talks|deal|deals|summit|sanctions|aid|loan|support|offer|accord|truce|raid|raids|assault|offensive|war|call|plan|pact|treaty|barrage|airstrike|airstrikes|ban|embargo|tariffs|arrest|arrests|executions|fight|clash|clashes|protest|protests|demands|threat|threats|visit|dialogue|consultations|deportation)$/;

/** Whether the trigger names a thing one can put a verb or an adjective before: "missile strike". */
export function isNounTrigger(trigger: string): boolean {
  const words = trigger.toLowerCase().split(/\s+/).filter(Boolean);
  const first = words[0];
  const last = words.at(-1);
  if (!first || !last || words.length > 3) return false;
  if (/ed$/.test(first) || (/ing$/.test(first) && !ING_NOUNS.test(first))) return false;
  if (/(ize|ise|ate|ify)$/.test(last)) return false;
  return NOUNS.test(last) || ING_NOUNS.test(last) || NOUN_ENDING.test(last);
}
