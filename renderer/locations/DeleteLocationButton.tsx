import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from '../i18n/use-translation';
import type { Location } from '../../shared/domain/locations';
import { call } from '../api/client';
import { queryKeys } from '../app/query-keys';
import { ConfirmRemoveButton } from '../ui/ConfirmRemoveButton';

/** Asks first; the core refuses while groups meet there, and the dialog says how many. */
export function DeleteLocationButton({ location }: { location: Location }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  return (
    <ConfirmRemoveButton
      label={t('common.delete')}
      ariaLabel={t('locations.deleteNamed', { name: location.name })}
      title={t('locations.deleteTitle', { name: location.name })}
      remove={() => call('deleteLocation', { id: location.id })}
      onRemoved={() =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: queryKeys.locations }),
          queryClient.invalidateQueries({ queryKey: queryKeys.dashboard }),
        ])
      }
    >
      <p>{t('locations.deleteText')}</p>
    </ConfirmRemoveButton>
  );
}
