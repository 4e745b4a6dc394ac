import type { EventMode } from '../../core/analysis.js';

/**
 * The words that set an event's mode where the tree puts them over its clause: verbs of planning,
 * offering, expecting and directing, verbs and nouns of calling off, modal auxiliaries and the adjectives
 * of an event noun. `clause-mode.ts` reads where they stand.
 */

/**
 * Verbs whose complement is only planned: "plans to meet", "is expected to sign", "is set to visit". An
 * attempt ("tried to hack", "attempted to assassinate") is not among them: it was carried out, and PLOVER
 * codes it as the act; one still under way is (`ATTEMPTING_NOW`).
 */
export const PLANNING = new Set([
  'plan',
  'schedule',
  'set',
  'expect',
  'intend',
  'aim',
  'prepare',
  'slate',
  'poise',
  'go',
  'due',
  'decide',
  'hope',
  'want',
  'seek',
  'look',
  'move',
]);

/**
 * Forms of the verbs of attempting that tell the attempt as still under way: "is trying to annex", "tries
 * to seize", "attempting to oust". Its act is aimed at, not done, so it is planned as "seeks to" is; the past
 * forms ("tried to hack", "attempted to assassinate") stay out: that attempt was made, and PLOVER codes it as
 * the act (see `PLANNING`).
 */
export const ATTEMPTING_NOW = new Set(['try', 'tries', 'trying', 'attempt', 'attempts', 'attempting']);

/** Verbs whose complement is offered: "offered to mediate", "is ready to talk". */
export const OFFERING = new Set([
  'offer',
  'propose',
  'promise',
  'pledge',
  'vow',
  'swear',
  'ready',
  'willing',
  'prepared',
  'eager',
]);

/**
 * Verbs and adjectives that call an event off: "cancelled the talks", "the postponed summit"; and those
 * that take back part of a measure or of help ("eased sanctions", "relaxed the curfew", "cut aid"): easing
 * force is PLOVER's concession, cutting help its sanction, as lifting and withholding are.
 */
export const CALLING_OFF = new Set([
  'cancel',
  'cancell',
  'postpone',
  'suspend',
  'scrap',
  'shelve',
  'halt',
  'abandon',
  'delay',
  'drop',
  'lift',
  'end',
  'stop',
  'scuttle',
  'revoke',
  'rescind',
  'abort',
  'call',
  'break',
  'collapse',
  'stall',
  'freeze',
  'pause',
  'withhold',
  'ease',
  'relax',
  'loosen',
  'shorten',
  'reduce',
  'curtail',
  'cut',
]);

/** Nouns that call off what their of-phrase names: "the lifting of sanctions", "a suspension of talks". */
export const ENDING_NOUNS = new Set([
  'lifting',
  'suspension',
  'cancellation',
  'postponement',
  'halt',
  'freezing',
  'scrapping',
  'revocation',
  'abandonment',
  'collapse',
  'breakdown',
  'easing',
]);

/** Nouns naming a part of what they hold: "part of the aid programme", "some of the talks". */
export const PARTS = new Set([
  'part',
  'parts',
  'some',
  'all',
  'most',
  'much',
  'half',
  'portion',
  'share',
  'round',
]);

/** Verbs that call off only with "off": "called off", "broke off". */
export const NEEDS_OFF = new Set(['call', 'break']);

/** Verbs that, with the event as subject, say it ran its course: "the visit ended", "the strike stopped". */
export const RAN_ITS_COURSE = new Set(['end', 'stop', 'conclude', 'finish', 'wrap']);

/**
 * Nouns of a prospect: what their of-phrase names may or may not come ("the chance of an Israeli strike",
 * "the risk of war", "fears of an attack", "the threat of sanctions").
 */
export const PROSPECTS: ReadonlySet<string> = new Set([
  'chance',
  'possibility',
  'prospect',
  'risk',
  'likelihood',
  'probability',
  'danger',
  'threat',
  'fear',
  'hope',
  'spectre',
  'specter',
  'odds',
]);

/** Nouns saying what they hold is about to happen: "on the verge of a new offensive", "the brink of war". */
export const IMMINENT = new Set(['verge', 'brink', 'cusp', 'threshold', 'eve']);

/**
 * Verbs that hold an act up as a threat or an option, not as done: "threatened to impose sanctions",
 * "threatened sanctions", "is considering sanctions on Israel", "weighs a strike". Their infinitive and their
 * object are hypothetical; the threat or the weighing itself stays asserted.
 */
export const CONTEMPLATING: ReadonlySet<string> = new Set([
  'threaten',
  'consider',
  'contemplate',
  'weigh',
  'mull',
]);

/** Nouns of what one puts to others to consider: weighing them does not make them hypothetical. */
export const SUBMISSIONS: ReadonlySet<string> = new Set([
  'request',
  'proposal',
  'offer',
  'bid',
  'plan',
  'demand',
  'appeal',
  'application',
  'petition',
  'resignation',
  'complaint',
  'motion',
]);

/**
 * Nouns of a way opened to what is still to come: "pave the way for closer cooperation", "lay the
 * groundwork for talks", "open the door to a deal". What the way leads to has not happened.
 */
export const PATHS: ReadonlySet<string> = new Set([
  'way',
  'path',
  'road',
  'groundwork',
  'ground',
  'foundation',
  'foundations',
  'basis',
  'door',
  'stage',
]);

/**
 * Verbs that carry out the act they take: "mounted its long-threatened invasion", "launched the planned
 * offensive", "resumed the suspended talks". What an adjective said of the act before ("threatened",
 * "planned", "suspended") no longer holds once it is carried out; the verb's own clause says what did.
 */
