// SQL that compares text the way people expect: "cafe" finds "Grief Café". SQLite's own LIKE and
// NOCASE fold ASCII only, so the shared fold function is registered on the connection instead of
// stored in extra columns: nothing to keep in sync or to re-fold when Unicode changes, no
// migration, and substring search scans the rows either way (LIKE '%…%' cannot use an index).
// Cost: one JS call per row and column. 5,000 rows x 3 columns took a median 38 ms against 0.6 ms
// for plain LIKE on a machine at load 12 (about 6 ms unloaded): fine for groups and locations; a
// 5,000-row volunteer list should store a folded copy of its search text, filled with this fold.
import { sql, type RawBuilder } from 'kysely';
import { foldForSearch } from '../../shared/text/fold';
import type { RawDatabase } from './database';

const FOLD_FUNCTION = 'fold_for_search';

/** Registers the text functions on a freshly opened connection. */
export function registerTextFunctions(db: RawDatabase): void {
  db.function(FOLD_FUNCTION, { deterministic: true }, (text: unknown) =>
    typeof text === 'string' ? foldForSearch(text) : text,
  );
}

/** `column`, folded for comparing. */
export function folded(column: string): RawBuilder<string> {
  return sql<string>`${sql.raw(FOLD_FUNCTION)}(${sql.ref(column)})`;
}

/** LIKE with the user's text folded and taken literally: % and _ match only themselves. */
export function foldedContains(column: string, search: string): RawBuilder<boolean> {
  const pattern = `%${foldForSearch(search).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql<boolean>`${folded(column)} LIKE ${pattern} ESCAPE '\\'`;
}

/** `column` names the same thing as `name`, ignoring case, accents and surrounding spaces. */
export function foldedEquals(column: string, name: string): RawBuilder<boolean> {
  return sql<boolean>`${folded(column)} = ${foldForSearch(name.trim())}`;
}
