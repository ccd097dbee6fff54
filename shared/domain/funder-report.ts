// The funder report (DESIGN §5.8, issue 11): sessions held and cancelled, attendance and
// newcomers per group, volunteer hours, for a period of civil dates (both included, read on the
// session's own local date, as volunteer hours are). Incidents are restricted (issue 10): the
// report holds nothing of them, not even a count.
import { z } from 'zod';
import { addDays, addMonths } from './civil-dates';
import { civilDate } from './fields';
import type { GroupFocus } from './groups';
import { roundHours } from './hours';

/** The longest period one report covers: enough for a multi-year grant, small enough to draw. */
export const FUNDER_REPORT_MAX_YEARS = 3;

/** The last day a report starting on `from` may reach. */
export const latestFunderReportEnd = (from: string): string =>
  addDays(addMonths(from, 12 * FUNDER_REPORT_MAX_YEARS), -1);

export const funderReportInputSchema = z
  .strictObject({ from: civilDate, to: civilDate })
  .refine((p) => p.to >= p.from, { path: ['to'], error: 'validation.endBeforeStart' })
  .refine((p) => p.to <= latestFunderReportEnd(p.from), {
    path: ['to'],
    error: 'validation.periodTooLong',
  });

/**
 * The period the report opens on: the last full calendar year. Funders and annual returns ask
 * for years far more often than for quarters, and a full year shows the seasons (summer breaks,
 * holiday closures) that a quarter hides; another period is two dates away.
 */