export const CARRYING_OUT: ReadonlySet<string> = new Set([
  'launch',
  'mount',
  'carry',
  'conduct',
  'stage',
  'begin',
  'start',
  'resume',
  'unleash',
  'wage',
  'hold',
  'impose',
]);

/** Verbs whose complement did not happen: "failed to agree". */
export const FAILING = new Set(['fail', 'refuse', 'decline']);

/**
 * Verbs of need and obligation: their infinitive is what must or should be done, not what was ("needs to
 * impose sanctions", "Ukraine has to withdraw", "there needs to be a ceasefire"). The past "had to" is left
 * out: a past obligation is mostly told as met ("had to withdraw" withdrew).
 */
export const OBLIGING: ReadonlySet<string> = new Set(['need', 'needs', 'needed', 'have', 'has', 'having']);

/**
 * Nouns and adjectives whose infinitive says what may (or may not) be done, not what was: "has a right to
 * disarm", "is able to strike", "the option to retaliate"; "unable to reach", "impossible to promise".
 */
export const POSSIBILITY: ReadonlyMap<string, EventMode> = new Map([
  ['right', 'hypothetical'],
  ['option', 'hypothetical'],
  ['chance', 'hypothetical'],
  ['opportunity', 'hypothetical'],
  ['ability', 'hypothetical'],
  ['power', 'hypothetical'],
  ['able', 'hypothetical'],
  ['possible', 'hypothetical'],
  ['free', 'hypothetical'],
  ['entitled', 'hypothetical'],
  ['unable', 'denied'],
  ['impossible', 'denied'],
  // What is needed is not yet done: "it is necessary to impose sanctions", "vital to reach a deal".
  ['necessary', 'hypothetical'],
  ['essential', 'hypothetical'],
  ['vital', 'hypothetical'],
  ['crucial', 'hypothetical'],
  ['imperative', 'hypothetical'],
  // A forecast is no report: "is likely to sign", "is unlikely to attack" say what may happen.
  ['likely', 'hypothetical'],
  ['unlikely', 'hypothetical'],
  ['probable', 'hypothetical'],
  // What one is open to may come: "is vulnerable to attack", "exposed to sanctions".
  ['vulnerable', 'hypothetical'],
  ['exposed', 'hypothetical'],
  ['susceptible', 'hypothetical'],
  ['prone', 'hypothetical'],
]);

/**
 * Verbs and adjectives of hope, expectation and fear: a clause they take as complement is only hoped,
 * expected or feared ("hopes Japan signs", "fears that Iran will strike", "is optimistic that talks
 * resume"), and so is an infinitive whose doer is their object, not their subject ("expects Iran to
 * attack", "wants Russia to withdraw"): one party's wish for another's act is no plan of either.
 */
export const EXPECTING = new Set([
  'hope',
  'expect',
  'want',
  'wish',
  'fear',
  'predict',
  'anticipate',
  'forecast',
  'hopeful',
  'optimistic',
  'pessimistic',
]);

/**
 * Verbs that ask or bind a party to act: "compels Gabon to withdraw", "asked Israel to allow aid", "told
 * Kyiv to pull back". What the party is asked to do is not told as done; verbs that report it done ("forced
 * Russia to retreat") are not among them.
 */
export const DIRECTING = new Set([
  'compel',
  'oblige',
  'obligate',
  'ask',
  'urge',
  'require',
  'invite',
  'encourage',
  'press',
  'pressure',
  'push',
  'tell',
  'request',
  'call',
  'instruct',
]);

/** Verbs of pressing for what one wants, besides those of `DIRECTING`: "lobbied for a withdrawal". */
export const LOBBYING = new Set(['lobby', 'campaign', 'plead', 'clamour', 'clamor', 'agitate']);

/** Adjectives that make an event noun planned or merely possible: "the planned talks", "a possible deal". */
export const NOUN_MODES: ReadonlyMap<string, EventMode> = new Map([
  ['planned', 'planned'],
  ['upcoming', 'planned'],
  ['forthcoming', 'planned'],
  ['scheduled', 'planned'],
  ['expected', 'planned'],
  ['next', 'planned'],
  ['future', 'planned'],
  ['proposed', 'proposed'],
  ['possible', 'hypothetical'],
  ['potential', 'hypothetical'],
  ['threatened', 'hypothetical'],
  ['cancelled', 'called-off'],
  ['canceled', 'called-off'],
  ['postponed', 'called-off'],
  ['suspended', 'called-off'],
  ['aborted', 'called-off'],
  ['failed', 'called-off'],
]);

/** Verbs announcing what is to come: under one in the past, "would" reports a "will" (`clause-mode.ts`). */
export const ANNOUNCING: ReadonlySet<string> = new Set([
  'say',
  'tell',
  'announce',
  'state',
  'confirm',
  'declare',
  'add',
  'write',
  'reiterate',
  'repeat',
]);

export const MODAL_MODES: ReadonlyMap<string, EventMode> = new Map([
  ['will', 'planned'],
  ['shall', 'planned'],
  ['would', 'hypothetical'],
  ['could', 'hypothetical'],
  ['might', 'hypothetical'],
  ['may', 'hypothetical'],
  ['should', 'hypothetical'],
  ['must', 'hypothetical'],
  ['can', 'hypothetical'],
  ['ought', 'hypothetical'],
]);

export const LOOK = new Set(['look']);

/** Subjects that deny the clause they are subject of: "nobody attacked", "no country has …", "none of them". */
export const NEGATIVE_SUBJECTS: ReadonlySet<string> = new Set([
  'nobody',
  'none',
  'nothing',
  'neither',
  'noone',
]);
