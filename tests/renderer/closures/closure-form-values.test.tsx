import { closureInputSchema } from '../../../shared/domain/closures';
import {
  closureFormErrors,
  emptyClosureValues,
  valuesToClosureInput,
} from '../../../renderer/closures/closure-form-values';
import {
  sessionToPlaceValues,
  valuesToPlace,
} from '../../../renderer/sessions/exceptions/session-place-values';

// What the closure and session-place forms hand to the core.

describe('the closure form', () => {
  const values = { ...emptyClosureValues('2026-12-24'), reason: 'Holiday' };

  it('closes the whole centre unless one location is chosen', () => {
    expect(valuesToClosureInput({ ...values, locationId: '3' })).toMatchObject({
      locationId: null,
    });
    expect(valuesToClosureInput({ ...values, scope: 'location', locationId: '3' })).toEqual({
      startsOn: '2026-12-24',
      endsOn: '2026-12-24',
      locationId: 3,
      reason: 'Holiday',
    });
  });

  it('asks for the location when "one location" has none chosen, instead of closing everything', () => {
    const oneLocation = { ...values, scope: 'location' as const };
    expect(closureFormErrors(oneLocation)).toEqual([
      { path: 'locationId', messageKey: 'validation.required' },
    ]);
    expect(closureFormErrors(values)).toEqual([]);
    expect(closureInputSchema.safeParse(valuesToClosureInput(values)).success).toBe(true);
  });
});

describe('the session place form', () => {
  it('turns an empty location into online and an empty length into "not given"', () => {
    expect(
      valuesToPlace({
        date: '2026-12-10',
        startTime: '18:30',
        durationMinutes: ' ',
        locationId: '',
        room: '',
      }),
    ).toEqual({
      date: '2026-12-10',
      startTime: '18:30',
      durationMinutes: undefined,
      locationId: null,
      room: '',
    });
  });

  it('starts a move from where and when the session meets now', () => {
    const place = sessionToPlaceValues({
      localDate: '2026-12-10',
      localStart: '18:30',
      durationMinutes: 90,
      locationId: 2,
      room: 'Room 3',
    } as Parameters<typeof sessionToPlaceValues>[0]);
    expect(place).toEqual({
      date: '2026-12-10',
      startTime: '18:30',
      durationMinutes: '90',
      locationId: '2',
      room: 'Room 3',
    });
  });
});
