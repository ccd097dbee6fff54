import ICAL from 'ical.js';
import { buildPublicCalendar } from '../../../main/feeds/icalendar';
import type { PublicSession } from '../../../shared/domain/public-snapshot';
import { publicGroup, publicSnapshot } from '../../renderer/support/public-data';

const WORDS = {
  onlineOnly: 'Meets online. Ask the group’s contact for the link.',
  online: 'Online',
  link: 'Join online',
  dialIn: 'Dial-in',
};

const session = (overrides: Partial<PublicSession>): PublicSession => ({
  group: 0,
  date: '2026-12-03',
  occurrenceDate: '2026-12-03',
  startTime: '19:00',
  endTime: '20:30',
  isCancelled: false,
  closure: '',
  ...overrides,
});

// Thursdays at 19:00 in London; 10 Dec cancelled, 17 Dec moved to Friday 18 Dec at 18:00.
const SNAPSHOT = publicSnapshot(
  [
    publicGroup({ id: 7, name: 'Thursday Grief Circle' }),
    publicGroup({
      id: 9,
      name: 'Carers Online',
      format: 'online',
      location: null,
      schedule: { rrule: 'FREQ=MONTHLY;BYDAY=2TU', startTime: '10:00', durationMinutes: 60 },
      startDate: '2026-01-01',
      endDate: '2027-06-30',
    }),
  ],
  {
    sessions: [
      session({ date: '2026-12-10', occurrenceDate: '2026-12-10', isCancelled: true }),
      session({
        date: '2026-12-18',
        occurrenceDate: '2026-12-17',
        startTime: '18:00',
        endTime: '19:30',
      }),
      session({ date: '2026-12-24', occurrenceDate: '2026-12-24' }),
    ],
  },
);

