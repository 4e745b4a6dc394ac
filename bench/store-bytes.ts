/**
 * Where a SQLite store's bytes go: each table's and index's pages (SQLite's `dbstat`), per article, largest
 * first, with what the stored readings weigh in each of their encodings. Run on a generated store
 * (`generate-store.ts`) to see what a store of a million articles would take:
 *
 *   node dist/bench/store-bytes.js bench/results/store-v3-10000.db [--json]
 */
import Database from 'better-sqlite3';

export interface StoreBytes {
  file: string;
  articles: number;
  bytes: number;
  bytesPerArticle: number;
  /** Each table or index: its pages' bytes, and the payload (what its rows hold) within them. */
  parts: Array<{ name: string; table: string; bytes: number; payload: number; perArticle: number }>;
  /** Stored readings by encoding (SQLite's type of the column: text is JSON, blob is deflated). */
  readings: Array<{ encoding: string; rows: number; bytes: number }>;
}

export function storeBytes(file: string): StoreBytes {
  const db = new Database(file, { readonly: true });
  try {
    const { articles } = db.prepare('SELECT COUNT(*) AS articles FROM articles').get() as {
      articles: number;
    };
    const rows = db
      .prepare(
        `SELECT s.name, coalesce(m.tbl_name, s.name) AS tbl, SUM(s.pgsize) AS bytes, SUM(s.payload) AS payload
           FROM dbstat s LEFT JOIN sqlite_schema m ON m.name = s.name
          GROUP BY s.name ORDER BY bytes DESC`,
      )
      .all() as Array<{ name: string; tbl: string; bytes: number; payload: number }>;
    const bytes = rows.reduce((sum, row) => sum + row.bytes, 0);
    const readings = db
      .prepare(
        `SELECT typeof(reading) AS encoding, COUNT(*) AS rows, SUM(length(CAST(reading AS BLOB))) AS bytes
           FROM readings GROUP BY 1`,
      )
      .all() as StoreBytes['readings'];
    return {
      file,
      articles,
      bytes,
      bytesPerArticle: Math.round(bytes / Math.max(1, articles)),
      parts: rows.map((row) => ({
        name: row.name,
        table: row.tbl,
        bytes: row.bytes,
        payload: row.payload,
        perArticle: Math.round(row.bytes / Math.max(1, articles)),
      })),
      readings: readings.map((r) => ({ ...r, encoding: r.encoding === 'text' ? 'json' : 'deflated' })),
    };
  } finally {
    db.close();
  }
}

function main(): void {
  const [file, flag] = process.argv.slice(2);
  if (!file) throw new Error('usage: store-bytes <store.db> [--json]');
  const measured = storeBytes(file);
  if (flag === '--json') {
    process.stdout.write(`${JSON.stringify(measured, null, 2)}\n`);
    return;
  }
  const mb = (n: number) => (n / 2 ** 20).toFixed(1).padStart(9);
  process.stdout.write(
    `${measured.file}: ${measured.articles} articles, ${mb(measured.bytes).trim()} MB, ${measured.bytesPerArticle} bytes an article\n`,
  );
  for (const part of measured.parts.filter((p) => p.bytes >= measured.bytes / 500))
    process.stdout.write(
      `${mb(part.bytes)} MB ${String(part.perArticle).padStart(7)} B/article  ${part.name}${part.name === part.table ? '' : ` (${part.table})`}\n`,
    );
  for (const r of measured.readings)
    process.stdout.write(
      `readings as ${r.encoding}: ${r.rows} rows, ${Math.round(r.bytes / Math.max(1, r.rows))} bytes each\n`,
    );
}

if (import.meta.url === `file://${process.argv[1]}`) main();
