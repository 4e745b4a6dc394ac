/**
 * PLOVER event types by what they mean for the parties, the one distinction a reader scanning a
 * timeline or a network needs at a glance; colour follows it consistently in every view.
 */
export type EventFamily = 'cooperation' | 'verbal-conflict' | 'material-conflict' | 'other';

const FAMILY: Record<string, EventFamily> = {
  AGREE: 'cooperation',
  CONSULT: 'cooperation',
  SUPPORT: 'cooperation',
  CONCEDE: 'cooperation',
  COOPERATE: 'cooperation',
  AID: 'cooperation',
  RETREAT: 'cooperation',
  REQUEST: 'verbal-conflict',
  ACCUSE: 'verbal-conflict',
  REJECT: 'verbal-conflict',
  THREATEN: 'verbal-conflict',
  PROTEST: 'verbal-conflict',
  DEMAND: 'verbal-conflict',
  DISAPPROVE: 'verbal-conflict',
  INVESTIGATE: 'verbal-conflict',
  SANCTION: 'material-conflict',
  MOBILIZE: 'material-conflict',
  COERCE: 'material-conflict',
  ASSAULT: 'material-conflict',
  FIGHT: 'material-conflict',
};

export const eventFamily = (type: string | null | undefined): EventFamily => FAMILY[type ?? ''] ?? 'other';

export const FAMILY_LABEL: Record<EventFamily, string> = {
  cooperation: 'Cooperation (met, agreed, aided)',
  'verbal-conflict': 'Verbal conflict (demanded, rejected, accused)',
  'material-conflict': 'Material conflict (sanctioned, attacked)',
  other: 'Other',
};

/** "Russia → Ukraine" from whatever names or ids the server gave. */
export function actorsLine(
  sources: string[] | null | undefined,
  targets: string[] | null | undefined,
): string {
  const list = (names: string[] | null | undefined) => (names && names.length > 0 ? names.join(', ') : '—');
  return `${list(sources)} → ${list(targets)}`;
}
