import type { EventActor, EventType } from '../../core/analysis.js';
import type { SentenceActors } from './sentence-actors.js';
import type { Trigger } from './triggers.js';
import { concurred, declaredCeasefire, offeredSense, signedNoPact } from './agreement-senses.js';
import {
  attackedStance,
  bannedFromPublicLife,
  handedRelief,
  withdrewResources,
  wonPrize,
} from './conflict-senses.js';
import { calledForMeasure, insistedFact, warnedOfDanger } from './demand-threat-senses.js';
import {
  hostedThing,
  talkedToAudience,
  visitedThingSense,
  welcomedGuest,
  welcomeGiven,
} from './meeting-senses.js';

/**
 * The sense a trigger word has in its sentence, read from the tree once its arguments are known: the
 * lexicon gives a word's event sense, the grammar around it says whether the sentence uses that sense.
 */

/** The type a trigger has in its sentence, and its targets. */
export interface Sense {
  type: EventType;
  targets: readonly EventActor[];
}

/**
 * One family's reading of a trigger: its sense, null when it names no event of its lexicon type, or
 * undefined when the reading does not apply and the next one reads the trigger.
 */
type SenseRule = (
  sa: SentenceActors,
  w: number,
  type: EventType,
  targets: readonly EventActor[],
) => Sense | null | undefined;

/** The readings of an event noun, in order. */
const NOUN_SENSES: readonly SenseRule[] = [declaredCeasefire, welcomeGiven];

/** The readings of a verb, in order. */
const VERB_SENSES: readonly SenseRule[] = [
  bannedFromPublicLife,
  attackedStance,
  handedRelief,
  withdrewResources,
  welcomedGuest,
  calledForMeasure,
  insistedFact,
  signedNoPact,
  hostedThing,
  visitedThingSense,
  talkedToAudience,
  wonPrize,
  warnedOfDanger,
  concurred,
];

/**
 * The type trigger `w` has here, and its targets, or null when it names no event of its lexicon type:
 * - an offer or promise of a thing to no one ("did not eat the food offered by Bethuel", "brownies offer
 *   the best of both worlds") is no agreement on offer; one made to a party, or a commitment to a course
 *   ("is committed to opening up the economy", PLOVER's AGREE), is.
 * - "welcomed the decision" is support; a person welcomed ("Sharif was welcomed by the minister at the
 *   airport") is a guest received, a visit (CONSULT).
 * - "attacked the law" criticises (DISAPPROVE).
 * - "warned Israel against …" and "warned that police will not tolerate rallies" threaten; "warned that
 *   the rhetoric risked …", no one warned and no party doing what it says, is a caution, no threat.
 */
export function senseOf(
  sa: SentenceActors,
  w: number,
  trigger: Trigger,
  type: EventType,
  nominal: boolean,
  targets: readonly EventActor[],
): Sense | null {
  const offered = offeredSense(sa, w, trigger, type, nominal, targets);
  if (offered !== undefined) return offered;
  for (const read of nominal ? NOUN_SENSES : VERB_SENSES) {
    const sense = read(sa, w, type, targets);
    if (sense !== undefined) return sense;
  }
  return { type, targets };
}
