import type { ReactNode } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Resolver } from 'react-hook-form';
import { useDuplicateNameQuestion } from './useDuplicateNameQuestion';
import { SAVE_ABANDONED, useUnsavedChanges, type UnsavedSubject } from './useUnsavedChanges';
import { VALIDATE_AFTER_FIRST_SUBMIT } from './validation-mode';

interface NamedRecordDialogOptions<V extends FieldValues, I> {
  resolver: Resolver<V>;
  initialValues: DefaultValues<V>;
  /** Names the record being edited, or a new one, for the draft kept across a lock. */
  draftKey: string;
  subject: UnsavedSubject;
  toInput: (values: V) => I;
  onSave: (input: I & { isDuplicateNameConfirmed: boolean }) => Promise<unknown>;
  onClose: () => void;
}

/**
 * The form behind a dialog that adds or edits one named record (a location, a training):
 * validation after the first submit, "Save anyway?" for a name already taken, closing after a
 * save, and the leave-without-saving question on Cancel or Escape.
 */
export function useNamedRecordDialog<V extends FieldValues, I>({
  resolver,
  initialValues,
  draftKey,
  subject,
  toInput,
  onSave,
  onClose,
}: NamedRecordDialogOptions<V, I>) {
  const form = useForm<V>({
    resolver,
    ...VALIDATE_AFTER_FIRST_SUBMIT,
    defaultValues: initialValues,
  });
  const unsaved = useUnsavedChanges({ form, draftKey, subject });
  const { saveAsking, dialog: duplicateNameDialog } = useDuplicateNameQuestion();
  const submit = unsaved.submitWith(async (values) => {
    const saved = await saveAsking((isDuplicateNameConfirmed) =>
      onSave({ ...toInput(values), isDuplicateNameConfirmed }),
    );
    if (saved !== SAVE_ABANDONED) onClose();
    return saved;
  });
  const cancel = () => unsaved.confirmLeave(onClose);
  /** The restored-draft note, the leave question and "Save anyway?": render inside the form. */
  const notices: ReactNode = (
    <>
      {unsaved.notices}
      {duplicateNameDialog}
    </>
  );
  return { form, submit, cancel, notices };
}
