import { mkdirSync } from 'node:fs';
import type { Role } from '../../shared/api/roles';
import { isPasswordAcceptable } from '../../shared/domain/password';
import type { SessionUser, SetUpResult, VaultState, VaultStatus } from '../../shared/domain/vault';
import type { MethodParsedInput } from '../../shared/api/contract';
import { AppError } from '../app-error';
import { completeInterruptedRestore } from '../backup/restore-journal';
import { assertDataFolderUsable } from '../data-folder-check';
import { Store } from '../store/store';
import type { UserRecord } from '../store/users-repository';
import { DEFAULT_SCRYPT, type ScryptParams } from '../vault/key-wrap';
import { prepareNewRecoveryKey, type NewRecoveryKey } from '../vault/recovery-slot';
import {
  commitSetup,
  prepareVault,
  isDisabledUsername,
  isSchemaUpdateDue,
  removePasswordSlots,
  restoringKeySlotsOnFailure,
  setAsideSetupLeftovers,
  setPassword,
  unlockWithPassword,
  unlockWithRecoveryKey,
  vaultPaths,
  vaultState,
} from '../vault/vault';
import { upkeepKeySlots } from './key-slot-upkeep';
import { LoginThrottle, type ThrottleSubject } from './login-throttle';

export interface VaultSessionOptions {
  dataDir: string;
  /** Tests use cheap scrypt parameters; production leaves the default. */
  scrypt?: ScryptParams;
  now?: () => number;
  /** Told after a lock or sign-out has closed the database (the worker then ends). */
  onLocked?: () => void;
  /** Bench only (tests/bench/cipher-cost.ts): opens the database at sign-in, e.g. a plain copy.
   *  ESLint refuses it in main/, and a worker's options carry no function. */
  benchStoreOpener?: (file: string, key: Buffer) => Promise<Store>;
}

/**
 * The one stateful piece of the core: whether the database is open, with which key, and who is
 * signed in. Locking closes the database and drops the key, so nothing readable stays in memory.
 */
export class VaultSession {
  private openStore: Store | null = null;
  private key: Buffer | null = null;
  private signedIn: SessionUser | null = null;
  private lastActivityAt: number;
  private readonly throttle: LoginThrottle;
  private readonly now: () => number;

  constructor(private readonly options: VaultSessionOptions) {
    this.now = options.now ?? Date.now;
    this.throttle = new LoginThrottle(options.dataDir, this.now);
    this.lastActivityAt = this.now();
  }

  get dataDir(): string {
    return this.options.dataDir;
  }

  get isUnlocked(): boolean {
    return this.openStore !== null;
  }

  get store(): Store {
    if (!this.openStore) throw new AppError('LOCKED');
    return this.openStore;
  }

  get user(): SessionUser {
    if (!this.signedIn) throw new AppError(this.openStore ? 'NOT_AUTHENTICATED' : 'LOCKED');
    return this.signedIn;
  }

  get currentUser(): SessionUser | null {
    return this.signedIn;
  }

  /** Finishes a restore a kill cut short before the folder is read (restore-journal.ts). */
  state(): VaultState {
    completeInterruptedRestore(this.dataDir);
    return vaultState(this.dataDir);
  }

  async status(): Promise<VaultStatus> {
    assertDataFolderUsable(this.dataDir);
    await this.refreshUserIfAny();
    const settings = this.openStore ? await this.openStore.organisation.getSettings() : null;
    const state = this.state();
    const isUpdateDue = state === 'ready' && !this.openStore && isSchemaUpdateDue(this.dataDir);
    return {
      state,
      isUnlocked: this.isUnlocked && this.signedIn !== null,
      user: this.signedIn,
      idleLockMinutes: settings?.idleLockMinutes ?? null,
      ...(this.signedIn && this.openStore?.isDamaged ? { isDatabaseDamaged: true as const } : {}),
      ...(isUpdateDue ? { isUpdateDue: true as const } : {}),
    };
  }

