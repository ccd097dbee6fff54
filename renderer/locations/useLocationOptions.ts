import { useQuery } from '@tanstack/react-query';
import { locationListQuery } from './location-queries';
import type { SelectOption } from '../ui/SelectField';

/** The centre's locations for a select, after a first option for "none chosen" (or "online"). */
export function useLocationOptions(noneLabel: string): SelectOption[] {
  const locations = useQuery(locationListQuery);
  return [
    { value: '', label: noneLabel },
    ...(locations.data ?? []).map((location) => ({
      value: String(location.id),
      label: location.name,
    })),
  ];
}
