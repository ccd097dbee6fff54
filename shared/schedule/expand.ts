import { RRuleTemporal } from 'rrule-temporal';

// A group's schedule turned into dated meetings, in the organisation's time zone, by a
// maintained RFC 5545 library (rrule-temporal, on Temporal): the wall-clock time stays put
// across DST changes, and no date maths is written here.

export interface ScheduleToExpand {
  rrule: string;
  /** HH:MM on the organisation's wall clock. */
  startTime: string;
  durationMinutes: number;
  /** Civil dates: the schedule's first possible day, and its last (inclusive) or none. */
  startDate: string;
  endDate: string | null;
}

export interface Occurrence {
  /** The civil date in the organisation's zone. */
  date: string;
  /** HH:MM on that date's wall clock. */
  localStart: string;
  /** UTC instants, ISO. */
  startsAt: string;
  endsAt: string;
}

const compact = (date: string) => date.replaceAll('-', '');

/** The DTSTART line and the rule, as iCalendar writes them (the rule stored is canonical). */
function ruleText(schedule: ScheduleToExpand, timeZone: string): string {
  const time = `${schedule.startTime.replace(':', '')}00`;
  return `DTSTART;TZID=${timeZone}:${compact(schedule.startDate)}T${time}\nRRULE:${schedule.rrule}`;
}

/**
 * The occurrences whose civil date lies in [from, to] (inclusive), never before the schedule's
 * start date nor after its end date. COUNT in the rule counts from the start date, so a course
 * of eight meetings stays eight whatever window is asked for.
 */
export function expandSchedule(
  schedule: ScheduleToExpand,
  timeZone: string,
  window: { from: string; to: string },
): Occurrence[] {
  const from = window.from > schedule.startDate ? window.from : schedule.startDate;
  const to =
    schedule.endDate !== null && schedule.endDate < window.to ? schedule.endDate : window.to;
  if (to < from) return [];
  const rule = new RRuleTemporal({ rruleString: ruleText(schedule, timeZone) });
  // A day of margin either side: the window is in civil dates, the library filters instants.
  const after = new Date(`${from}T00:00:00Z`);
  after.setUTCDate(after.getUTCDate() - 1);
  const before = new Date(`${to}T00:00:00Z`);
  before.setUTCDate(before.getUTCDate() + 2);
  const durationMs = schedule.durationMinutes * 60_000;
  return rule
    .between(after, before, true)
    .map((start) => {
      const startsAt = new Date(start.epochMilliseconds);
      return {
        date: start.toPlainDate().toString(),
        localStart: start.toPlainTime().toString().slice(0, 5),
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + durationMs).toISOString(),
      };
    })
    .filter((occurrence) => occurrence.date >= from && occurrence.date <= to);
}
