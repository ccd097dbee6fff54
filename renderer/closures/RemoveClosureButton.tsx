import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from '../i18n/use-translation';
import type { Closure } from '../../shared/domain/closures';
import { call } from '../api/client';
import { queryKeys } from '../app/query-keys';
import { ConfirmRemoveButton } from '../ui/ConfirmRemoveButton';

interface RemoveClosureButtonProps {
  closure: Closure;
  /** Told how many sessions are back, for the note that outlives the removed row. */
  onRemoved: (restoredSessions: number) => void;
}

/** Asks first, saying how many sessions come back on the calendar. */
export function RemoveClosureButton({ closure, onRemoved }: RemoveClosureButtonProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  return (
    <ConfirmRemoveButton
      label={t('closures.remove')}
      ariaLabel={t('closures.removeNamed', { reason: closure.reason })}
      title={t('closures.removeTitle', { reason: closure.reason })}
      remove={() => call('removeClosure', { id: closure.id })}
      onRemoved={async ({ restoredSessions }) => {
        onRemoved(restoredSessions);
        await queryClient.invalidateQueries({ queryKey: queryKeys.sessions });
      }}
    >
      <p>{t('closures.removeText', { count: closure.cancelledSessions })}</p>
    </ConfirmRemoveButton>
  );
}
