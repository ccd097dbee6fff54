import type { FieldError } from '../../shared/api/errors';
import type { ClosureInput } from '../../shared/domain/closures';

/** What the closure form holds: text, as the boxes give it. */
export interface ClosureFormValues {
  startsOn: string;
  endsOn: string;
  scope: 'centre' | 'location';
  locationId: string;
  reason: string;
}

export const emptyClosureValues = (today: string): ClosureFormValues => ({
  startsOn: today,
  endsOn: today,
  scope: 'centre',
  locationId: '',
  reason: '',
});

export function valuesToClosureInput(values: ClosureFormValues): ClosureInput {
  return {
    startsOn: values.startsOn,
    endsOn: values.endsOn,
    locationId:
      values.scope === 'centre' || values.locationId === '' ? null : Number(values.locationId),
    reason: values.reason,
  };
}

/** "One location" with none chosen would quietly close the whole centre: say so instead. */
export function closureFormErrors(values: ClosureFormValues): FieldError[] {
  return values.scope === 'location' && values.locationId === ''
    ? [{ path: 'locationId', messageKey: 'validation.required' }]
    : [];
}
