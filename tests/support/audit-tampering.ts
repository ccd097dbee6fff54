import { createHash } from 'node:crypto';
import type { RawDatabase } from '../../main/store/database';

// What someone holding the raw database key could do to the audit log with a SQLCipher tool.
// Each one makes its change look as plausible as SQL alone allows (a fresh SHA-256, a copied link).

interface Row {
  id: number;
  prev_hash: string;
  hash: string;
}

const row = (db: RawDatabase, id: number) =>
  db.prepare('SELECT id, prev_hash, hash FROM audit_log WHERE id = ?').get(id) as Row;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Rewrites what an entry says, and gives it a recomputed plain hash. */
export function editEntry(db: RawDatabase, id: number): void {
  db.prepare(
    `UPDATE audit_log SET action = 'read', entity = 'audit_log', entity_id = NULL, hash = ?
     WHERE id = ?`,
  ).run(sha256(`edited ${id}`), id);
}

export function deleteEntry(db: RawDatabase, id: number): void {
  db.prepare('DELETE FROM audit_log WHERE id = ?').run(id);
}

/** Makes room after entry `id` and slips a made-up entry in, linked to the one before it. */
export function insertEntryAfter(db: RawDatabase, id: number): void {
  const before = row(db, id);
  db.prepare('UPDATE audit_log SET id = -id WHERE id > ?').run(id);
  db.prepare('UPDATE audit_log SET id = 1 - id WHERE id < 0').run();
  db.prepare(
    `INSERT INTO audit_log (id, at, user_id, action, entity, entity_id, fields, prev_hash, hash)
     VALUES (?, '2026-01-01T00:00:00.000Z', 1, 'delete', 'group', 1, '[]', ?, ?)`,
  ).run(id + 1, before.hash, sha256('inserted'));
}

/** Swaps the places of two entries, each keeping its own content, link and tag. */
export function swapEntries(db: RawDatabase, a: number, b: number): void {
  db.prepare('UPDATE audit_log SET id = -1 WHERE id = ?').run(a);
  db.prepare('UPDATE audit_log SET id = ? WHERE id = ?').run(a, b);
  db.prepare('UPDATE audit_log SET id = ? WHERE id = -1').run(b);
}

/** Rebuilds the whole chain with plain SHA-256 over each entry, as SQL tools alone could. */
export function rechainWithPlainHash(db: RawDatabase): void {
  const rows = db.prepare('SELECT * FROM audit_log ORDER BY id').all() as Record<string, unknown>[];
  let previous = 'genesis';
  for (const entry of rows) {
    const hash = sha256(JSON.stringify({ ...entry, prev_hash: previous, hash: undefined }));
    db.prepare('UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?').run(
      previous,
      hash,
      entry.id,
    );
    previous = hash;
  }
}
