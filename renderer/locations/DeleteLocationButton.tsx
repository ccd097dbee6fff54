import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Location } from '../../shared/domain/locations';
import { call } from '../api/client';
import { errorMessage } from '../api/error-message';
import { queryKeys } from '../app/query-keys';
import { Button } from '../ui/Button';
import { ConfirmDialog } from '../ui/ConfirmDialog';

/** Asks first; the core refuses while groups meet there, and the dialog says how many. */
export function DeleteLocationButton({ location }: { location: Location }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [isConfirming, setIsConfirming] = useState(false);
  const mutation = useMutation({
    mutationFn: () => call('deleteLocation', { id: location.id }),
    onSuccess: async () => {
      setIsConfirming(false);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.locations }),
        queryClient.invalidateQueries({ queryKey: queryKeys.dashboard }),
      ]);
    },
  });
  return (
    <>
      <Button
        variant="danger"
        onPress={() => setIsConfirming(true)}
        aria-label={t('locations.deleteNamed', { name: location.name })}
      >
        {t('common.delete')}
      </Button>
      <ConfirmDialog
        isOpen={isConfirming}
        onOpenChange={(isOpen) => {
          setIsConfirming(isOpen);
          mutation.reset();
        }}
        title={t('locations.deleteTitle', { name: location.name })}
        confirmLabel={t('common.delete')}
        onConfirm={() => mutation.mutate()}
        isPending={mutation.isPending}
        error={mutation.error ? errorMessage(t, mutation.error) : undefined}
        isDanger
      >
        <p>{t('locations.deleteText')}</p>
      </ConfirmDialog>
    </>
  );
}
