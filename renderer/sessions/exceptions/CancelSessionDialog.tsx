import { useForm } from 'react-hook-form';
import { useTranslation } from '../../i18n/use-translation';
import { cancelSessionInputSchema } from '../../../shared/domain/sessions';
import { useUnsavedChanges } from '../../forms/useUnsavedChanges';
import { VALIDATE_AFTER_FIRST_SUBMIT } from '../../forms/validation-mode';
import { zodFormResolver } from '../../forms/zod-resolver';
import { Button } from '../../ui/Button';
import { FormTextField } from '../../ui/form-fields';
import { FormDialog } from '../../ui/FormDialog';
import { FormSubmitError } from '../../ui/FormSubmitError';

interface CancelSessionDialogProps {
  sessionId: number;
  onCancel: (reason: string) => Promise<unknown>;
  onClose: () => void;
}

/** "Cancel this session?" with the reason the session page and calendar will show. */
export function CancelSessionDialog({ sessionId, onCancel, onClose }: CancelSessionDialogProps) {
  const { t } = useTranslation();
  const form = useForm<{ reason: string }>({
    resolver: zodFormResolver({
      schema: cancelSessionInputSchema,
      toInput: ({ reason }: { reason: string }) => ({ id: sessionId, reason }),
    }),
    ...VALIDATE_AFTER_FIRST_SUBMIT,
    defaultValues: { reason: '' },
  });
  const { control, formState } = form;
  const unsaved = useUnsavedChanges({
    form,
    draftKey: `sessionCancel:${sessionId}`,
    subject: 'sessionChange',
  });
  const submit = unsaved.submitWith(async ({ reason }) => {
    await onCancel(reason);
    onClose();
  });
  const close = () => unsaved.confirmLeave(onClose);
  return (
    <FormDialog
      isOpen
      onOpenChange={(isOpen) => !isOpen && close()}
      title={t('closures.session.cancelTitle')}
    >
      <form noValidate onSubmit={submit} className="form">
        {unsaved.notices}
        <p>{t('closures.session.cancelText')}</p>
        <FormSubmitError errors={formState.errors} />
        <FormTextField
          control={control}
          name="reason"
          label={t('closures.session.reason')}
          description={t('closures.session.reasonHint')}
          isRequired
          autoFocus
        />
        <div className="form__actions">
          <Button onPress={close}>{t('closures.session.keep')}</Button>
          <Button type="submit" variant="danger" isDisabled={formState.isSubmitting}>
            {t('closures.session.confirmCancel')}
          </Button>
        </div>
      </form>
    </FormDialog>
  );
}
