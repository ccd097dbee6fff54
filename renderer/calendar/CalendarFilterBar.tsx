import { memo, useCallback, useLayoutEffect, useRef, useState } from 'react';
import { locationListQuery } from '../locations/location-queries';
import { volunteerPickQuery } from '../volunteers/volunteer-queries';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from '../i18n/use-translation';
import { GROUP_FOCUSES, type GroupFocus } from '../../shared/domain/groups';
import { call } from '../api/client';
import { useCanCall } from '../app/can-call';
import { queryKeys } from '../app/query-keys';
import { Button } from '../ui/Button';
import { ComboBoxField } from '../ui/ComboBoxField';
import { enumOptions } from '../ui/options';
import { SelectField } from '../ui/SelectField';
import { useDebouncedValue } from '../ui/useDebouncedValue';
import type { CalendarState } from './calendar-search';

type Filters = Pick<CalendarState, 'locationId' | 'focus' | 'volunteerId'>;

interface CalendarFilterBarProps {
  filters: Filters;
  onChange: (change: Partial<Filters>) => void;
}

const ANYONE = 'any';

/** Place and focus for everyone; the facilitator filter for staff, who may list volunteers. */
export function CalendarFilterBar({ filters, onChange }: CalendarFilterBarProps) {
  const { t } = useTranslation();
  const canListLocations = useCanCall('listLocations');
  const canListVolunteers = useCanCall('listVolunteers');
  const locations = useQuery({ ...locationListQuery, enabled: canListLocations });
  // The facilitator box is redrawn only when its own choice changes, not each time the calendar
  // is (its list of names is rebuilt on every drawing, a tenth of the month's first showing).
  const latestOnChange = useRef(onChange);
  useLayoutEffect(() => {
    latestOnChange.current = onChange;
  });
  const chooseFacilitator = useCallback(
    (volunteerId: number | null) => latestOnChange.current({ volunteerId }),
    [],
  );
  const any = { value: '', label: t('calendar.filters.any') };
  const isFiltered =
    filters.locationId !== null || filters.focus !== null || filters.volunteerId !== null;
  return (
    <div
      role="search"
      aria-label={t('calendar.filters.label')}
      className="filter-bar calendar-filters"
    >
      {canListLocations && (
        <SelectField
          label={t('calendar.filters.location')}
          value={filters.locationId === null ? '' : String(filters.locationId)}
          onChange={(value) => onChange({ locationId: value === '' ? null : Number(value) })}
          options={[
            any,
            ...(locations.data ?? []).map((l) => ({ value: String(l.id), label: l.name })),
          ]}
        />
      )}
      <SelectField
        label={t('calendar.filters.focus')}
        value={filters.focus ?? ''}
        onChange={(value) => onChange({ focus: value === '' ? null : (value as GroupFocus) })}
        options={[any, ...enumOptions(GROUP_FOCUSES, t, 'enums.focus')]}
      />
      {canListVolunteers && (
        <FacilitatorFilter volunteerId={filters.volunteerId} onChange={chooseFacilitator} />
      )}
      {isFiltered && (
        <Button
          className="calendar-filters__clear"
          onPress={() => onChange({ locationId: null, focus: null, volunteerId: null })}
        >
          {t('calendar.filters.clear')}
        </Button>
      )}
    </div>
  );
}

/** Searches volunteers as the person types (5,000 fit no list); the chosen one stays offered. */
const FacilitatorFilter = memo(function FacilitatorFilter({
  volunteerId,
  onChange,
}: {
  volunteerId: number | null;
  onChange: (volunteerId: number | null) => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const chosen = useQuery({
    queryKey: queryKeys.volunteer(volunteerId ?? 0),
    queryFn: () => call('getVolunteer', { id: volunteerId ?? 0 }),
    enabled: volunteerId !== null,
  });
  const chosenName =
    volunteerId === null ? t('calendar.filters.anyone') : (chosen.data?.displayName ?? '');
  // The box shows the chosen name ("Anyone" at first): that is no search, and asked for nobody.
  const search = useDebouncedValue(text === chosenName ? '' : text);
  const found = useQuery(volunteerPickQuery(search));
  const options = [
    { value: ANYONE, label: t('calendar.filters.anyone') },
    ...(chosen.data ? [{ value: String(chosen.data.id), label: chosen.data.displayName }] : []),
    ...(found.data?.rows ?? [])
      .filter((v) => !v.isErased && v.id !== volunteerId)
      .map((v) => ({ value: String(v.id), label: v.displayName })),
  ];
  return (
    <ComboBoxField
      label={t('calendar.filters.facilitator')}
      value={volunteerId === null ? ANYONE : String(volunteerId)}
      options={options}
      onInputChange={setText}
      onChange={(value) => onChange(value === ANYONE ? null : Number(value))}
    />
  );
});
