import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useController, type Control, type FieldValues, type Path } from 'react-hook-form';
import { useTranslation } from '../i18n/use-translation';
import type { UserAccount } from '../../shared/domain/vault';
import { call } from '../api/client';
import { translateFormError } from '../forms/zod-resolver';
import { SelectField, type SelectOption } from '../ui/SelectField';
import { TextInputField } from '../ui/TextInputField';
import { useDebouncedValue } from '../ui/useDebouncedValue';

/** Enough to find one person by part of their name among thousands, one small page at a time. */
const MATCHES_SHOWN = 20;

interface VolunteerLinkFieldProps<V extends FieldValues> {
  control: Control<V>;
  /** The form field holding the volunteer id as text, '' for none. */
  name: Path<V>;
  user: UserAccount;
}

/** Find a volunteer by name, then pick them; "no volunteer" is always a choice. */
export function VolunteerLinkField<V extends FieldValues>({
  control,
  name,
  user,
}: VolunteerLinkFieldProps<V>) {
  const { t } = useTranslation();
  const { field, fieldState } = useController({ control, name });
  const [search, setSearch] = useState('');
  const typed = useDebouncedValue(search.trim());
  const matches = useQuery({
    queryKey: ['volunteers', 'linkable', typed],
    queryFn: () => call('listVolunteers', { search: typed, limit: MATCHES_SHOWN }),
  });
  const current: SelectOption[] =
    user.volunteerId === null
      ? []
      : [
          {
            value: String(user.volunteerId),
            label: user.volunteerName ?? t('users.erasedVolunteer'),
          },
        ];
  const found = (matches.data?.rows ?? [])
    .filter((v) => v.id !== user.volunteerId)
    .map((v) => ({ value: String(v.id), label: v.displayName }));
  return (
    <fieldset className="form__section">
      <legend>{t('users.fields.volunteer')}</legend>
      <p className="form__hint">{t('users.hints.volunteer')}</p>
      <div className="form__grid">
        <TextInputField
          type="search"
          label={t('users.findVolunteer')}
          value={search}
          onChange={setSearch}
          autoComplete="off"
        />
        <SelectField
          label={t('users.chooseVolunteer')}
          name={field.name}
          value={field.value as string}
          onChange={field.onChange}
          onBlur={field.onBlur}
          selectRef={field.ref}
          error={translateFormError(t, fieldState.error)}
          description={
            matches.data && matches.data.total > MATCHES_SHOWN
              ? t('users.moreVolunteers', { count: matches.data.total })
              : undefined
          }
          options={[{ value: '', label: t('users.noVolunteer') }, ...current, ...found]}
        />
      </div>
    </fieldset>
  );
}
