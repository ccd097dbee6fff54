import type { Kysely, Selectable } from 'kysely';
import type { ReadinessFacts } from '../../shared/domain/readiness';
import { foldForSearch } from '../../shared/text/fold';
import type {
  AvailabilitySlot,
  BackgroundCheckStatus,
  VolunteerFields,
  VolunteerStatus,
} from '../../shared/domain/volunteers';
import { volunteerDisplayName } from '../../shared/domain/volunteers';
import type { Database, VolunteerTable } from './schema';
import { nowIso, parseStringList } from './rows';

/** A volunteer as stored, before readiness is worked out. */
export interface StoredVolunteer extends VolunteerFields {
  id: number;
  displayName: string;
  isErased: boolean;
  erasedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** The filters SQL can apply by itself (readiness depends on today and is worked out after). */
export interface VolunteerSqlFilter {
  search: string;
  status: VolunteerStatus | null;
  language: string | null;
  backgroundCheck: BackgroundCheckStatus | 'expired' | null;
  /** Today's civil date, for the "expired" background check filter. */
  today: string;
}

export type VolunteerSqlSort = 'name' | 'status' | 'startDate';

/** A listed volunteer's id with the stored facts readiness reads (completions aside). */
export interface VolunteerMatch extends Omit<ReadinessFacts, 'completions'> {
  id: number;
}

/** What cover reads of a facilitator: readiness facts, and name, phone and availability. */
export interface CoverVolunteer extends VolunteerMatch {
  displayName: string;
  phone: string;
  availability: AvailabilitySlot[];
}

function parseAvailability(json: string): AvailabilitySlot[] {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? (value as AvailabilitySlot[]) : [];
}

function toVolunteer(row: Selectable<VolunteerTable>): StoredVolunteer {
  const fields = {
    firstName: row.first_name,
    lastName: row.last_name,
    preferredName: row.preferred_name,
  };
  return {
    id: row.id,
    ...fields,
    displayName: volunteerDisplayName(fields),
    pronouns: row.pronouns,
    phone: row.phone,
    email: row.email,
    languages: parseStringList(row.languages),
    skills: parseStringList(row.skills),
    status: row.status as VolunteerStatus,
    startDate: row.start_date,
    emergencyContactName: row.emergency_contact_name,
    emergencyContactPhone: row.emergency_contact_phone,
    emergencyContactRelationship: row.emergency_contact_relationship,
    backgroundCheckStatus: row.background_check_status as BackgroundCheckStatus,
    backgroundCheckDate: row.background_check_date,
    backgroundCheckExpiresOn: row.background_check_expires_on,
    availability: parseAvailability(row.availability),
    notes: row.notes,
    isErased: row.erased_at !== null,
    erasedAt: row.erased_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The text a search looks in, folded once when written instead of at every search. */
export function searchTextOf(
  fields: Pick<VolunteerFields, 'firstName' | 'lastName' | 'preferredName' | 'email' | 'phone'>,
): string {
  return foldForSearch(
    [fields.firstName, fields.lastName, fields.preferredName, fields.email, fields.phone].join(
      '\u0001',
    ),
  );
}

function toColumns(fields: VolunteerFields) {
  return {
    first_name: fields.firstName,
    last_name: fields.lastName,
    preferred_name: fields.preferredName,
    pronouns: fields.pronouns,
    phone: fields.phone,
    email: fields.email,
    languages: JSON.stringify(fields.languages),
    skills: JSON.stringify(fields.skills),
    status: fields.status,
    start_date: fields.startDate,
    emergency_contact_name: fields.emergencyContactName,
    emergency_contact_phone: fields.emergencyContactPhone,
    emergency_contact_relationship: fields.emergencyContactRelationship,
    background_check_status: fields.backgroundCheckStatus,
    background_check_date: fields.backgroundCheckDate,
    background_check_expires_on: fields.backgroundCheckExpiresOn,
    availability: JSON.stringify(fields.availability),
    notes: fields.notes,
    search_text: searchTextOf(fields),
  };
}

/** Every personal field emptied: what an erased volunteer's row keeps. */
const ERASED_COLUMNS = {
  ...toColumns({
    firstName: '',
    lastName: '',
    preferredName: '',
    pronouns: '',
    phone: '',
    email: '',
    languages: [],
    skills: [],
    status: 'inactive',
    startDate: null,
    emergencyContactName: '',
    emergencyContactPhone: '',
    emergencyContactRelationship: '',
    backgroundCheckStatus: 'not_started',
    backgroundCheckDate: null,
    backgroundCheckExpiresOn: null,
    availability: [],
    notes: '',
  }),
  search_text: '',
};

export class VolunteersRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async create(fields: VolunteerFields): Promise<number> {
    const now = nowIso();
    const { id } = await this.db
      .insertInto('volunteer')
      .values({ ...toColumns(fields), created_at: now, updated_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    return id;
  }

  /** Updates a volunteer who has not been erased; false when there is none. */
  async update(id: number, fields: VolunteerFields): Promise<boolean> {
    const result = await this.db
      .updateTable('volunteer')
      .set({ ...toColumns(fields), updated_at: nowIso() })
      .where('id', '=', id)
      .where('erased_at', 'is', null)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  async setStatus(id: number, status: VolunteerStatus): Promise<boolean> {
    const result = await this.db
      .updateTable('volunteer')
      .set({ status, updated_at: nowIso() })
      .where('id', '=', id)
      .where('erased_at', 'is', null)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  async find(id: number): Promise<StoredVolunteer | undefined> {
    const row = await this.db
      .selectFrom('volunteer')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toVolunteer(row);
  }

  async findMany(ids: readonly number[]): Promise<StoredVolunteer[]> {
    if (ids.length === 0) return [];
    const rows = await this.db.selectFrom('volunteer').selectAll().where('id', 'in', ids).execute();
    return rows.map(toVolunteer);
  }

  /**
   * These volunteers as cover sees them: a fortnight's facilitators are hundreds of people, and
   * their whole rows (contacts, JSON lists) would be read and parsed for nothing.
   */
  async coverFactsOf(ids: readonly number[]): Promise<CoverVolunteer[]> {
    if (ids.length === 0) return [];
    const rows = await this.db
      .selectFrom('volunteer')
      .select([
        'id',
        'first_name',
        'last_name',
        'preferred_name',
        'phone',
        'availability',
        'status',
        'erased_at',
        'background_check_status',
        'background_check_expires_on',
      ])
      .where('id', 'in', ids)
      .execute();
    return rows.map((row) => ({
      id: row.id,
      displayName: volunteerDisplayName({
        firstName: row.first_name,
        lastName: row.last_name,
        preferredName: row.preferred_name,
      }),
      phone: row.phone,
      availability: parseAvailability(row.availability),
      status: row.status as VolunteerStatus,
      isErased: row.erased_at !== null,
      backgroundCheckStatus: row.background_check_status as BackgroundCheckStatus,
      backgroundCheckExpiresOn: row.background_check_expires_on,
    }));
  }

  /**
   * Empties every personal field for good, keeping the row so that what the volunteer did
   * (hours, sessions facilitated) still counts in reports, anonymously.
   */
  async erase(id: number): Promise<boolean> {
    const result = await this.db
      .updateTable('volunteer')
      .set({ ...ERASED_COLUMNS, erased_at: nowIso(), updated_at: nowIso() })
      .where('id', '=', id)
      .where('erased_at', 'is', null)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  /** Name, phone and email of every volunteer not erased: what a CSV import spots duplicates by. */
  async identities(): Promise<
    { firstName: string; lastName: string; preferredName: string; phone: string; email: string }[]
  > {
    const rows = await this.db
      .selectFrom('volunteer')
      .select(['first_name', 'last_name', 'preferred_name', 'phone', 'email'])
      .where('erased_at', 'is', null)
      .execute();
    return rows.map((row) => ({
      firstName: row.first_name,
      lastName: row.last_name,
      preferredName: row.preferred_name,
      phone: row.phone,
      email: row.email,
    }));
  }

  async exists(id: number): Promise<boolean> {
    const row = await this.db
      .selectFrom('volunteer')
      .select('id')
      .where('id', '=', id)
      .where('erased_at', 'is', null)
      .executeTakeFirst();
    return row !== undefined;
  }
}
