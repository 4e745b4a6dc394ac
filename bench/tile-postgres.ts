import Database from 'better-sqlite3';
import type pg from 'pg';
import { shiftedHex } from './tile-actors.js';
import { COPIED, tileIds } from './tile-store.js';

/**
 * A tiled PostgreSQL store (see `tile-store.ts`) replicated inside the server: the tile's rows are copied
 * once into staging tables, with the three leading hex digits of every id they name written as private-use
 * characters (`template`), and each copy is then one `translate` of those characters into the copy's
 * shifted digits, by `INSERT … SELECT` over the staging table joined with the copy numbers. A row's bytes
 * (a reading's 40 kB) cross from SQLite once, not once per copy, and the ids come out as the SQLite tiles
 * shift them, so both stores hold the same rows.
 */

/** Private-use characters standing for digit `d` at place `place` (0–2) of an id's leading digits. */
const mark = (place: number, digit: number) => String.fromCharCode(0xe000 + place * 16 + digit);
/**
 * The places a copy below `tiles` shifts (the last one below 16 copies): only those are marked, as
 * `translate` looks each character up among the marks one by one.
 */
const shiftedPlaces = (tiles: number) => (tiles <= 16 ? [2] : tiles <= 256 ? [1, 2] : [0, 1, 2]);
const marks = (tiles: number) =>
  shiftedPlaces(tiles)
    .flatMap((place) => [...Array(16).keys()].map((digit) => mark(place, digit)))
    .join('');
const ID_TOKEN = /(?<![0-9a-f])[0-9a-f]{12}(?![0-9a-f])/g;

/** What `translate` writes for the marks in copy `k`: each place's digit shifted as `tile-store.ts` shifts it. */
function shiftedMarks(copy: number, tiles: number): string {
  return shiftedPlaces(tiles)
    .flatMap((place) =>
      [...Array(16).keys()].map((digit) => {
        const prefix = ['0', '0', '0'];
        prefix[place] = digit.toString(16);
        return shiftedHex(prefix.join(''), copy)[place]!;
      }),
    )
    .join('');
}

/**
 * The tables a tiled PostgreSQL store fills with every copy of the tile; the others, the actors' among them
 * (`tile-actors.ts`), are copied from the tile once.
 */
export const TILED_TABLES = new Set(COPIED.filter((c) => !c.shared).map((c) => c.table));

export interface TileSource {
  /** The SQLite tile every copy is made of (also the store `copyToPostgres` reads). */
  tile: string;
  tiles: number;
  /** Generated article `n`'s text varied for copy `k`, as the SQLite tiles vary it. */
  variedText: (n: number, copy: number) => string;
}

/**
 * The tile's templating (a value with each tile id's leading digits as marks) and its sequence step (copy
 * `k`'s sequence numbers are the tile's plus `k` steps).
 */
export function openTile(
  tilePath: string,
  tiles: number,
): { template: (value: unknown) => unknown; seqStep: number } {
  const db = new Database(tilePath, { readonly: true });
  let ids: Set<string>;
  let seqStep: number;
  try {
    ids = tileIds(db, 'main');
    seqStep = (db.prepare('SELECT MAX(seq) AS n FROM articles').get() as { n: number }).n;
  } finally {
    db.close();
  }
  const places = shiftedPlaces(tiles);
  const template = (value: unknown) =>
    typeof value === 'string'
      ? value.replace(ID_TOKEN, (m) =>
          ids.has(m)
            ? [0, 1, 2].map((p) => (places.includes(p) ? mark(p, parseInt(m[p]!, 16)) : m[p])).join('') +
              m.slice(3)
            : m,
        )
      : value;
  return { template, seqStep };
}

/**
 * Fills `table` (already staged as `<table>_tile` with templated ids) with every copy of the tile,
 * copy 0 included: ids translated per copy, sequence numbers moved past the copies before, a signature's
 * fingerprint the copy's own article's.
 */
export async function replicateTable(
  client: pg.Client,
  table: string,
  columns: string[],
  tiles: number,
  seqStep: number,
): Promise<void> {
  const copied = COPIED.find((c) => c.table === table)!;
  await client.query('CREATE TEMP TABLE IF NOT EXISTS tile_copies (k integer, marks text)');
  await client.query('TRUNCATE tile_copies');
  await client.query(`INSERT INTO tile_copies (k, marks) SELECT * FROM unnest($1::int[], $2::text[])`, [
    [...Array(tiles).keys()],
    [...Array(tiles).keys()].map((k) => shiftedMarks(k, tiles)),
  ]);
  const values = columns.map((name) =>
    copied.ids.includes(name)
      ? `translate(s.${name}, $1, c.marks)`
      : name === copied.seq
        ? `s.${name} + c.k * ${seqStep}`
        : name === copied.rank
          ? `s.${name} + c.k * (SELECT MAX(${name}) + 1 FROM ${table}_tile)`
          : name === 'fingerprint'
            ? `(SELECT a.fingerprint FROM articles AS a WHERE a.id = translate(s.article_id, $1, c.marks))`
            : `s.${name}`,
  );
  await client.query(
    `INSERT INTO ${table} (${columns.join(', ')})
     SELECT ${values.join(', ')} FROM ${table}_tile AS s CROSS JOIN tile_copies AS c`,
    [marks(tiles)],
  );
  await client.query(`DROP TABLE ${table}_tile`);
}
