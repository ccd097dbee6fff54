import type { Kysely } from 'kysely';
import type { Database } from './schema';
import { nowIso } from './rows';

export type FacilitatorRole = 'lead' | 'co' | 'backup';

/** Who facilitates which group, and in what role. */
export class FacilitatorsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async assign(groupId: number, volunteerId: number, role: FacilitatorRole): Promise<number> {
    const { id } = await this.db
      .insertInto('group_facilitator')
      .values({
        group_id: groupId,
        volunteer_id: volunteerId,
        role,
        override_reason: '',
        created_at: nowIso(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return id;
  }
}
