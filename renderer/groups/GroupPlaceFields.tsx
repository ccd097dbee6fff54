import { useQuery } from '@tanstack/react-query';
import { locationListQuery } from '../locations/location-queries';
import { Link } from '@tanstack/react-router';
import { useWatch, type Control } from 'react-hook-form';
import { useTranslation } from '../i18n/use-translation';
import { GROUP_FORMATS } from '../../shared/domain/groups';
import { FormCheckboxField, FormSelectField, FormTextField } from '../ui/form-fields';
import { enumOptions } from '../ui/options';
import type { GroupFormValues } from './group-form-values';

/** Where the group meets: a room for in-person, a link or dial-in for online, both for hybrid. */
export function GroupPlaceFields({ control }: { control: Control<GroupFormValues> }) {
  const { t } = useTranslation();
  const format = useWatch({ control, name: 'format' });
  const locations = useQuery(locationListQuery);
  const locationOptions = [
    { value: '', label: t('common.choose') },
    ...(locations.data ?? []).map((location) => ({
      value: String(location.id),
      label: location.name,
    })),
  ];
  const hasNoLocations = locations.data?.length === 0;

  return (
    <div className="form__grid">
      <FormSelectField
        control={control}
        name="format"
        label={t('groups.fields.format')}
        options={enumOptions(GROUP_FORMATS, t, 'enums.format')}
        className="form__wide"
      />
      {format !== 'online' && (
        <>
          <FormSelectField
            control={control}
            name="locationId"
            label={t('groups.fields.location')}
            options={locationOptions}
          />
          <FormTextField
            control={control}
            name="room"
            label={t('groups.fields.room')}
            description={t('groups.hints.room')}
          />
          {hasNoLocations && (
            <p className="form__hint form__wide">
              {t('groups.form.noLocationsYet')}{' '}
              <Link to="/locations">{t('groups.form.addLocation')}</Link>
            </p>
          )}
        </>
      )}
      {format !== 'in_person' && (
        <>
          <FormTextField
            control={control}
            name="onlineLink"
            type="url"
            label={t('groups.fields.onlineLink')}
            description={t('groups.hints.onlineLink')}
            spellCheck={false}
          />
          <FormTextField
            control={control}
            name="dialIn"
            label={t('groups.fields.dialIn')}
            description={t('groups.hints.dialIn')}
          />
          <FormCheckboxField
            control={control}
            name="isOnlineLinkPublic"
            label={t('feedsOnline.publishLink')}
            description={t('feedsOnline.publishLinkHint')}
            className="form__wide"
          />
        </>
      )}
    </div>
  );
}
