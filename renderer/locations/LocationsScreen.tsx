import { useQuery, useQueryClient } from '@tanstack/react-query';
import { locationListQuery } from './location-queries';
import { useTranslation } from '../i18n/use-translation';
import type { LocationInput } from '../../shared/domain/locations';
import { call } from '../api/client';
import { queryKeys } from '../app/query-keys';
import { useCanEdit } from '../app/vault-context';
import { useDialogEditing } from '../forms/dialog-editing';
import { Button } from '../ui/Button';
import { EmptyState } from '../ui/EmptyState';
import { PageHeader } from '../ui/PageHeader';
import { QueryStatus } from '../ui/QueryStatus';
import { EMPTY_LOCATION_VALUES, locationToValues } from './location-form-values';
import { LocationFormDialog } from './LocationFormDialog';
import { LocationsTable } from './LocationsTable';

export function LocationsScreen() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const canEdit = useCanEdit();
  const locations = useQuery(locationListQuery);
  const { editing, setEditing, draftKeyFor } = useDialogEditing('location', locations.data);

  const save = async (input: LocationInput) => {
    if (editing === 'new') await call('createLocation', input);
    else if (editing) await call('updateLocation', { id: editing.id, ...input });
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.locations }),
      queryClient.invalidateQueries({ queryKey: queryKeys.dashboard }),
      queryClient.invalidateQueries({ queryKey: queryKeys.groups }),
    ]);
  };
  const newButton = canEdit && (
    <Button variant="primary" onPress={() => setEditing('new')}>
      {t('locations.new')}
    </Button>
  );

  return (
    <>
      <PageHeader title={t('locations.title')} intro={t('locations.intro')} actions={newButton} />
      <QueryStatus
        isPending={locations.isPending}
        error={locations.error}
        onRetry={() => void locations.refetch()}
      />
      {locations.data &&
        (locations.data.length === 0 ? (
          <EmptyState title={t('locations.emptyTitle')} action={newButton}>
            {t('locations.emptyText')}
          </EmptyState>
        ) : (
          <LocationsTable locations={locations.data} onEdit={canEdit ? setEditing : undefined} />
        ))}
      {editing !== null && (
        <LocationFormDialog
          title={
            editing === 'new'
              ? t('locations.newTitle')
              : t('locations.editTitle', { name: editing.name })
          }
          draftKey={draftKeyFor(editing)}
          initialValues={editing === 'new' ? EMPTY_LOCATION_VALUES : locationToValues(editing)}
          onSave={save}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}
