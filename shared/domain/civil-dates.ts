// Civil dates (`YYYY-MM-DD`) as the organisation's calendar sees them. Pure arithmetic on
// the date's own fields, so no time zone or daylight-saving change can shift a day.

function parts(date: string): [number, number, number] {
  return date.split('-').map(Number) as [number, number, number];
}

function format(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Adds calendar months, keeping the day or the month's last day (31 Jan + 1 → 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = parts(date);
  const index = year * 12 + (month - 1) + months;
  const newYear = Math.floor(index / 12);
  const newMonth = (index % 12) + 1;
  return format(newYear, newMonth, Math.min(day, daysInMonth(newYear, newMonth)));
}

export function addDays(date: string, days: number): string {
  const [year, month, day] = parts(date);
  const moved = new Date(Date.UTC(year, month - 1, day + days));
  return format(moved.getUTCFullYear(), moved.getUTCMonth() + 1, moved.getUTCDate());
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const [y1, m1, d1] = parts(from);
  const [y2, m2, d2] = parts(to);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000);
}

// Building a formatter costs far more than using one, and lists of sessions ask for today
// several times a call: one formatter per zone, kept.
const todayFormats = new Map<string, Intl.DateTimeFormat>();

/** Today's date in a time zone: a centre in Auckland and one in Lima do not share a today. */
export function todayIn(timeZone: string, now: number = Date.now()): string {
  let format = todayFormats.get(timeZone);
  if (format === undefined) {
    // en-CA formats as YYYY-MM-DD.
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    todayFormats.set(timeZone, format);
  }
  return format.format(now);
}

/**
 * Orders ISO dates and UTC instants ("2026-03-01", "2026-03-01T09:30:00.000Z") by their text,
 * which is their order in time. Not localeCompare: that asks the collator for every pair, which
 * made sorting a fortnight's cover conflicts a tenth of the call.
 */
export function compareIso(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
