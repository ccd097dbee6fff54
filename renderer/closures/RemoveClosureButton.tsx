import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Closure } from '../../shared/domain/closures';
import { call } from '../api/client';
import { errorMessage } from '../api/error-message';
import { queryKeys } from '../app/query-keys';
import { Button } from '../ui/Button';
import { ConfirmDialog } from '../ui/ConfirmDialog';

interface RemoveClosureButtonProps {
  closure: Closure;
  /** Told how many sessions are back, for the note that outlives the removed row. */
  onRemoved: (restoredSessions: number) => void;
}

/** Asks first, saying how many sessions come back on the calendar. */
export function RemoveClosureButton({ closure, onRemoved }: RemoveClosureButtonProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [isConfirming, setIsConfirming] = useState(false);
  const mutation = useMutation({
    mutationFn: () => call('removeClosure', { id: closure.id }),
    onSuccess: async ({ restoredSessions }) => {
      setIsConfirming(false);
      onRemoved(restoredSessions);
      await queryClient.invalidateQueries({ queryKey: queryKeys.sessions });
    },
  });
  return (
    <>
      <Button
        variant="danger"
        onPress={() => setIsConfirming(true)}
        aria-label={t('closures.removeNamed', { reason: closure.reason })}
      >
        {t('closures.remove')}
      </Button>
      <ConfirmDialog
        isOpen={isConfirming}
        onOpenChange={(isOpen) => {
          setIsConfirming(isOpen);
          mutation.reset();
        }}
        title={t('closures.removeTitle', { reason: closure.reason })}
        confirmLabel={t('closures.remove')}
        onConfirm={() => mutation.mutate()}
        isPending={mutation.isPending}
        error={mutation.error ? errorMessage(t, mutation.error) : undefined}
        isDanger
      >
        <p>{t('closures.removeText', { count: closure.cancelledSessions })}</p>
      </ConfirmDialog>
    </>
  );
}
