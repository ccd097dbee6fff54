import type { Kysely, Selectable } from 'kysely';
import type { Role } from '../../shared/api/roles';
import type { AppUserTable, Database } from './schema';
import { fromFlag, nowIso } from './rows';

export interface UserRecord {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  isDisabled: boolean;
}

function toUser(row: Selectable<AppUserTable>): UserRecord {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role as Role,
    isDisabled: fromFlag(row.is_disabled),
  };
}

export class UsersRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async findByUsername(username: string): Promise<UserRecord | undefined> {
    const row = await this.db
      .selectFrom('app_user')
      .selectAll()
      .where('username', '=', username)
      .executeTakeFirst();
    return row ? toUser(row) : undefined;
  }

  async list(): Promise<UserRecord[]> {
    const rows = await this.db.selectFrom('app_user').selectAll().orderBy('username').execute();
    return rows.map(toUser);
  }

  async create(user: { username: string; displayName: string; role: Role }): Promise<number> {
    const now = nowIso();
    const row = await this.db
      .insertInto('app_user')
      .values({
        username: user.username,
        display_name: user.displayName,
        role: user.role,
        volunteer_id: null,
        is_disabled: 0,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  /** Links an account to the volunteer it stands for (a facilitator's own groups follow). */
  async linkVolunteer(userId: number, volunteerId: number | null): Promise<void> {
    await this.db
      .updateTable('app_user')
      .set({ volunteer_id: volunteerId, updated_at: nowIso() })
      .where('id', '=', userId)
      .execute();
  }
}
