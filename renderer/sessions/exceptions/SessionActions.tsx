import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from '../../i18n/use-translation';
import { moveSessionInputSchema, type SessionDetail } from '../../../shared/domain/sessions';
import { call } from '../../api/client';
import { errorMessage } from '../../api/error-message';
import { useCanCall } from '../../app/can-call';
import { ErrorAlert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { CancelSessionDialog } from './CancelSessionDialog';
import { ClosureNote } from './ClosureNote';
import { sessionToPlaceValues, valuesToPlace } from './session-place-values';
import { SessionPlaceDialog } from './SessionPlaceDialog';
import { useSessionChange } from './useSessionChange';

/**
 * The session page's actions for staff: cancel with a reason, restore, move; and when a closure
 * cancels the session, which one (only removing it brings the session back). A held session is
 * history: nothing here changes it.
 */
export function SessionActions({ session }: { session: SessionDetail }) {
  const { t } = useTranslation();
  const canChange = useCanCall('cancelSession');
  const change = useSessionChange();
  const [dialog, setDialog] = useState<'cancel' | 'move' | null>(null);
  const restore = useMutation({
    mutationFn: () => change(() => call('restoreSession', { id: session.id })),
  });
  if (!canChange || session.status === 'held') return null;
  const isClosed = session.status === 'cancelled' && session.closureId !== null;
  const isCancelledByHand = session.status === 'cancelled' && session.closureId === null;

  return (
    <div className="session-actions" role="group" aria-label={t('closures.session.actionsLabel')}>
      {isClosed && <ClosureNote closureId={session.closureId!} />}
      {restore.error && <ErrorAlert>{errorMessage(t, restore.error)}</ErrorAlert>}
      <div className="session-actions__buttons">
        <Button onPress={() => setDialog('move')}>{t('closures.session.move')}</Button>
        {session.status === 'scheduled' && (
          <Button variant="danger" onPress={() => setDialog('cancel')}>
            {t('closures.session.cancel')}
          </Button>
        )}
        {isCancelledByHand && (
          <Button variant="primary" onPress={() => restore.mutate()} isDisabled={restore.isPending}>
            {t('closures.session.restore')}
          </Button>
        )}
      </div>
      {dialog === 'cancel' && (
        <CancelSessionDialog
          sessionId={session.id}
          onCancel={(reason) => change(() => call('cancelSession', { id: session.id, reason }))}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'move' && (
        <SessionPlaceDialog
          title={t('closures.session.moveTitle')}
          saveLabel={t('closures.session.moveSave')}
          draftKey={`sessionMove:${session.id}`}
          initialValues={sessionToPlaceValues(session)}
          schema={moveSessionInputSchema}
          toInput={(values) => ({ id: session.id, ...valuesToPlace(values) })}
          onSave={(input) => change(() => call('moveSession', input))}
          onClose={() => setDialog(null)}
        />
      )}
    </div>
  );
}
