import { useQuery } from '@tanstack/react-query';
import type { SelectOption } from '../ui/SelectField';
import { call } from '../api/client';
import { queryKeys } from '../app/query-keys';

/** The centre's locations for a select, after a first option for "none chosen" (or "online"). */
export function useLocationOptions(noneLabel: string): SelectOption[] {
  const locations = useQuery({
    queryKey: queryKeys.locations,
    queryFn: () => call('listLocations', {}),
  });
  return [
    { value: '', label: noneLabel },
    ...(locations.data ?? []).map((location) => ({
      value: String(location.id),
      label: location.name,
    })),
  ];
}
