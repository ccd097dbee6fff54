// The large demo centre made `factor` times larger inside its own encrypted database: every
// group, volunteer and what hangs off them (sessions, facilitators, hours, completions,
// participants, attendance, incidents) cloned with new ids, names suffixed. Through the API the
// 16× centre (2.4 million sessions) would take hours to build; INSERT … SELECT takes minutes.
// Shared things stay shared: locations, closures, trainings, accounts. The audit log is not
// cloned (its entries are chained by tag; the copies would break the chain for nothing).
import type { RawDatabase } from '../../main/store/database';
import { searchTextOf } from '../../main/store/volunteers-repository';

interface CloneSpec {
  table: string;
  /** Its own integer key, moved on by `copy × the original's largest id`. */
  ownId: 'id' | null;
  /** Columns that point at another cloned table, moved on with that table's ids. */
  refs: Record<string, string>;
  /** Columns worked out again for a copy; `?` is the copy's number (2, 3, …). */
  recomputed?: Record<string, string>;
}

/** In foreign-key order: a table's copies point at copies already there. */
const SPECS: readonly CloneSpec[] = [
  {
    table: 'support_group',
    ownId: 'id',
    refs: {},
    recomputed: { name: `name || ' #' || ?` },
  },
  {
    table: 'volunteer',
    ownId: 'id',
    refs: {},
    recomputed: {
      last_name: `CASE WHEN erased_at IS NULL THEN last_name || ' #' || ? ELSE last_name END`,
      search_text: `CASE WHEN erased_at IS NULL
        THEN ck_search_text(first_name, last_name || ' #' || ?, preferred_name, email, phone)
        ELSE '' END`,
    },
  },
  { table: 'volunteer_training', ownId: 'id', refs: { volunteer_id: 'volunteer' } },
  {
    table: 'group_facilitator',
    ownId: 'id',
    refs: { group_id: 'support_group', volunteer_id: 'volunteer' },
  },
  { table: 'group_session', ownId: 'id', refs: { group_id: 'support_group' } },
  {
    table: 'session_facilitator',
    ownId: 'id',
    refs: { session_id: 'group_session', volunteer_id: 'volunteer' },
  },
  { table: 'participant', ownId: 'id', refs: { group_id: 'support_group' } },
  {
    table: 'attendance',
    ownId: null,
    refs: { session_id: 'group_session', participant_id: 'participant' },
  },
  {
    table: 'incident',
    ownId: 'id',
    refs: { session_id: 'group_session', group_id: 'support_group' },
  },
  { table: 'incident_note', ownId: 'id', refs: { incident_id: 'incident' } },
  // The funder report's month figures (migration 0013): a copy's are the original's, moved on.
  { table: 'period_group_month', ownId: null, refs: { group_id: 'support_group' } },
  { table: 'period_volunteer_month', ownId: null, refs: { volunteer_id: 'volunteer' } },
];

/** The triggers that keep the month figures: set aside while whole tables are copied. */
const ROLLUP_TRIGGERS = `SELECT name, sql FROM sqlite_master
  WHERE type = 'trigger' AND name LIKE 'period_rollup_%'`;

const NUMBER = 'number';
type Parameter = typeof NUMBER | { offsetOf: string } | { largestIdOf: string };

function columnsOf(db: RawDatabase, table: string): string[] {
  return (db.pragma(`table_info(${table})`) as { name: string }[]).map((column) => column.name);
}

/** One INSERT … SELECT per table and copy; the parameters are the copy's offsets and number. */
function cloneStatement(db: RawDatabase, spec: CloneSpec) {
  const columns = columnsOf(db, spec.table);
  // What each `?` is, in order: a copy's number, a table's offset, or a table's largest id.
  const parameters: Parameter[] = [];
  const expressions = columns.map((column) => {
    const recomputed = spec.recomputed?.[column];
    if (recomputed) {
      parameters.push(...Array.from(recomputed.matchAll(/\?/g), (): Parameter => NUMBER));
      return recomputed;
    }
    const target = column === spec.ownId ? spec.table : spec.refs[column];
    if (!target) return column;
    parameters.push({ offsetOf: target });
    return `${column} + ?`;
  });
  // Only the original rows are copied, never the copies made before.
  const [keyColumn, keyTable] = spec.ownId
    ? [spec.ownId, spec.table]
    : (Object.entries(spec.refs)[0] ?? ['', '']);
  parameters.push({ largestIdOf: keyTable });
  const statement = db.prepare(
    `INSERT INTO ${spec.table} (${columns.join(', ')})
      SELECT ${expressions.join(', ')} FROM ${spec.table} WHERE ${keyColumn} <= ?`,
  );
  return { statement, parameters };
}

/**
 * Makes the centre in `db` `factor` times larger (factor 1 changes nothing); returns the rows of
 * each cloned table afterwards. One transaction: an interrupted clone leaves the original.
 */
export function cloneCentre(db: RawDatabase, factor: number): Record<string, number> {
  db.function('ck_search_text', (first, last, preferred, email, phone) =>
    searchTextOf({
      firstName: String(first),
      lastName: String(last),
      preferredName: String(preferred),
      email: String(email),
      phone: String(phone),
    }),
  );
  const largestId = (table: string): number =>
    columnsOf(db, table).includes('id')
      ? Number((db.prepare(`SELECT max(id) AS id FROM ${table}`).get() as { id: number | null }).id)
      : 0;
  const maxIds = Object.fromEntries(SPECS.map((spec) => [spec.table, largestId(spec.table)]));
  db.transaction(() => {
    // Copied rows would recompute a group's month each (minutes at 16×); the month tables are
    // copied like the rest instead, and the triggers put back as they were, in this transaction.
    const triggers = db.prepare(ROLLUP_TRIGGERS).all() as { name: string; sql: string }[];
    for (const trigger of triggers) db.exec(`DROP TRIGGER ${trigger.name}`);
    for (const spec of SPECS) {
      const { statement, parameters } = cloneStatement(db, spec);
      for (let copy = 1; copy < factor; copy += 1) {
        statement.run(
          ...parameters.map((parameter) => {
            if (parameter === NUMBER) return String(copy + 1);
            if ('offsetOf' in parameter) return copy * (maxIds[parameter.offsetOf] ?? 0);
            return maxIds[parameter.largestIdOf] ?? 0;
          }),
        );
      }
    }
    for (const trigger of triggers) db.exec(trigger.sql);
  })();
  return Object.fromEntries(
    SPECS.map((spec) => [
      spec.table,
      Number((db.prepare(`SELECT count(*) AS n FROM ${spec.table}`).get() as { n: number }).n),
    ]),
  );
}
