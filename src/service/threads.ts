import { Worker } from 'node:worker_threads';

/** The module `name` beside the module at `url`, with the same extension (`.ts` from sources, `.js` built). */
export function siblingModule(url: string, name: string): URL {
  return new URL(`./${name}${url.slice(url.lastIndexOf('.'))}`, url);
}

/**
 * A worker thread running the module at `url`. Run from the sources (`node --import tsx`, the tests), the
 * thread registers tsx itself: Node 20 does not carry the parent's module hooks into worker threads.
 */
export function spawnModule(
  url: URL,
  workerData: unknown,
  options: { resourceLimits?: { maxOldGenerationSizeMb?: number } } = {},
): Worker {
  if (!url.pathname.endsWith('.ts')) return new Worker(url, { workerData, ...options });
  const tsx = import.meta.resolve('tsx/esm/api');
  const code = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(url.href)}); })`;
  return new Worker(code, { eval: true, workerData, ...options });
}
