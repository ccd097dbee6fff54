import type { Store } from '../store/store';
import { recordSchemaVersion, removePasswordSlots } from '../vault/vault';

/**
 * What each sign-in tidies in the key-slot file.
 * - Key-slot changes and user rows live in two files that no transaction spans. A slot is added
 *   before its row becomes active and removed after its row stops being active, so a crash
 *   between the two leaves at worst a slot whose row is not active: every sign-in removes those.
 * - An unlock that opened the database has migrated it: its schema version is recorded, so the
 *   sign-in screen knows whether the next unlock updates the data first.
 * A read-only folder must not stop the sign-in; the next one tries again.
 */
export async function upkeepKeySlots(
  store: Store,
  dataDir: string,
  { hasOpenedDatabase }: { hasOpenedDatabase: boolean },
): Promise<void> {
  const users = await store.users.list();
  const active = new Set(users.filter((u) => !u.isDisabled).map((u) => u.username));
  const disabled = new Set(users.filter((u) => u.isDisabled).map((u) => u.username));
  try {
    removePasswordSlots(
      dataDir,
      (username) => !active.has(username),
      (username) => disabled.has(username),
    );
    if (hasOpenedDatabase) recordSchemaVersion(dataDir);
  } catch {
    // Tried again at the next sign-in.
  }
}
