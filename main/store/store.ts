import type { RowCounts } from '../../shared/domain/backup';
import { Kysely, SqliteDialect, type ControlledTransaction, type Transaction } from 'kysely';
import { deriveAuditKey, entryTag, GENESIS } from './audit-chain';
import { AuditRepository } from './audit-repository';
import { BackupSettingsRepository } from './backup-settings-repository';
import { openEncryptedDatabase, type RawDatabase } from './database';
import { FacilitatorsRepository } from './facilitators-repository';
import { GroupsRepository } from './groups-repository';
import { deriveCleanCloseKey, recordCleanClose, takeCleanCloseRecord } from './clean-close';
import { isDatabaseIntact } from './integrity';
import { LocationsRepository } from './locations-repository';
import { migrateToLatest } from './migrate';
import { countRows, snapshotInto } from './snapshot';
import { registerTextFunctions } from './text-functions';
import { OrganisationRepository } from './organisation-repository';
import { RecoveryKeyRepository } from './recovery-key-repository';
import type { Database } from './schema';
import { TrainingsRepository } from './trainings-repository';
import { UsersRepository } from './users-repository';
import { VolunteerListRepository } from './volunteer-list-repository';
import { VolunteersRepository } from './volunteers-repository';
import { SessionsRepository } from './sessions-repository';
import { ClosuresRepository } from './closures-repository';
import { SessionCoverRepository } from './session-cover-repository';
import { SessionRecordsRepository } from './session-records-repository';
import { IncidentsRepository } from './incidents-repository';
import { SessionQueriesRepository } from './session-queries-repository';
import { HoursRepository } from './hours-repository';
import { ResourcesRepository } from './resources-repository';
import { FunderReportRepository } from './funder-report-repository';
import { RotaRepository } from './rota-repository';

/** The repositories over one connection or one transaction. */
export class Repositories {
  readonly groups: GroupsRepository;
  readonly locations: LocationsRepository;
  readonly organisation: OrganisationRepository;
  readonly users: UsersRepository;
  readonly audit: AuditRepository;
  readonly recoveryKey: RecoveryKeyRepository;
  readonly volunteers: VolunteersRepository;
  readonly volunteerList: VolunteerListRepository;
  readonly trainings: TrainingsRepository;
  readonly facilitators: FacilitatorsRepository;
  readonly backupSettings: BackupSettingsRepository;
  readonly sessions: SessionsRepository;
  readonly closures: ClosuresRepository;
  readonly sessionCover: SessionCoverRepository;
  readonly sessionRecords: SessionRecordsRepository;
  readonly incidents: IncidentsRepository;
  readonly sessionQueries: SessionQueriesRepository;
  readonly hours: HoursRepository;
  readonly resources: ResourcesRepository;
  readonly funderReport: FunderReportRepository;
  readonly rota: RotaRepository;

  constructor(
    protected readonly db: Kysely<Database> | Transaction<Database>,
    protected readonly auditKey: Buffer,
  ) {
    this.groups = new GroupsRepository(db);
    this.locations = new LocationsRepository(db);
    this.organisation = new OrganisationRepository(db);
    this.users = new UsersRepository(db);
    this.audit = new AuditRepository(db, auditKey);
    this.recoveryKey = new RecoveryKeyRepository(db);
    this.volunteers = new VolunteersRepository(db);
    this.volunteerList = new VolunteerListRepository(db);
    this.trainings = new TrainingsRepository(db);
    this.facilitators = new FacilitatorsRepository(db);
    this.backupSettings = new BackupSettingsRepository(db);
    this.sessions = new SessionsRepository(db);
    this.closures = new ClosuresRepository(db);
    this.sessionCover = new SessionCoverRepository(db);
    this.sessionRecords = new SessionRecordsRepository(db);
    this.incidents = new IncidentsRepository(db);
    this.sessionQueries = new SessionQueriesRepository(db);
    this.hours = new HoursRepository(db);
    this.resources = new ResourcesRepository(db);
    this.funderReport = new FunderReportRepository(db, this.hours);
    this.rota = new RotaRepository(db);
  }
}

/** The open, encrypted database. Only main/store/ talks SQL; the rest uses these repositories. */
export class Store extends Repositories {
  /** Set at open when quick_check found damage: an admin must be told before more is entered. */
  isDamaged = false;
  /** Whether the open ran quick_check; skipped when the last clean close vouches for the file. */
  wasCheckedAtOpen = true;
  /** Inside `batch`: how many transactions deep, each a savepoint of the batch's one. */
  private batchDepth = 0;

  private constructor(
    private readonly kysely: Kysely<Database>,
    private readonly raw: RawDatabase,
    auditKey: Buffer,
    /** Null when this file is not to be vouched for at close (setup's, renamed afterwards). */
    private readonly cleanClose: { file: string; key: Buffer } | null,
  ) {
    super(kysely, auditKey);
  }

  /**
   * Opens, migrates and checks the database. The check is skipped when the file is exactly as
   * this core's last clean close left it: see clean-close.ts for why that keeps its purpose.
   */
  static async open(
    file: string,
    key: Buffer,
    { isVouchedAtClose = true }: { isVouchedAtClose?: boolean } = {},
  ): Promise<Store> {
    const cleanCloseKey = deriveCleanCloseKey(key);
    const isUnchanged = takeCleanCloseRecord(file, cleanCloseKey);
    const raw = openEncryptedDatabase(file, key);
    const cleanClose = isVouchedAtClose ? { file, key: cleanCloseKey } : null;
    if (!cleanClose) cleanCloseKey.fill(0);
    return Store.overConnection(raw, key, { isIntegrityChecked: !isUnchanged, cleanClose });
  }

