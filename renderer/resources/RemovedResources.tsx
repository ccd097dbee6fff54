import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from '../i18n/use-translation';
import type { RemovedResource } from '../../shared/domain/resources';
import { call } from '../api/client';
import { errorMessage } from '../api/error-message';
import { queryKeys } from '../app/query-keys';
import { ErrorAlert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { refreshResources } from './resource-queries';
import { LtrText } from '../ui/LtrText';

function RestoreButton({ resource }: { resource: RemovedResource }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: () => call('restoreResource', { id: resource.id }),
    onSuccess: () => refreshResources(queryClient),
  });
  return (
    <>
      <Button
        onPress={() => mutation.mutate()}
        isDisabled={mutation.isPending}
        aria-label={t('resources.restoreNamed', { name: resource.name })}
      >
        {t('resources.restore')}
      </Button>
      {mutation.error && <ErrorAlert>{errorMessage(t, mutation.error)}</ErrorAlert>}
    </>
  );
}

/** Resources taken off the sheet: shown only when there are some, each one click from back. */
export function RemovedResources() {
  const { t } = useTranslation();
  const removed = useQuery({
    queryKey: queryKeys.removedResources,
    queryFn: () => call('listRemovedResources', {}),
  });
  if (!removed.data?.length) return null;
  return (
    <details className="removed-resources">
      <summary>{t('resources.removedTitle', { count: removed.data.length })}</summary>
      <p>{t('resources.removedIntro')}</p>
      <ul className="removed-resources__list">
        {removed.data.map((resource) => (
          <li key={resource.id}>
            <span>
              {resource.name}
              {resource.phone && (
                <>
                  {' · '}
                  <LtrText>{resource.phone}</LtrText>
                </>
              )}
            </span>
            <RestoreButton resource={resource} />
          </li>
        ))}
      </ul>
    </details>
  );
}
