import type { Event, EventType, SpanText } from '../../core/analysis.js';

/**
 * Our events keep what was done and, apart, whether it happened (the mode); PLOVER folds some modes into
 * the category. This is that folding, as the manual states it (plover-manual.tex, "AGREE", "CONSULT",
 * "CONCEDE", "SANCTION", "Auxiliary modes"):
 * - offers, promises and plans of cooperation are AGREE ("will visit", "offered aid"), and so are offers to
 *   yield ("offered to hand over", "is willing to withdraw": the gold records code them AGREE);
 * - announced retreats are CONCEDE;
 * - threatened, planned or conditional force and pressure are THREATEN ("THREATEN could be ASSAULT +
 *   hypothetical; the coder should return the single category");
 * - refusing or calling off cooperation is REJECT ("cancellation of meetings are REJECT"), and cutting
 *   material help is SANCTION ("withdrawal of military aid … is SANCTION");
 * - lifting a restriction or calling off a protest is a concession; lifting a blockade or a siege eases a
 *   military engagement, a RETREAT (the manual's CAMEO table: 084-087, "ease military blockade", go to
 *   RETREAT; 081-083, easing administrative restrictions such as curfews, to CONCEDE).
 */
const VERBAL_COOPERATION: ReadonlySet<EventType> = new Set(['AGREE', 'CONSULT', 'SUPPORT']);
const MATERIAL_COOPERATION: ReadonlySet<EventType> = new Set(['COOPERATE', 'AID']);
const YIELDING: ReadonlySet<EventType> = new Set(['CONCEDE', 'RETREAT']);
const FORCE: ReadonlySet<EventType> = new Set([
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
  'FIGHT',
  'PROTEST',
]);

const MILITARY_HOLD = /\b(?:blockades?|sieges?)\b/i;

export function ploverCategory(
  event: Pick<Event, 'type' | 'mode'> & { trigger?: Pick<SpanText, 'text'> },
): EventType {
  const { type, mode } = event;
  const cooperative = VERBAL_COOPERATION.has(type) || MATERIAL_COOPERATION.has(type);
  switch (mode) {
    case 'planned':
    case 'proposed':
    case 'hypothetical':
      // An offer to yield ("offered to hand over", "is willing to withdraw") is an offer, AGREE.
      if (cooperative || (mode === 'proposed' && YIELDING.has(type))) return 'AGREE';
      if (type === 'RETREAT') return 'CONCEDE';
      return FORCE.has(type) ? 'THREATEN' : type;
    case 'denied':
      return cooperative || YIELDING.has(type) ? 'REJECT' : type;
    case 'called-off':
      if (VERBAL_COOPERATION.has(type)) return 'REJECT';
      if (MATERIAL_COOPERATION.has(type)) return 'SANCTION';
      if (type === 'COERCE' && MILITARY_HOLD.test(event.trigger?.text ?? '')) return 'RETREAT';
      return FORCE.has(type) ? 'CONCEDE' : type;
    default:
      return type;
  }
}
