import { eventTies } from '../../core/connected.js';
import type { ConnectedUpdate } from '../../core/ports.js';
import { actorRecord } from '../actor-rows.js';
import { actorColumns, actorNames, discrepancyRank, seriesFirstAsOf } from '../connected-rows.js';
import { writeHidden } from './connected-hidden.js';
import type { WriteBatch } from './write-batch.js';

/**
 * The statements that write a `ConnectedUpdate` (`ConnectedTables.saveConnected`), added to one batch in
 * the order they must run: actors, then the events of the stories replaced, then measures and series,
 * then discrepancies. A part with nothing to do adds no statement (linking saves twice per article, mostly
 * with a few of these lists filled). Each write of many rows is one statement over arrays.
 */
export function writeConnected(writes: WriteBatch, u: ConnectedUpdate): void {
  writeActors(writes, u);
  writeHidden(writes, u);
  writeEvents(writes, u);
  writeMeasures(writes, u);
  writeDiscrepancies(writes, u);
  writeEventReports(writes, u);
}

/** Each article's event reports, kept with its current reading's stamp (none when it is not read now). */
function writeEventReports(writes: WriteBatch, u: ConnectedUpdate): void {
  const rows = lastById(u.eventReports ?? [], (r) => r.articleId);
  if (rows.length === 0) return;
  writes.add(
    `INSERT INTO event_reports (article_id, revision, read_at, version, record)
     SELECT r.article_id, r.revision, r.read_at, v.version, v.record
       FROM unnest($1::text[], $2::text[], $3::text[]) AS v (article_id, version, record)
       JOIN readings r ON r.article_id = v.article_id
       JOIN articles a ON a.id = r.article_id AND a.revision = r.revision
     ON CONFLICT (article_id) DO UPDATE SET revision = excluded.revision, read_at = excluded.read_at,
       version = excluded.version, record = excluded.record`,
    [
      rows.map((r) => r.articleId),
      rows.map((r) => r.version),
      rows.map((r) => JSON.stringify({ reports: r.reports, figures: r.figures })),
    ],
  );
}

const articleOf = (member: string) => member.slice(0, member.indexOf('/'));
const unique = (values: string[]) => [...new Set(values)];
/** The last of each id's values wins, as when each was written in turn. */
const lastById = <T>(values: T[], id: (value: T) => string): T[] => [
  ...new Map(values.map((v) => [id(v), v])).values(),
];
/** Pairs as two arrays, the form `unnest($1::text[], $2::text[])` takes them in. */
const columns = (pairs: ReadonlyArray<readonly [string, string]>) => [
  pairs.map((p) => p[0]),
  pairs.map((p) => p[1]),
];

/**
 * An actor removed and written again (most of them: one that gained a member) is replaced in place: only
 * its rows that differ change (see the SQLite store's `writeActor`). One only removed goes with its rows.
 */
