/**
 * A load generator in a process of its own: `node load.js <url> <clients> <seconds>` keeps `clients`
 * requests in flight for `seconds` (each client sends its next request when the last is answered, over a
 * kept-alive connection) and prints one JSON line: every latency counted, so p50 and p95 are exact, not
 * read off a histogram's buckets.
 */

export interface LoadResult {
  requests: number;
  /** Failed connections and answers other than 2xx. */
  errors: number;
  p50Ms: number | null;
  p95Ms: number | null;
  p99Ms: number | null;
  maxMs: number | null;
  perSecond: number;
}

export function percentile(sorted: number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))]!;
}

async function client(url: string, until: number, latencies: number[]): Promise<number> {
  let errors = 0;
  while (performance.now() < until) {
    const started = performance.now();
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (!response.ok) errors += 1;
      else latencies.push(performance.now() - started);
    } catch {
      errors += 1;
    }
  }
  return errors;
}

async function main(): Promise<void> {
  const [url, clients, seconds] = process.argv.slice(2);
  if (!url || !clients || !seconds) throw new Error('usage: load.js <url> <clients> <seconds>');
  const latencies: number[] = [];
  const started = performance.now();
  const until = started + Number(seconds) * 1000;
  const errors = await Promise.all(
    Array.from({ length: Number(clients) }, () => client(url, until, latencies)),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const round = (ms: number | null) => (ms === null ? null : Math.round(ms * 10) / 10);
  const result: LoadResult = {
    requests: latencies.length,
    errors: errors.reduce((sum, n) => sum + n, 0),
    p50Ms: round(percentile(latencies, 50)),
    p95Ms: round(percentile(latencies, 95)),
    p99Ms: round(percentile(latencies, 99)),
    maxMs: round(latencies[latencies.length - 1] ?? null),
    perSecond: latencies.length / elapsed,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

if (process.argv[1]?.endsWith('load.js') || process.argv[1]?.endsWith('load.ts')) await main();