  /**
   * The bench's alone (tests/bench/cipher-cost.ts; ESLint refuses it anywhere in main/): a store
   * over a connection the bench opened, the encrypted file or a plain copy of it, so the same
   * calls measure what the cipher costs. No integrity check: its full read would warm the cache.
   */
  static openBenchConnection(raw: RawDatabase, key: Buffer): Promise<Store> {
    return Store.overConnection(raw, key, { isIntegrityChecked: false, cleanClose: null });
  }

  private static async overConnection(
    raw: RawDatabase,
    key: Buffer,
    {
      isIntegrityChecked,
      cleanClose,
    }: { isIntegrityChecked: boolean; cleanClose: { file: string; key: Buffer } | null },
  ): Promise<Store> {
    registerTextFunctions(raw);
    const kysely = new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) });
    const auditKey = deriveAuditKey(key);
    const store = new Store(kysely, raw, auditKey, cleanClose);
    try {
      await migrateToLatest(kysely as Kysely<unknown>, undefined, {
        auditChain: { genesis: GENESIS, tag: (entry) => entryTag(auditKey, entry) },
      });
      store.wasCheckedAtOpen = isIntegrityChecked;
      store.isDamaged = isIntegrityChecked && !isDatabaseIntact(raw);
    } catch (error) {
      await store.close();
      throw error;
    }
    return store;
  }

  /** Runs `work` in one transaction: all of its writes land, or none do. */
  async transaction<T>(work: (repositories: Repositories) => Promise<T>): Promise<T> {
    if (this.batchDepth > 0) return this.inSavepoint(work);
    const trx = await this.kysely.startTransaction().execute();
    let result: T;
    try {
      result = await work(new Repositories(trx, this.auditKey));
      await trx.commit().execute();
    } catch (error) {
      await this.rollBack(trx);
      throw error;
    }
    return result;
  }

  /**
   * Runs `work`, and every transaction it starts, as one transaction that commits at the end:
   * for loading demo data through the API, where one commit per call would take minutes. Each
   * call's own transaction becomes a savepoint, so a refused call still leaves nothing behind.
   * Nothing else may use the store meanwhile (the demo loader is the only caller).
   */
  async batch<T>(work: () => Promise<T>): Promise<T> {
    if (this.batchDepth > 0) throw new Error('batches do not nest');
    this.raw.exec('BEGIN');
    this.batchDepth += 1;
    try {
      const result = await work();
      this.raw.exec('COMMIT');
      return result;
    } catch (error) {
      if (this.raw.inTransaction) this.raw.exec('ROLLBACK');
      throw error;
    } finally {
      this.batchDepth -= 1;
    }
  }

  private async inSavepoint<T>(work: (repositories: Repositories) => Promise<T>): Promise<T> {
    const name = `batch_write_${this.batchDepth}`;
    this.raw.exec(`SAVEPOINT ${name}`);
    this.batchDepth += 1;
    try {
      const result = await work(new Repositories(this.kysely, this.auditKey));
      this.raw.exec(`RELEASE ${name}`);
      return result;
    } catch (error) {
      this.raw.exec(`ROLLBACK TO ${name}`);
      this.raw.exec(`RELEASE ${name}`);
      throw error;
    } finally {
      this.batchDepth -= 1;
    }
  }

  /**
   * After SQLITE_FULL or SQLITE_CORRUPT (in a statement or at COMMIT, when the pages go to the
   * WAL) SQLite has already rolled back, and ROLLBACK fails with "no transaction is active":
   * that error must not hide the reason the write failed.
   */
  private async rollBack(trx: ControlledTransaction<Database>): Promise<void> {
    try {
      await trx.rollback().execute();
    } catch (rollbackError) {
      if (this.raw.inTransaction) throw rollbackError;
    }
  }

  /**
   * How many rows this connection has inserted, updated or deleted since it opened, in any
   * transaction or none, rolled back or not: an answer worked out from the database stays
   * good while this number has not moved. Reads never move it.
   */
  changeCount(): number {
    const row = this.raw.prepare('SELECT total_changes() AS n').get() as { n: number };
    return row.n;
  }

  /** Rows per table, counted on the core's one connection. */
  countRows(): RowCounts {
    return countRows(this.raw);
  }

  /** Writes a consistent, encrypted copy of the whole database to `file` (see snapshot.ts). */
  snapshotInto(file: string): void {
    snapshotInto(this.raw, file);
  }

  /** Folds the WAL into the main file so nothing is left behind in a side file. */
  checkpoint(): void {
    this.raw.pragma('wal_checkpoint(TRUNCATE)');
  }

  /**
   * Always closes, whatever the checkpoint does: a lock must drop the key even on a full disk.
   * A WAL left behind is encrypted like the database, and the next open folds it back in.
   */
  async close(): Promise<void> {
    this.auditKey.fill(0);
    if (!this.raw.open) {
      this.cleanClose?.key.fill(0);
      return;
    }
    let isClean = !this.isDamaged;
    try {
      this.checkpoint();
    } catch {
      // SQLITE_FULL or SQLITE_IOERR: the WAL keeps every committed write until the next open.
      isClean = false;
    }
    try {
      await this.kysely.destroy();
    } finally {
      if (this.raw.open) this.raw.close();
      if (this.cleanClose) this.vouchAtClose(this.cleanClose, isClean);
    }
  }

  /** Never fails the close: without a record the next open simply checks the whole file. */
  private vouchAtClose({ file, key }: { file: string; key: Buffer }, isClean: boolean): void {
    try {
      if (isClean) recordCleanClose(file, key);
    } catch {
      // A read-only or full folder: the next unlock runs the check.
    } finally {
      key.fill(0);
    }
  }
}
