import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from '../i18n/use-translation';
import type { Group } from '../../shared/domain/groups';
import { call } from '../api/client';
import { errorMessage } from '../api/error-message';
import { queryKeys } from '../app/query-keys';
import { ErrorAlert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { ConfirmDialog } from '../ui/ConfirmDialog';

/** Archive asks first (the group leaves every list); unarchive is harmless and immediate. */
export function ArchiveGroupButton({ group }: { group: Group }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [isConfirming, setIsConfirming] = useState(false);
  const isArchived = group.status === 'archived';
  const mutation = useMutation({
    mutationFn: () => call(isArchived ? 'unarchiveGroup' : 'archiveGroup', { id: group.id }),
    onSuccess: async (updated) => {
      queryClient.setQueryData(queryKeys.group(updated.id), updated);
      setIsConfirming(false);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.groups }),
        queryClient.invalidateQueries({ queryKey: queryKeys.dashboard }),
      ]);
    },
  });

  if (isArchived) {
    return (
      <>
        <Button onPress={() => mutation.mutate()} isDisabled={mutation.isPending}>
          {t('groups.unarchive')}
        </Button>
        {mutation.error && <ErrorAlert>{errorMessage(t, mutation.error)}</ErrorAlert>}
      </>
    );
  }
  return (
    <>
      <Button onPress={() => setIsConfirming(true)}>{t('groups.archive')}</Button>
      <ConfirmDialog
        isOpen={isConfirming}
        onOpenChange={(isOpen) => {
          setIsConfirming(isOpen);
          mutation.reset();
        }}
        title={t('groups.archiveTitle', { name: group.name })}
        confirmLabel={t('groups.archive')}
        onConfirm={() => mutation.mutate()}
        isPending={mutation.isPending}
        error={mutation.error ? errorMessage(t, mutation.error) : undefined}
      >
        <p>{t('groups.archiveText')}</p>
      </ConfirmDialog>
    </>
  );
}
