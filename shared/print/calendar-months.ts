// Months as the monthly calendar prints them (YYYY-MM), and the civil dates each one covers.
import { addDays, addMonths } from '../domain/civil-dates';

/** The first and last civil dates of a month (`2026-02` → 2026-02-01 … 2026-02-28). */
export function monthDates(month: string): { from: string; to: string } {
  const from = `${month}-01`;
  return { from, to: addDays(addMonths(from, 1), -1) };
}

/** The month a civil date falls in. */
export const monthOf = (date: string): string => date.slice(0, 7);

/** `count` months from `first` on, in order. */
export function monthsFrom(first: string, count: number): string[] {
  return Array.from({ length: count }, (_, index) => monthOf(addMonths(`${first}-01`, index)));
}

/** Every month from `first` to `last` (inclusive); none when `last` comes first. */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  for (let month = first; month <= last; month = monthOf(addMonths(`${month}-01`, 1))) {
    months.push(month);
  }
  return months;
}

/**
 * The dates whose meetings a printout of `months` can show: from the first month's first day to
 * the last month's last day, and never past `horizonEnd`, the last date sessions exist for.
 */
export function sessionWindowOf(
  months: { first: string; last: string },
  horizonEnd: string,
): { from: string; to: string } {
  const { to } = monthDates(months.last);
  return { from: monthDates(months.first).from, to: to < horizonEnd ? to : horizonEnd };
}
