import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError } from '../api/client';
import { ConfirmDialog } from '../ui/ConfirmDialog';

type Attempt = (isDuplicateNameConfirmed: boolean) => Promise<void>;

interface Question {
  message: string;
  saveAnyway: () => Promise<void>;
}

function isDuplicateName(error: unknown): error is ApiCallError {
  return error instanceof ApiCallError && error.code === 'DUPLICATE_NAME';
}

/**
 * Saves a named record; when the core says the name is taken, asks "Save anyway?" and, if the
 * person agrees, saves again with the name confirmed. Other failures go to `onError`.
 */
export function useDuplicateNameQuestion(onError: (error: unknown) => void): {
  saveAsking: (attempt: Attempt) => Promise<void>;
  dialog: ReactNode;
} {
  const { t } = useTranslation();
  const [question, setQuestion] = useState<Question | null>(null);
  const [isSaving, setIsSaving] = useState(false);

  const saveAsking = async (attempt: Attempt) => {
    try {
      await attempt(false);
    } catch (error) {
      if (!isDuplicateName(error)) return onError(error);
      setQuestion({
        message: t(error.error.messageKey, { ...error.error.params }),
        saveAnyway: async () => {
          try {
            await attempt(true);
          } catch (retryError) {
            onError(retryError);
          }
        },
      });
    }
  };

  const confirm = async () => {
    if (!question) return;
    setIsSaving(true);
    await question.saveAnyway();
    setIsSaving(false);
    setQuestion(null);
  };

  const dialog = (
    <ConfirmDialog
      isOpen={question !== null}
      onOpenChange={(isOpen) => !isOpen && setQuestion(null)}
      title={question?.message ?? ''}
      confirmLabel={t('duplicateName.saveAnyway')}
      cancelLabel={t('duplicateName.goBack')}
      onConfirm={() => void confirm()}
      isPending={isSaving}
    >
      <p>{t('duplicateName.question')}</p>
    </ConfirmDialog>
  );
  return { saveAsking, dialog };
}
