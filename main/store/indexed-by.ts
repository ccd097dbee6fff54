import type { CompiledQuery } from 'kysely';

/**
 * A compiled query with `how` ("indexed by <index>" or "not indexed") written after its one
 * `from "<table>"` (with its alias, if any). SQLite keeps no statistics here (the app runs no
 * ANALYZE), so the hot lists name the index they must read; an index gone missing then fails
 * the query loudly instead of making it slow.
 */
export function withIndexChoice<R>(
  compiled: CompiledQuery<R>,
  from: string,
  how: string,
): CompiledQuery<R> {
  if (!compiled.sql.startsWith('select ') || compiled.sql.split(from).length !== 2) {
    throw new Error(`withIndexChoice: not a query reading ${from} once`);
  }
  return { ...compiled, sql: compiled.sql.replace(from, `${from} ${how}`) };
}
