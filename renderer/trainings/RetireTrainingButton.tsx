import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from '../i18n/use-translation';
import type { Training } from '../../shared/domain/trainings';
import { call } from '../api/client';
import { errorMessage } from '../api/error-message';
import { queryKeys } from '../app/query-keys';
import { Button } from '../ui/Button';
import { ConfirmDialog } from '../ui/ConfirmDialog';

/**
 * Retires a training (or restores a retired one) after asking. Either way the completions
 * already recorded stay on each volunteer's record, and the dialog says so.
 */
export function RetireTrainingButton({ training }: { training: Training }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [isConfirming, setIsConfirming] = useState(false);
  const action = training.isRetired ? 'restore' : 'retire';
  const mutation = useMutation({
    mutationFn: () =>
      call(training.isRetired ? 'restoreTraining' : 'retireTraining', { id: training.id }),
    onSuccess: async () => {
      setIsConfirming(false);
      // Readiness depends on which trainings are required and still offered.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.trainings }),
        queryClient.invalidateQueries({ queryKey: queryKeys.volunteers }),
      ]);
    },
  });
  const names = { name: training.name, count: training.completionCount };
  return (
    <>
      <Button
        variant={training.isRetired ? 'secondary' : 'danger'}
        onPress={() => setIsConfirming(true)}
        aria-label={t(`trainings.${action}Named`, names)}
      >
        {t(`trainings.${action}`)}
      </Button>
      <ConfirmDialog
        isOpen={isConfirming}
        onOpenChange={(isOpen) => {
          setIsConfirming(isOpen);
          mutation.reset();
        }}
        title={t(`trainings.${action}Title`, names)}
        confirmLabel={t(`trainings.${action}`)}
        onConfirm={() => mutation.mutate()}
        isPending={mutation.isPending}
        error={mutation.error ? errorMessage(t, mutation.error) : undefined}
        isDanger={!training.isRetired}
      >
        <p>{t(`trainings.${action}Text`)}</p>
        <p>{t('trainings.completionsKept', names)}</p>
      </ConfirmDialog>
    </>
  );
}
