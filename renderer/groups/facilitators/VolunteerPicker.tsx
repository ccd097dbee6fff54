import { useState } from 'react';
import { volunteerPickQuery } from '../../volunteers/volunteer-queries';
import { useQuery } from '@tanstack/react-query';
import { useController, type Control } from 'react-hook-form';
import { useTranslation } from '../../i18n/use-translation';
import type { VolunteerSummary } from '../../../shared/domain/volunteers';
import { translateFormError } from '../../forms/zod-resolver';
import { ComboBoxField } from '../../ui/ComboBoxField';
import { useDebouncedValue } from '../../ui/useDebouncedValue';
import type { FacilitatorFormValues } from './facilitator-form';

interface VolunteerPickerProps {
  control: Control<FacilitatorFormValues>;
  /** Already in the group: not offered again. */
  excludedIds: ReadonlySet<number>;
  onPick: (volunteer: VolunteerSummary | null) => void;
}

/** Searches the volunteer list in the core as the person types (5,000 volunteers fit no list). */
export function VolunteerPicker({ control, excludedIds, onPick }: VolunteerPickerProps) {
  const { t } = useTranslation();
  const { field, fieldState } = useController({ control, name: 'volunteerId' });
  const [text, setText] = useState('');
  const search = useDebouncedValue(text);
  const found = useQuery(volunteerPickQuery(search));
  const offered = (found.data?.rows ?? []).filter(
    (v) => v.status !== 'inactive' && !v.isErased && !excludedIds.has(v.id),
  );
  return (
    <ComboBoxField
      label={t('facilitators.fields.volunteer')}
      description={
        found.data && offered.length === 0
          ? t('facilitators.noMatches')
          : t('facilitators.hints.volunteer')
      }
      name={field.name}
      value={field.value}
      inputRef={field.ref}
      onBlur={field.onBlur}
      error={translateFormError(t, fieldState.error)}
      options={offered.map((v) => ({ value: String(v.id), label: v.displayName }))}
      onInputChange={setText}
      onChange={(value) => {
        field.onChange(value);
        onPick(offered.find((v) => String(v.id) === value) ?? null);
      }}
      className="form__wide"
    />
  );
}
