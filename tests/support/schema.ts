import type { RawDatabase } from '../../main/store/database';

export interface SchemaObject {
  type: string;
  name: string;
  sql: string | null;
}

/** The schema as SQLite keeps it, with whitespace folded so that formatting is not a change. */
export function schemaOf(db: RawDatabase): SchemaObject[] {
  const rows = db
    .prepare(
      `SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name`,
    )
    .all() as SchemaObject[];
  return rows.map((row) => ({ ...row, sql: row.sql?.replace(/\s+/g, ' ').trim() ?? null }));
}

export function columnsOf(db: RawDatabase, table: string): string[] {
  const rows = db.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as { name: string }[];
  return rows.map((row) => row.name);
}
