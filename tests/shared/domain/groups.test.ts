import { groupInputSchema } from '../../../shared/domain/groups';
import { toFieldErrors } from '../../../shared/validation';

const pathsOf = (input: unknown) => {
  const result = groupInputSchema.safeParse(input);
  return result.success ? [] : toFieldErrors(result.error).map((e) => `${e.path} ${e.messageKey}`);
};

describe('group rules that read several fields', () => {
  const online = {
    name: 'Evening Circle',
    focus: 'grief',
    format: 'online',
    schedule: { rrule: 'FREQ=WEEKLY;BYDAY=MO', startTime: '19:00', durationMinutes: 90 },
    startDate: '2026-01-05',
  };

  it('reports a missing link in the same pass as a missing name', () => {
    expect(pathsOf({ ...online, name: '' })).toEqual(
      expect.arrayContaining(['name validation.required', 'onlineLink validation.onlineNeedsLink']),
    );
  });

  it('reports a missing location and an end before the start alongside a bad time', () => {
    const input = {
      ...online,
      format: 'in_person',
      endDate: '2025-12-01',
      schedule: { ...online.schedule, startTime: '25:00' },
    };
    expect(pathsOf(input)).toEqual(
      expect.arrayContaining([
        'schedule.startTime validation.time',
        'locationId validation.needsLocation',
        'endDate validation.endBeforeStart',
      ]),
    );
  });

  it('does not run a rule on a field that is itself invalid', () => {
    const input = {
      ...online,
      onlineLink: 'https://meet.example.org/x',
      startDate: 'soon',
      endDate: '2026-01-01',
    };
    expect(pathsOf(input)).toEqual(['startDate validation.date']);
  });

  it('stores the schedule rule in one canonical spelling', () => {
    const parsed = groupInputSchema.parse({
      ...online,
      onlineLink: 'https://meet.example.org/x',
      schedule: { ...online.schedule, rrule: 'rrule:byday=th,mo;freq=weekly;interval=1' },
    });
    expect(parsed.schedule.rrule).toBe('FREQ=WEEKLY;BYDAY=MO,TH');
  });
});
