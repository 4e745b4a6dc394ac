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

/** What each PLOVER type means, for a reader who does not know the codes. */
export const TYPE_WORDS: Record<string, string> = {
  AGREE: 'Agreement',
  CONSULT: 'Meeting or talks',
  SUPPORT: 'Support',
  CONCEDE: 'Concession',
  COOPERATE: 'Cooperation',
  AID: 'Aid',
  RETREAT: 'Withdrawal',
  REQUEST: 'Request',
  ACCUSE: 'Accusation',
  REJECT: 'Rejection',
  THREATEN: 'Threat',
  PROTEST: 'Protest',
  DEMAND: 'Demand',
  DISAPPROVE: 'Criticism',
  INVESTIGATE: 'Investigation',
  SANCTION: 'Sanctions',
  MOBILIZE: 'Mobilisation',
  COERCE: 'Coercion (arrests, deportations)',
  ASSAULT: 'Attack',
  FIGHT: 'Fighting',
  OTHER: 'Other',
};
