import type { RawDatabase } from '../../main/store/database';

/**
 * Every row of every table, each table in primary-key order (rowid where it has one; a WITHOUT
 * ROWID table such as attendance has none), to compare two databases row for row.
 */
export function everyTableRow(db: RawDatabase): Record<string, unknown[]> {
  const tables = db
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .pluck()
    .all() as string[];
  return Object.fromEntries(tables.map((table) => [table, rowsInKeyOrder(db, table)]));
}

function rowsInKeyOrder(db: RawDatabase, table: string): unknown[] {
  const key = (db.pragma(`table_info("${table}")`) as { name: string; pk: number }[])
    .filter((column) => column.pk > 0)
    .sort((a, b) => a.pk - b.pk)
    .map((column) => `"${column.name}"`);
  const order = key.length > 0 ? key.join(', ') : 'rowid';
  return db.prepare(`SELECT * FROM "${table}" ORDER BY ${order}`).all();
}
