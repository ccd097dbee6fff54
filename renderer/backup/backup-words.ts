import type { TFunction } from 'i18next';
import type { RowCounts } from '../../shared/domain/backup';
import { dateTimeFormat, numberFormat } from '../ui/intl-cache';

// A backup described in words a centre manager checks at a glance:
// "Verified ✓ 23 Nov 2026 14:05 · 312 groups · 5,004 volunteers · 151,220 sessions · 48 MB".

/** The tables a person recognises, in the order they are read out; others are left unsaid. */
const HEADLINE_TABLES = [
  ['support_group', 'backup.counts.groups'],
  ['volunteer', 'backup.counts.volunteers'],
  ['session', 'backup.counts.sessions'],
  ['location', 'backup.counts.locations'],
] as const;

export function formatBytes(bytes: number, locale: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return numberFormat(locale, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 && unit > 0 ? 1 : 0,
  }).format(value);
}

export function formatInstant(iso: string, locale: string): string {
  return dateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** "312 groups · 5,004 volunteers", for the tables present in `counts`. */
export function describeCounts(counts: RowCounts, t: TFunction): string[] {
  return HEADLINE_TABLES.filter(([table]) => table in counts).map(([table, key]) =>
    t(key, { count: counts[table] ?? 0 }),
  );
}

export function describeBackup(
  backup: { createdAt: string; counts: RowCounts; sizeBytes: number },
  t: TFunction,
  locale: string,
): string {
  return [
    t('backup.verifiedAt', { when: formatInstant(backup.createdAt, locale) }),
    ...describeCounts(backup.counts, t),
    formatBytes(backup.sizeBytes, locale),
  ].join(' · ');
}

/** Whole days since `iso`, never negative (a clock set back must not say "in 2 days"). */
export function daysSince(iso: string, now: number): number {
  return Math.max(0, Math.floor((now - Date.parse(iso)) / 86_400_000));
}
