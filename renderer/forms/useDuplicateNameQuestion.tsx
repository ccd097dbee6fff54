import { useState, type ReactNode } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { ApiCallError } from '../api/client';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { SAVE_ABANDONED } from './useUnsavedChanges';

type Attempt = (isDuplicateNameConfirmed: boolean) => Promise<unknown>;

interface Question {
  message: string;
  answer: (isSaveAnyway: boolean) => void;
}

function isDuplicateName(error: unknown): error is ApiCallError {
  return error instanceof ApiCallError && error.code === 'DUPLICATE_NAME';
}

/**
 * Saves a named record; when the core says the name is taken, asks "Save anyway?" and, if the
 * person agrees, saves again with the name confirmed. "Go back" abandons the save
 * (SAVE_ABANDONED), so nothing says "Saved."; any other failure is thrown to the form.
 */
export function useDuplicateNameQuestion(): {
  saveAsking: (attempt: Attempt) => Promise<unknown>;
  dialog: ReactNode;
} {
  const { t } = useTranslation();
  const [question, setQuestion] = useState<Question | null>(null);

  const saveAsking = async (attempt: Attempt) => {
    try {
      return await attempt(false);
    } catch (error) {
      if (!isDuplicateName(error)) throw error;
      const isSaveAnyway = await new Promise<boolean>((answer) =>
        setQuestion({ message: t(error.error.messageKey, { ...error.error.params }), answer }),
      );
      setQuestion(null);
      return isSaveAnyway ? attempt(true) : SAVE_ABANDONED;
    }
  };

  const dialog = (
    <ConfirmDialog
      isOpen={question !== null}
      onOpenChange={(isOpen) => !isOpen && question?.answer(false)}
      title={question?.message ?? ''}
      confirmLabel={t('duplicateName.saveAnyway')}
      cancelLabel={t('duplicateName.goBack')}
      onConfirm={() => question?.answer(true)}
    >
      <p>{t('duplicateName.question')}</p>
    </ConfirmDialog>
  );
  return { saveAsking, dialog };
}
