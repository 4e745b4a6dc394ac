/** The PostgreSQL server the benches use (the tests' one by default). */
export const BENCH_DATABASE = process.env.DOSSIER_BENCH_DATABASE || 'postgres://postgres@127.0.0.1:5432/test';

/** The bench server's URL for one schema of it. */
export function benchLocation(schema: string): string {
  const url = new URL(BENCH_DATABASE);
  url.searchParams.set('schema', schema);
  return url.toString();
}
