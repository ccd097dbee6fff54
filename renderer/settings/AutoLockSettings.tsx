import { useQuery } from '@tanstack/react-query';
import { useTranslation } from '../i18n/use-translation';
import { IDLE_LOCK_MINUTES, type Settings } from '../../shared/domain/organisation';
import { useSignedInUser, useVault } from '../app/vault-context';
import { QueryStatus } from '../ui/QueryStatus';
import { NumberSettingForm } from './NumberSettingForm';
import { settingsQuery } from './settings-query';

export function AutoLockSettings() {
  const { t } = useTranslation();
  const isAdmin = useSignedInUser().role === 'admin';
  const settings = useQuery(settingsQuery);
  return (
    <section className="card" aria-labelledby="settings-auto-lock">
      <h2 id="settings-auto-lock">{t('settings.autoLockHeading')}</h2>
      <QueryStatus
        isPending={settings.isPending}
        error={settings.error}
        onRetry={() => void settings.refetch()}
      />
      {settings.data &&
        (isAdmin ? (
          <AutoLockForm settings={settings.data} />
        ) : (
          <p>{t('settings.autoLockReadOnly', { minutes: settings.data.idleLockMinutes })}</p>
        ))}
    </section>
  );
}

function AutoLockForm({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const { refresh } = useVault();
  return (
    <NumberSettingForm
      name="idleLockMinutes"
      settings={settings}
      label={t('settings.fields.idleLockMinutes')}
      description={t('settings.hints.idleLockMinutes', IDLE_LOCK_MINUTES)}
      saveLabel={t('settings.saveAutoLock')}
      // The idle timer reads the minutes from the vault status.
      onSaved={refresh}
    />
  );
}
