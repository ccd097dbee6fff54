// The Meeting Guide feed (code4recovery spec, github.com/code4recovery/spec): a JSON array of
// weekly meetings that meeting-finder apps and websites import. Built from the public snapshot
// alone, so nothing the print station may not show can reach it; contact names are left out
// (the spec: "no last names").
import type { PublicGroup, PublicSnapshot } from '../domain/public-snapshot';
import { parseRrule, WEEKDAYS, type Weekday } from '../schedule/rrule';
import { addToWallTime } from './wall-time';

/** The spec's meeting type codes (its "Meeting Types" table): no other code may be written. */
export const MEETING_GUIDE_TYPES = [
  '11', '12x12', 'A', 'ABSI', 'AL', 'AL-AN', 'AM', 'ASL', 'B', 'BA', 'BE', 'BI', 'BRK', 'C',
  'CAN', 'CF', 'D', 'DA', 'DB', 'DD', 'DE', 'DR', 'EL', 'EN', 'FA', 'FF', 'FR', 'G', 'GR', 'H',
  'HE', 'HI', 'HR', 'HU', 'ITA', 'JA', 'KOR', 'L', 'LGBTQ', 'LIT', 'LS', 'LT', 'M', 'MED', 'ML',
  'N', 'NB', 'NDG', 'NO', 'O', 'OUT', 'P', 'POA', 'POC', 'POL', 'POR', 'PUN', 'RUS', 'S', 'SEN',
  'SK', 'SM', 'SP', 'ST', 'SV', 'T', 'TC', 'TH', 'TL', 'TR', 'UK', 'W', 'X', 'XB', 'XT', 'Y',
] as const; // prettier-ignore
export type MeetingGuideType = (typeof MEETING_GUIDE_TYPES)[number];

/** Spoken languages (ISO 639) with a code of their own in the spec; others (Arabic) have none. */
const LANGUAGE_TYPES: Record<string, MeetingGuideType> = {
  am: 'AM', da: 'DA', de: 'DE', el: 'EL', en: 'EN', fa: 'FA', fr: 'FR', he: 'HE', hi: 'HI',
  hr: 'HR', hu: 'HU', it: 'ITA', ja: 'JA', ko: 'KOR', lt: 'LT', ml: 'ML', no: 'NO', pl: 'POL',
  pt: 'POR', pa: 'PUN', ru: 'RUS', es: 'S', sk: 'SK', sv: 'SV', th: 'TH', tl: 'TL', uk: 'UK',
}; // prettier-ignore

/** Wheelchair access named in a group's accessibility text, in the app's four languages. */
const WHEELCHAIR = /wheelchair|step-free|silla de ruedas|fauteuil roulant|كرسي متحرك/i;

/** Sunday is 0, as the spec counts. */
const SPEC_DAY: Record<Weekday, number> = { SU: 0, MO: 1, TU: 2, WE: 3, TH: 4, FR: 5, SA: 6 };

export interface MeetingGuideMeeting {
  slug: string;
  name: string;
  day: number | number[];
  time: string;
  end_time: string;
  timezone: string;
  types: MeetingGuideType[];
  location?: string;
  formatted_address?: string;
  conference_url?: string;
  conference_phone?: string;
  conference_phone_notes?: string;
  notes?: string;
  updated: string;
  entity: string;
  entity_email?: string;
  entity_phone?: string;
}

export interface MeetingGuideFeed {
  meetings: MeetingGuideMeeting[];
  /** Listed groups left out: not weekly, or with neither an address nor a published link. */
  leftOut: { notWeekly: number; onlineOnly: number };
}

/** The days of a plain weekly schedule (every week, no course length), else null. */
function weeklyDays(rrule: string): number[] | null {
  const rule = parseRrule(rrule);
  if (!rule || rule.frequency !== 'WEEKLY' || rule.interval !== 1 || rule.count !== undefined) {
    return null;
  }
  const days = WEEKDAYS.filter((day) => rule.weekdays.some((w) => w.day === day));
  return days.length > 0 ? days.map((day) => SPEC_DAY[day]) : null;
}

