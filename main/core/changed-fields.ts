/**
 * The names of the fields whose values differ between two versions of a record, sorted, for
 * the audit log (which keeps names, never values). `before` is null for a new record: then
 * every field given a value counts as changed.
 */
export function changedFieldNames<T extends object>(before: T | null, after: T): string[] {
  const old = before as Readonly<Record<string, unknown>> | null;
  const now = after as Readonly<Record<string, unknown>>;
  const names = new Set([...Object.keys(old ?? {}), ...Object.keys(now)]);
  return [...names]
    .filter((name) => !BOOKKEEPING.has(name))
    .filter((name) =>
      old === null ? hasValue(now[name]) : JSON.stringify(old[name]) !== JSON.stringify(now[name]),
    )
    .sort();
}

/** Stamps every write changes: naming them would say nothing. */
const BOOKKEEPING = new Set(['createdAt', 'updatedAt']);

function hasValue(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return false;
  return !(Array.isArray(value) && value.length === 0);
}
