import type { Entity, Mention } from '../../core/analysis.js';
import { mayBeActor } from './junk.js';

/** An organisation name mention of `text`, found at its first occurrence from `from`. */
export const organisationIn =
  (text: string) =>
  (name: string, entityId = 'e', from = 0): Mention => {
    const start = text.indexOf(name, from);
    return {
      text: name,
      start,
      end: start + name.length,
      type: 'organisation',
      kind: 'name',
      entityId,
      sentence: 0,
    };
  };

/** Whether the name, as one mention of the given type at its first occurrence in `text`, may be an actor. */
export const actorIn =
  (text: string) =>
  (name: string, type: Entity['type']): boolean => {
    const start = text.indexOf(name);
    const own: Mention = {
      text: name,
      start,
      end: start + name.length,
      type,
      kind: 'name',
      entityId: 'e',
      sentence: 0,
    };
    const entity: Entity = { id: 'e', name, type, aliases: [name], roles: [], country: null, stands: null };
    return mayBeActor(entity, [own], text, [own]);
  };
