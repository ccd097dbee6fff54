import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from '../i18n/use-translation';
import type { Resource } from '../../shared/domain/resources';
import { call } from '../api/client';
import { ConfirmRemoveButton } from '../ui/ConfirmRemoveButton';
import { refreshResources } from './resource-queries';

/** Asks first; the resource leaves every printout but stays stored, to restore. */
export function RemoveResourceButton({ resource }: { resource: Resource }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  return (
    <ConfirmRemoveButton
      label={t('resources.remove')}
      ariaLabel={t('resources.removeNamed', { name: resource.name })}
      title={t('resources.removeTitle', { name: resource.name })}
      remove={() => call('removeResource', { id: resource.id })}
      onRemoved={() => refreshResources(queryClient)}
    >
      <p>{t('resources.removeText')}</p>
    </ConfirmRemoveButton>
  );
}
