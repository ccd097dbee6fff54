import type { Kysely, Selectable } from 'kysely';
import type { Role } from '../../shared/api/roles';
import { volunteerDisplayName } from '../../shared/domain/volunteers';
import type { AppUserTable, Database } from './schema';
import { fromFlag, nowIso, toFlag } from './rows';

export interface UserRecord {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  isDisabled: boolean;
  volunteerId: number | null;
  /** The linked volunteer's name; null without a link, or once their personal data is erased. */
  volunteerName: string | null;
}

type UserRow = Selectable<AppUserTable> & {
  first_name: string | null;
  last_name: string | null;
  preferred_name: string | null;
  erased_at: string | null;
};

function toUser(row: UserRow): UserRecord {
  const isLinkedToNamedVolunteer = row.first_name !== null && row.erased_at === null;
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role as Role,
    isDisabled: fromFlag(row.is_disabled),
    volunteerId: row.volunteer_id,
    volunteerName: isLinkedToNamedVolunteer
      ? volunteerDisplayName({
          firstName: row.first_name ?? '',
          lastName: row.last_name ?? '',
          preferredName: row.preferred_name ?? '',
        })
      : null,
  };
}

export class UsersRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Every account with its linked volunteer's name fields, if any. */
  private selectUsers() {
    return this.db
      .selectFrom('app_user')
      .leftJoin('volunteer', 'volunteer.id', 'app_user.volunteer_id')
      .selectAll('app_user')
      .select([
        'volunteer.first_name',
        'volunteer.last_name',
        'volunteer.preferred_name',
        'volunteer.erased_at',
      ]);
  }

  /** The account linked to a volunteer, if one is. */
  async findByVolunteerId(volunteerId: number): Promise<UserRecord | undefined> {
    const row = await this.selectUsers()
      .where('app_user.volunteer_id', '=', volunteerId)
      .executeTakeFirst();
    return row ? toUser(row) : undefined;
  }

  async findByUsername(username: string): Promise<UserRecord | undefined> {
    const row = await this.selectUsers()
      .where('app_user.username', '=', username)
      .executeTakeFirst();
    return row ? toUser(row) : undefined;
  }

  async findById(id: number): Promise<UserRecord | undefined> {
    const row = await this.selectUsers().where('app_user.id', '=', id).executeTakeFirst();
    return row ? toUser(row) : undefined;
  }

  async countActiveAdmins(): Promise<number> {
    const { count } = await this.db
      .selectFrom('app_user')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('role', '=', 'admin')
      .where('is_disabled', '=', 0)
      .executeTakeFirstOrThrow();
    return Number(count);
  }

  async list(): Promise<UserRecord[]> {
    const rows = await this.selectUsers().orderBy('app_user.username').execute();
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

  async update(
    id: number,
    user: { displayName: string; role: Role; volunteerId: number | null },
  ): Promise<void> {
    await this.db
      .updateTable('app_user')
      .set({
        display_name: user.displayName,
        role: user.role,
        volunteer_id: user.volunteerId,
        updated_at: nowIso(),
      })
      .where('id', '=', id)
      .execute();
  }

  async setDisabled(id: number, isDisabled: boolean): Promise<void> {
    await this.db
      .updateTable('app_user')
      .set({ is_disabled: toFlag(isDisabled), updated_at: nowIso() })
      .where('id', '=', id)
      .execute();
  }
}
