import { sql, type Kysely } from 'kysely';

// Volunteers, the training catalogue, who completed what, and who facilitates which group.
// Dates are civil dates (YYYY-MM-DD) in the organisation's time zone. An erased volunteer
// keeps the row (so hours and sessions facilitated still add up) with every personal
// field emptied.
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`CREATE TABLE volunteer (
      id INTEGER PRIMARY KEY,
      first_name TEXT NOT NULL,
      last_name TEXT NOT NULL DEFAULT '',
      preferred_name TEXT NOT NULL DEFAULT '',
      pronouns TEXT NOT NULL DEFAULT '',
      phone TEXT NOT NULL DEFAULT '',
      email TEXT NOT NULL DEFAULT '',
      languages TEXT NOT NULL DEFAULT '[]',
      skills TEXT NOT NULL DEFAULT '[]',
      status TEXT NOT NULL CHECK (status IN ('applicant', 'active', 'inactive')),
      start_date TEXT,
      emergency_contact_name TEXT NOT NULL DEFAULT '',
      emergency_contact_phone TEXT NOT NULL DEFAULT '',
      emergency_contact_relationship TEXT NOT NULL DEFAULT '',
      background_check_status TEXT NOT NULL DEFAULT 'not_started' CHECK (background_check_status
        IN ('not_started', 'pending', 'cleared', 'not_cleared')),
      background_check_date TEXT,
      background_check_expires_on TEXT,
      availability TEXT NOT NULL DEFAULT '[]',
      notes TEXT NOT NULL DEFAULT '',
      -- Names, email and phone folded (case, accents, spaces) for a search that uses no function.
      search_text TEXT NOT NULL DEFAULT '',
      erased_at TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT`,
    sql`CREATE INDEX volunteer_status ON volunteer (status)`,
    sql`CREATE INDEX volunteer_last_name ON volunteer (last_name, first_name)`,
    sql`CREATE TABLE training (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      description TEXT NOT NULL DEFAULT '',
      validity_months INTEGER CHECK (validity_months IS NULL OR validity_months > 0),
      is_required_for_lead INTEGER NOT NULL DEFAULT 0 CHECK (is_required_for_lead IN (0, 1)),
      is_required_for_co INTEGER NOT NULL DEFAULT 0 CHECK (is_required_for_co IN (0, 1)),
      is_retired INTEGER NOT NULL DEFAULT 0 CHECK (is_retired IN (0, 1)),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT`,
    sql`CREATE TABLE volunteer_training (
      id INTEGER PRIMARY KEY,
      volunteer_id INTEGER NOT NULL REFERENCES volunteer (id) ON DELETE RESTRICT,
      training_id INTEGER NOT NULL REFERENCES training (id) ON DELETE RESTRICT,
      completed_on TEXT NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT`,
    sql`CREATE INDEX volunteer_training_volunteer ON volunteer_training (volunteer_id)`,
    sql`CREATE INDEX volunteer_training_training ON volunteer_training (training_id)`,
    sql`CREATE TABLE group_facilitator (
      id INTEGER PRIMARY KEY,
      group_id INTEGER NOT NULL REFERENCES support_group (id) ON DELETE RESTRICT,
      volunteer_id INTEGER NOT NULL REFERENCES volunteer (id) ON DELETE RESTRICT,
      role TEXT NOT NULL CHECK (role IN ('lead', 'co', 'backup')),
      -- Set when a coordinator made someone not ready the lead anyway, and why.
      override_reason TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      UNIQUE (group_id, volunteer_id)
    ) STRICT`,
    sql`CREATE INDEX group_facilitator_volunteer ON group_facilitator (volunteer_id)`,
  ];
  for (const statement of statements) await statement.execute(db);
}
