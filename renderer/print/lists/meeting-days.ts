// The printed meeting list reads like a noticeboard: one section per weekday, earliest first.
import type { PublicGroup } from '../../../shared/domain/public-snapshot';
import { parseRrule, WEEKDAYS, type Weekday } from '../../../shared/schedule/rrule';

export interface MeetingDay {
  /** null: schedules that name no weekday (every few days, a day of the month). */
  day: Weekday | null;
  groups: PublicGroup[];
}

function weekdaysOf(group: PublicGroup): readonly Weekday[] {
  const rule = parseRrule(group.schedule.rrule);
  if (!rule) return [];
  if (rule.frequency === 'DAILY') return rule.interval === 1 ? WEEKDAYS : [];
  return [...new Set(rule.weekdays.map((w) => w.day))];
}

const byTimeThenName = (a: PublicGroup, b: PublicGroup) =>
  a.schedule.startTime.localeCompare(b.schedule.startTime) || a.name.localeCompare(b.name);

/** The seven days in the order a week is printed, from `firstDay` on. */
export function weekFrom(firstDay: Weekday): Weekday[] {
  const start = WEEKDAYS.indexOf(firstDay);
  return [...WEEKDAYS.slice(start), ...WEEKDAYS.slice(0, start)];
}

/**
 * Groups still meeting on `today` (a civil date, YYYY-MM-DD) by weekday, from `firstDay` on
 * (Monday unless the locale starts its week on another day); a group meeting on several days is
 * under each of them. Days with no group are left out.
 */
export function meetingDays(
  groups: readonly PublicGroup[],
  today: string,
  firstDay: Weekday = 'MO',
): MeetingDay[] {
  const current = groups.filter((g) => g.endDate === null || g.endDate >= today);
  const days: MeetingDay[] = [...weekFrom(firstDay), null].map((day) => ({
    day,
    groups: current.filter((g) => {
      const weekdays = weekdaysOf(g);
      return day === null ? weekdays.length === 0 : weekdays.includes(day);
    }),
  }));
  return days
    .filter((d) => d.groups.length > 0)
    .map((d) => ({ ...d, groups: [...d.groups].sort(byTimeThenName) }));
}
