import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from '../i18n/use-translation';
import type { Role } from '../../shared/api/roles';
import { createUserInputSchema } from '../../shared/domain/vault';
import { confirmationErrors } from '../forms/passwords';
import { useUnsavedChanges } from '../forms/useUnsavedChanges';
import { VALIDATE_AFTER_FIRST_SUBMIT } from '../forms/validation-mode';
import { zodFormResolver } from '../forms/zod-resolver';
import { FormRadioGroupField, FormTextField } from '../ui/form-fields';
import { FormDialogFrame } from '../ui/FormDialogFrame';
import { NewPasswordFields } from './NewPasswordFields';
import { roleOptions } from './role-options';

export interface NewUserValues {
  username: string;
  displayName: string;
  role: Role;
  password: string;
  confirmPassword: string;
}

export const NEW_USER_DRAFT = 'user:new';

const toInput = ({ confirmPassword: _confirmation, ...input }: NewUserValues) => input;

const resolver = zodFormResolver<NewUserValues>({
  schema: createUserInputSchema,
  toInput,
  extraErrors: (v) => confirmationErrors(v.password, v.confirmPassword, 'confirmPassword'),
});

interface NewUserDialogProps {
  onCreate: (input: ReturnType<typeof toInput>) => Promise<unknown>;
  onClose: () => void;
}

export function NewUserDialog({ onCreate, onClose }: NewUserDialogProps) {
  const { t } = useTranslation();
  const form = useForm<NewUserValues>({
    resolver,
    ...VALIDATE_AFTER_FIRST_SUBMIT,
    defaultValues: {
      username: '',
      displayName: '',
      role: 'facilitator',
      password: '',
      confirmPassword: '',
    },
  });
  const { control, formState } = form;
  const username = useWatch({ control, name: 'username' });
  const unsaved = useUnsavedChanges({
    form,
    draftKey: NEW_USER_DRAFT,
    subject: 'user',
    unkeptFields: ['password', 'confirmPassword'],
  });
  const submit = unsaved.submitWith(async (values) => {
    await onCreate(toInput(values));
    onClose();
  });
  const cancel = () => unsaved.confirmLeave(onClose);
  return (
    <FormDialogFrame
      title={t('users.newTitle')}
      submitLabel={t('users.create')}
      formState={formState}
      onSubmit={submit}
      onCancel={cancel}
      notices={unsaved.notices}
      isGrid={false}
    >
      <div className="form__grid">
        <FormTextField
          control={control}
          name="username"
          label={t('users.fields.username')}
          description={t('users.hints.username')}
          autoComplete="off"
          spellCheck={false}
          isRequired
          autoFocus
        />
        <FormTextField
          control={control}
          name="displayName"
          label={t('users.fields.displayName')}
          description={t('users.hints.displayName')}
          autoComplete="off"
          isRequired
        />
      </div>
      <FormRadioGroupField
        control={control}
        name="role"
        label={t('users.fields.role')}
        options={roleOptions(t)}
      />
      <NewPasswordFields
        control={control}
        names={['password', 'confirmPassword']}
        labels={[t('users.fields.password'), t('users.fields.confirmPassword')]}
        username={username}
        description={t('users.hints.password')}
      />
    </FormDialogFrame>
  );
}
