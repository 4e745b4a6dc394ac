/**
 * The generated store sizes the store phases measure: adding one article at `DOSSIER_BENCH_SIZES`, the API
 * at `DOSSIER_BENCH_API_SIZES`. A million is not among the defaults: its tiled store takes most of an hour
 * to build on this machine and 45 GB of disk, so it is asked for, with `DOSSIER_BENCH_MILLION=1` (or
 * `npm run bench -- --million`, which sets it for the phases), or named in the lists.
 */
const MILLION = 1_000_000;

function sizes(variable: string, defaults: number[]): number[] {
  const named = process.env[variable];
  const list = named ? named.split(',').map(Number) : defaults;
  const million = process.env.DOSSIER_BENCH_MILLION === '1' && !list.includes(MILLION) ? [MILLION] : [];
  return [...list, ...million];
}

/** Sizes at which one article is added. */
export const addOneSizes = () => sizes('DOSSIER_BENCH_SIZES', [1000, 10_000, 100_000]);
/** Sizes at which the API is measured. */
export const apiSizes = () => sizes('DOSSIER_BENCH_API_SIZES', [10_000, 100_000]);
