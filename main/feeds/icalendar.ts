// The public groups as an iCalendar file (RFC 5545), written with ical-generator: one recurring
// event per group in the organisation's zone, its cancelled meetings as EXDATE and its moved
// ones as RECURRENCE-ID overrides, for the meetings the public snapshot covers.
import ical, { type ICalCalendar } from 'ical-generator';
import { addDays } from '../../shared/domain/civil-dates';
import type { PublicGroup, PublicSnapshot } from '../../shared/domain/public-snapshot';
import { meetingSlug } from '../../shared/feeds/meeting-guide';
import { addToWallTime } from '../../shared/feeds/wall-time';
import { parseRrule, formatRrule } from '../../shared/schedule/rrule';
import { expandSchedule, type Occurrence } from '../../shared/schedule/expand';
import { vtimezone } from './vtimezone';

/** How many years past the snapshot's date the VTIMEZONE spells out the zone's changes. */
const ZONE_YEARS_AHEAD = 10;

/** Words the file carries, in the language asked for. */
export interface CalendarWords {
  /** Said of a group that meets online only: its link is given by its contact. */
  onlineOnly: string;
  /** The location of a group that meets online only. */
  online: string;
  /** Labels, in the description, of the online link and dial-in a group chose to publish. */
  link: string;
  dialIn: string;
}

const local = (date: string, time: string) => `${date}T${time}:00`;

/**
 * The TZID the file names the zone by. ical-generator takes 'UTC' to mean "no zone" and writes
 * floating times (each reader's own clock); 'Etc/UTC' is the same zone under a name it keeps.
 */
const tzidOf = (timeZone: string) => (timeZone === 'UTC' ? 'Etc/UTC' : timeZone);

const scheduleOf = (group: PublicGroup) => ({
  ...group.schedule,
  startDate: group.startDate,
  endDate: group.endDate,
});

/** The schedule's first meeting: DTSTART must be one, or it counts as an extra one. */
function firstOccurrence(group: PublicGroup, timeZone: string): Occurrence | undefined {
  for (const days of [40, 400, 1600]) {
    const to = addDays(group.startDate, days);
    const found = expandSchedule(scheduleOf(group), timeZone, {
      from: group.startDate,
      to,
    })[0];
    if (found) return found;
  }
  return undefined;
}

/** The rule as written, bounded by the group's end date (UNTIL its last meeting, in UTC). */
function ruleFor(group: PublicGroup, timeZone: string): string | null {
  const rule = parseRrule(group.schedule.rrule)!;
  if (group.endDate === null) return formatRrule(rule);
  const last = expandSchedule(scheduleOf(group), timeZone, {
    from: group.startDate,
    to: group.endDate,
  }).at(-1);
  if (!last) return null;
  const until = last.startsAt.replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');
  return `${formatRrule({ ...rule, count: undefined })};UNTIL=${until}`;
}

/** The end of a meeting starting at `time` on `date`: past midnight, the next day. */
function endOf(date: string, time: string, endTime: string): string {
  return local(endTime <= time ? addDays(date, 1) : date, endTime);
}

function placeOf(group: PublicGroup, words: CalendarWords): string {
  if (group.format === 'online') return words.online;
  if (!group.location) return '';
  const room = group.room || group.location.room;
  return [group.location.name, room, group.location.address].filter(Boolean).join(', ');
}

/** Its public description, then how to join: the published link and dial-in, or who to ask. */
function descriptionOf(group: PublicGroup, words: CalendarWords): string {
  const joining = [
    group.onlineLink ? `${words.link}: ${group.onlineLink}` : '',
    group.dialIn ? `${words.dialIn}: ${group.dialIn}` : '',
  ]
    .filter(Boolean)
    .join('\n');
  const howToJoin = joining || (group.format === 'online' ? words.onlineOnly : '');
  return [group.publicDescription, howToJoin].filter(Boolean).join('\n\n');
}

function addGroup(
  calendar: ICalCalendar,
  snapshot: PublicSnapshot,
  position: number,
  words: CalendarWords,
): void {
  const group = snapshot.groups[position]!;
  const timeZone = snapshot.organisation.timeZone;
  const first = firstOccurrence(group, timeZone);
  const rule = ruleFor(group, timeZone);
  if (!first || !rule) return;
  const { startTime, durationMinutes } = group.schedule;
  const endTime = addToWallTime(startTime, durationMinutes);
  const uid = `${meetingSlug(snapshot.organisation.name, 0)}-group-${group.id}@circlekeeper`;
  const sessions = snapshot.sessions.filter((session) => session.group === position);
  const exdates = sessions
    .filter((s) => s.isCancelled && s.occurrenceDate !== null)
    .map((s) => `${s.occurrenceDate!.replaceAll('-', '')}T${startTime.replace(':', '')}00`);
  const common = {
    summary: group.name,
    timezone: tzidOf(timeZone),
    stamp: snapshot.writtenAt,
    location: placeOf(group, words) || null,
    url: group.onlineLink ?? null,
    description: descriptionOf(group, words) || null,
  };
  calendar.createEvent({
    ...common,
    id: uid,
    start: local(first.date, startTime),
    end: endOf(first.date, startTime, endTime),
    // As a string, the stored rule is written as it is (ical-generator's object form has no
    // monthly "second Tuesday"); EXDATE lines follow it in the same block.
    repeating: [
      `RRULE:${rule}`,
      ...exdates.map((stamp) => `EXDATE;TZID=${tzidOf(timeZone)}:${stamp}`),
    ].join('\n'),
  });
  for (const session of sessions) {
    if (session.isCancelled) continue;
    const isMoved =
      session.occurrenceDate !== null &&
      (session.date !== session.occurrenceDate || session.startTime !== startTime);
    if (session.occurrenceDate !== null && !isMoved) continue;
    calendar.createEvent({
      ...common,
      id: session.occurrenceDate === null ? `extra-${session.date}-${uid}` : uid,
      start: local(session.date, session.startTime),
      end: endOf(session.date, session.startTime, session.endTime),
      ...(session.occurrenceDate === null
        ? {}
        : { recurrenceId: local(session.occurrenceDate, startTime) }),
    });
  }
}

/** The .ics text of every public group, or of the one whose record number is `groupId`. */
export function buildPublicCalendar(
  snapshot: PublicSnapshot,
  words: CalendarWords,
  groupId?: number,
): string {
  const { timeZone, name } = snapshot.organisation;
  const years = snapshot.groups.map((group) => Number(group.startDate.slice(0, 4)));
  const thisYear = Number(snapshot.writtenAt.slice(0, 4));
  const fromYear = Math.min(thisYear, ...years);
  const calendar = ical({
    name,
    prodId: { company: 'Circlekeeper', product: 'Circlekeeper', language: 'EN' },
    timezone: {
      name: tzidOf(timeZone),
      generator: (zone) => vtimezone(zone, fromYear, thisYear + ZONE_YEARS_AHEAD),
    },
  });
  snapshot.groups.forEach((group, position) => {
    if (groupId === undefined || group.id === groupId)
      addGroup(calendar, snapshot, position, words);
  });
  return calendar.toString();
}
