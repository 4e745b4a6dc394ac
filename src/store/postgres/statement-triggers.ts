/**
 * The `DO` block making, on each table of `tables` (a table and the argument its triggers pass), the four
 * statement triggers calling `fn` with that argument: after an insert (new rows as `added`), an update
 * (`removed` and `added`), a delete (`removed`) and a truncate. Each is named for its table, `suffix` and
 * its statement (`connected_members_actor_count_insert`); with `replace`, one of that name is dropped first.
 */
export function statementTriggers(
  fn: string,
  suffix: string,
  tables: ReadonlyArray<readonly [table: string, argument: string]>,
  replace: boolean,
): string {
  const statements = ['insert', 'update', 'delete', 'truncate'];
  const drops = statements.map(
    (statement) => `
          EXECUTE format('DROP TRIGGER IF EXISTS %I ON %I', counted[1] || '${suffix}${statement}', counted[1]);`,
  );
  const creates = [
    'AFTER INSERT ON %I REFERENCING NEW TABLE AS added',
    'AFTER UPDATE ON %I REFERENCING OLD TABLE AS removed NEW TABLE AS added',
    'AFTER DELETE ON %I REFERENCING OLD TABLE AS removed',
    'AFTER TRUNCATE ON %I',
  ].map(
    (when, i) => `
          EXECUTE format('CREATE TRIGGER %I ${when}
            FOR EACH STATEMENT EXECUTE FUNCTION ${fn}(%L)', counted[1] || '${suffix}${statements[i]}', counted[1], counted[2]);`,
  );
  return `DO $$
      DECLARE counted text[];
      BEGIN
        FOREACH counted SLICE 1 IN ARRAY ARRAY[${tables.map(([table, argument]) => `['${table}', '${argument}']`).join(', ')}]
        LOOP${replace ? drops.join('') : ''}${creates.join('')}
        END LOOP;
      END $$;`;
}
