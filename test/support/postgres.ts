import pg from 'pg';

/**
 * The PostgreSQL server the tests use: on this machine 127.0.0.1:5432, trust auth, database `test`
 * (`DOSSIER_TEST_DATABASE` names another). A missing server fails the tests that need it; none skips.
 * Each test works in schemas of its own, named for the process, and drops them when done, so test files
 * running at once never see each other's rows.
 */
export const TEST_DATABASE = process.env.DOSSIER_TEST_DATABASE || 'postgres://postgres@127.0.0.1:5432/test';

let made = 0;

/** A schema name no other test process uses. */
export function freshSchema(label = 't'): string {
  made += 1;
  return `dossier_${label}_${process.pid}_${made}_${Math.random().toString(36).slice(2, 8)}`;
}

/** The store location for `schema` in the test database. */
export function testLocation(schema: string): string {
  const url = new URL(TEST_DATABASE);
  url.searchParams.set('schema', schema);
  return url.toString();
}

/** Drops the schemas and their job-queue schemas (`<schema>_jobs`). */
export async function dropSchemas(schemas: string[]): Promise<void> {
  if (schemas.length === 0) return;
  const client = new pg.Client({ connectionString: TEST_DATABASE });
  await client.connect();
  try {
    for (const schema of schemas) {
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.query(`DROP SCHEMA IF EXISTS ${schema}_jobs CASCADE`);
    }
  } finally {
    await client.end();
  }
}
