import type { Kysely, Selectable } from 'kysely';
import type { RemovedResource, Resource, ResourceFields } from '../../shared/domain/resources';
import type { Database, ResourceTable } from './schema';
import { fromFlag, nowIso, toFlag } from './rows';
import { folded, foldedEquals } from './text-functions';

function toResource(row: Selectable<ResourceTable>): Resource {
  return {
    id: row.id,
    name: row.name,
    purpose: row.purpose,
    phone: row.phone,
    hours: row.hours,
    address: row.address,
    website: row.website,
    isCrisisLine: fromFlag(row.is_crisis_line),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toColumns(fields: ResourceFields) {
  return {
    name: fields.name,
    purpose: fields.purpose,
    phone: fields.phone,
    hours: fields.hours,
    address: fields.address,
    website: fields.website,
    is_crisis_line: toFlag(fields.isCrisisLine),
  };
}

/** Referral and crisis contacts. Removing one marks it removed: nothing is deleted. */
export class ResourcesRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** The resources in use, crisis lines first, then by name: the order every printout uses. */
  async list(): Promise<Resource[]> {
    const rows = await this.db
      .selectFrom('resource')
      .selectAll()
      .where('removed_at', 'is', null)
      .orderBy('is_crisis_line', 'desc')
      .orderBy(folded('name'))
      .orderBy('id')
      .execute();
    return rows.map(toResource);
  }

  /** Removed resources, the latest removed first. */
  async listRemoved(): Promise<RemovedResource[]> {
    const rows = await this.db
      .selectFrom('resource')
      .selectAll()
      .where('removed_at', 'is not', null)
      .orderBy('removed_at', 'desc')
      .orderBy('id', 'desc')
      .execute();
    return rows.map((row) => ({ ...toResource(row), removedAt: row.removed_at ?? '' }));
  }

  /** One resource in use; undefined when there is none or it was removed. */
  async find(id: number): Promise<Resource | undefined> {
    const row = await this.db
      .selectFrom('resource')
      .selectAll()
      .where('id', '=', id)
      .where('removed_at', 'is', null)
      .executeTakeFirst();
    return row && toResource(row);
  }

  async create(fields: ResourceFields): Promise<number> {
    const now = nowIso();
    const { id } = await this.db
      .insertInto('resource')
      .values({ ...toColumns(fields), created_at: now, updated_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    return id;
  }

  async update(id: number, fields: ResourceFields): Promise<void> {
    await this.db
      .updateTable('resource')
      .set({ ...toColumns(fields), updated_at: nowIso() })
      .where('id', '=', id)
      .execute();
  }

  /** Marks a resource removed (true) or in use again (false); false when nothing changed. */
  async setRemoved(id: number, isRemoved: boolean): Promise<boolean> {
    const now = nowIso();
    const result = await this.db
      .updateTable('resource')
      .set({ removed_at: isRemoved ? now : null, updated_at: now })
      .where('id', '=', id)
      .where('removed_at', isRemoved ? 'is' : 'is not', null)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  /** Another resource in use already has this name (ignoring case, accents and spaces). */
  async isNameTaken(name: string, exceptId: number | null = null): Promise<boolean> {
    let query = this.db
      .selectFrom('resource')
      .select('id')
      .where(foldedEquals('name', name))
      .where('removed_at', 'is', null);
    if (exceptId !== null) query = query.where('id', '!=', exceptId);
    return (await query.executeTakeFirst()) !== undefined;
  }
}
