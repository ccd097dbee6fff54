import { sql, type Kysely } from 'kysely';

// The week-to-week life of a centre: sessions generated from each group's schedule, closures,
// who facilitates each session and for how long, named rosters with consent, attendance, and
// safeguarding incidents.
//
// Instants are ISO strings in UTC; `local_date` / `local_start` repeat the organisation's wall
// clock so calendars and closures (civil dates) need no time-zone maths in SQL.
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`CREATE TABLE closure (
      id INTEGER PRIMARY KEY,
      starts_on TEXT NOT NULL,
      ends_on TEXT NOT NULL,
      -- NULL: the whole centre (every location, online groups too).
      location_id INTEGER REFERENCES location (id) ON DELETE RESTRICT,
      reason TEXT NOT NULL,
      -- A removed closure is kept (and its sessions restored): nothing a person typed is deleted.
      removed_at TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      CHECK (ends_on >= starts_on)
    ) STRICT`,
    sql`CREATE TABLE group_session (
      id INTEGER PRIMARY KEY,
      group_id INTEGER NOT NULL REFERENCES support_group (id) ON DELETE RESTRICT,
      -- The schedule's own date for this occurrence; NULL for a one-off extra session.
      occurrence_date TEXT,
      starts_at TEXT NOT NULL,
      ends_at TEXT NOT NULL,
      local_date TEXT NOT NULL,
      local_start TEXT NOT NULL,
      location_id INTEGER REFERENCES location (id) ON DELETE RESTRICT,
      room TEXT NOT NULL DEFAULT '',
      status TEXT NOT NULL DEFAULT 'scheduled'
        CHECK (status IN ('scheduled', 'held', 'cancelled')),
      cancel_reason TEXT NOT NULL DEFAULT '',
      -- Set while a closure is what cancels it: removing the closure restores the session.
      closure_id INTEGER REFERENCES closure (id) ON DELETE RESTRICT,
      -- A person decided something about this one session (moved it, cancelled it by hand, chose
      -- its facilitators): regeneration leaves it alone, like a session with records.
      is_moved INTEGER NOT NULL DEFAULT 0 CHECK (is_moved IN (0, 1)),
      is_cancelled_by_hand INTEGER NOT NULL DEFAULT 0 CHECK (is_cancelled_by_hand IN (0, 1)),
      has_own_facilitators INTEGER NOT NULL DEFAULT 0 CHECK (has_own_facilitators IN (0, 1)),
      headcount INTEGER CHECK (headcount IS NULL OR headcount >= 0),
      newcomers INTEGER CHECK (newcomers IS NULL OR newcomers >= 0),
      notes TEXT NOT NULL DEFAULT '',
      recorded_at TEXT,
      recorded_by INTEGER REFERENCES app_user (id) ON DELETE RESTRICT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      CHECK (ends_at > starts_at),
      CHECK (newcomers IS NULL OR headcount IS NULL OR newcomers <= headcount),
      UNIQUE (group_id, occurrence_date)
    ) STRICT`,
    sql`CREATE INDEX group_session_starts_at ON group_session (starts_at)`,
    sql`CREATE INDEX group_session_group ON group_session (group_id, starts_at)`,
    sql`CREATE INDEX group_session_local_date ON group_session (local_date)`,
    sql`CREATE INDEX group_session_closure ON group_session (closure_id)`,
    sql`CREATE TABLE session_facilitator (
      id INTEGER PRIMARY KEY,
      session_id INTEGER NOT NULL REFERENCES group_session (id) ON DELETE RESTRICT,
      volunteer_id INTEGER NOT NULL REFERENCES volunteer (id) ON DELETE RESTRICT,
      role TEXT NOT NULL CHECK (role IN ('lead', 'co', 'backup')),
      -- Hours given to this session, recorded afterwards (preparation included).
      hours REAL CHECK (hours IS NULL OR (hours >= 0 AND hours <= 24)),
      override_reason TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      UNIQUE (session_id, volunteer_id)
    ) STRICT`,
    sql`CREATE INDEX session_facilitator_volunteer ON session_facilitator (volunteer_id)`,
    sql`CREATE TABLE participant (
      id INTEGER PRIMARY KEY,
      group_id INTEGER NOT NULL REFERENCES support_group (id) ON DELETE RESTRICT,
      -- First name or alias only, never a full name.
      name TEXT NOT NULL,
      consent_on TEXT NOT NULL,
      consent_withdrawn_on TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT`,
    sql`CREATE INDEX participant_group ON participant (group_id)`,
    sql`CREATE TABLE attendance (
      session_id INTEGER NOT NULL REFERENCES group_session (id) ON DELETE RESTRICT,
      participant_id INTEGER NOT NULL REFERENCES participant (id) ON DELETE RESTRICT,
      PRIMARY KEY (session_id, participant_id)
    ) STRICT, WITHOUT ROWID`,
    sql`CREATE INDEX attendance_participant ON attendance (participant_id)`,
    sql`CREATE TABLE incident (
      id INTEGER PRIMARY KEY,
      session_id INTEGER REFERENCES group_session (id) ON DELETE RESTRICT,
      group_id INTEGER NOT NULL REFERENCES support_group (id) ON DELETE RESTRICT,
      occurred_on TEXT NOT NULL,
      category TEXT NOT NULL,
      severity TEXT NOT NULL CHECK (severity IN ('low', 'medium', 'high')),
      description TEXT NOT NULL,
      actions_taken TEXT NOT NULL DEFAULT '',
      is_referral_made INTEGER NOT NULL DEFAULT 0 CHECK (is_referral_made IN (0, 1)),
      status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'actioned', 'closed')),
      reported_by INTEGER NOT NULL REFERENCES app_user (id) ON DELETE RESTRICT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT`,
    sql`CREATE INDEX incident_status ON incident (status)`,
    sql`CREATE INDEX incident_reporter ON incident (reported_by)`,
    sql`CREATE INDEX incident_session ON incident (session_id)`,
    sql`CREATE TABLE incident_note (
      id INTEGER PRIMARY KEY,
      incident_id INTEGER NOT NULL REFERENCES incident (id) ON DELETE RESTRICT,
      written_by INTEGER NOT NULL REFERENCES app_user (id) ON DELETE RESTRICT,
      note TEXT NOT NULL,
      -- The status the incident moved to with this note, when it moved.
      status_to TEXT CHECK (status_to IS NULL OR status_to IN ('open', 'actioned', 'closed')),
      created_at TEXT NOT NULL
    ) STRICT`,
    sql`CREATE INDEX incident_note_incident ON incident_note (incident_id)`,
  ];
  for (const statement of statements) await statement.execute(db);
}
