import type { Location, LocationInput } from '../../shared/domain/locations';

export interface LocationFormValues {
  name: string;
  address: string;
  room: string;
  accessibilityNotes: string;
  capacity: string;
}

export const EMPTY_LOCATION_VALUES: LocationFormValues = {
  name: '',
  address: '',
  room: '',
  accessibilityNotes: '',
  capacity: '',
};

export function locationToValues(location: Location): LocationFormValues {
  return {
    name: location.name,
    address: location.address,
    room: location.room,
    accessibilityNotes: location.accessibilityNotes,
    capacity: location.capacity === null ? '' : String(location.capacity),
  };
}

export function valuesToLocationInput(values: LocationFormValues): LocationInput {
  const capacity = values.capacity.trim();
  return { ...values, capacity: capacity === '' ? null : Number(capacity) };
}
