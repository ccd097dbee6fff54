import { useForm } from 'react-hook-form';
import { useTranslation } from '../i18n/use-translation';
import type { Role } from '../../shared/api/roles';
import { updateUserInputSchema } from '../../shared/domain/users';
import type { UserAccount } from '../../shared/domain/vault';
import { useUnsavedChanges } from '../forms/useUnsavedChanges';
import { VALIDATE_AFTER_FIRST_SUBMIT } from '../forms/validation-mode';
import { zodFormResolver } from '../forms/zod-resolver';
import { Button } from '../ui/Button';
import { FormRadioGroupField, FormTextField } from '../ui/form-fields';
import { FormDialog } from '../ui/FormDialog';
import { FormSubmitError } from '../ui/FormSubmitError';
import { roleOptions } from './role-options';
import { VolunteerLinkField } from './VolunteerLinkField';

export interface EditUserValues {
  displayName: string;
  role: Role;
  /** A volunteer id as the select holds it; '' for none. */
  volunteerId: string;
}

export interface UserChanges {
  displayName: string;
  role: Role;
  volunteerId: number | null;
}

export const editUserDraft = (user: UserAccount) => `user:${user.id}`;

interface EditUserDialogProps {
  user: UserAccount;
  onSave: (changes: UserChanges) => Promise<unknown>;
  onClose: () => void;
}

/** Display name and role; the username is what the person signs in with, so it stays. */
export function EditUserDialog({ user, onSave, onClose }: EditUserDialogProps) {
  const { t } = useTranslation();
  const toInput = (values: EditUserValues) => ({
    id: user.id,
    ...values,
    volunteerId: values.volunteerId === '' ? null : Number(values.volunteerId),
  });
  const form = useForm<EditUserValues>({
    resolver: zodFormResolver<EditUserValues>({ schema: updateUserInputSchema, toInput }),
    ...VALIDATE_AFTER_FIRST_SUBMIT,
    defaultValues: {
      displayName: user.displayName,
      role: user.role,
      volunteerId: user.volunteerId === null ? '' : String(user.volunteerId),
    },
  });
  const { control, formState } = form;
  const unsaved = useUnsavedChanges({ form, draftKey: editUserDraft(user), subject: 'user' });
  const submit = unsaved.submitWith(async (values) => {
    const { id: _id, ...changes } = toInput(values);
    await onSave(changes);
    onClose();
  });
  const cancel = () => unsaved.confirmLeave(onClose);
  return (
    <FormDialog
      isOpen
      onOpenChange={(isOpen) => !isOpen && cancel()}
      title={t('users.editTitle', { name: user.displayName })}
    >
      <form noValidate onSubmit={submit} className="form">
        {unsaved.notices}
        <FormSubmitError errors={formState.errors} />
        <p className="form__hint">{t('users.usernameStays', { username: user.username })}</p>
        <FormTextField
          control={control}
          name="displayName"
          label={t('users.fields.displayName')}
          description={t('users.hints.displayName')}
          autoComplete="off"
          isRequired
          autoFocus
        />
        <FormRadioGroupField
          control={control}
          name="role"
          label={t('users.fields.role')}
          description={t('users.hints.roleChange')}
          options={roleOptions(t)}
        />
        <VolunteerLinkField control={control} name="volunteerId" user={user} />
        <div className="form__actions">
          <Button onPress={cancel}>{t('common.cancel')}</Button>
          <Button type="submit" variant="primary" isDisabled={formState.isSubmitting}>
            {t('users.save')}
          </Button>
        </div>
      </form>
    </FormDialog>
  );
}
