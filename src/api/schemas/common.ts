/** The words the API's schemas share: text, enums of the record model, a confidence. */
import { z } from 'zod';
import { floorsInWords } from '../../core/confidence.js';

export const text = z.string();
export const maybe = <T extends z.ZodType>(schema: T) => schema.nullable();

export const EntityType = z.enum(['person', 'organisation', 'country', 'place', 'other']);
export const EventType = z.enum([
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
  'FIGHT',
  'DEMAND',
  'DISAPPROVE',
  'INVESTIGATE',
  'OTHER',
]);
export const EventMode = z.enum(['asserted', 'proposed', 'planned', 'denied', 'hypothetical', 'called-off']);
export const DiscrepancyKind = z.enum([
  'role',
  'spelling',
  'figure',
  'event-date',
  'event-place',
  'self-contradiction',
]);
export const Precision = z.enum(['day', 'month', 'year', 'around', 'undated']);
export const StancePosition = z.enum(['supports', 'opposes', 'conditional']);

export const Confidence = z
  .number()
  .min(0)
  .max(1)
  .meta({
    description: `How far Dossier trusts this item, in [0, 1]; hidden by default with ${floorsInWords()}.`,
  });

/** A piece of an article's text by its offsets; one schema component, as quotes, triggers and names all carry it. */
export const SpanText = z.object({ start: z.int(), end: z.int(), text }).meta({ id: 'SpanText' });

export const ErrorBody = z
  .object({ error: z.object({ status: z.int(), message: text }) })
  .meta({ id: 'Error', description: 'Every failure, with its HTTP status repeated and a one-line reason.' });
