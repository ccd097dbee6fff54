import type { Kysely, Selectable } from 'kysely';
import type { CatalogueTraining } from '../../shared/domain/readiness';
import {
  completionExpiry,
  type Training,
  type TrainingCompletion,
  type TrainingFields,
} from '../../shared/domain/trainings';
import type { Database, TrainingTable } from './schema';
import { fromFlag, nowIso, toFlag } from './rows';
import { foldedEquals } from './text-functions';

function toCatalogueTraining(row: Selectable<TrainingTable>): CatalogueTraining {
  return {
    id: row.id,
    name: row.name,
    validityMonths: row.validity_months,
    isRequiredForLead: fromFlag(row.is_required_for_lead),
    isRequiredForCo: fromFlag(row.is_required_for_co),
    isRetired: fromFlag(row.is_retired),
  };
}

function toColumns(fields: TrainingFields) {
  return {
    name: fields.name,
    description: fields.description,
    validity_months: fields.validityMonths,
    is_required_for_lead: toFlag(fields.isRequiredForLead),
    is_required_for_co: toFlag(fields.isRequiredForCo),
  };
}

export interface LatestCompletion {
  volunteerId: number;
  trainingId: number;
  completedOn: string;
}

/** The training catalogue and who completed what. */
export class TrainingsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async list(): Promise<Training[]> {
    const rows = await this.db
      .selectFrom('training as t')
      .selectAll('t')
      .select((eb) =>
        eb
          .selectFrom('volunteer_training as c')
          .select(eb.fn.countAll<number>().as('n'))
          .whereRef('c.training_id', '=', 't.id')
          .as('completion_count'),
      )
      .orderBy('t.is_retired')
      .orderBy('t.name')
      .execute();
    return rows.map((row) => ({
      ...toCatalogueTraining(row),
      description: row.description,
      completionCount: Number(row.completion_count ?? 0),
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    }));
  }

  async find(id: number): Promise<Training | undefined> {
    return (await this.list()).find((training) => training.id === id);
  }

  /** What readiness needs to know about every training, retired ones included. */
  async catalogue(): Promise<CatalogueTraining[]> {
    const rows = await this.db.selectFrom('training').selectAll().orderBy('id').execute();
    return rows.map(toCatalogueTraining);
  }

  async create(fields: TrainingFields): Promise<number> {
    const now = nowIso();
    const { id } = await this.db
      .insertInto('training')
      .values({ ...toColumns(fields), is_retired: 0, created_at: now, updated_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    return id;
  }

  async update(id: number, fields: TrainingFields): Promise<boolean> {
    const result = await this.db
      .updateTable('training')
      .set({ ...toColumns(fields), updated_at: nowIso() })
      .where('id', '=', id)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  async setRetired(id: number, isRetired: boolean): Promise<boolean> {
    const result = await this.db
      .updateTable('training')
      .set({ is_retired: toFlag(isRetired), updated_at: nowIso() })
      .where('id', '=', id)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  async isNameTaken(name: string, exceptId: number | null = null): Promise<boolean> {
    let query = this.db.selectFrom('training').select('id').where(foldedEquals('name', name));
    if (exceptId !== null) query = query.where('id', '!=', exceptId);
    return (await query.executeTakeFirst()) !== undefined;
  }

  /** Completions of these volunteers, newest first, with their computed expiry. */
  async completionsOf(volunteerIds: readonly number[]): Promise<TrainingCompletion[]> {
    if (volunteerIds.length === 0) return [];
    const rows = await this.db
      .selectFrom('volunteer_training as c')
      .innerJoin('training as t', 't.id', 'c.training_id')
      .select([
        'c.id',
        'c.volunteer_id',
        'c.training_id',
        'c.completed_on',
        't.name',
        't.validity_months',
      ])
      .where('c.volunteer_id', 'in', volunteerIds)
      .orderBy('c.completed_on', 'desc')
      .orderBy('c.id', 'desc')
      .execute();
    return rows.map((row) => ({
      id: row.id,
      volunteerId: row.volunteer_id,
      trainingId: row.training_id,
      trainingName: row.name,
      completedOn: row.completed_on,
      expiresOn: completionExpiry(row.completed_on, row.validity_months),
    }));
  }

  /**
   * Each volunteer's latest completion of each training, for every volunteer (or only those
   * listed): readiness reads only the latest, and one grouped pass beats thousands of ids in
   * an IN list.
   */
  async latestCompletions(
    volunteerIds: readonly number[] | null = null,
  ): Promise<LatestCompletion[]> {
    if (volunteerIds?.length === 0) return [];
    let query = this.db
      .selectFrom('volunteer_training')
      .select(['volunteer_id as volunteerId', 'training_id as trainingId'])
      .select((eb) => eb.fn.max('completed_on').as('completedOn'));
    if (volunteerIds !== null) query = query.where('volunteer_id', 'in', volunteerIds);
    return query.groupBy(['volunteer_id', 'training_id']).execute();
  }

  async addCompletion(
    volunteerId: number,
    trainingId: number,
    completedOn: string,
  ): Promise<number> {
    const { id } = await this.db
      .insertInto('volunteer_training')
      .values({
        volunteer_id: volunteerId,
        training_id: trainingId,
        completed_on: completedOn,
        created_at: nowIso(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return id;
  }

  /** Removes one completion recorded by mistake; false when there is none. */
  async removeCompletion(id: number): Promise<{ volunteerId: number } | undefined> {
    return this.db
      .deleteFrom('volunteer_training')
      .where('id', '=', id)
      .returning('volunteer_id as volunteerId')
      .executeTakeFirst();
  }
}
