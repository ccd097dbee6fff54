import type { Kysely, Selectable } from 'kysely';
import type {
  Group,
  GroupFields,
  GroupFocus,
  GroupFormat,
  GroupStatus,
  GroupSummary,
  RosterMode,
} from '../../shared/domain/groups';
import type { Database, SupportGroupTable } from './schema';
import { fromFlag, nowIso, parseStringList, toFlag } from './rows';
import { folded, foldedContains, foldedEquals } from './text-functions';

export interface GroupFilter {
  search: string;
  status: GroupStatus | null;
  focus: GroupFocus | null;
  format: GroupFormat | null;
}

type GroupRow = Selectable<SupportGroupTable> & { location_name: string | null };

function toGroup(row: GroupRow): Group {
  return {
    id: row.id,
    name: row.name,
    focus: row.focus as GroupFocus,
    publicDescription: row.public_description,
    audience: row.audience,
    format: row.format as GroupFormat,
    locationId: row.location_id,
    locationName: row.location_name,
    room: row.room,
    onlineLink: row.online_link,
    dialIn: row.dial_in,
    isOnlineLinkPublic: fromFlag(row.is_online_link_public),
    schedule: {
      rrule: row.rrule,
      startTime: row.start_time,
      durationMinutes: row.duration_minutes,
    },
    startDate: row.start_date,
    endDate: row.end_date,
    capacity: row.capacity,
    isOpenToNewcomers: fromFlag(row.is_open_to_newcomers),
    languages: parseStringList(row.languages),
    accessibility: row.accessibility,
    groundRules: row.ground_rules,
    facilitatorGuide: row.facilitator_guide,
    publicContactName: row.public_contact_name,
    publicContactPhone: row.public_contact_phone,
    publicContactEmail: row.public_contact_email,
    status: row.status as GroupStatus,
    isListedPublicly: fromFlag(row.is_listed_publicly),
    rosterMode: row.roster_mode as RosterMode,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toColumns(fields: GroupFields) {
  return {
    name: fields.name,
    focus: fields.focus,
    public_description: fields.publicDescription,
    audience: fields.audience,
    format: fields.format,
    location_id: fields.locationId,
    room: fields.room,
    online_link: fields.onlineLink,
    dial_in: fields.dialIn,
    is_online_link_public: toFlag(fields.isOnlineLinkPublic),
    rrule: fields.schedule.rrule,
    start_time: fields.schedule.startTime,
    duration_minutes: fields.schedule.durationMinutes,
    start_date: fields.startDate,
    end_date: fields.endDate,
    capacity: fields.capacity,
    is_open_to_newcomers: toFlag(fields.isOpenToNewcomers),
    languages: JSON.stringify(fields.languages),
    accessibility: fields.accessibility,
    ground_rules: fields.groundRules,
    facilitator_guide: fields.facilitatorGuide,
    public_contact_name: fields.publicContactName,
    public_contact_phone: fields.publicContactPhone,
    public_contact_email: fields.publicContactEmail,
    status: fields.status,
    is_listed_publicly: toFlag(fields.isListedPublicly),
    roster_mode: fields.rosterMode,
  };
}

export class GroupsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  private selectGroups() {
    return this.db
      .selectFrom('support_group as g')
      .leftJoin('location as l', 'l.id', 'g.location_id')
      .selectAll('g')
      .select('l.name as location_name');
  }

  async list(filter: GroupFilter): Promise<GroupSummary[]> {
    let query = this.selectGroups();
    if (filter.status) query = query.where('g.status', '=', filter.status);
    if (filter.focus) query = query.where('g.focus', '=', filter.focus);
    if (filter.format) query = query.where('g.format', '=', filter.format);
    if (filter.search) {
      const matches = (column: string) => foldedContains(column, filter.search);
      query = query.where((eb) =>
        eb.or([matches('g.name'), matches('g.public_description'), matches('l.name')]),
      );
    }
    const rows = await query.orderBy(folded('g.name')).orderBy('g.name').orderBy('g.id').execute();
    return rows.map((row) => {
      const group = toGroup(row);
      return {
        id: group.id,
        name: group.name,
        focus: group.focus,
        format: group.format,
        status: group.status,
        schedule: group.schedule,
        locationName: group.locationName,
        isOpenToNewcomers: group.isOpenToNewcomers,
        isListedPublicly: group.isListedPublicly,
      };
    });
  }

  /** Whether a group other than `exceptId` has this name, ignoring case, accents and spaces. */
  async isNameTaken(name: string, exceptId: number | null = null): Promise<boolean> {
    let query = this.db.selectFrom('support_group').select('id').where(foldedEquals('name', name));
    if (exceptId !== null) query = query.where('id', '!=', exceptId);
    return (await query.executeTakeFirst()) !== undefined;
  }

  async find(id: number): Promise<Group | undefined> {
    const row = await this.selectGroups().where('g.id', '=', id).executeTakeFirst();
    return row ? toGroup(row) : undefined;
  }

  async create(fields: GroupFields): Promise<number> {
    const now = nowIso();
    const result = await this.db
      .insertInto('support_group')
      .values({ ...toColumns(fields), created_at: now, updated_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    return result.id;
  }

  async update(id: number, fields: GroupFields): Promise<boolean> {
    const result = await this.db
      .updateTable('support_group')
      .set({ ...toColumns(fields), updated_at: nowIso() })
      .where('id', '=', id)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  async setStatus(id: number, status: GroupStatus): Promise<boolean> {
    const result = await this.db
      .updateTable('support_group')
      .set({ status, updated_at: nowIso() })
      .where('id', '=', id)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  /** Active groups listed publicly, by name: what the print station's snapshot holds. */
  async listListedPublicly(): Promise<Group[]> {
    const rows = await this.selectGroups()
      .where('g.status', '=', 'active')
      .where('g.is_listed_publicly', '=', 1)
      .orderBy(folded('g.name'))
      .orderBy('g.name')
      .orderBy('g.id')
      .execute();
    return rows.map(toGroup);
  }

  async countBy(column: 'status' | 'focus'): Promise<Record<string, number>> {
    const rows = await this.db
      .selectFrom('support_group')
      .select([column, (eb) => eb.fn.countAll<number>().as('count')])
      .groupBy(column)
      .execute();
    return Object.fromEntries(rows.map((row) => [row[column], Number(row.count)]));
  }

  async countWhere(column: 'is_open_to_newcomers' | 'is_listed_publicly'): Promise<number> {
    const row = await this.db
      .selectFrom('support_group')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where(column, '=', 1)
      .where('status', '=', 'active')
      .executeTakeFirstOrThrow();
    return Number(row.count);
  }
}