function writeActors(writes: WriteBatch, u: ConnectedUpdate): void {
  const rewritten = new Set(u.actors.map((a) => a.entity.id));
  const removed = unique(u.removeActors).filter((id) => !rewritten.has(id));
  if (removed.length > 0) {
    for (const table of [
      'connected_actor_keys',
      'connected_members',
      'connected_actor_names',
      'connected_actor_roles',
    ])
      writes.add(`DELETE FROM ${table} WHERE actor_id = ANY($1::text[])`, [removed]);
    writes.add('DELETE FROM connected_actors WHERE id = ANY($1::text[])', [removed]);
  }
  // Members an article read again no longer names (see `ConnectedUpdate.removeMembers`).
  if (u.removeMembers?.length)
    writes.add('DELETE FROM connected_members WHERE member = ANY($1::text[])', [unique(u.removeMembers)]);
  if (u.actors.length === 0) return;
  const rows = u.actors.map((a) => actorColumns(a.entity));
  writes.add(
    `INSERT INTO connected_actors (id, record, name, type, mentions, names)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[], $6::text[])
     ON CONFLICT (id) DO UPDATE SET record = excluded.record, name = excluded.name, type = excluded.type,
       mentions = excluded.mentions, names = excluded.names`,
    [
      u.actors.map((a) => a.entity.id),
      u.actors.map((a) => actorRecord(a.entity)),
      rows.map((c) => c.name),
      rows.map((c) => c.type),
      rows.map((c) => c.mentions),
      rows.map((c) => c.names),
    ],
  );
  const ids = unique(u.actors.map((a) => a.entity.id));
  writeActorNames(writes, u, ids);
  const keys = u.actors.flatMap((a) => unique(a.keys).map((key) => [key, a.entity.id] as const));
  const members = u.actors.flatMap((a) => unique(a.members).map((m) => [m, a.entity.id] as const));
  // An actor written whole (removed, then written) lists all its keys, members and roles: the others go.
  const whole = new Set(u.removeActors);
  const wholeIds = ids.filter((id) => whole.has(id));
  if (wholeIds.length > 0) {
    const ofWhole = <T extends readonly [string, string]>(pairs: T[]) => pairs.filter((p) => whole.has(p[1]));
    writes.add(
      `DELETE FROM connected_actor_keys WHERE actor_id = ANY($1::text[])
         AND (key, actor_id) NOT IN (SELECT * FROM unnest($2::text[], $3::text[]))`,
      [wholeIds, ...columns(ofWhole(keys))],
    );
    writes.add(
      `DELETE FROM connected_members WHERE actor_id = ANY($1::text[])
         AND (member, actor_id) NOT IN (SELECT * FROM unnest($2::text[], $3::text[]))`,
      [wholeIds, ...columns(ofWhole(members))],
    );
    writes.add(
      `DELETE FROM connected_actor_roles r USING unnest($1::text[], $2::int[]) AS v(actor_id, n)
       WHERE r.actor_id = v.actor_id AND r.seq >= v.n`,
      [wholeIds, wholeIds.map((id) => u.actors.find((a) => a.entity.id === id)!.roles.length)],
    );
  }
  writes.add(
    `INSERT INTO connected_actor_keys (key, actor_id) SELECT * FROM unnest($1::text[], $2::text[])
     ON CONFLICT DO NOTHING`,
    columns(keys),
  );
  // The key index ranks an actor by its mentions (`actorsByKeys`), so each key row follows its actor's.
  writes.add(
    `UPDATE connected_actor_keys k SET mentions = a.mentions
     FROM unnest($1::text[], $2::int[]) AS a(id, mentions)
     WHERE k.actor_id = a.id AND k.mentions <> a.mentions`,
    [u.actors.map((a) => a.entity.id), rows.map((c) => c.mentions)],
  );
  writeActorRows(writes, u, whole);
}

/**
 * The written actors' members and roles: an actor written whole has each at its place in its lists; one
 * that grew has them added after the last it holds (the statement sees the rows as they were before it).
 */
function writeActorRows(writes: WriteBatch, u: ConnectedUpdate, whole: ReadonlySet<string>): void {
  const place = (table: string, column: string) =>
    `CASE WHEN v.whole THEN v.pos ELSE COALESCE(
       (SELECT MAX(${column}) + 1 FROM ${table} c WHERE c.actor_id = v.actor_id), 0) + v.pos END`;
  const members = u.actors.flatMap((a) =>
    unique(a.members).map((m, pos) => ({ m, id: a.entity.id, pos, whole: whole.has(a.entity.id) })),
  );
  if (members.length > 0)
    writes.add(
      `INSERT INTO connected_members AS m (member, actor_id, article_id, ord)
       SELECT v.member, v.actor_id, v.article_id, ${place('connected_members', 'ord')}
       FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::bool[])
         AS v(member, actor_id, article_id, pos, whole)
       ON CONFLICT (member) DO UPDATE SET actor_id = excluded.actor_id, article_id = excluded.article_id,
         ord = excluded.ord
       WHERE m.actor_id <> excluded.actor_id OR m.article_id <> excluded.article_id OR m.ord <> excluded.ord`,
      [
        members.map((r) => r.m),
        members.map((r) => r.id),
        members.map((r) => articleOf(r.m)),
        members.map((r) => r.pos),
        members.map((r) => r.whole),
      ],
    );
  const roles = u.actors.flatMap((a) =>
    a.roles.map((role, pos) => ({ role, id: a.entity.id, pos, whole: whole.has(a.entity.id) })),
  );
  if (roles.length > 0)
    writes.add(
      `INSERT INTO connected_actor_roles AS r (actor_id, seq, role)
       SELECT v.actor_id, ${place('connected_actor_roles', 'seq')}, v.role
       FROM unnest($1::text[], $2::int[], $3::bool[], $4::text[]) AS v(actor_id, pos, whole, role)
       ON CONFLICT (actor_id, seq) DO UPDATE SET role = excluded.role WHERE r.role <> excluded.role`,
      [
        roles.map((r) => r.id),
        roles.map((r) => r.pos),
        roles.map((r) => r.whole),
        roles.map((r) => JSON.stringify(r.role)),
      ],
    );
}

