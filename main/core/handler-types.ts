import type { MethodName, MethodOutput, MethodParsedInput } from '../../shared/api/contract';
import type { AuditAction, AuditEntity } from '../../shared/domain/audit-names';
import type { SessionUser } from '../../shared/domain/vault';
import type { ProgressTracker } from '../backup/progress';
import type { Repositories, Store } from '../store/store';
import type { ReadinessStateCache } from '../volunteers/readiness-states';
import type { VaultSession } from './vault-session';

/** What every handler can reach. Dispatch has checked access before a handler runs. */
export interface CallContext {
  /** The open store; throws LOCKED when the database is closed. */
  readonly store: Store;
  /** The signed-in user; throws NOT_AUTHENTICATED when nobody is. */
  readonly user: SessionUser;
  readonly vault: VaultSession;
  /** The clock (tests drive it): readiness and expiry depend on what day it is. */
  now(): number;
  /** Every volunteer's readiness state, kept between calls until a write, a new day or lock. */
  readonly readinessStates: ReadinessStateCache;
  /** The running backup or restore reports its steps here (answered outside the call queue). */
  readonly progress: ProgressTracker;
  /**
   * Runs `work` in one transaction and records who did what in the audit log with it. `work`
   * names the fields it changed through `audit.setFields` (see core/changed-fields.ts).
   */
  write<T>(
    audit: { action: AuditAction; entity: AuditEntity; entityId?: (result: T) => number | null },
    work: (repositories: Repositories, audit: AuditDraft) => Promise<T>,
  ): Promise<T>;
}

/** What a write tells the audit entry about itself while it runs. */
export interface AuditDraft {
  /** Field names only: the audit log never holds a value. */
  setFields(names: readonly string[]): void;
  /** Replaces the action when what happened is only known inside the write (an override). */
  setAction(action: AuditAction): void;
}

export type Handler<M extends MethodName> = (
  input: MethodParsedInput<M>,
  context: CallContext,
) => Promise<MethodOutput<M>>;

export type Handlers<M extends MethodName> = { [K in M]: Handler<K> };
