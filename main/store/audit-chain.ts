import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import type { AuditEntryContent as EntryContent } from '../../migrations';
import type { AuditBreak } from '../../shared/domain/audit';

/*
 * Why the audit log is chained, and what that does and does not catch.
 *
 * Each entry holds the tag of the entry before it (`prev_hash`) and a tag over its own content
 * and that link (`hash`): HMAC-SHA-256 under a key derived from the database key, held in memory
 * only while the database is open. So an entry edited, removed, added or moved in the file
 * breaks the chain at that point, and verifyAuditChain says where.
 *
 * - Without the database key, nobody can change a row at all: SQLCipher authenticates every
 *   page, so a changed byte is a damaged database, not a quiet edit.
 * - Inside the app, no method edits or deletes audit entries.
 * - Someone holding the raw database key (for example through `circlekeeper db-key` and the
 *   recovery key) can edit rows with SQLCipher tools. A plain SHA-256 chain they could simply
 *   recompute, even in a SQL console. The keyed tag needs the key bytes and this derivation too,
 *   which raises the bar, but a determined holder of the raw key can still rebuild the chain:
 *   the log is tamper-evident against casual editing, not proof against the key's holder.
 * - Removing the newest entries leaves a shorter chain that still holds: a chain alone cannot
 *   tell a truncated log from a young one.
 */

/** The link the first entry holds: there is no entry before it. */
export const GENESIS = 'genesis';

const AUDIT_KEY_INFO = 'circlekeeper audit log chain v1';

/** A separate key for the chain, so the tag reveals nothing about the database key itself. */
export function deriveAuditKey(databaseKey: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', databaseKey, Buffer.alloc(0), AUDIT_KEY_INFO, 32));
}

/** An entry as the chain sees it: every stored column, its own tag last. */
export type ChainedEntry = EntryContent & { hash: string };

/**
 * The tag of one entry. The content is encoded as a JSON array in a fixed order: the same
 * entry always gives the same bytes, and no value can run into the next one.
 */
export function entryTag(key: Buffer, entry: EntryContent): string {
  const canonical = JSON.stringify([
    entry.id,
    entry.at,
    entry.user_id,
    entry.action,
    entry.entity,
    entry.entity_id,
    entry.fields,
    entry.prev_hash,
  ]);
  return createHmac('sha256', key).update(canonical, 'utf8').digest('hex');
}

function isGenuine(key: Buffer, entry: ChainedEntry): boolean {
  const expected = Buffer.from(entryTag(key, entry), 'hex');
  const stored = Buffer.from(entry.hash, 'hex');
  return stored.length === expected.length && timingSafeEqual(stored, expected);
}

/**
 * Walks the entries in id order and returns the first place the chain breaks, or null when
 * it holds. The reason is a best reading of what happened, checked in this order:
 * - the entry links to one that is not just before it: entries were moved (`outOfOrder`);
 * - its tag does not match: it was changed, or, when the next entry links past it, added;
 * - it links to an entry that is not there: entries were removed (`missing`).
 */
export function findChainBreak(key: Buffer, entries: readonly ChainedEntry[]): AuditBreak | null {
  const positionOfTag = new Map(entries.map((entry, index) => [entry.hash, index]));
  for (const [index, entry] of entries.entries()) {
    const previous = index > 0 ? entries[index - 1]! : null;
    const expectedLink = previous?.hash ?? GENESIS;
    const at = { id: entry.id, at: entry.at, previousId: previous?.id ?? null };
    const linkedPosition = positionOfTag.get(entry.prev_hash);
    if (entry.prev_hash !== expectedLink && linkedPosition !== undefined) {
      return { ...at, reason: 'outOfOrder' };
    }
    if (!isGenuine(key, entry)) {
      const next = entries[index + 1];
      const isSkipped = next !== undefined && next.prev_hash === expectedLink;
      return { ...at, reason: isSkipped ? 'added' : 'changed' };
    }
    if (entry.prev_hash !== expectedLink) return { ...at, reason: 'missing' };
  }
  return null;
}
