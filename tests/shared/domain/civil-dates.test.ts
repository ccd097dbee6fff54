import {
  addDays,
  addMonths,
  compareIso,
  daysBetween,
  todayIn,
} from '../../../shared/domain/civil-dates';

describe('civil dates', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2026-11-30', 12, '2027-11-30'],
    ['2026-11-15', 2, '2027-01-15'],
    ['2026-03-31', -1, '2026-02-28'],
  ])('%s plus %i months is %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it('adds days across months and years', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('counts whole days, whatever the clocks did in between', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-11-30', '2026-11-29')).toBe(-1);
  });

  it('gives each time zone its own today', () => {
    const instant = Date.UTC(2026, 10, 30, 23, 30);
    expect(todayIn('Europe/London', instant)).toBe('2026-11-30');
    expect(todayIn('Pacific/Auckland', instant)).toBe('2026-12-01');
    expect(todayIn('America/Lima', instant)).toBe('2026-11-30');
  });

  it('orders dates and UTC instants by time, the earlier first', () => {
    const instants = [
      '2026-03-01T09:30:00.000Z',
      '2025-12-31T23:59:59.999Z',
      '2026-03-01T09:29:59.000Z',
      '2026-03-01T09:30:00.000Z',
    ];
    expect([...instants].sort(compareIso)).toEqual([
      '2025-12-31T23:59:59.999Z',
      '2026-03-01T09:29:59.000Z',
      '2026-03-01T09:30:00.000Z',
      '2026-03-01T09:30:00.000Z',
    ]);
    expect(compareIso('2026-03-01', '2026-03-01')).toBe(0);
    expect(compareIso('2026-10-01', '2026-09-30')).toBeGreaterThan(0);
  });
});