  async setUp(input: MethodParsedInput<'setUpVault'>): Promise<SetUpResult> {
    const state = this.state();
    if (state === 'ready') throw new AppError('ALREADY_SET_UP');
    if (state === 'keyFileProblem') throw new AppError('KEY_FILE_PROBLEM');
    const paths = vaultPaths(this.dataDir);
    mkdirSync(this.dataDir, { recursive: true, mode: 0o700 });
    setAsideSetupLeftovers(this.dataDir, new Date(this.now()));

    const { key, recoveryKey, slots } = await prepareVault(
      input.admin.username,
      input.admin.password,
      this.options.scrypt,
    );
    // Built under a setup name: only the renames at the end make a database the folder's own.
    let store = await Store.open(paths.setupDatabase, key, { isVouchedAtClose: false });
    let userId: number;
    try {
      userId = await store.transaction(async (repos) => {
        await repos.organisation.save({
          name: input.organisationName,
          address: '',
          phone: '',
          email: '',
          timeZone: input.timeZone,
          defaultLanguage: input.language,
          paperSize: 'A4',
          dateRegion: '',
        });
        const id = await repos.users.create({
          username: input.admin.username,
          displayName: input.admin.displayName,
          role: 'admin',
        });
        await repos.audit.record({
          userId: id,
          action: 'setUp',
          entity: 'organisation',
          entityId: 1,
        });
        return id;
      });
      // Everything into the main file first: its WAL does not follow the rename.
      store.checkpoint();
      await store.close();
      commitSetup(this.dataDir, slots);
      store = await Store.open(paths.database, key);
    } catch (error) {
      await store.close();
      key.fill(0);
      throw error;
    }
    const user: SessionUser = {
      id: userId,
      username: input.admin.username,
      displayName: input.admin.displayName,
      role: 'admin',
    };
    this.adopt(store, key, user);
    return { user, recoveryKey };
  }

  async logIn(username: string, password: string): Promise<SessionUser> {
    this.assertSetUp();
    const subject = { username };
    this.throttle.assertMayTry(subject);
    const key = await unlockWithPassword(this.dataDir, username, password);
    if (!key && isDisabledUsername(this.dataDir, username)) {
      this.throttle.recordFailure(subject);
      throw new AppError('ACCOUNT_DISABLED');
    }
    if (!key) this.fail(subject);
    return this.signInWithKey(key, username, () => true, subject);
  }

  async recover(recoveryKey: string, username: string, newPassword: string): Promise<SessionUser> {
    this.assertSetUp();
    this.throttle.assertMayTry('recoveryKey');
    const key = await unlockWithRecoveryKey(this.dataDir, recoveryKey);
    if (!key) this.fail('recoveryKey', 'errors.wrongRecoveryKey');
    const user = await this.signInWithKey(key, username, (role) => role === 'admin', 'recoveryKey');
    await setPassword(this.dataDir, this.key!, username, newPassword, this.options.scrypt);
    await this.store.audit.record({
      userId: user.id,
      action: 'recoverPassword',
      entity: 'user',
      entityId: user.id,
    });
    return user;
  }

  async changePassword(currentPassword: string, newPassword: string): Promise<void> {
    const user = this.user;
    if (!isPasswordAcceptable(newPassword, user.username)) {
      throw AppError.invalidField('newPassword', 'validation.weakPassword');
    }
    const key = await this.verifyCurrentPassword(currentPassword);
    await setPassword(this.dataDir, key, user.username, newPassword, this.options.scrypt);
  }

  /** Checks the password again, then wraps the open key under a fresh recovery key. */
  async prepareRecoveryKey(currentPassword: string): Promise<NewRecoveryKey> {
    const key = await this.verifyCurrentPassword(currentPassword);
    return prepareNewRecoveryKey(
      vaultPaths(this.dataDir).keySlots,
      key,
      this.options.scrypt ?? DEFAULT_SCRYPT,
    );
  }

  /** Whether `typed` is the current recovery key of the open database. */
  async isCurrentRecoveryKey(typed: string): Promise<boolean> {
    const key = await unlockWithRecoveryKey(this.dataDir, typed);
    const isCurrent = key !== null && this.key !== null && key.equals(this.key);
    key?.fill(0);
    return isCurrent;
  }

  /** A copy of the open database's key, for a backup's seal; the caller zeroes it when done. */
  copyKey(): Buffer {
    if (!this.key) throw new AppError('LOCKED');
    return Buffer.from(this.key);
  }

  /**
   * Wraps the open key for `username` (a new slot, or a new password in place of the old one);
   * the caller records the user row in the same step.
   */
  async addPasswordSlot(username: string, password: string): Promise<void> {
    if (!this.key) throw new AppError('LOCKED');
    await setPassword(this.dataDir, this.key, username, password, this.options.scrypt);
  }

  /** Removes the slot of `username`: that password no longer opens anything, even from a copy. */
  removePasswordSlot(username: string): void {
    removePasswordSlots(
      this.dataDir,
      (slotUser) => slotUser === username,
      () => true,
    );
  }

  /** The status, too, tells the current role, and nobody once the account is disabled. */
  private async refreshUserIfAny(): Promise<void> {
    if (!this.signedIn || !this.openStore) return;
    try {
      await this.refreshUser();
    } catch (error) {
      if (!(error instanceof AppError && error.code === 'ACCOUNT_DISABLED')) throw error;
    }
  }

