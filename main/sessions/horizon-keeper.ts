import { todayIn } from '../../shared/domain/civil-dates';
import type { Store } from '../store/store';
import type { SessionUser } from '../../shared/domain/vault';
import { fillHorizon } from './generate';

/**
 * Keeps sessions existing up to the rolling horizon without anyone asking: the first call of
 * each day fills in what is missing. It remembers the store and the day it last did so, so every
 * other call costs one comparison; the day is also kept in the database, so unlocking again the
 * same day does not expand 300 schedules again (1.4 s at a large centre). Nothing is lost by
 * skipping: every change that adds sessions (a new or reactivated group, a schedule edit, a
 * longer horizon) fills its own at once.
 */
export class HorizonKeeper {
  private filled: { store: Store; today: string } | null = null;

  /** Returns whether it filled the horizon now (the day's first run), false when already done. */
  async ensure(store: Store, user: SessionUser, now: number): Promise<boolean> {
    const timeZone = await store.organisation.timeZone();
    const today = todayIn(timeZone, now);
    if (this.filled?.store === store && this.filled.today === today) return false;
    if ((await store.organisation.horizonFilledOn()) === today) {
      this.filled = { store, today };
      return false;
    }
    await store.transaction(async (repos) => {
      const added = await fillHorizon(repos, { today, timeZone });
      // Audited only when it added something, so the log is not one line per sign-in.
      if (added > 0) {
        await repos.audit.record({
          userId: user.id,
          action: 'generate',
          entity: 'session',
          entityId: null,
          fields: [],
        });
      }
      await repos.organisation.setHorizonFilledOn(today);
    });
    this.filled = { store, today };
    return true;
  }

  /** At lock: the next store opened is filled again. */
  clear(): void {
    this.filled = null;
  }
}
