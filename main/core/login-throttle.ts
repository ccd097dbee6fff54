import { AppError } from '../app-error';

/** Failures allowed before any waiting, then waits double up to a cap. */
const FREE_FAILURES = 2;
const FIRST_DELAY_MS = 1000;
const MAX_DELAY_MS = 60_000;

/**
 * Growing delays after wrong passwords or recovery keys. This only slows guessing through
 * the app; offline guessing against the key-slot file is what scrypt is for.
 */
export class LoginThrottle {
  private failures = 0;
  private nextAttemptAt = 0;

  constructor(private readonly now: () => number = Date.now) {}

  assertMayTry(): void {
    const waitMs = this.nextAttemptAt - this.now();
    if (waitMs > 0) {
      throw new AppError('TOO_MANY_ATTEMPTS', 'errors.TOO_MANY_ATTEMPTS', {
        seconds: Math.ceil(waitMs / 1000),
      });
    }
  }

  /** Records a failure and returns how long the next attempt must wait, in ms. */
  recordFailure(): number {
    this.failures += 1;
    const over = this.failures - FREE_FAILURES;
    const delay = over <= 0 ? 0 : Math.min(FIRST_DELAY_MS * 2 ** (over - 1), MAX_DELAY_MS);
    this.nextAttemptAt = this.now() + delay;
    return delay;
  }

  recordSuccess(): void {
    this.failures = 0;
    this.nextAttemptAt = 0;
  }
}
