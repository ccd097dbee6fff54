import { periodDates, roundHours } from '../../../shared/domain/hours';

// The period picker's presets: whole calendar months and years around today, both ends included.

describe('periodDates', () => {
  it('covers this month and last month from the first to the last day', () => {
    expect(periodDates('thisMonth', '2026-03-15')).toEqual({
      from: '2026-03-01',
      to: '2026-03-31',
    });
    expect(periodDates('lastMonth', '2026-03-31')).toEqual({
      from: '2026-02-01',
      to: '2026-02-28',
    });
    expect(periodDates('lastMonth', '2024-03-01')).toEqual({
      from: '2024-02-01',
      to: '2024-02-29',
    });
  });

  it('crosses the year for last month in January', () => {
    expect(periodDates('lastMonth', '2026-01-10')).toEqual({
      from: '2025-12-01',
      to: '2025-12-31',
    });
  });

  it('covers this year and last year', () => {
    expect(periodDates('thisYear', '2026-12-31')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(periodDates('lastYear', '2026-01-01')).toEqual({ from: '2025-01-01', to: '2025-12-31' });
  });

  it('leaves a custom period to the person', () => {
    expect(periodDates('custom', '2026-06-15')).toBeNull();
  });
});

describe('roundHours', () => {
  it('rounds sums to hundredths so 0.1 + 0.2 reads 0.3', () => {
    expect(roundHours(0.1 + 0.2)).toBe(0.3);
  });
});
