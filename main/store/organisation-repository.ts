import type { Kysely } from 'kysely';
import type { Language } from '../../shared/domain/fields';
import type { Organisation, PaperSize, Settings } from '../../shared/domain/organisation';
import { IDLE_LOCK_MINUTES } from '../../shared/domain/organisation';
import { SESSION_HORIZON_WEEKS } from '../../shared/domain/sessions';
import type { Database } from './schema';
import { nowIso } from './rows';

const DATE_REGION_KEY = 'dateRegion';
/** The civil date the session horizon was last filled (main/sessions/horizon-keeper.ts). */
const HORIZON_FILLED_ON_KEY = 'horizonFilledOn';

export class OrganisationRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async get(): Promise<Organisation> {
    const row = await this.db.selectFrom('organisation').selectAll().executeTakeFirstOrThrow();
    return {
      name: row.name,
      address: row.address,
      phone: row.phone,
      email: row.email,
      timeZone: row.time_zone,
      defaultLanguage: row.default_language as Language,
      paperSize: row.paper_size as PaperSize,
      dateRegion: await this.dateRegion(),
    };
  }

  /** The organisation's IANA zone alone: read before every call (the session horizon). */
  async timeZone(): Promise<string> {
    const row = await this.db
      .selectFrom('organisation')
      .select('time_zone')
      .executeTakeFirstOrThrow();
    return row.time_zone;
  }

  /** Kept in `setting`, not a column: one optional choice did not warrant a migration. */
  private async dateRegion(): Promise<string> {
    const row = await this.db
      .selectFrom('setting')
      .select('value')
      .where('key', '=', DATE_REGION_KEY)
      .executeTakeFirst();
    const region: unknown = row ? JSON.parse(row.value) : '';
    return typeof region === 'string' ? region : '';
  }

  async save(organisation: Organisation): Promise<void> {
    const columns = {
      name: organisation.name,
      address: organisation.address,
      phone: organisation.phone,
      email: organisation.email,
      time_zone: organisation.timeZone,
      default_language: organisation.defaultLanguage,
      paper_size: organisation.paperSize,
      updated_at: nowIso(),
    };
    await this.db
      .insertInto('organisation')
      .values({ id: 1, ...columns })
      .onConflict((oc) => oc.column('id').doUpdateSet(columns))
      .execute();
    await this.saveSetting(DATE_REGION_KEY, organisation.dateRegion);
  }

  async horizonFilledOn(): Promise<string | null> {
    const row = await this.db
      .selectFrom('setting')
      .select('value')
      .where('key', '=', HORIZON_FILLED_ON_KEY)
      .executeTakeFirst();
    const date: unknown = row ? JSON.parse(row.value) : null;
    return typeof date === 'string' ? date : null;
  }

  async setHorizonFilledOn(date: string): Promise<void> {
    await this.saveSetting(HORIZON_FILLED_ON_KEY, date);
  }

  private async saveSetting(key: string, value: unknown): Promise<void> {
    const json = JSON.stringify(value);
    await this.db
      .insertInto('setting')
      .values({ key, value: json })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: json }))
      .execute();
  }

  private async readSetting(key: keyof Settings): Promise<unknown> {
    const row = await this.db
      .selectFrom('setting')
      .select('value')
      .where('key', '=', key)
      .executeTakeFirst();
    return row ? (JSON.parse(row.value) as unknown) : undefined;
  }

  async getSettings(): Promise<Settings> {
    const minutes = Number(
      (await this.readSetting('idleLockMinutes')) ?? IDLE_LOCK_MINUTES.default,
    );
    const isPublicPrintingOn = await this.readSetting('isPublicPrintingOn');
    const weeks = Number(
      (await this.readSetting('sessionHorizonWeeks')) ?? SESSION_HORIZON_WEEKS.default,
    );
    return {
      idleLockMinutes: Number.isInteger(minutes) ? minutes : IDLE_LOCK_MINUTES.default,
      isPublicPrintingOn: typeof isPublicPrintingOn === 'boolean' ? isPublicPrintingOn : true,
      sessionHorizonWeeks: Number.isInteger(weeks) ? weeks : SESSION_HORIZON_WEEKS.default,
    };
  }

  /** Saves the settings named; the others keep their values. */
  async saveSettings(settings: Partial<Settings>): Promise<void> {
    for (const [key, value] of Object.entries(settings)) {
      if (value !== undefined) await this.saveSetting(key, value);
    }
  }
}
