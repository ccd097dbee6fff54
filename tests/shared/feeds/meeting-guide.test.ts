import {
  buildMeetingGuideFeed,
  meetingGuideText,
  MEETING_GUIDE_TYPES,
} from '../../../shared/feeds/meeting-guide';
import { publicGroup, publicSnapshot } from '../../renderer/support/public-data';

const SNAPSHOT = publicSnapshot([
  publicGroup({
    id: 3,
    name: 'Café Grief Circle',
    languages: ['en', 'es', 'ar'],
    accessibility: 'Step-free entrance, wheelchair accessible toilet',
    publicContactName: 'Maria Lopez',
  }),
  publicGroup({
    id: 4,
    name: 'Café Grief Circle',
    isOpenToNewcomers: false,
    schedule: { rrule: 'FREQ=WEEKLY;BYDAY=MO,WE', startTime: '23:30', durationMinutes: 60 },
  }),
  publicGroup({ id: 5, name: 'مجموعة الدعم' }),
  publicGroup({
    id: 6,
    schedule: { rrule: 'FREQ=MONTHLY;BYDAY=2TU', startTime: '10:00', durationMinutes: 60 },
  }),
  publicGroup({ id: 8, format: 'online', location: null }),
]);

const feed = buildMeetingGuideFeed(SNAPSHOT);
const meetings = JSON.parse(meetingGuideText(feed)) as Record<string, unknown>[];

describe('the Meeting Guide feed', () => {
  it('lists weekly groups with an address and counts the ones it leaves out', () => {
    expect(meetings.map((m) => m.name)).toEqual([
      'Café Grief Circle',
      'Café Grief Circle',
      'مجموعة الدعم',
    ]);
    expect(feed.leftOut).toEqual({ notWeekly: 1, onlineOnly: 1 });
  });

  it('gives every meeting a unique, URL-safe slug of at most 64 characters', () => {
    const slugs = meetings.map((m) => m.slug as string);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    for (const slug of slugs) expect(slug.length).toBeLessThanOrEqual(64);
    expect(slugs).toEqual(['cafe-grief-circle-3', 'cafe-grief-circle-4', 'group-5']);
  });

  it('writes days 0–6 from Sunday and HH:MM times, wrapping past midnight', () => {
    for (const m of meetings) {
      for (const day of [m.day].flat()) expect([0, 1, 2, 3, 4, 5, 6]).toContain(day);
      expect(m.time).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
      expect(m.end_time).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
    }
    expect(meetings[0]).toMatchObject({ day: 4, time: '19:00', end_time: '20:30' });
    expect(meetings[1]).toMatchObject({ day: [1, 3], time: '23:30', end_time: '00:30' });
  });

  it('uses only type codes from the spec’s list, mapped from access, languages and openness', () => {
    for (const m of meetings) {
      for (const type of m.types as string[]) expect(MEETING_GUIDE_TYPES).toContain(type);
    }
    expect(meetings[0]!.types).toEqual(['O', 'EN', 'S', 'X']);
    expect(meetings[1]!.types).toEqual(['C', 'EN']);
  });

  it('gives every meeting an address, its zone and an updated time in the spec’s format', () => {
    for (const m of meetings) {
      expect(m.formatted_address).toBe('1 River Road');
      expect(m.timezone).toBe('Europe/London');
      expect(m.updated).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    }
    expect(meetings[0]).toMatchObject({ location: 'Main Hall', updated: '2026-11-02 09:30:00' });
  });

  it('holds no contact person’s name', () => {
    expect(meetingGuideText(feed)).not.toContain('Lopez');
    expect(meetingGuideText(feed)).not.toContain('Maria');
  });

  describe('with online links some groups chose to publish', () => {
    const online = buildMeetingGuideFeed(
      publicSnapshot([
        publicGroup({
          id: 20,
          name: 'Online Carers',
          format: 'online',
          location: null,
          room: '',
          onlineLink: 'https://meet.example.org/carers',
          dialIn: '+44 20 7946 0000 pin 1234',
        }),
        publicGroup({
          id: 21,
          name: 'Hybrid Grief',
          format: 'hybrid',
          onlineLink: 'https://meet.example.org/grief',
        }),
        publicGroup({
          id: 22,
          name: 'Phone Circle',
          format: 'online',
          location: null,
          dialIn: '0800 123 456',
        }),
        // A plain-http link is not a conference_url: with nothing else, it is left out.
        publicGroup({
          id: 23,
          name: 'Old Link',
          format: 'online',
          location: null,
          onlineLink: 'http://meet.example.org/old',
        }),
        publicGroup({ id: 24, name: 'Unpublished', format: 'online', location: null }),
      ]),
    );
    const listed = JSON.parse(meetingGuideText(online)) as Record<string, unknown>[];

    it('lists an online-only group with its link, and leaves out the ones with none to give', () => {
      expect(listed.map((m) => m.name)).toEqual(['Online Carers', 'Hybrid Grief', 'Phone Circle']);
      expect(online.leftOut).toEqual({ notWeekly: 0, onlineOnly: 2 });
      expect(listed[0]).toMatchObject({
        conference_url: 'https://meet.example.org/carers',
        conference_phone: '+442079460000',
        conference_phone_notes: '+44 20 7946 0000 pin 1234',
      });
      expect(listed[0]).not.toHaveProperty('formatted_address');
      expect(listed[0]).not.toHaveProperty('location');
      expect(listed[2]).toMatchObject({ conference_phone: '0800123456' });
      expect(listed[2]).not.toHaveProperty('conference_phone_notes');
    });

    it('keeps a hybrid group’s address beside its link', () => {
      expect(listed[1]).toMatchObject({
        formatted_address: '1 River Road',
        location: 'Main Hall',
        conference_url: 'https://meet.example.org/grief',
      });
    });

    it('gives every meeting an address or a conference link, links as https, phones as digits', () => {
      for (const m of [...listed, ...meetings]) {
        expect(
          Boolean(m.formatted_address) || Boolean(m.conference_url ?? m.conference_phone),
        ).toBe(true);
        if (m.conference_url !== undefined) expect(m.conference_url).toMatch(/^https:\/\/\S+$/);
        if (m.conference_phone !== undefined) expect(m.conference_phone).toMatch(/^\+?\d+$/);
        for (const type of m.types as string[]) expect(MEETING_GUIDE_TYPES).toContain(type);
      }
      expect(meetings.some((m) => 'conference_url' in m || 'conference_phone' in m)).toBe(false);
    });
  });
});
