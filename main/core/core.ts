import { SIGN_IN_METHODS } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/errors';
import {
  changesPublicData,
  publishPublicSnapshot,
  removePublicSnapshot,
} from '../public-printing/public-snapshot';
import { ProgressTracker, type ProgressListener } from '../backup/progress';
import type { Repositories } from '../store/store';
import type { CoreCaller } from './core-caller';
import { dispatch, logErrorSafely, type ErrorLogger } from './dispatch';
import { HorizonKeeper } from '../sessions/horizon-keeper';
import { ReadinessStateCache } from '../volunteers/readiness-states';
import type { CallContext } from './handler-types';
import { VaultSession, type VaultSessionOptions } from './vault-session';

const IDLE_CHECK_MS = 15_000;

export interface CoreOptions extends VaultSessionOptions {
  logError?: ErrorLogger;
  /** Check for idle time and lock; off in tests that drive time themselves. */
  isIdleLockTimerOn?: boolean;
  /** Told each backup or restore step; the worker relays it to its host. */
  onProgress?: ProgressListener;
}

/** Answered ahead of the queue: a backup holds the queue for as long as it runs. */
const QUEUE_BYPASSING_METHODS: ReadonlySet<string> = new Set(['getBackupProgress']);

/** Services and store behind one `call`. Runs in the core worker; tests use it in-process. */
export class Core implements CoreCaller {
  readonly vault: VaultSession;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly idleTimer: NodeJS.Timeout | null;
  private readonly context: CallContext;
  private hasLocked = false;
  private readonly readinessStates = new ReadinessStateCache();
  private readonly horizon = new HorizonKeeper();

  constructor(private readonly options: CoreOptions) {
    this.vault = new VaultSession({
      ...options,
      onLocked: () => {
        this.hasLocked = true;
        this.readinessStates.clear();
        this.horizon.clear();
        options.onLocked?.();
      },
    });
    const vault = this.vault;
    const progress = new ProgressTracker(options.onProgress);
    this.context = {
      progress,
      get store() {
        return vault.store;
      },
      get user() {
        return vault.user;
      },
      vault,
      now: options.now ?? Date.now,
      readinessStates: this.readinessStates,
      write: async (audit, work) => {
        const result = await vault.store.transaction(async (repos: Repositories) => {
          let fields: readonly string[] = [];
          let action = audit.action;
          const result = await work(repos, {
            setFields: (names) => (fields = names),
            setAction: (name) => (action = name),
          });
          await repos.audit.record({
            userId: vault.user.id,
            action,
            entity: audit.entity,
            entityId: audit.entityId ? audit.entityId(result) : null,
            fields,
          });
          return result;
        });
        // The one place public data changes are seen, so no handler can forget the print station.
        if (changesPublicData(audit.entity, audit.action)) await this.publishPublicSnapshot();
        return result;
      },
    };
    this.idleTimer =
      options.isIdleLockTimerOn === false
        ? null
        : setInterval(() => {
            this.serially(() => this.vault.lockIfIdle()).catch((error: unknown) =>
              this.logError('idleLock', error),
            );
          }, IDLE_CHECK_MS);
    this.idleTimer?.unref();
  }

  /** Calls run one at a time, so a lock can never land in the middle of a write. */
  call(method: string, input: unknown): Promise<ApiResult<unknown>> {
    if (QUEUE_BYPASSING_METHODS.has(method)) return this.dispatch(method, input);
    return this.serially(() => this.dispatch(method, input));
  }

  /**
   * For a core that ends at lock: runs the call only if the vault has not locked since this
   * core started, else returns null without running it, for a fresh core to answer.
   */
  callUnlessLocked(method: string, input: unknown): Promise<ApiResult<unknown> | null> {
    return this.serially(() =>
      this.hasLocked ? Promise.resolve(null) : this.dispatch(method, input),
    );
  }

  async close(): Promise<void> {
    if (this.idleTimer) clearInterval(this.idleTimer);
    this.readinessStates.clear();
    await this.serially(() => this.vault.close());
  }

  private async dispatch(method: string, input: unknown): Promise<ApiResult<unknown>> {
    await this.keepHorizon();
    const result = await dispatch(method, input, this.context, this.logError);
    // At unlock too, so the file exists (and follows the setting) even before the first change.
    if (result.ok && SIGN_IN_METHODS.has(method)) await this.publishPublicSnapshot();
    return result;
  }

  /**
   * Before any call while someone is signed in. Never fails the call: sessions already stored
   * stay as they are, and the next call tries again.
   */
  private async keepHorizon(): Promise<void> {
    const user = this.vault.isUnlocked ? this.vault.currentUser : null;
    if (!user) return;
    let isNewDay = false;
    try {
      isNewDay = await this.horizon.ensure(this.vault.store, user, this.context.now());
    } catch (error) {
      this.logError('keepHorizon', error);
    }
    // A new day can start a new month, whose meetings the print station's calendar then needs.
    if (isNewDay) await this.publishPublicSnapshot();
  }

  private get logError(): ErrorLogger {
    return this.options.logError ?? logErrorSafely;
  }

  /**
   * Never fails the call: the change it follows is already committed. If the file cannot be
   * brought up to date, the stale one is removed, so reception never prints an outdated list.
   */
  private async publishPublicSnapshot(): Promise<void> {
    const { dataDir } = this.vault;
    try {
      await publishPublicSnapshot(dataDir, this.vault.store, new Date(this.context.now()));
    } catch (error) {
      this.logError('publishPublicSnapshot', error);
      try {
        removePublicSnapshot(dataDir);
      } catch (removeError) {
        this.logError('publishPublicSnapshot', removeError);
      }
    }
  }

  private serially<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }
}
