import type { Entity, Mention } from '../../core/analysis.js';
import { mayBeActor } from './junk.js';

/** A name mention of `text` of the given type, found at its first occurrence from `from`. */
export const mentionIn =
  (text: string, type: Mention['type']) =>
  (name: string, entityId = 'e', from = 0): Mention => {
    const start = text.indexOf(name, from);
    return { text: name, start, end: start + name.length, type, kind: 'name', entityId, sentence: 0 };
  };

/** An organisation name mention of `text`, found at its first occurrence from `from`. */
export const organisationIn = (text: string) => mentionIn(text, 'organisation');

/** Whether the name, as one mention of the given type at its first occurrence in `text`, may be an actor. */
export const actorIn =
  (text: string) =>
  (name: string, type: Entity['type']): boolean => {
    const own = mentionIn(text, type)(name);
    const entity: Entity = { id: 'e', name, type, aliases: [name], roles: [], country: null, stands: null };
    return mayBeActor(entity, [own], text, [own]);
  };
