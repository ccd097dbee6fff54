import { sql, type Kysely } from 'kysely';
import type { FacilitatorRole } from '../../shared/domain/facilitators';
import type { Database } from './schema';
import { nowIso } from './rows';

/** Who facilitates a group, as stored (readiness is worked out by the caller). */
export interface StoredAssignment {
  groupId: number;
  volunteerId: number;
  role: FacilitatorRole;
  overrideReason: string;
}

export class FacilitatorsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  private selectAssignments() {
    return this.db
      .selectFrom('group_facilitator')
      .select([
        'group_id as groupId',
        'volunteer_id as volunteerId',
        'role',
        'override_reason as overrideReason',
      ]);
  }

  /** Lead first, then co, then backup; within a role, in the order they were assigned. */
  async listForGroup(groupId: number): Promise<StoredAssignment[]> {
    const rows = await this.selectAssignments()
      .where('group_id', '=', groupId)
      .orderBy(sql`CASE role WHEN 'lead' THEN 0 WHEN 'co' THEN 1 ELSE 2 END`)
      .orderBy('id')
      .execute();
    return rows.map((row) => ({ ...row, role: row.role as FacilitatorRole }));
  }

  async find(groupId: number, volunteerId: number): Promise<StoredAssignment | undefined> {
    const row = await this.selectAssignments()
      .where('group_id', '=', groupId)
      .where('volunteer_id', '=', volunteerId)
      .executeTakeFirst();
    return row ? { ...row, role: row.role as FacilitatorRole } : undefined;
  }

  async add(assignment: StoredAssignment): Promise<void> {
    await this.db
      .insertInto('group_facilitator')
      .values({
        group_id: assignment.groupId,
        volunteer_id: assignment.volunteerId,
        role: assignment.role,
        override_reason: assignment.overrideReason,
        created_at: nowIso(),
      })
      .execute();
  }

  async setRole(change: StoredAssignment): Promise<void> {
    await this.db
      .updateTable('group_facilitator')
      .set({ role: change.role, override_reason: change.overrideReason })
      .where('group_id', '=', change.groupId)
      .where('volunteer_id', '=', change.volunteerId)
      .execute();
  }

  async remove(groupId: number, volunteerId: number): Promise<boolean> {
    const result = await this.db
      .deleteFrom('group_facilitator')
      .where('group_id', '=', groupId)
      .where('volunteer_id', '=', volunteerId)
      .executeTakeFirst();
    return result.numDeletedRows > 0n;
  }

  /** Ends every current assignment of a volunteer (their erasure); returns how many. */
  async removeAllOf(volunteerId: number): Promise<number> {
    const result = await this.db
      .deleteFrom('group_facilitator')
      .where('volunteer_id', '=', volunteerId)
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  /** The groups a user account facilitates, through the volunteer it is linked to (if any). */
  async groupIdsOfUser(userId: number): Promise<number[]> {
    const rows = await this.db
      .selectFrom('app_user as u')
      .innerJoin('group_facilitator as gf', 'gf.volunteer_id', 'u.volunteer_id')
      .select('gf.group_id as groupId')
      .where('u.id', '=', userId)
      .execute();
    return rows.map((row) => row.groupId);
  }

  /** Whether a user account is linked to a volunteer (a facilitator account must be). */
  async isUserLinked(userId: number): Promise<boolean> {
    const row = await this.db
      .selectFrom('app_user')
      .select('volunteer_id')
      .where('id', '=', userId)
      .executeTakeFirst();
    return row?.volunteer_id != null;
  }
}