export function defaultFunderPeriod(today: string): { from: string; to: string } {
  const year = String(Number(today.slice(0, 4)) - 1).padStart(4, '0');
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

export interface FunderReportTotals {
  sessionsHeld: number;
  sessionsCancelled: number;
  /** Of the cancelled ones, those a closure (holiday, building shut) cancelled. */
  cancelledByClosure: number;
  /** Sessions that have ended but are still "scheduled": nobody recorded what happened. */
  sessionsUnrecorded: number;
  /** The sum of the held sessions' headcounts (anonymous counts: people may come often). */
  attendance: number;
  newcomers: number;
  /** Distinct groups with at least one session held. */
  groupsMet: number;
  volunteerHours: number;
  /** Distinct volunteers with hours recorded on a held session. */
  volunteersGivingTime: number;
}

export interface FunderReportGroup {
  groupId: number;
  name: string;
  focus: GroupFocus;
  held: number;
  cancelled: number;
  attendance: number;
  /** Attendance per held session, to one decimal; null when none was held. */
  averageAttendance: number | null;
  newcomers: number;
  hours: number;
}

export interface FunderReportMonth {
  /** YYYY-MM. */
  month: string;
  held: number;
  cancelled: number;
  attendance: number;
  newcomers: number;
  hours: number;
}

export interface FunderReport {
  from: string;
  to: string;
  totals: FunderReportTotals;
  /** Groups with a session held, cancelled or left unrecorded in the period, by name. */
  groups: FunderReportGroup[];
  /** Every month the period touches, oldest first, with zeros where nothing happened. */
  months: FunderReportMonth[];
}

/** What the sessions of one group in one month add up to (one row of the store's query). */
export interface SessionCountRow {
  groupId: number;
  month: string;
  held: number;
  cancelled: number;
  cancelledByClosure: number;
  unrecorded: number;
  attendance: number;
  newcomers: number;
}

/** Unrounded hours given to one group's held sessions in one month. */
export interface HoursCountRow {
  groupId: number;
  month: string;
  hours: number;
}

export interface FunderReportParts {
  period: { from: string; to: string };
  sessions: readonly SessionCountRow[];
  hours: readonly HoursCountRow[];
  groups: readonly { id: number; name: string; focus: GroupFocus }[];
  volunteersGivingTime: number;
}

/**
 * A period as the whole months it covers (the first and last YYYY-MM, or null when it covers
 * none) and the days before and after them: the whole months' figures are kept per month, the
 * other days are added up from their sessions. 15 Jan – 10 Mar: February whole, 15–31 Jan and
 * 1–10 Mar in part.
 */
export function wholeMonthsOf(period: { from: string; to: string }): {
  wholeMonths: { first: string; last: string } | null;
  partial: { from: string; to: string }[];
} {
  const { from, to } = period;
  const firstDay = from.endsWith('-01') ? from : addMonths(`${from.slice(0, 7)}-01`, 1);
  const dayAfter = addDays(to, 1);
  // The first day after the whole months (the 1st of to's month, unless to ends its month).
  const end = dayAfter.endsWith('-01') ? dayAfter : `${to.slice(0, 7)}-01`;
  if (firstDay >= end) return { wholeMonths: null, partial: [{ from, to }] };
  const partial: { from: string; to: string }[] = [];
  if (from < firstDay) partial.push({ from, to: addDays(firstDay, -1) });
  if (end <= to) partial.push({ from: end, to });
  return {
    wholeMonths: { first: firstDay.slice(0, 7), last: addDays(end, -1).slice(0, 7) },
    partial,
  };
}

/** Every YYYY-MM from the month of `from` to the month of `to`. */
export function monthsOf(from: string, to: string): string[] {
  const months: string[] = [];
  for (let day = `${from.slice(0, 7)}-01`; day <= to; day = addMonths(day, 1)) {
    months.push(day.slice(0, 7));
  }
  return months;
}

const sumOf = <T>(rows: readonly T[], pick: (row: T) => number) =>
  rows.reduce((sum, row) => sum + pick(row), 0);

/** Groups the store's rows by a key, in a map (a key without rows is absent). */
function byKey<T>(rows: readonly T[], key: (row: T) => string | number): Map<string | number, T[]> {
  const map = new Map<string | number, T[]>();
  for (const row of rows) {
    const list = map.get(key(row));
    if (list) list.push(row);
    else map.set(key(row), [row]);
  }
  return map;
}

/**
 * The report from its aggregate rows: totals, one row per group, one per month. Hours are summed
 * unrounded and rounded once per figure (as volunteer hours are), so rows and total agree.
 */
export function assembleFunderReport(parts: FunderReportParts): FunderReport {
  const { sessions, hours } = parts;
  const sessionsByGroup = byKey(sessions, (row) => row.groupId);
  const hoursByGroup = byKey(hours, (row) => row.groupId);
  const sessionsByMonth = byKey(sessions, (row) => row.month);
  const hoursByMonth = byKey(hours, (row) => row.month);
  const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

  const groups = parts.groups
    .map((group) => {
      const rows = sessionsByGroup.get(group.id) ?? [];
      const held = sumOf(rows, (row) => row.held);
      const attendance = sumOf(rows, (row) => row.attendance);
      return {
        groupId: group.id,
        name: group.name,
        focus: group.focus,
        held,
        cancelled: sumOf(rows, (row) => row.cancelled),
        unrecorded: sumOf(rows, (row) => row.unrecorded),
        attendance,
        averageAttendance: held === 0 ? null : Math.round((attendance / held) * 10) / 10,
        newcomers: sumOf(rows, (row) => row.newcomers),
        hours: roundHours(sumOf(hoursByGroup.get(group.id) ?? [], (row) => row.hours)),
      };
    })
    .filter((group) => group.held + group.cancelled + group.unrecorded > 0)
    .sort((a, b) => collator.compare(a.name, b.name) || a.groupId - b.groupId)
    .map(({ unrecorded: _unrecorded, ...group }) => group);

  const months = monthsOf(parts.period.from, parts.period.to).map((month) => {
    const rows = sessionsByMonth.get(month) ?? [];
    return {
      month,
      held: sumOf(rows, (row) => row.held),
      cancelled: sumOf(rows, (row) => row.cancelled),
      attendance: sumOf(rows, (row) => row.attendance),
      newcomers: sumOf(rows, (row) => row.newcomers),
      hours: roundHours(sumOf(hoursByMonth.get(month) ?? [], (row) => row.hours)),
    };
  });

  return {
    ...parts.period,
    totals: {
      sessionsHeld: sumOf(sessions, (row) => row.held),
      sessionsCancelled: sumOf(sessions, (row) => row.cancelled),
      cancelledByClosure: sumOf(sessions, (row) => row.cancelledByClosure),
      sessionsUnrecorded: sumOf(sessions, (row) => row.unrecorded),
      attendance: sumOf(sessions, (row) => row.attendance),
      newcomers: sumOf(sessions, (row) => row.newcomers),
      groupsMet: new Set(sessions.filter((row) => row.held > 0).map((row) => row.groupId)).size,
      volunteerHours: roundHours(sumOf(hours, (row) => row.hours)),
      volunteersGivingTime: parts.volunteersGivingTime,
    },
    groups,
    months,
  };
}
