import type { Generated } from 'kysely';

type Timestamps = { created_at: string; updated_at: string };

export interface OrganisationTable {
  id: number;
  name: string;
  address: string;
  phone: string;
  email: string;
  time_zone: string;
  default_language: string;
  paper_size: string;
  updated_at: string;
}

export interface SettingTable {
  key: string;
  value: string;
}

export interface AppUserTable extends Timestamps {
  id: Generated<number>;
  username: string;
  display_name: string;
  role: string;
  volunteer_id: number | null;
  is_disabled: number;
}

export interface LocationTable extends Timestamps {
  id: Generated<number>;
  name: string;
  address: string;
  room: string;
  accessibility_notes: string;
  capacity: number | null;
}

export interface SupportGroupTable extends Timestamps {
  id: Generated<number>;
  name: string;
  focus: string;
  public_description: string;
  audience: string;
  format: string;
  location_id: number | null;
  room: string;
  online_link: string;
  dial_in: string;
  is_online_link_public: number;
  rrule: string;
  start_time: string;
  duration_minutes: number;
  start_date: string;
  end_date: string | null;
  capacity: number | null;
  is_open_to_newcomers: number;
  languages: string;
  accessibility: string;
  ground_rules: string;
  facilitator_guide: string;
  public_contact_name: string;
  public_contact_phone: string;
  public_contact_email: string;
  status: string;
  is_listed_publicly: number;
  roster_mode: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  user_id: number | null;
  action: string;
  entity: string;
  entity_id: number | null;
  /** JSON array of the names of the fields the change touched. */
  fields: Generated<string>;
  /** The tag of the entry before this one (see audit-chain.ts). */
  prev_hash: string;
  /** This entry's tag over its content and `prev_hash`. */
  hash: string;
}

export interface VolunteerTable extends Timestamps {
  id: Generated<number>;
  first_name: string;
  last_name: string;
  preferred_name: string;
  pronouns: string;
  phone: string;
  email: string;
  /** JSON array of language codes. */
  languages: string;
  /** JSON array of short skill labels. */
  skills: string;
  status: string;
  start_date: string | null;
  emergency_contact_name: string;
  emergency_contact_phone: string;
  emergency_contact_relationship: string;
  background_check_status: string;
  background_check_date: string | null;
  background_check_expires_on: string | null;
  /** JSON array of weekly slots `{ day, from, to }`. */
  availability: string;
  notes: string;
  search_text: string;
  erased_at: string | null;
}

export interface TrainingTable extends Timestamps {
  id: Generated<number>;
  name: string;
  description: string;
  validity_months: number | null;
  is_required_for_lead: number;
  is_required_for_co: number;
  is_retired: number;
}

/** Stamped by triggers (migration 0011): who last changed what readiness reads, in what order. */
export interface ReadinessChangeTable {
  volunteer_id: number;
  seq: number;
}

export interface VolunteerTrainingTable {
  id: Generated<number>;
  volunteer_id: number;
  training_id: number;
  completed_on: string;
  created_at: string;
}

export interface GroupFacilitatorTable {
  id: Generated<number>;
  group_id: number;
  volunteer_id: number;
  role: string;
  override_reason: string;
  created_at: string;
}

export interface ClosureTable extends Timestamps {
  id: Generated<number>;
  starts_on: string;
  ends_on: string;
  location_id: number | null;
  reason: string;
  removed_at: string | null;
}

export interface GroupSessionTable extends Timestamps {
  id: Generated<number>;
  group_id: number;
  occurrence_date: string | null;
  starts_at: string;
  ends_at: string;
  local_date: string;
  local_start: string;
  location_id: number | null;
  room: string;
  status: Generated<string>;
  cancel_reason: Generated<string>;
  closure_id: number | null;
  is_moved: Generated<number>;
  is_cancelled_by_hand: Generated<number>;
  has_own_facilitators: Generated<number>;
  headcount: number | null;
  newcomers: number | null;
  notes: Generated<string>;
  recorded_at: string | null;
  recorded_by: number | null;
}

export interface SessionFacilitatorTable {
  id: Generated<number>;
  session_id: number;
  volunteer_id: number;
  role: string;
  hours: number | null;
  override_reason: Generated<string>;
  created_at: string;
}

export interface ParticipantTable extends Timestamps {
  id: Generated<number>;
  group_id: number;
  name: string;
  consent_on: string;
  consent_withdrawn_on: string | null;
}

export interface AttendanceTable {
  session_id: number;
  participant_id: number;
}

export interface IncidentTable extends Timestamps {
  id: Generated<number>;
  session_id: number | null;
  group_id: number;
  occurred_on: string;
  category: string;
  severity: string;
  description: string;
  actions_taken: Generated<string>;
  is_referral_made: Generated<number>;
  status: Generated<string>;
  reported_by: number;
}

export interface IncidentNoteTable {
  id: Generated<number>;
  incident_id: number;
  written_by: number;
  note: string;
  status_to: string | null;
  created_at: string;
}

export interface ResourceTable extends Timestamps {
  id: Generated<number>;
  name: string;
  purpose: string;
  phone: string;
  hours: string;
  address: string;
  website: string;
  is_crisis_line: number;
  removed_at: string | null;
}

/** Migration 0013: one group's figures for one month, kept up to date by triggers. */
export interface PeriodGroupMonthTable {
  month: string;
  group_id: number;
  sessions: number;
  held: number;
  cancelled: number;
  cancelled_by_closure: number;
  attendance: number;
  newcomers: number;
  hour_entries: number;
  hours: number;
}

/** Migration 0013: how many of a month's held sessions record hours for a volunteer. */
export interface PeriodVolunteerMonthTable {
  month: string;
  volunteer_id: number;
  entries: number;
}

export interface Database {
  organisation: OrganisationTable;
  setting: SettingTable;
  app_user: AppUserTable;
  location: LocationTable;
  support_group: SupportGroupTable;
  audit_log: AuditLogTable;
  volunteer: VolunteerTable;
  training: TrainingTable;
  volunteer_training: VolunteerTrainingTable;
  readiness_change: ReadinessChangeTable;
  group_facilitator: GroupFacilitatorTable;
  closure: ClosureTable;
  group_session: GroupSessionTable;
  session_facilitator: SessionFacilitatorTable;
  participant: ParticipantTable;
  attendance: AttendanceTable;
  incident: IncidentTable;
  incident_note: IncidentNoteTable;
  resource: ResourceTable;
  period_group_month: PeriodGroupMonthTable;
  period_volunteer_month: PeriodVolunteerMonthTable;
}