  /** Runs a key-slot change and its rows; a failure puts the key-slot file back as it was. */
  restoringKeySlotsOnFailure<T>(work: () => Promise<T>): Promise<T> {
    return restoringKeySlotsOnFailure(this.dataDir, work);
  }

  /**
   * Reads the signed-in account again, at every call: a new role applies at once, and an
   * account disabled since sign-in loses its session here.
   */
  async refreshUser(): Promise<SessionUser> {
    const { id } = this.user;
    const record = await this.store.users.findById(id);
    if (!record || record.isDisabled) {
      await this.lock();
      throw new AppError('ACCOUNT_DISABLED');
    }
    this.signedIn = toSessionUser(record);
    return this.signedIn;
  }

  async lock(): Promise<void> {
    await this.close();
    this.options.onLocked?.();
  }

  /** The core remembers nobody after either; only the tab that locked knows who it was. */
  logOut(): Promise<void> {
    return this.lock();
  }

  /** Marks user activity; idle time is measured from the last authenticated call. */
  touch(): void {
    this.lastActivityAt = this.now();
  }

  /** Locks when idle longer than the setting; returns whether it locked. */
  async lockIfIdle(): Promise<boolean> {
    if (!this.openStore || !this.signedIn) return false;
    const { idleLockMinutes } = await this.openStore.organisation.getSettings();
    if (this.now() - this.lastActivityAt < idleLockMinutes * 60_000) return false;
    await this.lock();
    return true;
  }

  async close(): Promise<void> {
    const store = this.openStore;
    this.openStore = null;
    this.signedIn = null;
    this.key?.fill(0);
    this.key = null;
    await store?.close();
  }

  /** Asks the signed-in user's password again before a change to key slots; returns the open key. */
  private async verifyCurrentPassword(currentPassword: string): Promise<Buffer> {
    const subject = { username: this.user.username };
    this.throttle.assertMayTry(subject);
    const key = await unlockWithPassword(this.dataDir, this.user.username, currentPassword);
    if (!key || !this.key || !key.equals(this.key)) this.fail(subject);
    key.fill(0);
    return this.key;
  }

  private assertSetUp(): void {
    const state = this.state();
    if (state === 'new') throw new AppError('NOT_SET_UP');
    if (state === 'keyFileProblem') throw new AppError('KEY_FILE_PROBLEM');
  }

  private fail(subject: ThrottleSubject, messageKey = 'errors.WRONG_CREDENTIALS'): never {
    const delayMs = this.throttle.recordFailure(subject);
    throw new AppError(
      'WRONG_CREDENTIALS',
      messageKey,
      delayMs > 0 ? { seconds: Math.ceil(delayMs / 1000) } : undefined,
    );
  }

  private async signInWithKey(
    key: Buffer,
    username: string,
    isRoleAllowed: (role: Role) => boolean,
    subject: ThrottleSubject,
  ): Promise<SessionUser> {
    const sameDatabase = this.key !== null && this.openStore !== null && key.equals(this.key);
    const store = sameDatabase
      ? this.openStore!
      : await (this.options.benchStoreOpener ?? Store.open)(vaultPaths(this.dataDir).database, key);
    const record = await store.users.findByUsername(username);
    const refusal = !record
      ? 'WRONG_CREDENTIALS'
      : record.isDisabled
        ? 'ACCOUNT_DISABLED'
        : !isRoleAllowed(record.role)
          ? 'FORBIDDEN'
          : null;
    if (refusal || !record) {
      if (!sameDatabase) await store.close();
      key.fill(0);
      if (refusal === 'FORBIDDEN') throw new AppError('FORBIDDEN', 'errors.notAdmin');
      if (refusal === 'ACCOUNT_DISABLED') throw new AppError('ACCOUNT_DISABLED');
      this.fail(subject);
    }
    this.throttle.recordSuccess(subject);
    await upkeepKeySlots(store, this.dataDir, { hasOpenedDatabase: !sameDatabase });
    const user = toSessionUser(record);
    if (sameDatabase) {
      key.fill(0);
      this.signedIn = user;
      this.touch();
    } else {
      await this.close();
      this.adopt(store, key, user);
    }
    return user;
  }

  private adopt(store: Store, key: Buffer, user: SessionUser): void {
    this.openStore = store;
    this.key = key;
    this.signedIn = user;
    this.touch();
  }
}

function toSessionUser({ id, username, displayName, role }: UserRecord): SessionUser {
  return { id, username, displayName, role };
}
