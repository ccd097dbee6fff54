import { calendarDays, calendarWeeks } from '../../../../renderer/print/lists/calendar-days';
import { meetingDays } from '../../../../renderer/print/lists/meeting-days';
import {
  firstDayOfWeek,
  matchingGroups,
  placesOf,
} from '../../../../renderer/print/lists/public-filters';
import { publicGroup as group, publicSnapshot } from '../../support/public-data';

const weekly = (byDay: string, startTime: string) => ({
  rrule: `FREQ=WEEKLY;BYDAY=${byDay}`,
  startTime,
  durationMinutes: 60,
});

describe('meetingDays', () => {
  it('puts each group under every weekday it meets, earliest first, and leaves ended groups out', () => {
    const days = meetingDays(
      [
        group({ name: 'Late', schedule: weekly('MO,TH', '19:00') }),
        group({
          name: 'Early',
          schedule: { rrule: 'FREQ=MONTHLY;BYDAY=1TH', startTime: '10:00', durationMinutes: 60 },
        }),
        group({ name: 'Ended', endDate: '2026-11-29' }),
        group({
          name: 'Every few days',
          schedule: { rrule: 'FREQ=DAILY;INTERVAL=3', startTime: '09:00', durationMinutes: 60 },
        }),
      ],
      '2026-11-30',
    );
    expect(days.map((d) => [d.day, d.groups.map((g) => g.name)])).toEqual([
      ['MO', ['Late']],
      ['TH', ['Early', 'Late']],
      [null, ['Every few days']],
    ]);
  });

  it('starts the week on the locale’s first day: Sunday in the United States', () => {
    expect(firstDayOfWeek('en-US')).toBe('SU');
    expect(firstDayOfWeek('en-GB')).toBe('MO');
    const groups = [
      group({ name: 'Sunday', schedule: weekly('SU', '10:00') }),
      group({ name: 'Monday', schedule: weekly('MO', '10:00') }),
    ];
    expect(meetingDays(groups, '2026-11-30', 'SU').map((d) => d.day)).toEqual(['SU', 'MO']);
    expect(meetingDays(groups, '2026-11-30').map((d) => d.day)).toEqual(['MO', 'SU']);
  });
});

describe('the place and focus filters', () => {
  const groups = [
    group({ name: 'Hall grief', location: { name: 'Main Hall', address: '1 Road', room: '' } }),
    group({ name: 'Online grief', format: 'online', location: null }),
    group({
      name: 'Annex carers',
      focus: 'caregivers',
      location: { name: 'Annex', address: '2 Lane', room: '' },
    }),
  ];

  it('numbers the places by name and keeps the groups that meet there and have that focus', () => {
    expect(placesOf(groups).map((p) => [p.id, p.name])).toEqual([
      [1, 'Annex'],
      [2, 'Main Hall'],
    ]);
    expect(matchingGroups(groups, { locationId: 2 })).toEqual([true, false, false]);
    expect(matchingGroups(groups, { focus: 'grief' })).toEqual([true, true, false]);
    expect(matchingGroups(groups, {})).toEqual([true, true, true]);
  });

  it('shows nothing for a place that is no longer listed, rather than every place', () => {
    expect(matchingGroups(groups, { locationId: 9 })).toEqual([false, false, false]);
  });
});

describe('the monthly calendar', () => {
  it('lays a month out in weeks from the locale’s first day, with blank cells around it', () => {
    // 1 December 2026 is a Tuesday; the 31st a Thursday.
    const weeks = calendarWeeks('2026-12', 'MO');
    expect(weeks).toHaveLength(5);
    expect(weeks[0]).toEqual([
      null,
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
      '2026-12-05',
      '2026-12-06',
    ]);
    expect(weeks[4]).toEqual([
      '2026-12-28',
      '2026-12-29',
      '2026-12-30',
      '2026-12-31',
      null,
      null,
      null,
    ]);
    expect(calendarWeeks('2026-12', 'SU')[0]!.slice(0, 3)).toEqual([null, null, '2026-12-01']);
  });

  it('puts each shown group’s meetings and each closure on its days', () => {
    const data = publicSnapshot([group({ name: 'A' }), group({ name: 'B' })], {
      sessions: [
        {
          group: 0,
          date: '2026-12-03',
          occurrenceDate: '2026-12-03',
          startTime: '19:00',
          endTime: '20:00',
          isCancelled: false,
          closure: '',
        },
        {
          group: 1,
          date: '2026-12-03',
          occurrenceDate: '2026-12-03',
          startTime: '20:00',
          endTime: '21:00',
          isCancelled: false,
          closure: '',
        },
        {
          group: 0,
          date: '2027-01-07',
          occurrenceDate: '2027-01-07',
          startTime: '19:00',
          endTime: '20:00',
          isCancelled: false,
          closure: '',
        },
      ],
      closures: [{ startsOn: '2026-12-24', endsOn: '2026-12-26', reason: 'Holidays', place: null }],
    });
    const days = calendarDays(data, '2026-12', [true, false]);
    expect(days.size).toBe(31);
    expect(days.get('2026-12-03')!.meetings.map((m) => m.group)).toEqual([0]);
    expect(
      ['2026-12-23', '2026-12-24', '2026-12-26', '2026-12-27'].map(
        (d) => days.get(d)!.closures.length,
      ),
    ).toEqual([0, 1, 1, 0]);
  });
});
