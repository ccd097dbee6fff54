import { useTranslation } from '../i18n/use-translation';
import type { BackupSecret } from '../../shared/domain/backup';
import { RadioGroupField } from '../ui/RadioGroupField';
import { TextInputField } from '../ui/TextInputField';

export interface SecretValues {
  kind: BackupSecret['kind'];
  username: string;
  password: string;
  recoveryKey: string;
}

export const EMPTY_SECRET: SecretValues = {
  kind: 'password',
  username: '',
  password: '',
  recoveryKey: '',
};

export function toBackupSecret(values: SecretValues): BackupSecret {
  return values.kind === 'password'
    ? { kind: 'password', username: values.username.trim(), password: values.password }
    : { kind: 'recoveryKey', recoveryKey: values.recoveryKey.trim() };
}

/** An administrator's password from when the backup was made, or that time's recovery key. */
export function BackupSecretFields({
  values,
  onChange,
}: {
  values: SecretValues;
  onChange: (values: SecretValues) => void;
}) {
  const { t } = useTranslation();
  const set = (change: Partial<SecretValues>) => onChange({ ...values, ...change });
  return (
    <>
      <RadioGroupField
        label={t('restore.secretKind')}
        value={values.kind}
        onChange={(kind) => set({ kind: kind as SecretValues['kind'] })}
        options={[
          { value: 'password', label: t('restore.withPassword') },
          { value: 'recoveryKey', label: t('restore.withRecoveryKey') },
        ]}
      />
      {values.kind === 'password' ? (
        <>
          <TextInputField
            label={t('login.username')}
            value={values.username}
            onChange={(username) => set({ username })}
            autoComplete="off"
            spellCheck={false}
            isRequired
          />
          <TextInputField
            label={t('login.password')}
            type="password"
            value={values.password}
            onChange={(password) => set({ password })}
            autoComplete="off"
            isRequired
          />
        </>
      ) : (
        <TextInputField
          label={t('restore.recoveryKey')}
          description={t('restore.recoveryKeyHint')}
          value={values.recoveryKey}
          onChange={(recoveryKey) => set({ recoveryKey })}
          autoComplete="off"
          spellCheck={false}
          isRequired
        />
      )}
    </>
  );
}
