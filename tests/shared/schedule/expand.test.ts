import { expandSchedule, type ScheduleToExpand } from '../../../shared/schedule/expand';

// Every pattern the schedule editor offers, expanded in the organisation's zone, and the DST
// weeks where a hand-written "add seven days of milliseconds" would drift by an hour.

const schedule = (rrule: string, more: Partial<ScheduleToExpand> = {}): ScheduleToExpand => ({
  rrule,
  startTime: '18:30',
  durationMinutes: 90,
  startDate: '2026-01-01',
  endDate: null,
  ...more,
});

const datesOf = (
  rule: ScheduleToExpand,
  window: { from: string; to: string },
  zone = 'Europe/London',
) => expandSchedule(rule, zone, window).map((occurrence) => occurrence.date);

const WINTER = { from: '2026-01-01', to: '2026-03-01' };

describe('expanding a schedule', () => {
  it('meets every Monday', () => {
    expect(
      datesOf(schedule('FREQ=WEEKLY;BYDAY=MO'), { from: '2026-01-01', to: '2026-02-01' }),
    ).toEqual(['2026-01-05', '2026-01-12', '2026-01-19', '2026-01-26']);
  });

  it('meets every other Wednesday, counting the weeks from the start date', () => {
    expect(
      datesOf(schedule('FREQ=WEEKLY;INTERVAL=2;BYDAY=WE', { startDate: '2026-01-07' }), WINTER),
    ).toEqual(['2026-01-07', '2026-01-21', '2026-02-04', '2026-02-18']);
  });

  it('meets on the 2nd and 4th Tuesday of each month', () => {
    expect(datesOf(schedule('FREQ=MONTHLY;BYDAY=2TU,4TU'), WINTER)).toEqual([
      '2026-01-13',
      '2026-01-27',
      '2026-02-10',
      '2026-02-24',
    ]);
  });

  it('meets on the last Friday of each month', () => {
    expect(
      datesOf(schedule('FREQ=MONTHLY;BYDAY=-1FR'), { from: '2026-01-01', to: '2026-04-30' }),
    ).toEqual(['2026-01-30', '2026-02-27', '2026-03-27', '2026-04-24']);
  });

  it('meets monthly on a date', () => {
    expect(
      datesOf(schedule('FREQ=MONTHLY;BYMONTHDAY=15'), { from: '2026-01-01', to: '2026-04-30' }),
    ).toEqual(['2026-01-15', '2026-02-15', '2026-03-15', '2026-04-15']);
  });

  it('stops at the end date, which counts', () => {
    expect(datesOf(schedule('FREQ=WEEKLY;BYDAY=MO', { endDate: '2026-01-19' }), WINTER)).toEqual([
      '2026-01-05',
      '2026-01-12',
      '2026-01-19',
    ]);
  });

  it('stops after a count of meetings, counted from the start date whatever the window', () => {
    const course = schedule('FREQ=WEEKLY;BYDAY=MO;COUNT=3');
    expect(datesOf(course, WINTER)).toEqual(['2026-01-05', '2026-01-12', '2026-01-19']);
    expect(datesOf(course, { from: '2026-01-13', to: '2026-03-01' })).toEqual(['2026-01-19']);
  });

  it('takes the earlier of a count and an end date', () => {
    const course = schedule('FREQ=WEEKLY;BYDAY=MO;COUNT=3', { endDate: '2026-01-12' });
    expect(datesOf(course, WINTER)).toEqual(['2026-01-05', '2026-01-12']);
  });

  it('gives nothing before the start date, and nothing for a window before it', () => {
    const later = schedule('FREQ=WEEKLY;BYDAY=MO', { startDate: '2026-02-01' });
    expect(datesOf(later, { from: '2026-01-01', to: '2026-01-31' })).toEqual([]);
    expect(datesOf(later, WINTER)).toEqual([
      '2026-02-02',
      '2026-02-09',
      '2026-02-16',
      '2026-02-23',
    ]);
  });

  it('gives the end instant from the duration', () => {
    const [first] = expandSchedule(schedule('FREQ=WEEKLY;BYDAY=MO'), 'Europe/London', WINTER);
    expect(first).toEqual({
      date: '2026-01-05',
      localStart: '18:30',
      startsAt: '2026-01-05T18:30:00.000Z',
      endsAt: '2026-01-05T20:00:00.000Z',
    });
  });
});

describe('an 18:30 meeting across daylight-saving changes', () => {
  const daily = schedule('FREQ=DAILY');
  const instants = (zone: string, from: string, to: string) =>
    expandSchedule(daily, zone, { from, to }).map((o) => [o.date, o.localStart, o.startsAt]);

  it('stays at 18:30 in New York when the clocks go forward in March', () => {
    expect(instants('America/New_York', '2026-03-07', '2026-03-09')).toEqual([
      ['2026-03-07', '18:30', '2026-03-07T23:30:00.000Z'],
      ['2026-03-08', '18:30', '2026-03-08T22:30:00.000Z'],
      ['2026-03-09', '18:30', '2026-03-09T22:30:00.000Z'],
    ]);
  });

  it('stays at 18:30 in New York when the clocks go back in November', () => {
    expect(instants('America/New_York', '2026-10-31', '2026-11-02')).toEqual([
      ['2026-10-31', '18:30', '2026-10-31T22:30:00.000Z'],
      ['2026-11-01', '18:30', '2026-11-01T23:30:00.000Z'],
      ['2026-11-02', '18:30', '2026-11-02T23:30:00.000Z'],
    ]);
  });

  it('stays at 18:30 in London in the March and October change weeks', () => {
    expect(instants('Europe/London', '2026-03-28', '2026-03-29')).toEqual([
      ['2026-03-28', '18:30', '2026-03-28T18:30:00.000Z'],
      ['2026-03-29', '18:30', '2026-03-29T17:30:00.000Z'],
    ]);
    expect(instants('Europe/London', '2026-10-24', '2026-10-25')).toEqual([
      ['2026-10-24', '18:30', '2026-10-24T17:30:00.000Z'],
      ['2026-10-25', '18:30', '2026-10-25T18:30:00.000Z'],
    ]);
  });

  it('keeps a weekly meeting at 18:30 on the Tuesdays either side of the New York change', () => {
    const weekly = schedule('FREQ=WEEKLY;BYDAY=TU');
    expect(
      expandSchedule(weekly, 'America/New_York', { from: '2026-03-01', to: '2026-03-12' }).map(
        (o) => [o.localStart, o.startsAt],
      ),
    ).toEqual([
      ['18:30', '2026-03-03T23:30:00.000Z'],
      ['18:30', '2026-03-10T22:30:00.000Z'],
    ]);
  });
});
