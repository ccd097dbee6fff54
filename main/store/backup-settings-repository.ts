import type { Kysely } from 'kysely';
import {
  BACKUP_KEEP_COUNT,
  BACKUP_NAG_AFTER_DAYS,
  type BackupStatus,
  type LastBackup,
} from '../../shared/domain/backup';
import type { Database } from './schema';

/** Kept in `setting` rows (JSON values): each backup setting is one small choice. */
const KEYS = {
  last: 'backupLast',
  keepCount: 'backupKeepCount',
  nagAfterDays: 'backupNagAfterDays',
} as const;

function wholeNumberIn(value: unknown, range: { min: number; max: number; default: number }) {
  return typeof value === 'number' && Number.isInteger(value)
    ? Math.min(range.max, Math.max(range.min, value))
    : range.default;
}

function isLastBackup(value: unknown): value is LastBackup {
  const v = value as Partial<LastBackup> | null;
  return (
    typeof v?.at === 'string' &&
    typeof v.targetDir === 'string' &&
    typeof v.fileName === 'string' &&
    typeof v.sizeBytes === 'number' &&
    typeof v.counts === 'object' &&
    v.counts !== null
  );
}

export class BackupSettingsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async status(): Promise<BackupStatus> {
    const rows = await this.db
      .selectFrom('setting')
      .select(['key', 'value'])
      .where('key', 'in', Object.values(KEYS))
      .execute();
    const values = new Map(rows.map((row) => [row.key, JSON.parse(row.value) as unknown]));
    const last = values.get(KEYS.last);
    return {
      last: isLastBackup(last) ? last : null,
      keepCount: wholeNumberIn(values.get(KEYS.keepCount), BACKUP_KEEP_COUNT),
      nagAfterDays: wholeNumberIn(values.get(KEYS.nagAfterDays), BACKUP_NAG_AFTER_DAYS),
    };
  }

  async recordLastBackup(last: LastBackup): Promise<void> {
    await this.save(KEYS.last, last);
  }

  async saveChoices(choices: { keepCount: number; nagAfterDays: number }): Promise<void> {
    await this.save(KEYS.keepCount, choices.keepCount);
    await this.save(KEYS.nagAfterDays, choices.nagAfterDays);
  }

  private async save(key: string, value: unknown): Promise<void> {
    const json = JSON.stringify(value);
    await this.db
      .insertInto('setting')
      .values({ key, value: json })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: json }))
      .execute();
  }
}
