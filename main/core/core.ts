import type { ApiResult } from '../../shared/api/errors';
import { ProgressTracker, type ProgressListener } from '../backup/progress';
import type { Repositories } from '../store/store';
import type { CoreCaller } from './core-caller';
import { dispatch, logErrorSafely, type ErrorLogger } from './dispatch';
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

  constructor(private readonly options: CoreOptions) {
    this.vault = new VaultSession({
      ...options,
      onLocked: () => {
        this.hasLocked = true;
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
      write: (audit, work) =>
        vault.store.transaction(async (repos: Repositories) => {
          let fields: readonly string[] = [];
          const result = await work(repos, { setFields: (names) => (fields = names) });
          await repos.audit.record({
            userId: vault.user.id,
            action: audit.action,
            entity: audit.entity,
            entityId: audit.entityId ? audit.entityId(result) : null,
            fields,
          });
          return result;
        }),
    };
    this.idleTimer =
      options.isIdleLockTimerOn === false
        ? null
        : setInterval(() => {
            this.serially(() => this.vault.lockIfIdle()).catch((error: unknown) =>
              (options.logError ?? logErrorSafely)('idleLock', error),
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
    await this.serially(() => this.vault.close());
  }

  private dispatch(method: string, input: unknown): Promise<ApiResult<unknown>> {
    return dispatch(method, input, this.context, this.options.logError ?? logErrorSafely);
  }

  private serially<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }
}