/** The file read back by ical.js: its VEVENTs, and the calendar with its VTIMEZONE. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const zone = calendar.getFirstSubcomponent('vtimezone');
  if (zone) ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  return { calendar, zone, events };
}

afterEach(() => ICAL.TimezoneService.reset());

describe('the public calendar (.ics)', () => {
  it('holds one recurring event per public group, with its rule and a stable UID', () => {
    const { events } = parse(buildPublicCalendar(SNAPSHOT, WORDS));
    const recurring = events.filter((event) => !event.isRecurrenceException());
    expect(recurring.map((event) => event.summary)).toEqual([
      'Thursday Grief Circle',
      'Carers Online',
    ]);
    expect(recurring[0]!.component.getFirstPropertyValue('rrule')!.toString()).toBe(
      'FREQ=WEEKLY;BYDAY=TH',
    );
    expect(recurring[0]!.uid).toBe('riverside-community-centre-0-group-7@circlekeeper');
    expect(parse(buildPublicCalendar(SNAPSHOT, WORDS)).events[0]!.uid).toBe(recurring[0]!.uid);
    expect(recurring[0]!.location).toBe('Main Hall, Room 2, 1 River Road');
  });

  it('starts on the first scheduled meeting and ends the rule at the group’s end date', () => {
    const { events } = parse(buildPublicCalendar(SNAPSHOT, WORDS));
    const online = events.find((event) => event.summary === 'Carers Online')!;
    // 1 January 2026 is a Thursday; the second Tuesday of January is the 13th.
    expect(online.startDate.toString()).toBe('2026-01-13T10:00:00');
    const rule = online.component.getFirstPropertyValue('rrule') as ICAL.Recur;
    expect(rule.until!.toJSDate().toISOString()).toBe('2027-06-08T09:00:00.000Z');
    expect(online.description).toBe(WORDS.onlineOnly);
    expect(online.location).toBe('Online');
    expect(online.component.getFirstPropertyValue('url')).toBeNull();
  });

  it('writes times in the organisation’s zone, with a VTIMEZONE that knows summer time', () => {
    const { zone, events } = parse(buildPublicCalendar(SNAPSHOT, WORDS));
    expect(zone!.getFirstPropertyValue('tzid')).toBe('Europe/London');
    const grief = events[0]!;
    expect(grief.startDate.zone!.tzid).toBe('Europe/London');
    const iterator = grief.iterator();
    const instants: string[] = [];
    for (let next = iterator.next(); next && instants.length < 30; next = iterator.next()) {
      instants.push(next.toJSDate().toISOString());
    }
    // 19:00 in London: 19:00 UTC in winter, 18:00 UTC in summer (BST).
    expect(instants).toContain('2026-01-08T19:00:00.000Z');
    expect(instants).toContain('2026-07-02T18:00:00.000Z');
  });

  it('leaves out cancelled meetings as EXDATE and moves a moved one with RECURRENCE-ID', () => {
    const { events } = parse(buildPublicCalendar(SNAPSHOT, WORDS));
    const grief = events[0]!;
    const exdates = grief.component
      .getAllProperties('exdate')
      .map((p) => (p.getFirstValue() as ICAL.Time).toString());
    expect(exdates).toEqual(['2026-12-10T19:00:00']);
    const overrides = events.filter((event) => event.isRecurrenceException());
    expect(overrides).toHaveLength(1);
    expect(overrides[0]!.uid).toBe(grief.uid);
    expect(overrides[0]!.recurrenceId.toString()).toBe('2026-12-17T19:00:00');
    expect(overrides[0]!.startDate.toString()).toBe('2026-12-18T18:00:00');
    expect(overrides[0]!.endDate.toString()).toBe('2026-12-18T19:30:00');
  });

  it('holds only the group asked for, from its page', () => {
    const { events } = parse(buildPublicCalendar(SNAPSHOT, WORDS, 9));
    expect(events.map((event) => event.summary)).toEqual(['Carers Online']);
  });

  it('gives the link and dial-in a group chose to publish as URL and in the description', () => {
    const published = publicSnapshot([
      publicGroup({
        id: 11,
        name: 'Hybrid Circle',
        format: 'hybrid',
        publicDescription: 'A gentle circle.',
        onlineLink: 'https://meet.example.org/hybrid',
        dialIn: '+44 20 7946 0000 pin 1234',
      }),
      publicGroup({
        id: 12,
        name: 'Online Circle',
        format: 'online',
        location: null,
        onlineLink: 'https://meet.example.org/online',
      }),
    ]);
    const [hybrid, online] = parse(buildPublicCalendar(published, WORDS)).events;
    expect(hybrid!.component.getFirstPropertyValue('url')).toBe('https://meet.example.org/hybrid');
    expect(hybrid!.location).toBe('Main Hall, Room 2, 1 River Road');
    expect(hybrid!.description).toBe(
      'A gentle circle.\n\nJoin online: https://meet.example.org/hybrid\n' +
        'Dial-in: +44 20 7946 0000 pin 1234',
    );
    expect(online!.component.getFirstPropertyValue('url')).toBe('https://meet.example.org/online');
    expect(online!.location).toBe('Online');
    expect(online!.description).toBe('Join online: https://meet.example.org/online');
  });

  it('names a UTC centre’s zone so that times are not read as each reader’s own clock', () => {
    const utc = publicSnapshot([publicGroup({ id: 7 })], {
      organisation: { ...SNAPSHOT.organisation, timeZone: 'UTC' },
      sessions: [session({ date: '2026-12-10', occurrenceDate: '2026-12-10', isCancelled: true })],
    });
    const text = buildPublicCalendar(utc, WORDS);
    expect(text).toContain('DTSTART;TZID=Etc/UTC:20260108T190000');
    expect(text).toContain('EXDATE;TZID=Etc/UTC:20261210T190000');
    const { zone, events } = parse(text);
    expect(zone!.getFirstPropertyValue('tzid')).toBe('Etc/UTC');
    expect(events[0]!.startDate.toJSDate().toISOString()).toBe('2026-01-08T19:00:00.000Z');
  });
});
