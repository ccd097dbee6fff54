// The monthly calendar's days: weeks of seven cells from the locale's first weekday, and each
// day's meetings and closures, narrowed by the place and kind of group chosen.
import type {
  PublicClosure,
  PublicSession,
  PublicSnapshot,
} from '../../../shared/domain/public-snapshot';
import { monthDates } from '../../../shared/print/calendar-months';
import { addDays } from '../../../shared/domain/civil-dates';
import { WEEKDAYS, type Weekday } from '../../../shared/schedule/rrule';
import { weekFrom } from './meeting-days';

export interface CalendarDay {
  date: string;
  meetings: PublicSession[];
  closures: PublicClosure[];
}

/** Monday 0 … Sunday 6. */
function weekdayIndex(date: string): number {
  return (new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7;
}

/** The month's dates as weeks of seven cells; null where a cell falls in another month. */
export function calendarWeeks(month: string, firstDay: Weekday): (string | null)[][] {
  const { from, to } = monthDates(month);
  const order = weekFrom(firstDay).map((day) => WEEKDAYS.indexOf(day));
  const lead = order.indexOf(weekdayIndex(from));
  const cells: (string | null)[] = Array.from({ length: lead }, () => null);
  for (let date = from; date <= to; date = addDays(date, 1)) cells.push(date);
  while (cells.length % 7 !== 0) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, week) => cells.slice(week * 7, week * 7 + 7));
}

/**
 * Each date of `month` with its meetings (of the groups `isShown` keeps, by position) and the
 * closures on it. One pass over the data, not one per day: a month holds over a thousand
 * meetings in a large centre.
 */
export function calendarDays(
  data: PublicSnapshot,
  month: string,
  isShown: readonly boolean[],
): Map<string, CalendarDay> {
  const { from, to } = monthDates(month);
  const days = new Map<string, CalendarDay>();
  for (let date = from; date <= to; date = addDays(date, 1)) {
    days.set(date, {
      date,
      meetings: [],
      closures: data.closures.filter((c) => c.startsOn <= date && c.endsOn >= date),
    });
  }
  for (const session of data.sessions) {
    if (isShown[session.group]) days.get(session.date)?.meetings.push(session);
  }
  return days;
}