/** Lower-case ASCII letters, digits and hyphens; the group's record number makes it unique. */
export function meetingSlug(name: string, id: number): string {
  const words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50)
    .replace(/-+$/, '');
  return `${words || 'group'}-${id}`;
}

function typesOf(group: PublicGroup): MeetingGuideType[] {
  const types = new Set<MeetingGuideType>([group.isOpenToNewcomers ? 'O' : 'C']);
  for (const language of group.languages) {
    const code = LANGUAGE_TYPES[language.split('-')[0]!];
    if (code) types.add(code);
  }
  if (WHEELCHAIR.test(group.accessibility)) types.add('X');
  return [...types];
}

type Conference = Pick<
  MeetingGuideMeeting,
  'conference_url' | 'conference_phone' | 'conference_phone_notes'
>;

/** The first phone number in a dial-in text (`+44 20 7946 0000 pin 1234`), as digits. */
const PHONE_NUMBER = /\+?\d[\d\s().-]{4,}\d/;

/**
 * The spec's online meeting fields, from what the group chose to publish. The spec's
 * conference_phone is digits only (a leading +), so the dial-in text as typed, PIN included,
 * goes in its notes; a plain-http link is left out, as an app opens it without encryption.
 */
function conferenceOf(group: PublicGroup): Conference {
  const conference: Conference = {};
  if (group.onlineLink?.startsWith('https://')) conference.conference_url = group.onlineLink;
  const number = group.dialIn ? PHONE_NUMBER.exec(group.dialIn)?.[0] : undefined;
  if (number) {
    conference.conference_phone = number.replace(/(?!^\+)[^\d]/g, '');
    if (group.dialIn !== number) conference.conference_phone_notes = group.dialIn;
  }
  return conference;
}

/** `YYYY-MM-DD HH:MM:SS` in UTC, as the spec writes `updated`. */
const specTimestamp = (iso: string) => iso.replace('T', ' ').slice(0, 19);

export function buildMeetingGuideFeed(snapshot: PublicSnapshot): MeetingGuideFeed {
  const { organisation } = snapshot;
  const today = snapshot.writtenAt.slice(0, 10);
  const leftOut = { notWeekly: 0, onlineOnly: 0 };
  const meetings = snapshot.groups.flatMap((group): MeetingGuideMeeting[] => {
    if (group.endDate !== null && group.endDate < today) return [];
    const days = weeklyDays(group.schedule.rrule);
    if (!days) {
      leftOut.notWeekly += 1;
      return [];
    }
    // The spec: an online meeting needs a conference_url or conference_phone, an in-person one
    // an address. A group keeps its link unpublished unless it chose otherwise, so with no
    // address either the feed would list a meeting nobody can find.
    const conference = conferenceOf(group);
    const place = group.location?.address ? group.location : null;
    if (!place && Object.keys(conference).length === 0) {
      leftOut.onlineOnly += 1;
      return [];
    }
    const room = place ? group.room || place.room : '';
    const notes = [room, group.publicDescription, group.accessibility].filter(Boolean).join('\n');
    return [
      {
        slug: meetingSlug(group.name, group.id),
        name: group.name,
        day: days.length === 1 ? days[0]! : days,
        time: group.schedule.startTime,
        end_time: addToWallTime(group.schedule.startTime, group.schedule.durationMinutes),
        timezone: organisation.timeZone,
        types: typesOf(group),
        ...(place?.name ? { location: place.name } : {}),
        ...(place ? { formatted_address: place.address } : {}),
        ...conference,
        ...(notes ? { notes } : {}),
        updated: specTimestamp(group.updatedAt),
        entity: organisation.name,
        ...(organisation.email ? { entity_email: organisation.email } : {}),
        ...(organisation.phone ? { entity_phone: organisation.phone } : {}),
      },
    ];
  });
  return { meetings, leftOut };
}

export const meetingGuideText = (feed: MeetingGuideFeed) =>
  `${JSON.stringify(feed.meetings, null, 2)}\n`;