/** The written actors' names, as they are now: names they lost go, new ones come. */
function writeActorNames(writes: WriteBatch, u: ConnectedUpdate, ids: string[]): void {
  const names = u.actors.flatMap((a) => actorNames(a.entity).map((name) => [name, a.entity.id] as const));
  writes.add(
    `DELETE FROM connected_actor_names WHERE actor_id = ANY($1::text[])
       AND (name, actor_id) NOT IN (SELECT * FROM unnest($2::text[], $3::text[]))`,
    [ids, ...columns(names)],
  );
  writes.add(
    `INSERT INTO connected_actor_names (name, actor_id) SELECT * FROM unnest($1::text[], $2::text[])
     ON CONFLICT DO NOTHING`,
    columns(names),
  );
}

/** The events of `eventStories` replaced by `events`, with the rows that index them; passages too. */
function writeEvents(writes: WriteBatch, u: ConnectedUpdate): void {
  const stories = unique(u.eventStories);
  if (stories.length > 0) {
    for (const table of ['connected_event_actors', 'connected_event_ties', 'connected_event_articles'])
      writes.add(
        `DELETE FROM ${table} WHERE event_id IN (
           SELECT id FROM connected_events WHERE story_id = ANY($1::text[]))`,
        [stories],
      );
    writes.add('DELETE FROM connected_events WHERE story_id = ANY($1::text[])', [stories]);
  }
  if (u.passages.length > 0) {
    writes.add('DELETE FROM connected_passages WHERE article_id = ANY($1::text[])', [
      unique(u.passages.map((p) => p.articleId)),
    ]);
    const rows = u.passages.flatMap((p) => unique(p.keys).map((key) => [key, p.articleId] as const));
    writes.add(
      `INSERT INTO connected_passages (key, article_id)
       SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING`,
      columns(rows),
    );
  }
  if (u.events.length === 0) return;
  const events = lastById(u.events, (e) => e.event.id);
  writes.add(
    `INSERT INTO connected_events (id, story_id, ord, record, timeline, day_from, day_to, confidence)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[],
       $7::text[], $8::float8[])
     ON CONFLICT (id) DO UPDATE SET story_id = excluded.story_id, ord = excluded.ord, record = excluded.record,
       timeline = excluded.timeline, day_from = excluded.day_from, day_to = excluded.day_to,
       confidence = excluded.confidence`,
    [
      events.map((e) => e.event.id),
      events.map((e) => e.event.storyId ?? ''),
      events.map((e) => e.order),
      events.map((e) => JSON.stringify(e.event)),
      events.map((e) => e.timeline),
      events.map((e) => e.days?.from ?? null),
      events.map((e) => e.days?.to ?? null),
      events.map((e) => e.event.confidence),
    ],
  );
  // With the event's order, place in the timeline and confidence: an actor's pages and counts are read
  // from these rows alone.
  const actors = events.flatMap(({ event, order, timeline }) =>
    unique([...event.sourceIds, ...event.targetIds]).map(
      (a) => [a, event.id, event.storyId ?? '', order, event.confidence, timeline] as const,
    ),
  );
  writes.add(
    `INSERT INTO connected_event_actors (actor_id, event_id, story_id, ord, confidence, timeline)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::float8[], $6::text[])
     ON CONFLICT (actor_id, event_id) DO UPDATE SET story_id = excluded.story_id, ord = excluded.ord,
       confidence = excluded.confidence, timeline = excluded.timeline`,
    [0, 1, 2, 3, 4, 5].map((k) => actors.map((a) => a[k])),
  );
  const ties = events.flatMap(({ event, order }) =>
    eventTies(event).map(
      (t, i) => [t.eventId, i, t.source, t.target, t.type, event.confidence, order] as const,
    ),
  );
  writes.add(
    `INSERT INTO connected_event_ties (event_id, ordinal, source, target, type, confidence, ord)
     SELECT * FROM unnest($1::text[], $2::int[], $3::text[], $4::text[], $5::text[], $6::float8[],
       $7::text[])
     ON CONFLICT (event_id, ordinal) DO UPDATE SET source = excluded.source, target = excluded.target,
       type = excluded.type, confidence = excluded.confidence, ord = excluded.ord`,
    [0, 1, 2, 3, 4, 5, 6].map((k) => ties.map((t) => t[k])),
  );
  const articles = events.flatMap(({ event }) =>
    unique(event.evidence.map((e) => e.articleId)).map((a) => [a, event.id] as const),
  );
  writes.add(
    `INSERT INTO connected_event_articles (article_id, event_id)
     SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING`,
    columns(articles),
  );
}

