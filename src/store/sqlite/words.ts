/**
 * Trigram indexes of the quotes' and figures' words (migration 17), so a word filter (`q`) follows its
 * matches instead of scanning every row's words. FTS5's `trigram` tokenizer makes a quoted phrase a
 * substring query; the index keeps no copy of the words (external content: a view of the rows).
 *
 * The rows are `WITHOUT ROWID` (keyed by article and position), and an FTS5 row needs an integer: each
 * row's is its article's sequence number times 2^24 plus its position. A reading cannot hold 2^24 quotes or
 * figures (each takes at least a digit or a word and a space of the article's text, whose fetch is capped
 * at 20 MB), and the sequence number stays far below 2^39, so the keys are distinct and fit 63 bits.
 */

import type { ItemWords } from '../record-sql.js';

/** The tables whose words are indexed, each with its view and index. */
export const WORD_TABLES = ['article_quotes', 'article_figures'] as const;

export const wordIndex = (table: string) => `${table}_words`;
const SHIFT = 16_777_216;
const key = (row: string) => `${row}.seq * ${SHIFT} + ${row}.ordinal`;

/** Migration 17's statements for one table: the keyed view, the index over it, and its triggers. */
export const wordIndexSql = (table: string): string => {
  const index = wordIndex(table);
  const remove = `INSERT INTO ${index}(${index}, rowid, search) VALUES ('delete', ${key('old')}, old.search);`;
  const add = `INSERT INTO ${index}(rowid, search) VALUES (${key('new')}, new.search);`;
  return `
    CREATE VIEW ${table}_keyed AS SELECT seq * ${SHIFT} + ordinal AS k, search FROM ${table};
    CREATE VIRTUAL TABLE ${index} USING fts5(
      search, content='${table}_keyed', content_rowid='k', tokenize='trigram', columnsize=0);
    CREATE TRIGGER ${index}_insert AFTER INSERT ON ${table} BEGIN ${add} END;
    CREATE TRIGGER ${index}_delete AFTER DELETE ON ${table} BEGIN ${remove} END;
    CREATE TRIGGER ${index}_update AFTER UPDATE OF seq, ordinal, search ON ${table} BEGIN
      ${remove} ${add}
    END;
    INSERT INTO ${index}(${index}) VALUES ('rebuild');
    -- A match's row is found by its key in this narrow index, which holds what the page counts (its
    -- confidence) and orders by: only the page's own rows are read whole.
    CREATE INDEX ${table}_keys ON ${table} (seq, ordinal, confidence, undated, published);`;
};

/**
 * The actors' names (the `names` column `/api/entities?q=` filters) under a trigram index too (migration
 * 20). The actors are `WITHOUT ROWID` rows keyed by a text id, so each actor is given a number
 * (`connected_actor_rows`) that keys its names in an FTS5 table of their own; triggers keep both as actors
 * are written. An actor is written with `INSERT OR REPLACE`, whose deletion fires no trigger: the insert's
 * trigger drops the names it held first.
 */
export const ACTOR_WORDS = 'connected_actors_words';
const actorRow = (row: string) => `(SELECT n FROM connected_actor_rows WHERE id = ${row}.id)`;
const fillActorWords = `
  INSERT INTO connected_actor_rows (id) SELECT id FROM connected_actors;
  INSERT INTO ${ACTOR_WORDS} (rowid, names)
    SELECT r.n, a.names FROM connected_actors a JOIN connected_actor_rows r ON r.id = a.id;`;
export const actorWordsSql = `
  CREATE TABLE connected_actor_rows (n INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE);
  CREATE VIRTUAL TABLE ${ACTOR_WORDS} USING fts5(names, tokenize='trigram', columnsize=0);
  CREATE TRIGGER ${ACTOR_WORDS}_insert AFTER INSERT ON connected_actors BEGIN
    DELETE FROM ${ACTOR_WORDS} WHERE rowid = ${actorRow('new')};
    INSERT OR IGNORE INTO connected_actor_rows (id) VALUES (new.id);
    INSERT INTO ${ACTOR_WORDS} (rowid, names) VALUES (${actorRow('new')}, new.names);
  END;
  CREATE TRIGGER ${ACTOR_WORDS}_delete AFTER DELETE ON connected_actors BEGIN
    DELETE FROM ${ACTOR_WORDS} WHERE rowid = ${actorRow('old')};
    DELETE FROM connected_actor_rows WHERE id = old.id;
  END;
  CREATE TRIGGER ${ACTOR_WORDS}_update AFTER UPDATE OF names ON connected_actors BEGIN
    DELETE FROM ${ACTOR_WORDS} WHERE rowid = ${actorRow('new')};
    INSERT INTO ${ACTOR_WORDS} (rowid, names) VALUES (${actorRow('new')}, new.names);
  END;
  ${fillActorWords}`;

/** Builds the actors' word index again from the actors (after a bulk load that went around its triggers). */
export const rebuildActorWordsSql = `DELETE FROM ${ACTOR_WORDS}; DELETE FROM connected_actor_rows; ${fillActorWords}`;

/**
 * Builds the index again from its rows (after a bulk load that went around the triggers), its segments
 * then merged into one (`optimize`): a common word's matches are read from each trigram's one doclist
 * rather than from every segment's. On a copy of the 100k generated store, `minister`'s 8,100 matches
 * were read in 5 ms of CPU instead of 9 (warm), for 3.8 s of CPU (12 s wall) merging once.
 */
export const rebuildWordIndexSql = (table: string): string => {
  const index = wordIndex(table);
  return `INSERT INTO ${index}(${index}) VALUES ('rebuild'); INSERT INTO ${index}(${index}) VALUES ('optimize');`;
};

/**
 * A condition on `table`'s rows (quotes, figures, actors) whose words hold `q`, read from its trigram
 * index: the keys its quoted phrase matches, which are the rows holding `q` as a substring (both
 * lower-cased, as the `LIKE` it stands for compares them). Undefined for fewer than three characters, which hold no trigram (the caller's
 * `LIKE` then scans).
 */
export function itemsHolding(table: string, q: string, bind: (value: unknown) => string): string | undefined {
  const text = q.toLowerCase();
  if ([...text].length < 3) return undefined;
  if (table === 'connected_actors')
    return `id IN (SELECT id FROM connected_actor_rows WHERE n IN (
      SELECT rowid FROM ${ACTOR_WORDS} WHERE ${ACTOR_WORDS} MATCH ${phrase(text, bind)}))`;
  const index = wordIndex(table);
  return `(seq, ordinal) IN (
    SELECT rowid / ${SHIFT}, rowid % ${SHIFT} FROM ${index} WHERE ${index} MATCH ${phrase(text, bind)})`;
}

const phrase = (text: string, bind: (value: unknown) => string) => bind(`"${text.replace(/"/g, '""')}"`);

/**
 * The keys of a quote's or figure's rows holding `q` (as `itemsHolding` finds them), for a page that walks
 * its order's index (see `ItemWords`). Undefined where `itemsHolding` is.
 */
export function itemWords(table: string, q: string, bind: (value: unknown) => string): ItemWords | undefined {
  const text = q.toLowerCase();
  if ([...text].length < 3 || table === 'connected_actors') return undefined;
  const index = wordIndex(table);
  return {
    matches: `SELECT rowid AS k FROM ${index} WHERE ${index} MATCH ${phrase(text, bind)}`,
    parts: (k) => `${k} / ${SHIFT}, ${k} % ${SHIFT}`,
    keyOf: (alias) => key(alias),
  };
}
