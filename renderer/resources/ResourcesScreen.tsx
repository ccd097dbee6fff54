import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from '../i18n/use-translation';
import type { ResourceInput } from '../../shared/domain/resources';
import { call } from '../api/client';
import { queryKeys } from '../app/query-keys';
import { useDialogEditing } from '../forms/dialog-editing';
import { printHref } from '../print/print-search';
import { Button } from '../ui/Button';
import { EmptyState } from '../ui/EmptyState';
import { PageHeader } from '../ui/PageHeader';
import { QueryStatus } from '../ui/QueryStatus';
import { RemovedResources } from './RemovedResources';
import { refreshResources } from './resource-queries';
import { EMPTY_RESOURCE_VALUES, resourceToValues } from './resource-form-values';
import { ResourceFormDialog } from './ResourceFormDialog';
import { ResourcesTable } from './ResourcesTable';

/** Referral resources (staff): the crisis lines and services the resource sheet prints. */
export function ResourcesScreen() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const resources = useQuery({
    queryKey: queryKeys.resources,
    queryFn: () => call('listResources', {}),
  });
  const { editing, setEditing, draftKeyFor } = useDialogEditing('resource', resources.data);

  const save = async (input: ResourceInput) => {
    if (editing === 'new') await call('createResource', input);
    else if (editing) await call('updateResource', { id: editing.id, ...input });
    await refreshResources(queryClient);
  };
  const newButton = (
    <Button variant="primary" onPress={() => setEditing('new')}>
      {t('resources.new')}
    </Button>
  );
  const actions = (
    <>
      {resources.data && resources.data.length > 0 && (
        <a className="button button--secondary" href={printHref('resources', {})}>
          {t('resources.printSheet')}
        </a>
      )}
      {newButton}
    </>
  );

  return (
    <>
      <PageHeader title={t('resources.title')} intro={t('resources.intro')} actions={actions} />
      <QueryStatus
        isPending={resources.isPending}
        error={resources.error}
        onRetry={() => void resources.refetch()}
      />
      {resources.data &&
        (resources.data.length === 0 ? (
          <EmptyState title={t('resources.emptyTitle')} action={newButton}>
            {t('resources.emptyText')}
          </EmptyState>
        ) : (
          <ResourcesTable resources={resources.data} onEdit={setEditing} />
        ))}
      <RemovedResources />
      {editing !== null && (
        <ResourceFormDialog
          title={
            editing === 'new'
              ? t('resources.newTitle')
              : t('resources.editTitle', { name: editing.name })
          }
          draftKey={draftKeyFor(editing)}
          initialValues={editing === 'new' ? EMPTY_RESOURCE_VALUES : resourceToValues(editing)}
          onSave={save}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}
