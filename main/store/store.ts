import { Kysely, SqliteDialect, type Transaction } from 'kysely';
import { AuditRepository } from './audit-repository';
import { openEncryptedDatabase, type RawDatabase } from './database';
import { GroupsRepository } from './groups-repository';
import { LocationsRepository } from './locations-repository';
import { migrateToLatest } from './migrate';
import { registerTextFunctions } from './text-functions';
import { OrganisationRepository } from './organisation-repository';
import type { Database } from './schema';
import { UsersRepository } from './users-repository';

/** The repositories over one connection or one transaction. */
export class Repositories {
  readonly groups: GroupsRepository;
  readonly locations: LocationsRepository;
  readonly organisation: OrganisationRepository;
  readonly users: UsersRepository;
  readonly audit: AuditRepository;

  constructor(protected readonly db: Kysely<Database> | Transaction<Database>) {
    this.groups = new GroupsRepository(db);
    this.locations = new LocationsRepository(db);
    this.organisation = new OrganisationRepository(db);
    this.users = new UsersRepository(db);
    this.audit = new AuditRepository(db);
  }
}

/** The open, encrypted database. Only main/store/ talks SQL; the rest uses these repositories. */
export class Store extends Repositories {
  private constructor(
    private readonly kysely: Kysely<Database>,
    private readonly raw: RawDatabase,
  ) {
    super(kysely);
  }

  static async open(file: string, key: Buffer): Promise<Store> {
    const raw = openEncryptedDatabase(file, key);
    registerTextFunctions(raw);
    const kysely = new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) });
    const store = new Store(kysely, raw);
    try {
      await migrateToLatest(kysely as Kysely<unknown>);
    } catch (error) {
      await store.close();
      throw error;
    }
    return store;
  }

  /** Runs `work` in one transaction: all of its writes land, or none do. */
  transaction<T>(work: (repositories: Repositories) => Promise<T>): Promise<T> {
    return this.kysely.transaction().execute((trx) => work(new Repositories(trx)));
  }

  /** Folds the WAL into the main file so nothing is left behind in a side file. */
  checkpoint(): void {
    this.raw.pragma('wal_checkpoint(TRUNCATE)');
  }

  async close(): Promise<void> {
    if (!this.raw.open) return;
    try {
      this.checkpoint();
    } finally {
      await this.kysely.destroy();
    }
  }
}
