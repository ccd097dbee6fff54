import { useForm } from 'react-hook-form';
import { useTranslation } from '../i18n/use-translation';
import { resetUserPasswordInputSchema } from '../../shared/domain/users';
import type { UserAccount } from '../../shared/domain/vault';
import { newPasswordErrors } from '../forms/passwords';
import { useUnsavedChanges } from '../forms/useUnsavedChanges';
import { VALIDATE_AFTER_FIRST_SUBMIT } from '../forms/validation-mode';
import { zodFormResolver } from '../forms/zod-resolver';
import { Button } from '../ui/Button';
import { FormDialog } from '../ui/FormDialog';
import { FormSubmitError } from '../ui/FormSubmitError';
import { NewPasswordFields } from './NewPasswordFields';

interface NewPasswordValues {
  newPassword: string;
  confirmPassword: string;
}

interface NewPasswordDialogProps {
  user: UserAccount;
  /** What the dialog is for: a password reset, or enabling a disabled account. */
  purpose: 'reset' | 'enable';
  onSave: (newPassword: string) => Promise<unknown>;
  onClose: () => void;
}

/** A new password an admin gives someone in person: after a reset, or to enable an account. */
export function NewPasswordDialog({ user, purpose, onSave, onClose }: NewPasswordDialogProps) {
  const { t } = useTranslation();
  const name = user.displayName;
  const form = useForm<NewPasswordValues>({
    resolver: zodFormResolver<NewPasswordValues>({
      schema: resetUserPasswordInputSchema,
      toInput: (v) => ({ id: user.id, newPassword: v.newPassword }),
      extraErrors: (v) => newPasswordErrors(v, user.username),
    }),
    ...VALIDATE_AFTER_FIRST_SUBMIT,
    defaultValues: { newPassword: '', confirmPassword: '' },
  });
  const { control, formState } = form;
  const unsaved = useUnsavedChanges({
    form,
    draftKey: `user-password:${user.id}`,
    subject: 'password',
    // enableUser names the field `password`; both purposes show it in the same box.
    fieldFor: (path) => (path === 'password' ? 'newPassword' : path),
    unkeptFields: ['newPassword', 'confirmPassword'],
  });
  const submit = unsaved.submitWith(async (values) => {
    await onSave(values.newPassword);
    onClose();
  });
  const cancel = () => unsaved.confirmLeave(onClose);
  return (
    <FormDialog
      isOpen
      onOpenChange={(isOpen) => !isOpen && cancel()}
      title={t(`users.${purpose}Title`, { name })}
    >
      <form noValidate onSubmit={submit} className="form">
        {unsaved.notices}
        <FormSubmitError errors={formState.errors} />
        <p>{t(`users.${purpose}Intro`, { name })}</p>
        <NewPasswordFields
          control={control}
          names={['newPassword', 'confirmPassword']}
          labels={[t('users.fields.newPassword'), t('users.fields.confirmNewPassword')]}
          username={user.username}
        />
        <div className="form__actions">
          <Button onPress={cancel}>{t('common.cancel')}</Button>
          <Button type="submit" variant="primary" isDisabled={formState.isSubmitting}>
            {t(`users.${purpose}Submit`)}
          </Button>
        </div>
      </form>
    </FormDialog>
  );
}