/** Which articles give which measures, the series they make, and the measures kept whole. */
function writeMeasures(writes: WriteBatch, u: ConnectedUpdate): void {
  if (u.dropMeasures.length > 0)
    writes.add('DELETE FROM connected_measures WHERE measure_id = ANY($1::text[])', [unique(u.dropMeasures)]);
  if (u.measureArticles.length > 0) {
    writes.add('DELETE FROM connected_measures WHERE article_id = ANY($1::text[])', [
      u.measureArticles.map((m) => m.articleId),
    ]);
    const rows = u.measureArticles.flatMap((m) =>
      unique(m.measureIds).map((id) => [id, m.articleId] as const),
    );
    writes.add(
      `INSERT INTO connected_measures (measure_id, article_id)
       SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING`,
      columns(rows),
    );
  }
  if (u.removeSeries.length > 0)
    writes.add('DELETE FROM connected_series WHERE id = ANY($1::text[])', [unique(u.removeSeries)]);
  if (u.series.length > 0) {
    const series = lastById(u.series, (s) => s.id);
    writes.add(
      `INSERT INTO connected_series (id, record, first_as_of, confidence)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::float8[])
       ON CONFLICT (id) DO UPDATE SET record = excluded.record, first_as_of = excluded.first_as_of,
         confidence = excluded.confidence`,
      [
        series.map((s) => s.id),
        series.map((s) => JSON.stringify(s)),
        series.map(seriesFirstAsOf),
        series.map((s) => s.confidence),
      ],
    );
  }
  if (u.removeKeptMeasures.length > 0)
    writes.add('DELETE FROM connected_measures_kept WHERE id = ANY($1::text[])', [
      unique(u.removeKeptMeasures),
    ]);
  if (u.keptMeasures.length > 0) {
    const kept = lastById(u.keptMeasures, (m) => m.id);
    writes.add(
      `INSERT INTO connected_measures_kept (id, record)
       SELECT * FROM unnest($1::text[], $2::text[])
       ON CONFLICT (id) DO UPDATE SET record = excluded.record`,
      [kept.map((m) => m.id), kept.map((m) => JSON.stringify(m))],
    );
  }
}

/** The discrepancies of `discrepancyScopes` replaced by `discrepancies`. */
function writeDiscrepancies(writes: WriteBatch, u: ConnectedUpdate): void {
  if (u.discrepancyScopes.length > 0)
    writes.add('DELETE FROM connected_discrepancies WHERE scope = ANY($1::text[])', [
      unique(u.discrepancyScopes),
    ]);
  if (u.removeDiscrepancies?.length)
    writes.add(
      `DELETE FROM connected_discrepancies d USING unnest($1::text[], $2::text[]) AS v(scope, id)
       WHERE d.scope = v.scope AND d.id = v.id`,
      [u.removeDiscrepancies.map((r) => r.scope), u.removeDiscrepancies.map((r) => r.id)],
    );
  if (u.discrepancies.length === 0) return;
  const rows = lastById(u.discrepancies, (d) => `${d.scope}\u0000${d.discrepancy.id}`);
  writes.add(
    `INSERT INTO connected_discrepancies (scope, id, record, kind_rank, confidence)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::float8[])
     ON CONFLICT (scope, id) DO UPDATE SET record = excluded.record, kind_rank = excluded.kind_rank,
       confidence = excluded.confidence`,
    [
      rows.map((r) => r.scope),
      rows.map((r) => r.discrepancy.id),
      rows.map((r) => JSON.stringify(r.discrepancy)),
      rows.map((r) => discrepancyRank(r.discrepancy)),
      rows.map((r) => r.discrepancy.confidence),
    ],
  );
}
