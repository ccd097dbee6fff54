import { useState, type ReactNode } from 'react';
import { useBlocker } from '@tanstack/react-router';
import { useTranslation } from '../i18n/use-translation';
import { ConfirmDialog } from '../ui/ConfirmDialog';

interface LeaveQuestionOptions {
  /** Read at the moment of leaving: whether something would be lost. */
  shouldAsk: () => boolean;
  /** What the question says will be lost. */
  lostText: string;
  /** Runs once the person chose to leave, before the navigation goes on. */
  onLeave?: () => void;
}

export interface LeaveQuestion {
  /** Runs `leave` at once when nothing would be lost, otherwise after the person confirms. */
  confirmLeave: (leave: () => void) => void;
  /** The "Leave without saving?" dialog; render it on the screen. */
  dialog: ReactNode;
}

/**
 * Asks before work is left behind, whether by a Cancel button, a sidebar link or browser back.
 * Forms use it through useUnsavedChanges; a screen with no form (the CSV import) uses it alone.
 */
export function useLeaveQuestion({ shouldAsk, lostText, onLeave }: LeaveQuestionOptions) {
  const { t } = useTranslation();
  const [pendingLeave, setPendingLeave] = useState<(() => void) | null>(null);
  // No beforeunload prompt: Electron would silently refuse to close the window instead of asking.
  const blocker = useBlocker({
    shouldBlockFn: shouldAsk,
    withResolver: true,
    enableBeforeUnload: false,
  });

  const leave = () => {
    onLeave?.();
    if (blocker.status === 'blocked') blocker.proceed();
    pendingLeave?.();
    setPendingLeave(null);
  };
  const stay = () => {
    if (blocker.status === 'blocked') blocker.reset();
    setPendingLeave(null);
  };
  const confirmLeave = (action: () => void) => {
    if (shouldAsk()) setPendingLeave(() => action);
    else action();
  };

  const dialog = (
    <ConfirmDialog
      isOpen={blocker.status === 'blocked' || pendingLeave !== null}
      onOpenChange={(isOpen) => !isOpen && stay()}
      title={t('unsaved.title')}
      confirmLabel={t('unsaved.leave')}
      cancelLabel={t('unsaved.keepEditing')}
      onConfirm={leave}
      isDanger
    >
      <p>{lostText}</p>
    </ConfirmDialog>
  );
  return { confirmLeave, dialog } satisfies LeaveQuestion;
}
