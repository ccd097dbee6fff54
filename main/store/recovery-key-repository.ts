import type { Kysely } from 'kysely';
import type { Database } from './schema';

/** The `setting` row that records which recovery key an administrator typed back correctly. */
const CONFIRMED_SLOT = 'recoveryKeyConfirmedSlot';

export class RecoveryKeyRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** The key-slot id of the last recovery key confirmed, or null if none ever was. */
  async confirmedSlotId(): Promise<string | null> {
    const row = await this.db
      .selectFrom('setting')
      .select('value')
      .where('key', '=', CONFIRMED_SLOT)
      .executeTakeFirst();
    const value: unknown = row ? JSON.parse(row.value) : null;
    return typeof value === 'string' ? value : null;
  }

  async markConfirmed(slotId: string): Promise<void> {
    const json = JSON.stringify(slotId);
    await this.db
      .insertInto('setting')
      .values({ key: CONFIRMED_SLOT, value: json })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: json }))
      .execute();
  }
}
