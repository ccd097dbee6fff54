import type { Kysely, Selectable } from 'kysely';
import type { Location, LocationFields } from '../../shared/domain/locations';
import type { Database, LocationTable } from './schema';
import { nowIso } from './rows';
import { folded, foldedEquals } from './text-functions';

function toColumns(fields: LocationFields) {
  return {
    name: fields.name,
    address: fields.address,
    room: fields.room,
    accessibility_notes: fields.accessibilityNotes,
    capacity: fields.capacity,
  };
}

function toLocation(row: Selectable<LocationTable> & { group_count: number | null }): Location {
  return {
    id: row.id,
    name: row.name,
    address: row.address,
    room: row.room,
    accessibilityNotes: row.accessibility_notes,
    capacity: row.capacity,
    groupCount: Number(row.group_count ?? 0),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export class LocationsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  private selectLocations() {
    return this.db
      .selectFrom('location as l')
      .selectAll('l')
      .select((eb) =>
        eb
          .selectFrom('support_group as g')
          .whereRef('g.location_id', '=', 'l.id')
          .select((inner) => inner.fn.countAll<number>().as('n'))
          .as('group_count'),
      );
  }

  async list(): Promise<Location[]> {
    const rows = await this.selectLocations()
      .orderBy(folded('l.name'))
      .orderBy('l.name')
      .orderBy('l.id')
      .execute();
    return rows.map(toLocation);
  }

  async find(id: number): Promise<Location | undefined> {
    const row = await this.selectLocations().where('l.id', '=', id).executeTakeFirst();
    return row ? toLocation(row) : undefined;
  }

  /** Whether a location other than `exceptId` has this name, ignoring case, accents and spaces. */
  async isNameTaken(name: string, exceptId: number | null = null): Promise<boolean> {
    let query = this.db.selectFrom('location').select('id').where(foldedEquals('name', name));
    if (exceptId !== null) query = query.where('id', '!=', exceptId);
    return (await query.executeTakeFirst()) !== undefined;
  }

  async exists(id: number): Promise<boolean> {
    const row = await this.db
      .selectFrom('location')
      .select('id')
      .where('id', '=', id)
      .executeTakeFirst();
    return row !== undefined;
  }

  async create(fields: LocationFields): Promise<number> {
    const now = nowIso();
    const row = await this.db
      .insertInto('location')
      .values({ ...toColumns(fields), created_at: now, updated_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  async update(id: number, fields: LocationFields): Promise<boolean> {
    const result = await this.db
      .updateTable('location')
      .set({ ...toColumns(fields), updated_at: nowIso() })
      .where('id', '=', id)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  async delete(id: number): Promise<boolean> {
    const result = await this.db.deleteFrom('location').where('id', '=', id).executeTakeFirst();
    return result.numDeletedRows > 0n;
  }

  async count(): Promise<number> {
    const row = await this.db
      .selectFrom('location')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }
}
