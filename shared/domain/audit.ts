import { z } from 'zod';
import { civilDate, id } from './fields';

export const AUDIT_PAGE_SIZES = [25, 50, 100] as const;

export const listAuditLogInputSchema = z.strictObject({
  userId: id.nullable().default(null),
  entity: z.string().max(60).nullable().default(null),
  action: z.string().max(60).nullable().default(null),
  /** Entries from the start of this day, in the organisation's time zone. */
  fromDate: civilDate.nullable().default(null),
  /** Entries up to the end of this day, in the organisation's time zone. */
  toDate: civilDate.nullable().default(null),
  page: z.number().int().min(1).max(1_000_000).default(1),
  limit: z.literal(AUDIT_PAGE_SIZES).default(50),
});
export type AuditLogFilters = z.output<typeof listAuditLogInputSchema>;

/** One entry as an admin reads it: who, what, which record, which fields; never a value. */
export interface AuditLogEntry {
  id: number;
  at: string;
  userId: number | null;
  /** The user's display name now, or null for entries made by nobody signed in. */
  userName: string | null;
  action: string;
  entity: string;
  entityId: number | null;
  fields: string[];
}

export interface AuditLogPage {
  entries: AuditLogEntry[];
  /** Entries that match the filters, over all pages. */
  total: number;
  page: number;
  limit: number;
  /** Every entity and action named in the log, for the filter lists. */
  entities: string[];
  actions: string[];
}

export const AUDIT_BREAK_REASONS = ['changed', 'added', 'missing', 'outOfOrder'] as const;
export type AuditBreakReason = (typeof AUDIT_BREAK_REASONS)[number];

/** Where the chain first breaks: the entry, its time, the entry before it and what is wrong. */
export interface AuditBreak {
  id: number;
  at: string;
  previousId: number | null;
  reason: AuditBreakReason;
}

export interface AuditVerification {
  ok: boolean;
  /** Entries checked. */
  checked: number;
  firstBreak?: AuditBreak;
}

/** The catalogue key and parameters that say in words where the chain breaks. */
export function describeAuditBreak(
  found: AuditBreak,
  formatTime: (iso: string) => string,
): { key: string; params: Record<string, string | number> } {
  const reason =
    found.reason === 'missing' && found.previousId === null ? 'missingAtStart' : found.reason;
  return {
    key: `audit.break.${reason}`,
    params: { id: found.id, at: formatTime(found.at), previousId: found.previousId ?? '' },
  };
}
