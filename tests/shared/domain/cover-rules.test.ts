import {
  addMinutesToWallTime,
  coverageGapReason,
  fitsAvailability,
  isoWeekday,
  overlaps,
} from '../../../shared/domain/cover-rules';

const at = (start: string, end: string) => ({
  startsAt: `2026-06-16T${start}:00.000Z`,
  endsAt: `2026-06-16T${end}:00.000Z`,
});

describe('the cover rules', () => {
  it('counts sessions that touch as not overlapping, and any shared minute as overlapping', () => {
    expect(overlaps(at('17:00', '18:30'), at('18:30', '20:00'))).toBe(false);
    expect(overlaps(at('17:00', '18:31'), at('18:30', '20:00'))).toBe(true);
    expect(overlaps(at('17:00', '21:00'), at('18:00', '19:00'))).toBe(true);
  });

  it('fits a session into a weekly slot with both edges included', () => {
    const slots = [{ day: 2, from: '17:00', to: '21:00' }];
    const tuesday = (localStart: string, localEnd: string) => ({
      localDate: '2026-06-16',
      localStart,
      localEnd,
    });
    expect(fitsAvailability(slots, tuesday('17:00', '21:00'))).toBe(true);
    expect(fitsAvailability(slots, tuesday('16:59', '18:00'))).toBe(false);
    expect(fitsAvailability(slots, tuesday('20:00', '21:01'))).toBe(false);
    expect(fitsAvailability(slots, { ...tuesday('18:00', '19:00'), localDate: '2026-06-17' })).toBe(
      false,
    );
    expect(fitsAvailability([], tuesday('03:00', '04:00'))).toBe(true);
  });

  it('reads weekdays the ISO way and runs wall time past midnight out of every slot', () => {
    expect([isoWeekday('2026-06-15'), isoWeekday('2026-06-21')]).toEqual([1, 7]);
    expect(addMinutesToWallTime('23:30', 90)).toBe('25:00');
    expect(addMinutesToWallTime('18:30', 90)).toBe('20:00');
  });

  it('sees a gap with no lead, or with only leads who are not ready', () => {
    const lead = (state: 'ready' | 'expiring' | 'not_ready') => ({
      role: 'lead' as const,
      readiness: { state },
    });
    const co = { role: 'co' as const, readiness: { state: 'ready' as const } };
    expect(coverageGapReason([co])).toBe('no_lead');
    expect(coverageGapReason([lead('not_ready'), co])).toBe('lead_not_ready');
    expect(coverageGapReason([lead('expiring')])).toBeNull();
  });
});
