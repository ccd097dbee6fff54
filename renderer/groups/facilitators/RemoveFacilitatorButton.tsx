import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { GroupFacilitator } from '../../../shared/domain/facilitators';
import { call } from '../../api/client';
import { errorMessage } from '../../api/error-message';
import { queryKeys } from '../../app/query-keys';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';

export function RemoveFacilitatorButton({
  groupId,
  facilitator,
}: {
  groupId: number;
  facilitator: GroupFacilitator;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [isConfirming, setIsConfirming] = useState(false);
  const name = facilitator.displayName;
  const mutation = useMutation({
    mutationFn: () => call('removeFacilitator', { groupId, volunteerId: facilitator.volunteerId }),
    onSuccess: async () => {
      setIsConfirming(false);
      await queryClient.invalidateQueries({ queryKey: queryKeys.groupFacilitators(groupId) });
    },
  });
  return (
    <>
      <Button
        variant="danger"
        onPress={() => setIsConfirming(true)}
        aria-label={t('facilitators.removeNamed', { name })}
      >
        {t('facilitators.remove')}
      </Button>
      <ConfirmDialog
        isOpen={isConfirming}
        onOpenChange={(isOpen) => {
          setIsConfirming(isOpen);
          mutation.reset();
        }}
        title={t('facilitators.removeTitle', { name })}
        confirmLabel={t('facilitators.remove')}
        onConfirm={() => mutation.mutate()}
        isPending={mutation.isPending}
        error={mutation.error ? errorMessage(t, mutation.error) : undefined}
        isDanger
      >
        <p>{t('facilitators.removeText')}</p>
      </ConfirmDialog>
    </>
  );
}
