/** Answers as JSON, each written once: a kept answer (`DossierCache.stored`) is the same object each time. */
const written = new WeakMap<object, string>();

export function serialized(result: unknown): string {
  if (typeof result !== 'object' || result === null) return JSON.stringify(result);
  let json = written.get(result);
  if (json === undefined) written.set(result, (json = JSON.stringify(result)));
  return json;
}
