import type { Entity, Mention, Span } from '../../core/analysis.js';
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

/** A page of sentences (split after a full stop) with a person mention of each name, in its sentence. */
export function pageOf(sentences: readonly string[], names: readonly string[]) {
  const text = sentences.join(' ');
  const spans: Span[] = [];
  let at = 0;
  for (const s of sentences) {
    spans.push({ start: at, end: at + s.length });
    at += s.length + 1;
  }
  const mentions = names.map((name): Mention => {
    const start = text.indexOf(name);
    const sentence = spans.findIndex((s) => start >= s.start && start < s.end);
    return { ...mentionIn(text, 'person')(name, name), sentence };
  });
  return { text, spans, mentions };
}
