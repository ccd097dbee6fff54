import { nextCivilDay, startOfCivilDay, wallTimeAt } from '../../../shared/domain/zoned-time';

describe('startOfCivilDay', () => {
  it.each([
    ['2026-11-30', 'Europe/London', '2026-11-30T00:00:00.000Z'],
    ['2026-07-01', 'Europe/London', '2026-06-30T23:00:00.000Z'],
    ['2026-03-29', 'Europe/London', '2026-03-29T00:00:00.000Z'],
    ['2026-10-25', 'Europe/London', '2026-10-24T23:00:00.000Z'],
    ['2026-11-30', 'America/Mexico_City', '2026-11-30T06:00:00.000Z'],
    ['2026-11-30', 'Asia/Kolkata', '2026-11-29T18:30:00.000Z'],
    ['2026-11-30', 'UTC', '2026-11-30T00:00:00.000Z'],
  ])('gives the instant %s begins in %s', (date, zone, instant) => {
    expect(startOfCivilDay(date, zone)).toBe(instant);
  });
});

describe('nextCivilDay', () => {
  it('crosses the ends of months and years, and leap days', () => {
    expect(nextCivilDay('2026-11-30')).toBe('2026-12-01');
    expect(nextCivilDay('2026-12-31')).toBe('2027-01-01');
    expect(nextCivilDay('2028-02-28')).toBe('2028-02-29');
  });
});

describe('wallTimeAt', () => {
  it.each([
    ['2026-11-30T20:00:00.000Z', 'Europe/London', '20:00'],
    ['2026-07-01T19:00:00.000Z', 'Europe/London', '20:00'],
    ['2026-11-30T23:30:00.000Z', 'Asia/Kolkata', '05:00'],
    ['2026-11-30T00:15:00.000Z', 'UTC', '00:15'],
  ])('reads %s on the wall clock of %s as %s', (instant, zone, time) => {
    expect(wallTimeAt(instant, zone)).toBe(time);
  });
});
