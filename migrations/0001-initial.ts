import { sql, type Kysely } from 'kysely';

// Foundation schema: organisation, settings, users, locations, groups, audit log.
// Free text defaults to '' rather than NULL so that "not given" has one spelling.
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`CREATE TABLE organisation (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      name TEXT NOT NULL,
      address TEXT NOT NULL DEFAULT '',
      phone TEXT NOT NULL DEFAULT '',
      email TEXT NOT NULL DEFAULT '',
      time_zone TEXT NOT NULL,
      default_language TEXT NOT NULL,
      paper_size TEXT NOT NULL DEFAULT 'A4' CHECK (paper_size IN ('A4', 'Letter')),
      updated_at TEXT NOT NULL
    ) STRICT`,
    sql`CREATE TABLE setting (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT`,
    sql`CREATE TABLE app_user (
      id INTEGER PRIMARY KEY,
      username TEXT NOT NULL UNIQUE,
      display_name TEXT NOT NULL,
      role TEXT NOT NULL CHECK (role IN ('admin', 'coordinator', 'facilitator')),
      volunteer_id INTEGER,
      is_disabled INTEGER NOT NULL DEFAULT 0 CHECK (is_disabled IN (0, 1)),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT`,
    sql`CREATE TABLE location (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      address TEXT NOT NULL DEFAULT '',
      room TEXT NOT NULL DEFAULT '',
      accessibility_notes TEXT NOT NULL DEFAULT '',
      capacity INTEGER,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT`,
    sql`CREATE TABLE support_group (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      focus TEXT NOT NULL CHECK (focus IN ('addiction_recovery', 'grief', 'chronic_illness',
        'caregivers', 'trauma', 'mental_health', 'parenting', 'other')),
      public_description TEXT NOT NULL DEFAULT '',
      audience TEXT NOT NULL DEFAULT '',
      format TEXT NOT NULL CHECK (format IN ('in_person', 'online', 'hybrid')),
      location_id INTEGER REFERENCES location (id) ON DELETE RESTRICT,
      room TEXT NOT NULL DEFAULT '',
      online_link TEXT NOT NULL DEFAULT '',
      dial_in TEXT NOT NULL DEFAULT '',
      rrule TEXT NOT NULL,
      start_time TEXT NOT NULL,
      duration_minutes INTEGER NOT NULL,
      start_date TEXT NOT NULL,
      end_date TEXT,
      capacity INTEGER,
      is_open_to_newcomers INTEGER NOT NULL CHECK (is_open_to_newcomers IN (0, 1)),
      languages TEXT NOT NULL DEFAULT '[]',
      accessibility TEXT NOT NULL DEFAULT '',
      ground_rules TEXT NOT NULL DEFAULT '',
      public_contact_name TEXT NOT NULL DEFAULT '',
      public_contact_phone TEXT NOT NULL DEFAULT '',
      public_contact_email TEXT NOT NULL DEFAULT '',
      status TEXT NOT NULL CHECK (status IN ('active', 'paused', 'archived')),
      is_listed_publicly INTEGER NOT NULL CHECK (is_listed_publicly IN (0, 1)),
      roster_mode TEXT NOT NULL CHECK (roster_mode IN ('anonymous', 'named_with_consent')),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT`,
    sql`CREATE INDEX support_group_status ON support_group (status)`,
    sql`CREATE INDEX support_group_location ON support_group (location_id)`,
    // The audit log says who did what to which record, never the sensitive content itself.
    sql`CREATE TABLE audit_log (
      id INTEGER PRIMARY KEY,
      at TEXT NOT NULL,
      user_id INTEGER REFERENCES app_user (id),
      action TEXT NOT NULL,
      entity TEXT NOT NULL,
      entity_id INTEGER
    ) STRICT`,
    sql`CREATE INDEX audit_log_at ON audit_log (at)`,
  ];
  for (const statement of statements) await statement.execute(db);
}
