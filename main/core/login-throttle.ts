import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { AppError } from '../app-error';
import { readKeySlotFile } from '../vault/keyslots';
import { writeFileAtomic } from '../vault/atomic-file';
import { vaultPaths } from '../vault/vault';

/** Failures allowed before any waiting, then waits double up to a cap. */
const FREE_FAILURES = 2;
const FIRST_DELAY_MS = 1000;
const MAX_DELAY_MS = 60_000;
/** A name nobody has mistyped for a day is forgotten, and the file never holds more than this. */
const FORGET_AFTER_MS = 24 * 60 * 60_000;
const MAX_ENTRIES = 500;

export const THROTTLE_FILE = 'login-throttle.json';

/** Whose attempts are counted: each username apart, and the recovery key on its own. */
export type ThrottleSubject = { username: string } | 'recoveryKey';

const entrySchema = z.object({
  failures: z.number().int().nonnegative(),
  nextAttemptAt: z.number(),
  lastFailureAt: z.number(),
});
type Entry = z.infer<typeof entrySchema>;
const fileSchema = z.object({ version: z.literal(1), entries: z.record(z.string(), entrySchema) });

/**
 * Growing delays after wrong passwords or recovery keys, per username, kept in the data folder so
 * a restart does not reset them. This only slows guessing through the app; offline guessing
 * against the key-slot file is what scrypt is for. Usernames are stored only as an HMAC keyed
 * with the database id, so the file lists nobody.
 */
export class LoginThrottle {
  private entries: Map<string, Entry> | null = null;

  constructor(
    private readonly dataDir: string,
    private readonly now: () => number = Date.now,
  ) {}

  assertMayTry(subject: ThrottleSubject): void {
    const entry = this.load().get(this.keyOf(subject));
    // A clock set back, or a hand-edited file, never makes anyone wait more than the cap.
    const waitMs = Math.min(entry ? entry.nextAttemptAt - this.now() : 0, MAX_DELAY_MS);
    if (waitMs > 0) {
      throw new AppError('TOO_MANY_ATTEMPTS', 'errors.TOO_MANY_ATTEMPTS', {
        seconds: Math.ceil(waitMs / 1000),
      });
    }
  }

  /** Records a failure and returns how long the next attempt must wait, in ms. */
  recordFailure(subject: ThrottleSubject): number {
    const entries = this.load();
    const key = this.keyOf(subject);
    const time = this.now();
    const failures = Math.min((entries.get(key)?.failures ?? 0) + 1, 64);
    const over = failures - FREE_FAILURES;
    const delay = over <= 0 ? 0 : Math.min(FIRST_DELAY_MS * 2 ** (over - 1), MAX_DELAY_MS);
    entries.delete(key);
    entries.set(key, { failures, nextAttemptAt: time + delay, lastFailureAt: time });
    this.save();
    return delay;
  }

  recordSuccess(subject: ThrottleSubject): void {
    if (this.load().delete(this.keyOf(subject))) this.save();
  }

  private keyOf(subject: ThrottleSubject): string {
    const name = subject === 'recoveryKey' ? 'recovery-key' : `user:${subject.username}`;
    const { databaseId } = readKeySlotFile(vaultPaths(this.dataDir).keySlots);
    return createHmac('sha256', databaseId)
      .update(`circlekeeper-throttle:${name.trim().toLowerCase()}`)
      .digest('hex');
  }

  private get file(): string {
    return path.join(this.dataDir, THROTTLE_FILE);
  }

  /** A missing or damaged file counts as no failures: it must never lock everybody out. */
  private load(): Map<string, Entry> {
    if (this.entries) return this.entries;
    let parsed: z.infer<typeof fileSchema> | undefined;
    try {
      parsed = fileSchema.safeParse(JSON.parse(readFileSync(this.file, 'utf8'))).data;
    } catch {
      // Missing or not JSON: the same as empty.
    }
    this.entries = new Map(Object.entries(parsed?.entries ?? {}));
    return this.entries;
  }

  /** Best effort: on a full or read-only disk the delays still hold in memory until restart. */
  private save(): void {
    const entries = this.load();
    const cutoff = this.now() - FORGET_AFTER_MS;
    for (const [key, entry] of entries) if (entry.lastFailureAt < cutoff) entries.delete(key);
    // The map keeps insertion order and a failure re-inserts its entry, so the oldest go first.
    for (const key of [...entries.keys()].slice(0, Math.max(0, entries.size - MAX_ENTRIES))) {
      entries.delete(key);
    }
    const content = { version: 1, entries: Object.fromEntries(entries) };
    try {
      writeFileAtomic(this.file, `${JSON.stringify(content)}\n`);
    } catch (error) {
      console.error(
        `circlekeeper: login throttle not saved (${(error as { code?: string }).code})`,
      );
    }
  }
}
