import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { call } from '../api/client';
import { queryKeys } from '../app/query-keys';
import { useSignedInUser } from '../app/vault-context';
import { StatusNote } from '../ui/Alert';
import { QueryStatus } from '../ui/QueryStatus';
import { ConfirmRecoveryKeyForm } from '../vault/ConfirmRecoveryKeyForm';
import { NewRecoveryKeySteps } from '../vault/NewRecoveryKeySteps';
import { NewRecoveryKeyForm } from './NewRecoveryKeyForm';
import { RECOVERY_KEY_SECTION, useRecoveryKeyStatus } from './recovery-key-status';

/** Administrators only: check the paper copy of the recovery key, or replace the key. */
export function RecoveryKeySettings() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { username } = useSignedInUser();
  const status = useRecoveryKeyStatus();
  const organisation = useQuery({
    queryKey: queryKeys.organisation,
    queryFn: () => call('getOrganisation', {}),
  });
  const [newKey, setNewKey] = useState<string | null>(null);
  const [isJustConfirmed, setIsJustConfirmed] = useState(false);

  const refreshStatus = () =>
    void queryClient.invalidateQueries({ queryKey: queryKeys.recoveryKeyStatus });
  const finish = (isConfirmed: boolean) => {
    setNewKey(null);
    setIsJustConfirmed(isConfirmed);
    refreshStatus();
  };

  return (
    <section
      className="card recovery-settings"
      id={RECOVERY_KEY_SECTION}
      aria-labelledby="settings-recovery-key"
    >
      <h2 id="settings-recovery-key">{t('recoveryKeySettings.heading')}</h2>
      {newKey ? (
        <>
          <StatusNote>{t('recoveryKeySettings.newMade')}</StatusNote>
          <NewRecoveryKeySteps
            details={{
              organisationName: organisation.data?.name ?? '',
              username,
              recoveryKey: newKey,
              paper: organisation.data?.paperSize ?? 'A4',
            }}
            headingLevel={3}
            onDone={finish}
          />
        </>
      ) : (
        <>
          {isJustConfirmed && <StatusNote>{t('recoveryKey.confirmed')}</StatusNote>}
          <QueryStatus
            isPending={status.isPending}
            error={status.error}
            onRetry={() => void status.refetch()}
          />
          {status.data?.isConfirmed && <p>{t('recoveryKeySettings.confirmed')}</p>}
          {status.data?.isConfirmed === false && (
            <>
              <p>{t('recoveryKeySettings.unconfirmed')}</p>
              <ConfirmRecoveryKeyForm onConfirmed={() => finish(true)} />
            </>
          )}
          <h3 className="recovery-settings__part">{t('recoveryKeySettings.newHeading')}</h3>
          <NewRecoveryKeyForm
            onMade={(recoveryKey) => {
              setIsJustConfirmed(false);
              setNewKey(recoveryKey);
              refreshStatus();
            }}
          />
        </>
      )}
    </section>
  );
}
