import type { Kysely } from 'kysely';
import type { GroupFormat } from '../../shared/domain/groups';
import type { RotaPerson, RotaSession } from '../../shared/domain/rota';
import type { SessionStatus } from '../../shared/domain/sessions';
import type { VolunteerStatus } from '../../shared/domain/volunteers';
import { volunteerDisplayName } from '../../shared/domain/volunteers';
import type { Database } from './schema';
import { parseStringList } from './rows';

/** A session of the rota as stored: its end is an instant, read on the organisation's clock. */
export type StoredRotaSession = Omit<RotaSession, 'facilitators' | 'localEnd'> & {
  endsAt: string;
};

/**
 * The rota's own reads (issue 11): a period's sessions whatever their status, and the people
 * facilitating them as the contact sheet prints them. Who facilitates each session is read by
 * SessionCoverRepository.facilitatorsOf, the one place that knows "own list, else the group's".
 */
export class RotaRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Every session on these civil dates (inclusive), in start order, with its group and place. */
  async sessionsBetween(from: string, to: string): Promise<StoredRotaSession[]> {
    const rows = await this.sessionsQuery(from, to).execute();
    return rows.map((row) => ({
      id: row.id,
      groupId: row.group_id,
      groupName: row.group_name,
      format: row.format as GroupFormat,
      localDate: row.local_date,
      localStart: row.local_start,
      endsAt: row.ends_at,
      locationName: row.location_name,
      room: row.room,
      status: row.status as SessionStatus,
      cancelReason: row.cancel_reason,
    }));
  }

  /** The query `sessionsBetween` runs, apart so a test can ask SQLite which index it reads. */
  sessionsQuery(from: string, to: string) {
    return this.db
      .selectFrom('group_session as s')
      .innerJoin('support_group as g', 'g.id', 's.group_id')
      .leftJoin('location as l', 'l.id', 's.location_id')
      .select([
        's.id',
        's.group_id',
        'g.name as group_name',
        'g.format',
        's.local_date',
        's.local_start',
        's.ends_at',
        'l.name as location_name',
        's.room',
        's.status',
        's.cancel_reason',
      ])
      .where('s.local_date', '>=', from)
      .where('s.local_date', '<=', to)
      .orderBy('s.starts_at')
      .orderBy('g.name')
      .orderBy('s.id');
  }

  /**
   * These volunteers with what the contact sheet prints: name, phone, email and languages. Not
   * their emergency contact (another person's details) nor anything else of their record.
   */
  async peopleOf(ids: readonly number[]): Promise<RotaPerson[]> {
    if (ids.length === 0) return [];
    const rows = await this.db
      .selectFrom('volunteer')
      .select([
        'id',
        'first_name',
        'last_name',
        'preferred_name',
        'status',
        'erased_at',
        'phone',
        'email',
        'languages',
      ])
      .where('id', 'in', [...new Set(ids)])
      .execute();
    return rows.map((row) => ({
      volunteerId: row.id,
      displayName: volunteerDisplayName({
        firstName: row.first_name,
        lastName: row.last_name,
        preferredName: row.preferred_name,
      }),
      status: row.status as VolunteerStatus,
      isErased: row.erased_at !== null,
      phone: row.phone,
      email: row.email,
      languages: parseStringList(row.languages),
    }));
  }
}
