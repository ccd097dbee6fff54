import type { Kysely } from 'kysely';
import type { RotaPerson } from '../../shared/domain/rota';
import type { VolunteerStatus } from '../../shared/domain/volunteers';
import { volunteerDisplayName } from '../../shared/domain/volunteers';
import type { Database } from './schema';
import { parseStringList } from './rows';

/**
 * The people of the rota (issue 11) as the contact sheet prints them. The rota's sessions are
 * SessionQueriesRepository.list's, and who facilitates each is SessionCoverRepository's
 * facilitatorsOf, the one place that knows "own list, else the group's".
 */
export class RotaRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * These volunteers with name, phone, email and languages: not their emergency contact
   * (another person's details) nor anything else of their record.
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
